import { z } from 'zod';
import { idSchema } from '../shared/person-ref';

/**
 * A unit of the organisation tree (förvaltning › område › avdelning › enhet by default). The
 * level names are the region's configuration (R-ORG-MULTI); `level` holds one of their keys.
 */
export const orgUnitSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'a name is required'),
  level: z.string().trim().min(1, 'an organisation level is required'),
  parentId: idSchema.optional(),
  /** Identified as a business-critical area: it needs a risk analysis (R-RSK-1) and an approved dependency analysis (R-SYS-2). */
  businessCritical: z.boolean().default(false)
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

/** The unit and its ancestors, nearest first; stops at a cycle or a missing parent instead of looping. */
export function unitChain(units: ReadonlyMap<string, OrgUnit>, unitId: string | undefined): OrgUnit[] {
  const chain: OrgUnit[] = [];
  const seen = new Set<string>();
  let current = unitId === undefined ? undefined : units.get(unitId);
  while (current && !seen.has(current.id)) {
    chain.push(current);
    seen.add(current.id);
    current = current.parentId === undefined ? undefined : units.get(current.parentId);
  }
  return chain;
}
