import { main } from '../../src/cli/tillit';
import { EXIT_USAGE } from '../../src/cli/exit-codes';

/* `tillit nudge`'s command line: the modes are exclusive, checked before anything is read (exit code 2). */
describe('tillit nudge: its options', () => {
  let errors: string;
  beforeEach(() => {
    errors = '';
    jest.spyOn(process.stderr, 'write').mockImplementation((text: string | Uint8Array) => {
      errors += String(text);
      return true;
    });
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [['--status', '--retry-dead'], '--status and --retry-dead cannot be combined'],
    [['--retry-dead', '--resend-unknown'], '--retry-dead and --resend-unknown cannot be combined'],
    [['--status', '--dry-run'], '--status only reads the log'],
    [['--only', 'not-an-address'], 'must be the e-mail address of a person on the roster'],
    [['--as-of', '2026-13-01'], '--as-of']
  ])('%j is refused with a reason and the usage', async (args, reason) => {
    expect(await main(['nudge', ...args])).toBe(EXIT_USAGE);
    expect(errors).toContain(reason);
    expect(errors).toContain('tillit nudge ');
  });
});
