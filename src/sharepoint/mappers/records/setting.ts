import { z } from 'zod';
import { idSchema } from '../../../domain/shared/person-ref';
import { jsonTextSchema } from './json-text';

/**
 * One setting of the site, as JSON under a key: the region configuration's overrides
 * (load-region-config.ts) and the like. Nothing filters on the value, so JSON is fine here.
 */
export const settingSchema = z.object({
  id: idSchema,
  key: z.string().trim().min(1, 'a setting needs its key').max(255),
  value: jsonTextSchema
});
export type Setting = z.output<typeof settingSchema>;
