import { kpiSnapshotSchema } from '../../domain/kpi/kpi-snapshot';
import { KPI_SNAPSHOTS_LIST } from '../lists/kpi-snapshots-list';
import { naturalWriteKey } from '../lists/write-key';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readInstant, readText } from './read-values';
import { calendarDateValue, instantValue, optionalTextValue, summaryTitle } from './write-values';

/** The figures' JSON as read; text that is not JSON is handed on as it is, so the schema rejects the item (never a throw). */
function parsedFigures(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) return value;
    throw error;
  }
}

export const kpiSnapshotsMapper = defineMapper({
  list: KPI_SNAPSHOTS_LIST,
  schema: kpiSnapshotSchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    asOf: readCalendarDate(item, 'AsOf', zone),
    source: readText(item, 'Source'),
    takenAt: readInstant(item, 'TakenAt'),
    takenBy: readText(item, 'TakenBy'),
    goalAreas: parsedFigures(readText(item, 'Figures'))
  }),
  toFields: (snapshot, _people, { siteTimeZone: zone }) => ({
    Title: summaryTitle(`${snapshot.source === 'daily' ? 'Dagligt' : 'Rådsmöte'} ${snapshot.asOf}`),
    AsOf: calendarDateValue(snapshot.asOf, zone),
    Source: snapshot.source,
    TakenAt: instantValue(snapshot.takenAt),
    TakenBy: optionalTextValue(snapshot.takenBy),
    Figures: JSON.stringify(snapshot.goalAreas)
  }),
  // One daily snapshot a day, however often the job runs or retries (issue 10); a meeting's is one per instant taken.
  writeKeyOf: (snapshot) => (snapshot.source === 'daily' ? naturalWriteKey('kpi-snapshot', 'daily', snapshot.asOf) : naturalWriteKey('kpi-snapshot', 'meeting', snapshot.takenAt))
});
