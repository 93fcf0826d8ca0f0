import { noteField } from './field-builders';
import type { ListSchema } from './list-schema';

/**
 * Site settings as key and JSON value, such as the region configuration's overrides. Title holds
 * the key. Readable by all: every page needs the region's scales and terms (R-ORG-MULTI).
 */
export const SETTINGS_LIST: ListSchema = {
  key: 'settings',
  url: 'Lists/Settings',
  title: 'Inställningar',
  description: 'Tillits inställningar för regionen, som JSON per nyckel.',
  // Indexed and unique: settings are read by key.
  titleField: { title: 'Nyckel', description: 'Inställningens nyckel.', required: true, indexed: true, unique: true, generated: false },
  fields: [noteField('Value', 'Värde', 'Inställningens värde som JSON.', { required: true })],
  permissions: { read: ['owners', 'members', 'visitors'], edit: ['owners'], itemLevel: 'all' }
};
