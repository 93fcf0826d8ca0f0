import { defaultShown } from '../../src/cli/command-option';
import { COMMANDS } from '../../src/cli/commands';
import { DEFAULT_LOCAL_PORT, DEFAULT_LOCAL_SITE_URL } from '../../src/local-sharepoint/local-site-defaults';

describe('the tillit commands', () => {
  it.each(COMMANDS.map((command) => [command.name, command] as const))('%s: the usage shows every declared option with its default', (name, command) => {
    const usage = command.usage();
    const synopsis = usage.split('\n')[0];
    expect(synopsis === `tillit ${name}` || synopsis.startsWith(`tillit ${name} [--`) || synopsis.startsWith(`tillit ${name} --`)).toBe(true);
    for (const [option, declaration] of Object.entries(command.options)) {
      const shown = defaultShown(declaration);
      const line = usage.split('\n').find((candidate) => candidate.startsWith(`  --${option} `) || candidate === `  --${option}`);
      expect(line).toBeDefined();
      if (shown !== undefined) expect(line).toContain(`(default: ${shown})`);
    }
  });

  it('local-sharepoint listens on the default port, and provision and seed-demo default to the local site', () => {
    expect(defaultShown(COMMANDS.find((command) => command.name === 'local-sharepoint')!.options.port)).toBe(String(DEFAULT_LOCAL_PORT));
    for (const name of ['provision', 'seed-demo']) expect(defaultShown(COMMANDS.find((command) => command.name === name)!.options.site)).toBe(DEFAULT_LOCAL_SITE_URL);
  });
});
