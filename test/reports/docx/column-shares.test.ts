import { columnSharesFor, wordsFitIn } from '../../../src/reports/docx/column-shares';

const sum = (shares: readonly number[]): number => shares.reduce((total, share) => total + share, 0);

describe('columnSharesFor: a report table whose headers never break inside a word (issue 10, R-REP)', () => {
  it.each([
    ['the training trend: four measures, one long name', [['Mättillfälle', '2026-09-15 (rådsmöte)'], ['Alla medarbetare', '77,4 %'], ['Chefer', '100 %'], ['Förvaltningsledare', '52,9 %'], ['Regionstyrelsen', '69,2 %']]],
    ['one measure', [['Mättillfälle', '2026-11-23 (i dag)'], ['Områden i MSBFS 2020:6 på målnivån', '33,3 %']]],
    ['two long Swedish compounds', [['Mättillfälle'], ['Verksamhetskritiska områden med giltig riskanalys'], ['Öppna risker med ägare och uppföljningsdatum']]]
  ])('%s: the shares add up to 100 and each column holds its longest word', (_name, texts) => {
    const shares = columnSharesFor(texts);
    expect(sum(shares)).toBeCloseTo(100, 6);
    texts.forEach((column, index) => {
      const longest = Math.max(...column.flatMap((text) => text.split(/\s+/).map((word) => word.length)));
      expect(shares[index]).toBeGreaterThanOrEqual(longest * 1.4 + 2);
    });
  });

  it('gives a long word more room than a short one, where equal shares broke "Förvaltningsledare"', () => {
    const [point, all, managers, administrators, board] = columnSharesFor([['Mättillfälle'], ['Alla medarbetare'], ['Chefer'], ['Förvaltningsledare'], ['Regionstyrelsen']]);
    expect(administrators).toBeGreaterThan(board ?? 0);
    expect(board).toBeGreaterThan(all ?? 0);
    expect(all).toBeGreaterThan(managers ?? 0);
    expect(point).toBeGreaterThan(managers ?? 0);
    expect(administrators).toBeGreaterThan(100 / 5);
  });

  it('scales the shares down together when the words cannot all fit, still adding up to 100', () => {
    const texts = Array.from({ length: 6 }, () => ['Informationssäkerhetsorganisation']);
    const shares = columnSharesFor(texts);
    expect(sum(shares)).toBeCloseTo(100, 6);
    expect(new Set(shares.map((share) => share.toFixed(6))).size).toBe(1);
    expect(columnSharesFor([])).toEqual([]);
  });
});

describe('columnSharesFor: what must stay on one line', () => {
  it('counts words joined by non-breaking spaces as one (a trend point\'s "2026-02-10 (rådsmöte)")', () => {
    const [joined] = columnSharesFor([['2026-02-10\u00a0(rådsmöte)'], ['Chefer']]);
    const [apart] = columnSharesFor([['2026-02-10 (rådsmöte)'], ['Chefer']]);
    expect(joined).toBeGreaterThanOrEqual('2026-02-10 (rådsmöte)'.length * 1.4 + 2);
    expect(joined).toBeGreaterThan(apart ?? 0);
  });
});

describe('wordsFitIn: whether a table can keep every longest word whole', () => {
  it.each([
    [[['Mättillfälle'], ['Alla medarbetare'], ['Chefer'], ['Förvaltningsledare'], ['Regionstyrelsen']], true],
    [[['2026-02-10\u00a0(rådsmöte)'], ['Alla medarbetare'], ['Chefer'], ['Förvaltningsledare'], ['Regionstyrelsen']], false],
    [Array.from({ length: 6 }, () => ['Informationssäkerhetsorganisation']), false]
  ])('%j → %s', (texts, fits) => {
    expect(wordsFitIn(texts)).toBe(fits);
  });
});
