import { ACTION_STATUSES } from '../../domain/actions/action-plan-item';
import { choiceField, dateField, noteField, numberField, textField, userField } from './field-builders';
import { REGISTER_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * The action plan (handlingsplan, R-ACT). The activity is a note, because the plan's activities
 * are sentences that may pass the 255 characters of a Title; Title holds the activity cut to fit,
 * for SharePoint's own views.
 */
export const ACTIONS_LIST: ListSchema = {
  key: 'actions',
  url: 'Lists/Actions',
  title: 'Handlingsplan',
  description: 'Aktiviteter i handlingsplanen med målgrupp, mätetal, tidplan, ansvarig och status.',
  titleField: {
    title: 'Aktivitet',
    description: 'Aktiviteten, förkortad till 255 tecken; hela texten finns i Beskrivning av aktivitet.',
    required: false,
    indexed: false,
    generated: true
  },
  fields: [
    noteField('Activity', 'Beskrivning av aktivitet', 'Aktiviteten.', { required: true }),
    noteField('TargetGroup', 'Målgrupp', 'Vilka aktiviteten riktar sig till.'),
    noteField('Metric', 'Mätetal', 'Hur resultatet mäts.'),
    dateField('StartsOn', 'Start', 'Startdatum.', { required: true }),
    // Indexed: activities past their end date and not done (the council's overdue work).
    dateField('EndsOn', 'Slut', 'Slutdatum.', { required: true, indexed: true }),
    // Indexed: a person's activities.
    userField('Responsible', 'Ansvarig', 'Ansvarig för genomförandet.', { indexed: true }),
    userField('Contact', 'Kontakt/stöd', 'Kontaktperson eller stöd.'),
    textField('Goal', 'Inriktningsmål', 'Inriktningsmålet som aktiviteten tjänar.'),
    // Indexed: open activities.
    choiceField('Status', 'Status', 'Planerad, pågår, klar eller avbruten.', ACTION_STATUSES, { required: true, indexed: true }),
    numberField('ProgressPercent', 'Framdrift (%)', 'Uppmätt framdrift i procent.', { min: 0, max: 100 })
  ],
  permissions: REGISTER_PERMISSIONS
};
