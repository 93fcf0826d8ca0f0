import type { RegionConfig } from '../../config/region-config';
import { SHAREPOINT_TYPE_NAMES } from '../lists/field-kinds';
import type { FieldSchema } from '../lists/list-schema';
import { choiceValues } from '../lists/region-choices';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * The CAML `<Field>` for `fields.createFieldAsXml`. It is the one field-creation call that sets
 * internal name, Swedish display name, index and choices in one request; SharePoint takes the
 * internal name from `Name` only with AddFieldInternalNameHint (see FIELD_XML_OPTIONS).
 */
export function fieldXml(field: FieldSchema, config: RegionConfig, lookupListId: string | undefined): string {
  const attributes: [string, string][] = [
    ['Type', SHAREPOINT_TYPE_NAMES[field.kind]],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.title],
    ['Description', field.description],
    ['Required', field.required ? 'TRUE' : 'FALSE'],
    ['Indexed', field.indexed ? 'TRUE' : 'FALSE']
  ];
  if (field.unique === true) attributes.push(['EnforceUniqueValues', 'TRUE']);
  let inner = '';
  switch (field.kind) {
    case 'text':
      attributes.push(['MaxLength', String(field.maxLength)]);
      break;
    case 'note':
      // Plain text: list values one per line and JSON must not pick up HTML from the rich text editor.
      attributes.push(['RichText', 'FALSE'], ['NumLines', '6']);
      break;
    case 'number':
      if (field.min !== undefined) attributes.push(['Min', String(field.min)]);
      if (field.max !== undefined) attributes.push(['Max', String(field.max)]);
      break;
    case 'datetime':
      attributes.push(['Format', field.dateOnly ? 'DateOnly' : 'DateTime']);
      break;
    case 'choice':
    case 'multichoice':
      attributes.push(['FillInChoice', 'FALSE']);
      inner = `<CHOICES>${choiceValues(field, config).map((choice) => `<CHOICE>${escapeXml(choice)}</CHOICE>`).join('')}</CHOICES>`;
      break;
    case 'user':
    case 'usermulti':
      attributes.push(['UserSelectionMode', 'PeopleOnly'], ['UserSelectionScope', '0']);
      if (field.kind === 'usermulti') attributes.push(['Mult', 'TRUE']);
      break;
    case 'lookup':
    case 'lookupmulti':
      if (lookupListId === undefined) throw new Error(`The lookup ${field.internalName} needs its target list's id.`);
      attributes.push(['List', `{${lookupListId}}`], ['ShowField', 'Title']);
      if (field.kind === 'lookupmulti') attributes.push(['Mult', 'TRUE']);
      break;
    case 'boolean':
      break;
  }
  return `<Field ${attributes.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ')}>${inner}</Field>`;
}

/** AddFieldInternalNameHint (8) | AddFieldToDefaultView (16) | AddToDefaultContentType (1). */
export const FIELD_XML_OPTIONS = 8 | 16 | 1;
