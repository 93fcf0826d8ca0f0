import { orgUnitSchema } from '../../domain/organisation/org-unit';
import { UNITS_LIST } from '../lists/units-list';
import { defineMapper } from './list-mapper';
import { readBoolean, readId, readLookupId, readText } from './read-values';
import { optionalLookupValue } from './write-values';

export const unitsMapper = defineMapper({
  list: UNITS_LIST,
  schema: orgUnitSchema,
  toDomain: (item) => ({
    id: readId(item),
    name: readText(item, 'Title'),
    level: readText(item, 'Level'),
    parentId: readLookupId(item, 'Parent'),
    businessCritical: readBoolean(item, 'BusinessCritical')
  }),
  toFields: (unit) => ({
    Title: unit.name,
    Level: unit.level,
    ParentId: optionalLookupValue(unit.parentId, 'parentId'),
    BusinessCritical: unit.businessCritical
  })
});
