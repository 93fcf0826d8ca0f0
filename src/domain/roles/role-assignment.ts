import { z } from 'zod';
import { isoDateSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

/**
 * Who holds a role (R-ORG), per organisational unit where the role is per unit. A slot with no
 * holder is a vacancy and stays visible. Role keys come from the region's role catalogue.
 */
export const roleAssignmentSchema = z.object({
  id: idSchema,
  roleKey: z.string().trim().min(1),
  unitId: idSchema.optional(),
  holderEmail: emailSchema.optional(),
  since: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
  /** The mandate is documented (the 2023 report: roles had no clear mandate). */
  mandateDocumented: z.boolean().default(false)
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;
