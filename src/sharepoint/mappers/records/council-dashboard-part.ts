import { z } from 'zod';
import { instantSchema } from '../../../domain/shared/calendar';
import { idSchema } from '../../../domain/shared/person-ref';

/** A multiple-lines-of-text column is safe to 63,999 characters; a part stays below with room to spare. */
export const MAX_DASHBOARD_PART_CHARS = 60_000;

/**
 * One part of a stored council dashboard (council-dashboards-list.ts): `data` is a slice of the
 * dashboard's gzipped JSON in base64; the parts 0 … parts-1 of one generation make it whole.
 */
export const councilDashboardPartSchema = z.object({
  id: idSchema,
  year: z.number().int().min(2000).max(2100),
  generation: z.string().trim().min(1).max(255),
  part: z.number().int().min(0),
  parts: z.number().int().min(1),
  computedAt: instantSchema,
  data: z.string().min(1).max(MAX_DASHBOARD_PART_CHARS).regex(/^[A-Za-z0-9+/=]+$/, 'must be base64')
});
export type CouncilDashboardPart = z.output<typeof councilDashboardPartSchema>;
