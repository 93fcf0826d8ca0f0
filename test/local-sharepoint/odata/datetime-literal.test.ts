import { hasFractionalSecond, parseDateTimeLiteral, storageDateTime } from '../../../src/local-sharepoint/odata/datetime-literal';

describe('parseDateTimeLiteral: SharePoint datetime literals, UTC unless an offset says otherwise', () => {
  test.each([
    ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01T00:00:00', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01T00:00', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01T00:00:00.123Z', '2026-01-01T00:00:00.123Z'],
    ['2026-01-01T00:00:00.1234567', '2026-01-01T00:00:00.123Z'],
    ['2026-01-01T00:00:00.5', '2026-01-01T00:00:00.500Z'],
    ['2026-06-15T10:30:00+02:00', '2026-06-15T08:30:00.000Z'],
    ['2026-01-01T00:30:00-01:30', '2026-01-01T02:00:00.000Z'],
    ['2024-02-29T23:59:59Z', '2024-02-29T23:59:59.000Z']
  ])('%s is %s', (text, iso) => {
    expect(new Date(parseDateTimeLiteral(text)).toISOString()).toBe(iso);
  });

  test.each(['2026-02-29', '2026-13-01', '2026-01-01T24:00:00', '2026-01-01T10:60', '0050-01-01', '1899-12-31T23:59:59Z', 'yesterday', '2026-1-1', '2026-01-01 10:00', ''])(
    '%j is refused',
    (text) => {
      expect(() => parseDateTimeLiteral(text)).toThrow(`'${text}' is not a valid DateTime value.`);
    }
  );
});

describe('storageDateTime and hasFractionalSecond', () => {
  test('the stored spelling is whole seconds with Z', () => {
    expect(storageDateTime(Date.UTC(2026, 0, 1, 12, 0, 5, 999))).toBe('2026-01-01T12:00:05Z');
    expect(storageDateTime(Date.UTC(1900, 0, 1))).toBe('1900-01-01T00:00:00Z');
  });

  test('a fraction of a second is noticed', () => {
    expect(hasFractionalSecond(Date.UTC(2026, 0, 1, 0, 0, 0, 1))).toBe(true);
    expect(hasFractionalSecond(Date.UTC(2026, 0, 1))).toBe(false);
  });
});
