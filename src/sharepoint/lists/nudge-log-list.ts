import { NUDGE_TOPICS } from '../../config/region-config';
import { NUDGE_OUTCOMES } from '../mappers/records/nudge-log-entry';
import { booleanField, choiceField, dateField, instantField, noteField, textField, userField } from './field-builders';
import { OPERATIONS_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * Every nudge the bot sent or tried to send, one item per item key, person and run (R-NDG-4).
 * Title holds the item key. Before sending, the run asks `Title eq '<key>' and RunDay eq <day>`:
 * the first clause hits the Title index and matches at most one item per run day the key was
 * sent on, far under the 5,000 threshold even after years of daily runs.
 */
export const NUDGE_LOG_LIST: ListSchema = {
  key: 'nudgeLog',
  url: 'Lists/NudgeLog',
  title: 'Påminnelselogg',
  description: 'Logg över påminnelser från boten: vem, vad, när och med vilket utfall.',
  // Indexed: the idempotency check (R-NDG-4) and the first reminder of a key (NudgeHistory.firstSentOn, R-NDG-3).
  titleField: { title: 'Påminnelsenyckel', description: 'Nyckeln för det som påminns om.', required: true, indexed: true, generated: false },
  fields: [
    // Indexed: what one person was told ("why did I get this?").
    userField('Recipient', 'Mottagare', 'Den som fick påminnelsen.', { required: true, indexed: true }),
    choiceField('Topic', 'Ämne', 'Vad påminnelsen gäller.', NUDGE_TOPICS, { required: true }),
    booleanField('Escalated', 'Eskalerad', 'Skickad till chef eller områdesansvarig (R-NDG-3).'),
    // Indexed: one run's log (progress of a run, a re-run's check that nothing was missed).
    dateField('RunDay', 'Körningsdag', 'Kalenderdagen för körningen.', { required: true, indexed: true }),
    instantField('SentAt', 'Skickad', 'När meddelandet skickades.'),
    // Indexed: failed sends to retry or investigate.
    choiceField('Outcome', 'Utfall', 'Väntar, skickad, misslyckad eller ej installerad.', NUDGE_OUTCOMES, { required: true, indexed: true }),
    textField('ConversationId', 'Konversation', 'Teams-konversationens id.'),
    textField('ActivityId', 'Aktivitet', 'Id för meddelandet i Teams.'),
    noteField('Error', 'Fel', 'Felet när sändningen misslyckades.')
  ],
  permissions: OPERATIONS_PERMISSIONS
};
