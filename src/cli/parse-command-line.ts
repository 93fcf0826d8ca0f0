import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ZodIssue } from 'zod';
import type { CommandOption, CommandOptions, OptionValues } from './command-option';
import { UsageError } from './usage-error';

type ParseArgsOptions = NonNullable<ParseArgsConfig['options']>;

/** node's parseArgs configuration, derived from the declarations: each option's name and type, nothing else. */
export function parseArgsConfigOf(options: CommandOptions): ParseArgsOptions {
  const config: ParseArgsOptions = {};
  for (const [name, option] of Object.entries(options)) config[name] = { type: option.type };
  return config;
}

function declared(options: CommandOptions, name: string): CommandOption<unknown> | undefined {
  return Object.prototype.hasOwnProperty.call(options, name) ? options[name] : undefined;
}

/**
 * parseArgs runs lenient and hands back its tokens, so that each mistake becomes our own sentence
 * naming the option (node's strict messages span lines and talk about positionals).
 */
function checkTokens(argv: readonly string[], options: CommandOptions): Record<string, string | boolean | undefined> {
  const { values, tokens } = parseArgs({ args: [...argv], options: parseArgsConfigOf(options), strict: false, allowPositionals: true, tokens: true });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'positional') throw new UsageError(`unexpected argument '${token.value}': every value follows its option, as in --site URL.`);
    if (token.kind !== 'option') continue;
    const option = declared(options, token.name);
    if (option === undefined) throw new UsageError(`unknown option '${token.rawName}'.`);
    if (seen.has(token.name)) throw new UsageError(`${token.rawName} is given twice.`);
    seen.add(token.name);
    if (option.type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} is a switch and takes no value (got '${token.value}').`);
    if (option.type === 'string' && token.value === undefined) throw new UsageError(`${token.rawName} needs a value: ${token.rawName} ${option.placeholder}.`);
    if (option.type === 'string' && token.inlineValue === false && token.value?.startsWith('-') === true) {
      throw new UsageError(`${token.rawName} needs a value before ${token.value} (write ${token.rawName}=${token.value} if the value itself starts with '-').`);
    }
  }
  return values as Record<string, string | boolean | undefined>;
}

function problemOf(name: string, raw: string | boolean | undefined, issues: readonly ZodIssue[]): string {
  if (raw === undefined) return `--${name} is required.`;
  const given = typeof raw === 'string' ? ` '${raw}'` : '';
  return `--${name}${given}: ${issues.map((issue) => issue.message.replace(/\.$/, '')).join('; ')}.`;
}

/**
 * Parses a command's argv by its declarations: an unknown option, a missing value or a value its
 * schema refuses is a UsageError that names the option; the result holds every option, defaults applied.
 */
export function parseCommandLine<Options extends CommandOptions>(argv: readonly string[], options: Options): OptionValues<Options> {
  const raw = checkTokens(argv, options);
  const parsed: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, option] of Object.entries(options)) {
    const result = option.schema.safeParse(raw[name]);
    if (result.success) parsed[name] = result.data;
    else problems.push(problemOf(name, raw[name], result.error.issues));
  }
  if (problems.length > 0) throw new UsageError(problems.join(' '));
  return parsed as OptionValues<Options>;
}
