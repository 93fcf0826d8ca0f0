import type { ListKey } from '../../../src/sharepoint/lists/list-schema';
import { ALL_MAPPERS } from '../../../src/sharepoint/mappers/all-mappers';
import type { ListMapper } from '../../../src/sharepoint/mappers/list-mapper';
import { screenItems } from '../../../src/sharepoint/mappers/screen-items';
import { DIRECTORY, FIXTURES } from './fixtures';
import { readBack, type MultiValueShape } from './simulated-site';

/*
 * Every list: domain record → add/update payload → the item SharePoint answers on the next read →
 * the same domain record (DESIGN.md habit 2, R-SEC-2: nothing is lost or changed on the way).
 * Run in both answer formats, since @pnp/sp's JSON light gives plain arrays and verbose wraps them.
 */

const SHAPES: readonly MultiValueShape[] = ['json-light', 'verbose'];

function itemIdOf(record: unknown, index: number): number {
  const id = (record as { id?: string }).id;
  return id === undefined ? 1000 + index : Number(id);
}

/** Who wrote the item: an acknowledgement's signing account, an incident's reporter (both read from Author). */
function authorOf(record: unknown): string | undefined {
  const written = record as { signedByAccount?: string; reportedBy?: string };
  return written.signedByAccount ?? written.reportedBy;
}

interface RoundTrip {
  readonly key: ListKey;
  readonly mapper: ListMapper<unknown>;
  readonly records: readonly unknown[];
}

const ROUND_TRIPS: RoundTrip[] = (Object.keys(ALL_MAPPERS) as ListKey[]).map((key) => ({
  key,
  mapper: ALL_MAPPERS[key] as ListMapper<unknown>,
  records: FIXTURES[key] as readonly unknown[]
}));

test('every list has a mapper and fixtures, and the fixtures cover both full and sparse records', () => {
  expect(Object.keys(FIXTURES).sort()).toEqual(Object.keys(ALL_MAPPERS).sort());
  for (const { key, records } of ROUND_TRIPS) expect([key, records.length > 0]).toEqual([key, true]);
});

describe.each(ROUND_TRIPS)('$key: domain → fields → read back → domain', ({ mapper, records }) => {
  test.each(SHAPES)('in %s', (shape) => {
    const items = records.map((record, index) =>
      readBack(mapper.list, mapper.toFields(record, DIRECTORY.people), {
        id: itemIdOf(record, index),
        directory: DIRECTORY,
        shape,
        author: authorOf(record),
        emptyPerson: index % 2 === 0 ? 'null' : 'absent'
      })
    );
    const screened = screenItems(mapper, items);
    expect(screened.rejected).toEqual([]);
    expect(screened.valid).toEqual(records);
  });

  test('the payload names every column of the list, so an update clears what the record no longer has', () => {
    const fields = mapper.toFields(records[records.length - 1], DIRECTORY.people);
    const expected = mapper.list.fields.map((field) =>
      ['user', 'usermulti', 'lookup', 'lookupmulti'].includes(field.kind) ? `${field.internalName}Id` : field.internalName
    );
    expect(Object.keys(fields).sort()).toEqual(['Title', ...expected].sort());
  });
});
