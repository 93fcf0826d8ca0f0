import { isoDate } from '../../../src/domain/shared/calendar';
import { ALL_LISTS } from '../../../src/sharepoint/lists/all-lists';
import { naturalWriteKey, provisionedFields, randomWriteKey, WRITE_KEY, WRITE_KEY_FIELD } from '../../../src/sharepoint/lists/write-key';
import { nudgeLogMapper } from '../../../src/sharepoint/mappers/nudge-log-mapper';
import { nudgeLogEntrySchema } from '../../../src/sharepoint/mappers/records/nudge-log-entry';

/** The write key (R-SEC-2, R-NDG-4): one column on every list, SharePoint-unique, and how its values are made. */
describe('the write key', () => {
  it('is a column of every list, indexed and unique, and none of the lists uses its name', () => {
    expect(WRITE_KEY_FIELD).toMatchObject({ internalName: WRITE_KEY, kind: 'text', indexed: true, unique: true, maxLength: 255 });
    for (const list of ALL_LISTS) {
      expect(list.fields.map((field) => field.internalName)).not.toContain(WRITE_KEY);
      expect(provisionedFields(list).slice(-1)).toEqual([WRITE_KEY_FIELD]);
    }
  });

  it('makes random keys that differ', () => {
    const keys = new Set(Array.from({ length: 100 }, () => randomWriteKey()));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('makes natural keys under a scope, lower-cased as SharePoint compares them, and hashes what is too long', () => {
    expect(naturalWriteKey('demo', 'units', 'UNIT-0001')).toBe('demo:units:unit-0001');
    const long = naturalWriteKey('nudge', '2026-03-01', 'x'.repeat(300));
    expect(long).toMatch(/^nudge:sha256:[0-9a-f]{64}$/);
    expect(long).toBe(naturalWriteKey('nudge', '2026-03-01', 'X'.repeat(300)));
    expect(long).not.toBe(naturalWriteKey('nudge', '2026-03-02', 'x'.repeat(300)));
  });

  it('keys a nudge message by its run day and recipient (R-NDG-2, R-NDG-4), whatever its content or outcome', () => {
    const entry = nudgeLogEntrySchema.parse({
      id: '1',
      kind: 'message',
      key: '2026-03-01:0123456789abcdef:owner@region.se',
      recipientEmail: 'owner@region.se',
      itemKeys: ['classification:asset:a-1:owner@region.se'],
      runDay: '2026-03-01',
      outcome: 'claimed'
    });
    expect(nudgeLogMapper.writeKeyOf?.(entry)).toBe('nudge:2026-03-01:owner@region.se');
    expect(nudgeLogMapper.writeKeyOf?.({ ...entry, outcome: 'sent' })).toBe(nudgeLogMapper.writeKeyOf?.(entry));
    expect(nudgeLogMapper.writeKeyOf?.({ ...entry, key: '2026-03-01:fedcba9876543210:owner@region.se' })).toBe(nudgeLogMapper.writeKeyOf?.(entry));
    expect(nudgeLogMapper.writeKeyOf?.({ ...entry, runDay: isoDate('2026-03-02') })).not.toBe(nudgeLogMapper.writeKeyOf?.(entry));
    expect(nudgeLogMapper.writeKeyOf?.({ ...entry, kind: 'run', key: 'run:2026-03-01', recipientEmail: undefined })).toBe('nudge-run:2026-03-01');
  });
});
