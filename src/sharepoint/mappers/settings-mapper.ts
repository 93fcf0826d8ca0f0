import { SETTINGS_LIST } from '../lists/settings-list';
import { defineMapper } from './list-mapper';
import { readId, readText } from './read-values';
import { settingSchema } from './records/setting';

export const settingsMapper = defineMapper({
  list: SETTINGS_LIST,
  schema: settingSchema,
  toDomain: (item) => ({
    id: readId(item),
    key: readText(item, 'Title'),
    value: readText(item, 'Value')
  }),
  // undefined is not JSON: a setting without a value is stored as JSON null.
  toFields: (setting) => ({ Title: setting.key, Value: JSON.stringify(setting.value ?? null) })
});
