import { z } from 'zod';
import { DEMO_PERSONAS, type DemoPersonaKey } from '../demo/demo-personas';

/**
 * The demo identities the workbench offers (DESIGN.md, "The app service, locally"): the people whose
 * pages differ — a registry coordinator, the DSO, a deputy DSO (who sees her administration's part of
 * the record of processing, R-ROPA-2), an information owner, an employee and the security coordinator. Their e-mails are fixed at every seed and scale (src/demo/demo-personas.ts).
 */
export const WORKBENCH_ROLES = ['registryCoordinator', 'dataProtectionOfficer', 'deputyDataProtectionOfficer', 'informationOwner', 'employee', 'securityCoordinator'] as const satisfies readonly DemoPersonaKey[];
export type WorkbenchRole = (typeof WORKBENCH_ROLES)[number];

export interface WorkbenchIdentity {
  readonly role: WorkbenchRole;
  readonly email: string;
  readonly displayName: string;
}

export const WORKBENCH_IDENTITIES: readonly WorkbenchIdentity[] = WORKBENCH_ROLES.map((role) => {
  const persona = DEMO_PERSONAS[role];
  return { role, email: persona.email, displayName: `${persona.firstName} ${persona.lastName}` };
});

/** The identity a first visit gets: the person the web parts are first built for. */
export const DEFAULT_WORKBENCH_IDENTITY: WorkbenchIdentity = WORKBENCH_IDENTITIES[0];

/** An e-mail that names one of the workbench identities, and nothing else: the pass-through signs in no one else. */
export const workbenchEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((email) => WORKBENCH_IDENTITIES.some((identity) => identity.email === email), { message: 'not one of the workbench\'s demo identities' });

export function workbenchIdentityOf(email: string): WorkbenchIdentity | undefined {
  return WORKBENCH_IDENTITIES.find((identity) => identity.email === email.trim().toLowerCase());
}
