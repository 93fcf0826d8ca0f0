import { z, type ZodType, type ZodTypeDef } from 'zod';

/**
 * One command-line option, declared once: how it is written (with a value or as a flag), how its
 * value is checked and defaulted (zod), and what the usage text says about it. node's parseArgs
 * configuration (parse-command-line.ts) and the usage text (command-usage.ts) are derived from it,
 * so the three cannot disagree.
 */
export interface CommandOption<Output> {
  /** 'string': `--port 4321` or `--port=4321`; 'boolean': a flag, `--empty`. */
  readonly type: 'string' | 'boolean';
  /** Checks the raw value (the text after the option, `true` for a flag, undefined when absent) and supplies the default. */
  readonly schema: ZodType<Output, ZodTypeDef, unknown>;
  /** One line for the usage text; the default is added to it. */
  readonly description: string;
  /** Stands for the value in the usage text: `--site URL`. */
  readonly placeholder: string;
  /** The default as the usage text states it, for a default decided later (by the kind of site, say) rather than by the schema. */
  readonly defaultText?: string;
}

/** A command's options by name, as written after `--`. */
export type CommandOptions = Readonly<Record<string, CommandOption<unknown>>>;

/** What a command's `run` receives: each option's validated value, defaults applied. */
export type OptionValues<Options extends CommandOptions> = {
  readonly [Name in keyof Options]: Options[Name] extends CommandOption<infer Output> ? Output : never;
};

/** An option that takes a value; give the schema a `.default(…)` (a function is computed when needed) or make it `.optional()`. */
export function valueOption<Output>(declaration: {
  readonly placeholder: string;
  readonly schema: ZodType<Output, ZodTypeDef, unknown>;
  readonly description: string;
  readonly defaultText?: string;
}): CommandOption<Output> {
  return { type: 'string', ...declaration };
}

/** A switch: off unless given. */
export function flagOption(description: string): CommandOption<boolean> {
  return { type: 'boolean', schema: z.boolean().default(false), description, placeholder: '' };
}

/** Whether the command line may leave the option out (it has a default or is optional). */
export function isOptional(option: CommandOption<unknown>): boolean {
  return option.schema.safeParse(undefined).success;
}

/**
 * The default the usage text states: the declared text, else what the schema gives for an absent
 * option, computed now (so `--data` shows the folder TILLIT_DATA_DIR names). Flags are off by default
 * and say nothing.
 */
export function defaultShown(option: CommandOption<unknown>): string | undefined {
  if (option.type === 'boolean') return undefined;
  if (option.defaultText !== undefined) return option.defaultText;
  const absent = option.schema.safeParse(undefined);
  return absent.success && absent.data !== undefined ? String(absent.data) : undefined;
}
