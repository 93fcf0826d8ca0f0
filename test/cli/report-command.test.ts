import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportCommandWith } from '../../src/cli/commands/report-command';
import { EXIT_OK, EXIT_USAGE } from '../../src/cli/exit-codes';
import { main } from '../../src/cli/tillit';
import { UsageError } from '../../src/cli/usage-error';
import type { ReportRequest } from '../../src/contracts/council-report';
import { councilReportFile } from '../../src/reports/council-report-file';
import { dashboardFixture } from '../reports/council-dashboard-fixture';
import { docxParts, documentText } from '../reports/docx-parts';

/* `tillit report` (issue 10, R-REP): options checked with zod before anything is read; the file written whole. */
describe('tillit report', () => {
  let errors: string;
  let output: string;
  beforeEach(() => {
    errors = '';
    output = '';
    jest.spyOn(process.stderr, 'write').mockImplementation((text: string | Uint8Array) => {
      errors += String(text);
      return true;
    });
    jest.spyOn(process.stdout, 'write').mockImplementation((text: string | Uint8Array) => {
      output += String(text);
      return true;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [['--year', '2026', '--lang', 'de', '--out', 'r.docx'], 'must be sv or en'],
    [['--year', '2026', '--period', 'quarter-1', '--out', 'r.docx'], 'must be one of year, tertial-1'],
    [['--year', 'tjugo', '--out', 'r.docx'], 'must be a year such as 2026'],
    [['--year', '1999', '--out', 'r.docx'], 'must be a year from 2000'],
    [['--year', '2026'], '--out is required'],
    [['--year', '2026', '--out', 'r.pdf'], 'must be a .docx file name'],
    [['--year', '2026', '--unit', '  ', '--out', 'r.docx'], 'must be the id of an organisational unit'],
    [['--year', '2026', '--out', 'r.docx', '--site', 'not a url'], 'must be the site URL']
  ])('%j is refused with a reason and the usage (exit code 2)', async (args, reason) => {
    expect(await main(['report', ...args])).toBe(EXIT_USAGE);
    expect(errors).toContain(reason);
    expect(errors).toContain('tillit report ');
  });

  it('writes the report it is given to --out, and says where', async () => {
    const asked: ReportRequest[] = [];
    const command = reportCommandWith(
      () => (request) => {
        asked.push(request);
        return councilReportFile(() => Promise.resolve(dashboardFixture()), request);
      },
      () => 2026
    );
    const out = join(mkdtempSync(join(tmpdir(), 'tillit-report-')), 'nested', 'berättelse.docx');
    expect(await command.run(['--lang', 'en', '--period', 'half-1', '--out', out])).toBe(EXIT_OK);
    expect(asked).toEqual([{ year: 2026, lang: 'en', period: 'half-1', unit: undefined }]);
    const text = documentText(docxParts(readFileSync(out)).get('word/document.xml') ?? '');
    expect(text).toContain('Information security follow-up, first half 2026');
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(output).toContain(out);
    expect(output).toContain('Delårsuppföljning 2026.docx');
  });

  it('refuses a unit the follow-up does not know as a usage error, writing nothing', async () => {
    const command = reportCommandWith(() => (request) => councilReportFile(() => Promise.resolve(dashboardFixture()), request), () => 2026);
    const out = join(mkdtempSync(join(tmpdir(), 'tillit-report-')), 'r.docx');
    await expect(command.run(['--unit', 'u-nowhere', '--out', out])).rejects.toThrow(UsageError);
    expect(existsSync(out)).toBe(false);
  });
});
