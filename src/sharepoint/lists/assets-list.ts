import { ASSET_PRIORITIES } from '../../domain/assets/information-asset';
import { choiceField, dateField, lookupField, lookupsField, multiChoiceField, noteField, textField, userField } from './field-builders';
import { REGISTER_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/** Information assets (R-AST), reconciled every year-end (R-AST-1). Title holds the asset's name. */
export const ASSETS_LIST: ListSchema = {
  key: 'assets',
  url: 'Lists/Assets',
  title: 'Informationstillgångar',
  description: 'Regionens centrala förteckning över informationstillgångar med informationsägare och skyddsåtgärder.',
  titleField: { title: 'Namn', description: 'Informationstillgångens namn.', required: true, indexed: false, generated: false },
  fields: [
    noteField('Description', 'Beskrivning', 'Vilken information tillgången omfattar.'),
    textField('BusinessProcess', 'Verksamhetsprocess', 'Verksamhetsprocessen som tillgången stödjer.'),
    // Indexed: an area's assets (information owners, per-unit views).
    lookupField('Unit', 'Enhet', 'Enheten som äger tillgången.', 'units', { required: true, indexed: true }),
    // Indexed: an information owner's assets (R-NDG-1 nudges, "my assets").
    userField('Owner', 'Informationsägare', 'Namngiven informationsägare (R-AST-2).', { indexed: true }),
    // Indexed: prioritised and business-critical assets, which must be owned and classified (R-AST-2, R-CLS-1).
    choiceField('Priority', 'Prioritet', 'Normal, prioriterad eller verksamhetskritisk.', ASSET_PRIORITIES, { required: true, indexed: true }),
    multiChoiceField(
      'ProtectiveMeasures',
      'Skyddsåtgärder',
      'Skyddsåtgärder ur regionens katalog som finns på plats (R-CLS-3).',
      { fromRegion: 'protective-measures' }
    ),
    noteField('HandlingRules', 'Hanteringsregler', 'Regler för hur informationen hanteras.'),
    lookupsField('Systems', 'IT-system', 'IT-system där informationen hanteras.', 'systems'),
    dateField('LastReviewedOn', 'Senast granskad', 'Senaste granskning av posten.'),
    // Indexed: reviews due (the year-end reconciliation, R-AST-1).
    dateField('NextReviewOn', 'Nästa granskning', 'När posten ska granskas nästa gång.', { indexed: true })
  ],
  permissions: REGISTER_PERMISSIONS
};
