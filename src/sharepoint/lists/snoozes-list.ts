import { dateField, instantField, textField, userField } from './field-builders';
import { OPERATIONS_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * Snoozed reminders (R-NDG-2): one item per snooze, added by the app service for the person who
 * pressed Snooze in My tasks or the bot's card, never changed; so it is also the record of who
 * snoozed what, when (R-SEC-4). Written only by the app (OPERATIONS_PERMISSIONS): a person cannot
 * hide a duty by writing here, nor snooze someone else's (the API checks the item is in their digest).
 * Title holds the item key, as in the NudgeLog.
 */
export const SNOOZES_LIST: ListSchema = {
  key: 'snoozes',
  url: 'Lists/Snoozes',
  title: 'Snoozade påminnelser',
  description: 'Påminnelser som en person har skjutit upp: vem, vad, när och till vilken dag.',
  // Indexed: "is this item snoozed?" and the history of one item.
  titleField: { title: 'Påminnelsenyckel', description: 'Nyckeln för det som påminns om.', required: true, indexed: true, generated: false },
  fields: [
    // Indexed: one person's snoozes (My tasks, the person's digest).
    userField('Person', 'Person', 'Den som sköt upp påminnelsen.', { required: true, indexed: true }),
    textField('DueState', 'Förfallotillstånd', 'Påminnelsens förfallodag och läge när den sköts upp; en ändrad uppgift visas igen.', { required: true }),
    // Indexed: the snoozes still running (the nudge run reads only these).
    dateField('Until', 'Visas igen', 'Dagen då påminnelsen visas igen.', { required: true, indexed: true }),
    instantField('SetAt', 'Uppskjuten', 'När påminnelsen sköts upp.', { required: true })
  ],
  permissions: OPERATIONS_PERMISSIONS
};
