import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ZodType, ZodTypeDef } from 'zod';
import { parseOrThrow } from '../domain/shared/validation';

/** One `tillit` sub-command, one file each (as in cli-microsoft365): its options are a zod schema. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Resolves with the process exit code; long-running commands resolve when they stop. */
  run(argv: readonly string[]): Promise<number>;
}

/** A bad command line: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Parses argv with node's parseArgs, then validates the values with the command's schema, so a
 * wrong argument gives a sentence that names it instead of a crash deeper in.
 */
export function parseOptions<Output>(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  schema: ZodType<Output, ZodTypeDef, unknown>,
  commandName: string
): Output {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return parseOrThrow(schema, values, `The options of 'tillit ${commandName}'`);
}
