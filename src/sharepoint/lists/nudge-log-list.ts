import { NUDGE_LOG_KINDS, NUDGE_OUTCOMES } from '../mappers/records/nudge-log-entry';
import { choiceField, dateField, instantField, noteField, numberField, textField } from './field-builders';
import { OPERATIONS_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * Every digest the bot sent or tried to send, one item per person and run day (R-NDG-2, R-NDG-4),
 * and one item per run day holding the run's lease and summary. The write key (`nudge:<day>:<person>`,
 * unique) makes the first claim of a message the only one; its state then moves by ETag-guarded
 * updates (bot/nudges/claim-protocol.ts). A run reads the whole list once, paged by ID (never over
 * an unindexed filter), for the history, the states of today's messages and the lease.
 */
export const NUDGE_LOG_LIST: ListSchema = {
  key: 'nudgeLog',
  url: 'Lists/NudgeLog',
  title: 'Påminnelselogg',
  description: 'Logg över påminnelser från boten: vem, vad, när och med vilket utfall.',
  // Indexed: a message's key (day, person, content digest) or a run's.
  titleField: { title: 'Nyckel', description: 'Meddelandets eller körningens nyckel.', required: true, indexed: true, generated: false },
  fields: [
    choiceField('Kind', 'Slag', 'Ett meddelande eller en körning.', NUDGE_LOG_KINDS, { required: true }),
    // Indexed: what one person was told ("why did I get this?"). Text, not a person column: a run logs
    // thousands of recipients and must not resolve each to a site user first.
    textField('RecipientEmail', 'Mottagare', 'E-postadressen till den som fick påminnelsen.', { indexed: true }),
    // Indexed: one run's log.
    dateField('RunDay', 'Körningsdag', 'Kalenderdagen för körningen.', { required: true, indexed: true }),
    // Indexed: dead letters and unknown outcomes to re-drive.
    choiceField('Outcome', 'Utfall', 'Meddelandets eller körningens tillstånd.', NUDGE_OUTCOMES, { required: true, indexed: true }),
    noteField('ItemKeys', 'Poster', 'Nycklarna till det som påminns om, en per rad.'),
    textField('ContentDigest', 'Innehåll', 'Kort kontrollsumma över meddelandets innehåll.'),
    textField('Holder', 'Innehavare', 'Körningen som har anspråket eller låset.'),
    instantField('LeaseUntil', 'Låst till', 'Körningens lås gäller hit om det inte förnyas.'),
    numberField('Attempts', 'Försök', 'Antal sändningsförsök.', { min: 0 }),
    instantField('SentAt', 'Skickad', 'När meddelandet skickades, eller körningens senaste ändring.'),
    textField('ConversationId', 'Konversation', 'Teams-konversationens id.'),
    textField('ActivityId', 'Aktivitet', 'Id för meddelandet i Teams.'),
    noteField('Error', 'Fel', 'Det senaste felet, eller körningens sammanfattning.')
  ],
  // Until issue 9 a required person column; the log now names the recipient by e-mail (RecipientEmail).
  retiredFields: ['Recipient'],
  permissions: OPERATIONS_PERMISSIONS
};
