import { kpiSnapshotsMapper } from '../../../src/sharepoint/mappers/kpi-snapshots-mapper';
import { screenItems } from '../../../src/sharepoint/mappers/screen-items';

/*
 * Issue 10, DESIGN.md habit 2: a kept KPI snapshot's figures are JSON checked with zod when read back;
 * an item whose figures someone broke by hand is reported with its id and left out of the trend, never thrown.
 */
const figures = JSON.stringify([{ area: 'training', measures: [{ key: 'trained:alla-medarbetare', numerator: 12, denominator: 40, targetPercent: 80 }] }]);
const valid = { ID: 1, AsOf: '2026-03-28T23:00:00Z', Source: 'daily', TakenAt: '2026-03-29T04:15:00Z', Figures: figures };

test('broken figures are reported with their ids and the field; the valid item passes', () => {
  const screened = screenItems(kpiSnapshotsMapper, [
    valid,
    { ...valid, ID: 2, Figures: '{"area": "training", measures' }, // not JSON
    { ...valid, ID: 3, Figures: JSON.stringify([{ area: 'training', measures: [{ key: 'x', numerator: -1, denominator: 4 }] }]) }, // a negative count
    { ...valid, ID: 4, Figures: JSON.stringify([{ area: 'weather', measures: [] }]) }, // not a goal area
    { ...valid, ID: 5, Figures: null, Source: 'hourly' }
  ]);
  expect(screened.valid.map((snapshot) => [snapshot.id, snapshot.asOf, snapshot.goalAreas[0].measures[0].numerator])).toEqual([['1', '2026-03-29', 12]]);
  expect(screened.rejected.map((rejected) => [rejected.id, rejected.issues.map((issue) => issue.path.split(/[.[]/)[0])])).toEqual([
    ['2', ['goalAreas']],
    ['3', ['goalAreas']],
    ['4', ['goalAreas']],
    ['5', ['source', 'goalAreas']]
  ]);
});

test('one daily snapshot a day, whatever instant it was taken at; a meeting\'s by its instant', () => {
  const [daily] = screenItems(kpiSnapshotsMapper, [valid]).valid;
  expect(kpiSnapshotsMapper.writeKeyOf?.(daily)).toBe('kpi-snapshot:daily:2026-03-29');
  expect(kpiSnapshotsMapper.writeKeyOf?.({ ...daily, takenAt: '2026-03-29T20:00:00Z' as never })).toBe('kpi-snapshot:daily:2026-03-29');
  expect(kpiSnapshotsMapper.writeKeyOf?.({ ...daily, source: 'meeting' })).toBe('kpi-snapshot:meeting:2026-03-29t04:15:00z');
});
