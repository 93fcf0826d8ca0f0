import { defaultShown, isOptional, type CommandOption, type CommandOptions } from './command-option';

function synopsisOf(name: string, option: CommandOption<unknown>): string {
  const written = option.type === 'boolean' ? `--${name}` : `--${name} ${option.placeholder}`;
  return isOptional(option) ? `[${written}]` : written;
}

/**
 * A command's usage text, derived from its option declarations: the synopsis, then one line per
 * option with its default, then the command's notes.
 *
 *   tillit provision [--site URL] [--as EMAIL]
 *
 *     --site URL    the site … (default http://127.0.0.1:4321/sites/tillit)
 */
export function commandUsage(commandName: string, options: CommandOptions, notes: readonly string[] = []): string {
  const entries = Object.entries(options);
  const synopsis = [`tillit ${commandName}`, ...entries.map(([name, option]) => synopsisOf(name, option))].join(' ');
  const heads = entries.map(([name, option]) => (option.type === 'boolean' ? `--${name}` : `--${name} ${option.placeholder}`));
  const width = Math.max(0, ...heads.map((head) => head.length));
  const lines = entries.map(([, option], index) => {
    const fallback = defaultShown(option);
    return `  ${heads[index].padEnd(width)}  ${option.description}${fallback === undefined ? '' : ` (default: ${fallback})`}`;
  });
  return [synopsis, ...(lines.length > 0 ? ['', ...lines] : []), ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}
