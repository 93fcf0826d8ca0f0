import type { CommandOptions, OptionValues } from './command-option';
import { commandUsage } from './command-usage';
import { parseCommandLine } from './parse-command-line';

/** One `tillit` sub-command, one file each (as in cli-microsoft365). */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly options: CommandOptions;
  /** Derived from the option declarations; computed when shown, so defaults read from the environment are current. */
  usage(): string;
  /** Resolves with the process exit code; long-running commands resolve when they stop. Throws UsageError for a bad command line. */
  run(argv: readonly string[]): Promise<number>;
}

export interface CommandDefinition<Options extends CommandOptions> {
  readonly name: string;
  readonly summary: string;
  /** Every option, declared once (command-option.ts): parsing and the usage text follow from these. */
  readonly options: Options;
  /** Lines after the options in the usage text: what the command does beyond its options. */
  readonly notes?: readonly string[];
  run(options: OptionValues<Options>): Promise<number>;
}

export function defineCommand<Options extends CommandOptions>(definition: CommandDefinition<Options>): Command {
  return {
    name: definition.name,
    summary: definition.summary,
    options: definition.options,
    usage: () => commandUsage(definition.name, definition.options, definition.notes),
    run: (argv) => definition.run(parseCommandLine(argv, definition.options))
  };
}
