import { z } from 'zod';

/**
 * TEMPORARY stand-in for bot/cards/card-actions.ts (the cards helper's contract: the verbs and the
 * zod schemas of every Action.Execute the cards send). Replaced by a re-export when bot/cards is on main.
 */
export const CARD_VERBS = { sign: 'tillit.sign', snooze: 'tillit.snooze', refresh: 'tillit.refresh' } as const;

const taskKey = z.string().trim().min(1).max(255);
const line = z.string().trim().min(1).max(255);

export const signActionSchema = z
  .object({ taskKey, place: line, signerTitle: line, printedName: line, confirmed: z.union([z.literal(true), z.literal('true')]).transform((): true => true) })
  .strict();
export type SignAction = z.infer<typeof signActionSchema>;

export const snoozeActionSchema = z
  .object({ taskKey, days: z.preprocess((value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value), z.number().int().min(1).max(366)) })
  .strip();
export type SnoozeAction = z.infer<typeof snoozeActionSchema>;

export type CardActionRequest =
  | { readonly verb: typeof CARD_VERBS.sign; readonly data: SignAction }
  | { readonly verb: typeof CARD_VERBS.snooze; readonly data: SnoozeAction }
  | { readonly verb: typeof CARD_VERBS.refresh; readonly data: Record<string, never> };

export type ParsedCardAction = { readonly ok: true; readonly action: CardActionRequest } | { readonly ok: false; readonly error: string };

function issuesOf(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

export function parseCardAction(verb: unknown, data: unknown): ParsedCardAction {
  const raw = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {};
  if (verb === CARD_VERBS.sign) {
    const parsed = signActionSchema.safeParse(raw);
    return parsed.success ? { ok: true, action: { verb, data: parsed.data } } : { ok: false, error: `tillit.sign: ${issuesOf(parsed.error)}` };
  }
  if (verb === CARD_VERBS.snooze) {
    const parsed = snoozeActionSchema.safeParse(raw);
    return parsed.success ? { ok: true, action: { verb, data: parsed.data } } : { ok: false, error: `tillit.snooze: ${issuesOf(parsed.error)}` };
  }
  if (verb === CARD_VERBS.refresh) return { ok: true, action: { verb, data: {} } };
  return { ok: false, error: `unknown card action verb ${JSON.stringify(verb)}` };
}
