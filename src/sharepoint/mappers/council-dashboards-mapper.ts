import { COUNCIL_DASHBOARDS_LIST } from '../lists/council-dashboards-list';
import { naturalWriteKey } from '../lists/write-key';
import { defineMapper } from './list-mapper';
import { councilDashboardPartSchema } from './records/council-dashboard-part';
import { readId, readInstant, readNumber, readText } from './read-values';
import { instantValue, summaryTitle } from './write-values';

export const councilDashboardsMapper = defineMapper({
  list: COUNCIL_DASHBOARDS_LIST,
  schema: councilDashboardPartSchema,
  toDomain: (item) => ({
    id: readId(item),
    year: readNumber(item, 'Year'),
    generation: readText(item, 'Generation'),
    part: readNumber(item, 'Part'),
    parts: readNumber(item, 'Parts'),
    computedAt: readInstant(item, 'ComputedAt'),
    data: readText(item, 'Data')
  }),
  toFields: (part) => ({
    Title: summaryTitle(`${part.year} ${part.generation} ${part.part + 1}/${part.parts}`),
    Year: part.year,
    Generation: part.generation,
    Part: part.part,
    Parts: part.parts,
    ComputedAt: instantValue(part.computedAt),
    Data: part.data
  }),
  // A part lands once, however often its add is retried (R-SEC-2).
  writeKeyOf: (part) => naturalWriteKey('council-dashboard', part.generation, String(part.part))
});
