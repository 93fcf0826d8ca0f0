import { z } from 'zod';
import { flagOption, valueOption } from '../../src/cli/command-option';
import { commandUsage } from '../../src/cli/command-usage';
import { parseArgsConfigOf, parseCommandLine } from '../../src/cli/parse-command-line';
import { tcpPortSchema } from '../../src/cli/tcp-port-schema';
import { UsageError } from '../../src/cli/usage-error';

/*
 * Each option is declared once (type, zod validation, default, description); node's parseArgs
 * configuration and the usage text are derived from the declaration.
 */
const OPTIONS = {
  port: valueOption({ placeholder: 'PORT', schema: tcpPortSchema.default('4321'), description: 'TCP port' }),
  site: valueOption({ placeholder: 'URL', schema: z.string().url('must be a URL').optional(), description: 'the site', defaultText: 'the local site' }),
  name: valueOption({ placeholder: 'NAME', schema: z.string().min(1), description: 'a required name' }),
  empty: flagOption('a site without lists')
};

function usageErrorOf(argv: string[]): UsageError {
  try {
    parseCommandLine(argv, OPTIONS);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`no UsageError for ${argv.join(' ')}`);
}

describe('parseCommandLine: options declared once', () => {
  it('derives parseArgs configuration from the declarations: each name with its type', () => {
    expect(parseArgsConfigOf(OPTIONS)).toEqual({ port: { type: 'string' }, site: { type: 'string' }, name: { type: 'string' }, empty: { type: 'boolean' } });
  });

  it('gives every option its validated value, defaults applied', () => {
    expect(parseCommandLine(['--name', 'x'], OPTIONS)).toEqual({ port: 4321, site: undefined, name: 'x', empty: false });
    expect(parseCommandLine(['--port=0', '--empty', '--name', 'x', '--site', 'https://a.example/sites/b'], OPTIONS)).toEqual({
      port: 0,
      site: 'https://a.example/sites/b',
      name: 'x',
      empty: true
    });
  });

  it('refuses an unknown option, naming it', () => {
    expect(usageErrorOf(['--name', 'x', '--colour', 'red']).message).toBe("unknown option '--colour'.");
    expect(usageErrorOf(['-p', '1']).message).toBe("unknown option '-p'.");
  });

  it('refuses an option without its value, naming the option and its placeholder', () => {
    expect(usageErrorOf(['--name', 'x', '--port']).message).toBe('--port needs a value: --port PORT.');
    expect(usageErrorOf(['--port', '--empty', '--name', 'x']).message).toMatch(/^--port needs a value before --empty/);
  });

  it('refuses a bad value, naming the option, the value and what it must be', () => {
    expect(usageErrorOf(['--name', 'x', '--port', 'many']).message).toBe("--port 'many': must be a TCP port, a whole number from 0 to 65535 (0 picks a free one).");
    expect(usageErrorOf(['--name', 'x', '--port', '70000']).message).toMatch(/^--port '70000': must be a TCP port/);
    // An empty value is not port 0 (z.coerce.number would read it so and pick a random port).
    expect(usageErrorOf(['--name', 'x', '--port=']).message).toMatch(/^--port '': must be a TCP port/);
  });

  it('names every bad option at once, and a missing required one', () => {
    const message = usageErrorOf(['--port', 'x', '--site', 'nope']).message;
    expect(message).toMatch(/--port 'x': must be a TCP port/);
    expect(message).toMatch(/--site 'nope': must be a URL\./);
    expect(message).toMatch(/--name is required\./);
  });

  it('refuses a value given to a switch, an option given twice and a stray argument', () => {
    expect(usageErrorOf(['--name', 'x', '--empty=yes']).message).toBe("--empty is a switch and takes no value (got 'yes').");
    expect(usageErrorOf(['--name', 'x', '--name', 'y']).message).toBe('--name is given twice.');
    expect(usageErrorOf(['--name', 'x', 'extra']).message).toMatch(/^unexpected argument 'extra'/);
  });

  it('does not take inherited property names for options', () => {
    expect(usageErrorOf(['--name', 'x', '--constructor']).message).toBe("unknown option '--constructor'.");
  });
});

describe('commandUsage: the usage text derived from the declarations', () => {
  const usage = commandUsage('demo', OPTIONS, ['A note.']);

  it('starts with the synopsis: optional options in brackets, required ones bare', () => {
    expect(usage.split('\n')[0]).toBe('tillit demo [--port PORT] [--site URL] --name NAME [--empty]');
  });

  it('lists every option with its description and default, then the notes', () => {
    const lines = usage.split('\n');
    expect(lines).toContain('  --port PORT  TCP port (default: 4321)');
    expect(lines).toContain('  --site URL   the site (default: the local site)');
    expect(lines).toContain('  --name NAME  a required name');
    expect(lines).toContain('  --empty      a site without lists');
    expect(lines[lines.length - 1]).toBe('A note.');
  });

  it('computes a default given as a function when the usage is shown', () => {
    let folder = '/first';
    const text = (): string =>
      commandUsage('demo', { data: valueOption({ placeholder: 'DIR', schema: z.string().default(() => folder), description: 'data folder' }) });
    expect(text()).toMatch(/--data DIR {2}data folder \(default: \/first\)/);
    folder = '/second';
    expect(text()).toMatch(/\(default: \/second\)/);
  });
});
