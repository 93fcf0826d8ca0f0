import { contentDispositionOf, reportFileName } from '../../../src/reports/report-file-name';
import { fileNameFromContentDisposition } from '../../../src/ui/council/content-disposition';
import { reportPath } from '../../../src/ui/council/report-download';

beforeEach(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe('the report download: its address and the file name the app service gives (issue 10, R-REP)', () => {
  test.each([
    [2026, 'sv', 'year', '/council/report?year=2026&lang=sv'],
    [2026, 'en', 'tertial-2', '/council/report?year=2026&lang=en&period=tertial-2'],
    [2025, 'sv', 'half-1', '/council/report?year=2025&lang=sv&period=half-1']
  ] as const)('%i %s %s → %s', (year, lang, period, path) => {
    expect(reportPath(year, lang, period)).toBe(path);
  });

  test.each([
    ['year', 'Informationssäkerhetsberättelse 2026.docx'],
    ['tertial-1', 'Tertialuppföljning 1 2026.docx']
  ] as const)('the route\'s own header for %s reads back as its Swedish name', (period, name) => {
    expect(fileNameFromContentDisposition(contentDispositionOf(reportFileName(2026, period)))).toBe(name);
  });

  test.each([
    ['attachment; filename="plain.docx"', 'plain.docx'],
    ['attachment; filename=bare.docx', 'bare.docx'],
    ["attachment; filename=\"x.docx\"; filename*=UTF-8''%E2%80", 'x.docx'],
    ["attachment; filename*=UTF-8''..%2F..%2Fevil.docx", 'evil.docx'],
    ['attachment', undefined],
    [undefined, undefined]
  ])('%s → %s', (header, name) => {
    expect(fileNameFromContentDisposition(header)).toBe(name);
  });
});
