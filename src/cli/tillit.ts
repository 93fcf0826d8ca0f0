import { ValidationError } from '../domain/shared/errors';
import { UsageError, type Command } from './command';
import { COMMANDS } from './commands';

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'tillit — the Tillit command line',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    "Run 'tillit <command> --help' for a command's options."
  ].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command: Command | undefined = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    process.stderr.write(`tillit: unknown command '${name}'.\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ValidationError) {
      process.stderr.write(`tillit ${command.name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`tillit: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  );
}
