import { booleanField, choiceField, lookupField } from './field-builders';
import { COORDINATOR_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/** The organisation tree (R-ORG): förvaltning › område › avdelning › enhet by default. Title holds the unit's name. */
export const UNITS_LIST: ListSchema = {
  key: 'units',
  url: 'Lists/Units',
  title: 'Organisationsenheter',
  description: 'Regionens organisationsträd: förvaltningar, områden, avdelningar och enheter.',
  titleField: { title: 'Namn', description: 'Enhetens namn.', required: true, indexed: false, generated: false },
  fields: [
    // Indexed: the children of a unit (tree views, "my area and below").
    lookupField('Parent', 'Överordnad enhet', 'Enheten ovanför i organisationsträdet; tom för toppen.', 'units', { indexed: true }),
    // Indexed: all units of one level, e.g. every område for per-unit role slots and the KPI denominators.
    choiceField('Level', 'Nivå', 'Organisationsnivå enligt regionens inställningar.', { fromRegion: 'organisation-levels' }, {
      required: true,
      indexed: true
    }),
    booleanField(
      'BusinessCritical',
      'Verksamhetskritisk',
      'Identifierat verksamhetskritiskt område: kräver riskanalys (R-RSK-1) och godkänd beroendeanalys (R-SYS-2).'
    )
  ],
  permissions: COORDINATOR_PERMISSIONS
};
