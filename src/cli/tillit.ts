import type { Command } from './command';
import { COMMANDS } from './commands';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import { reportFailure } from './report-failure';
import { UsageError } from './usage-error';

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'tillit — the Tillit command line',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    "Run 'tillit <command> --help' for a command's options. TILLIT_DEBUG=1 shows the stack of a failure."
  ].join('\n');
}

/**
 * Runs one `tillit` command and resolves with the exit code; it never rejects. A wrong command line
 * prints the usage (exit 2); any other failure is one sentence saying what to do (exit 1).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command: Command | undefined = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    process.stderr.write(`tillit: unknown command '${name}'.\n\n${help()}\n`);
    return EXIT_USAGE;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${command.usage()}\n`);
      return EXIT_OK;
    }
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`tillit ${command.name}: ${error.message}\n\n${command.usage()}\n`);
      return EXIT_USAGE;
    }
    return reportFailure(`tillit ${command.name}`, error, { write: (text) => process.stderr.write(text) });
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
