import { z } from 'zod';
import { parseOrThrow } from '../domain/shared/validation';
import { WORKBENCH_ROLES } from './workbench-identities';

/**
 * The workbench's own API on the app service (bot/local/workbench-routes.ts): which demo identity the
 * cookie names, and choosing another. Shapes are shared so that both ends validate the same thing.
 */
export const WORKBENCH_API = {
  session: '/workbench/api/session',
  identity: '/workbench/api/identity'
} as const;

export const identityChoiceSchema = z.object({ email: z.string().trim().toLowerCase().email() }).strict();

export const sessionSchema = z.object({
  identity: z.object({ role: z.enum(WORKBENCH_ROLES), email: z.string(), displayName: z.string() })
});
export type WorkbenchSession = z.infer<typeof sessionSchema>;

async function readAnswer(response: Response, what: string): Promise<WorkbenchSession> {
  const body = (await response.json()) as unknown;
  if (!response.ok) {
    const message = z.object({ error: z.object({ message: z.string() }) }).safeParse(body);
    throw new Error(message.success ? message.data.error.message : `${what}: HTTP ${response.status}`);
  }
  return parseOrThrow(sessionSchema, body, what);
}

export async function fetchSession(): Promise<WorkbenchSession> {
  return readAnswer(await fetch(WORKBENCH_API.session, { credentials: 'same-origin' }), 'The workbench session');
}

export async function chooseIdentity(email: string): Promise<WorkbenchSession> {
  const response = await fetch(WORKBENCH_API.identity, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(identityChoiceSchema.parse({ email }))
  });
  return readAnswer(response, 'The chosen identity');
}
