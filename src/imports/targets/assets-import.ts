import { ASSET_PRIORITIES, informationAssetSchema, type InformationAsset } from '../../domain/assets/information-asset';
import type { ImportTarget } from '../import-target';
import { naturalKey } from '../natural-key';
import { choiceOptions, text } from './choice-options';
import { LINE_LENGTH, NOTE_LENGTH } from './text-limits';

/** Information assets (R-AST): matched on the asset's name; prioritised ones need an owner (R-AST-2, checked by the register's rules). */
export const ASSETS_IMPORT: ImportTarget<InformationAsset> = {
  key: 'assets',
  columns: [
    { key: 'name', header: text('Informationstillgång', 'Information asset'), aliases: ['Namn', 'Name', 'Tillgång', 'Asset', 'Asset name', 'Tillgångens namn'], path: ['name'], kind: { type: 'text', maxLength: LINE_LENGTH }, required: true },
    { key: 'description', header: text('Beskrivning', 'Description'), path: ['description'], kind: { type: 'text', maxLength: NOTE_LENGTH } },
    { key: 'businessProcess', header: text('Verksamhetsprocess', 'Business process'), aliases: ['Process'], path: ['businessProcess'], kind: { type: 'text', maxLength: LINE_LENGTH } },
    { key: 'unit', header: text('Enhet', 'Unit'), aliases: ['Organisationsenhet'], path: ['unitId'], kind: { type: 'unit' }, required: true },
    { key: 'owner', header: text('Informationsägare', 'Information owner'), aliases: ['Ägare', 'Owner'], path: ['ownerEmail'], kind: { type: 'person' } },
    { key: 'priority', header: text('Prioritet', 'Priority'), path: ['priority'], kind: { type: 'choice', options: choiceOptions('priority', ASSET_PRIORITIES) }, required: true },
    { key: 'handlingRules', header: text('Hanteringsregler', 'Handling rules'), path: ['handlingRules'], kind: { type: 'text', maxLength: NOTE_LENGTH } },
    { key: 'lastReviewedOn', header: text('Senast granskad', 'Last reviewed on'), aliases: ['Last reviewed'], path: ['lastReviewedOn'], kind: { type: 'date' } },
    { key: 'nextReviewOn', header: text('Nästa granskning', 'Next review on'), aliases: ['Next review'], path: ['nextReviewOn'], kind: { type: 'date' } }
  ],
  keyColumns: ['name'],
  schema: informationAssetSchema,
  blank: () => ({ id: 'new' }),
  naturalKeyOf: (asset) => naturalKey([asset.name])
};
