import { booleanField, choiceField, dateField, lookupField, userField } from './field-builders';
import { COORDINATOR_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * Who holds each role, per unit where the role is per unit (R-ORG). An item without a holder is a
 * vacancy and stays visible. Title holds a generated summary. Readable by all: everyone should
 * find their DSO and registry coordinator.
 */
export const ROLE_ASSIGNMENTS_LIST: ListSchema = {
  key: 'roleAssignments',
  url: 'Lists/RoleAssignments',
  title: 'Roller',
  description: 'Rollinnehavare per roll och organisationsenhet; tomma roller syns som vakanser.',
  titleField: {
    title: 'Uppdrag',
    description: 'Sammanfattning som appen skriver (roll och enhet).',
    required: false,
    indexed: false,
    generated: true
  },
  fields: [
    // Indexed: all holders of a role (the DSO, every registry coordinator).
    choiceField('Role', 'Roll', 'Roll enligt regionens rollkatalog.', { fromRegion: 'roles' }, { required: true, indexed: true }),
    // Indexed: the roles of a unit.
    lookupField('Unit', 'Enhet', 'Enheten rollen gäller; tom för regiongemensamma roller.', 'units', { indexed: true }),
    // Indexed: a person's roles (acknowledgement duties, R-NDG-1).
    userField('Holder', 'Innehavare', 'Den som har rollen; tom vid vakans.', { indexed: true }),
    dateField('Since', 'Från', 'Första dag i rollen.'),
    dateField('Until', 'Till', 'Sista dag i rollen.'),
    booleanField('MandateDocumented', 'Mandat dokumenterat', 'Rollens mandat är dokumenterat.')
  ],
  permissions: COORDINATOR_PERMISSIONS
};
