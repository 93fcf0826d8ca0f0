import { z } from 'zod';

/**
 * People are referred to by e-mail (the UPN in Entra ID): stable across SharePoint site users,
 * Teams accounts and the staff roster. Stored lower-case so that comparisons are exact.
 */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .email('must be an e-mail address (the person\'s account, for example anna.berg@region.se)');
export type Email = z.infer<typeof emailSchema>;

export const idSchema = z.string().trim().min(1, 'an id is required').max(255);

export function sameEmail(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
