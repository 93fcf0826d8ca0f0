import { z } from 'zod';

/**
 * What the bot's cards send back (Universal Actions, `Action.Execute`): the verbs and the zod schema
 * of each one's data. The cards build their actions from these, and the agent parses every incoming
 * `adaptiveCard/action` invoke with `parseCardAction`, so the two cannot drift apart.
 *
 * Teams merges the values of the card's inputs into the action's data, by input id. A digest can hold
 * several sign forms (one per document owed), and input ids must be unique in a card (the renderers
 * report a duplicate id, and which value Teams gathers would be undefined), so the sign form's inputs
 * are numbered: `place.2`, `signerTitle.2`, … with `form: 2` in the action's data (`signInputId`).
 * `parseCardAction` reads the fields of the form named, so the parsed sign action has plain
 * `place`, `signerTitle`, `printedName`, `confirmed`: the same names as the web part's sign request.
 */
export const CARD_VERBS = {
  sign: 'tillit.sign',
  snooze: 'tillit.snooze',
  refresh: 'tillit.refresh'
} as const;
export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

export const SIGN_FIELDS = ['place', 'signerTitle', 'printedName', 'confirmed'] as const;
export type SignField = (typeof SIGN_FIELDS)[number];

/** The id of a sign form's input: the field's name and the form's number. */
export function signInputId(field: SignField, form: number): string {
  return `${field}.${form}`;
}

/** An Input.Toggle sends its valueOn / valueOff as strings. */
export const TOGGLE_ON = 'true';
export const TOGGLE_OFF = 'false';

const taskKey = z.string({ required_error: 'taskKey is required' }).trim().min(1, 'taskKey is required').max(255, 'taskKey holds at most 255 characters');
// The same bounds as the web part's sign request (src/contracts/acknowledgements.ts): what one accepts, the other does.
const line = (what: string): z.ZodString =>
  z.string({ required_error: `${what} is required`, invalid_type_error: `${what} must be text` }).trim().min(1, `${what} is required`).max(255, `${what} holds at most 255 characters`);

/** What the card's sign button sends, after the form's inputs are read (R-ACK): the signer is never in it — the server takes the Teams user. */
export const signActionSchema = z
  .object({
    taskKey,
    place: line('the place (ort)'),
    signerTitle: line('the title'),
    printedName: line('the printed name'),
    /** "Jag har läst och tagit emot…" ticked: the toggle's valueOn, or true. */
    confirmed: z.union([z.literal(true), z.literal(TOGGLE_ON)], { errorMap: () => ({ message: 'the confirmation must be ticked' }) }).transform((): true => true)
  })
  .strict();
export type SignAction = z.infer<typeof signActionSchema>;

/** Snooze one item of the digest for one of the lengths the region offers (R-NDG-2); the server checks the length and the key. */
export const snoozeActionSchema = z
  .object({
    taskKey,
    // A number in the card's data; a numeric string too, as some clients send data values as text.
    days: z.preprocess(
      (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
      z
        .number({ required_error: 'days is required', invalid_type_error: 'days must be a whole number of days' })
        .int('days must be a whole number of days')
        .min(1, 'days must be at least 1')
        .max(366, 'days must be at most 366')
    )
  })
  // Not strict: a client may send along inputs of the card around the button; only these two fields mean anything.
  .strip();
export type SnoozeAction = z.infer<typeof snoozeActionSchema>;

/** The card's refresh (Universal Actions) and a "show me again" button: no data (anything sent along is ignored). */
export const refreshActionSchema = z.object({}).strip();
export type RefreshAction = z.infer<typeof refreshActionSchema>;

/** What the sign button carries itself; the form's inputs are merged in beside it by Teams. */
export interface SignActionData {
  readonly taskKey: string;
  readonly form: number;
}

export type CardActionRequest =
  | { readonly verb: typeof CARD_VERBS.sign; readonly data: SignAction }
  | { readonly verb: typeof CARD_VERBS.snooze; readonly data: SnoozeAction }
  | { readonly verb: typeof CARD_VERBS.refresh; readonly data: RefreshAction };

export type ParsedCardAction = { readonly ok: true; readonly action: CardActionRequest } | { readonly ok: false; readonly error: string };

const formNumber = z.coerce.number().int().min(1).max(999);

/** The sign form's numbered inputs read into the plain fields; anything else in the data is kept, so .strict() names it. */
function signFieldsOf(data: Record<string, unknown>): Record<string, unknown> {
  const form = formNumber.safeParse(data.form);
  if (!form.success) return data;
  const rest: Record<string, unknown> = {};
  const numbered = new Set<string>(SIGN_FIELDS.map((field) => signInputId(field, form.data)));
  for (const [key, value] of Object.entries(data)) if (key !== 'form' && !numbered.has(key) && !isOtherFormsInput(key)) rest[key] = value;
  const fields: Record<string, unknown> = {};
  for (const field of SIGN_FIELDS) if (data[signInputId(field, form.data)] !== undefined) fields[field] = data[signInputId(field, form.data)];
  // An unticked toggle sends valueOff: no confirmation, as if it were missing.
  if (fields.confirmed === TOGGLE_OFF) delete fields.confirmed;
  return { ...rest, ...fields };
}

/** Teams sends the inputs of the parent card too; another sign form's inputs are not this action's. */
function isOtherFormsInput(key: string): boolean {
  return SIGN_FIELDS.some((field) => key.startsWith(`${field}.`));
}

function issuesOf(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

/**
 * The verb and data of an incoming Action.Execute (the invoke's `value.action`), validated. An unknown
 * verb or bad data gives a message that says what is wrong, for the log and the error card.
 */
export function parseCardAction(verb: unknown, data: unknown): ParsedCardAction {
  const raw: Record<string, unknown> = data === undefined || data === null ? {} : typeof data === 'object' && !Array.isArray(data) ? { ...(data as Record<string, unknown>) } : { value: data };
  if (verb === CARD_VERBS.sign) {
    const parsed = signActionSchema.safeParse(signFieldsOf(raw));
    return parsed.success ? { ok: true, action: { verb, data: parsed.data } } : { ok: false, error: `tillit.sign: ${issuesOf(parsed.error)}` };
  }
  if (verb === CARD_VERBS.snooze) {
    const parsed = snoozeActionSchema.safeParse(raw);
    return parsed.success ? { ok: true, action: { verb, data: parsed.data } } : { ok: false, error: `tillit.snooze: ${issuesOf(parsed.error)}` };
  }
  if (verb === CARD_VERBS.refresh) {
    const parsed = refreshActionSchema.safeParse(raw);
    return parsed.success ? { ok: true, action: { verb, data: parsed.data } } : { ok: false, error: `tillit.refresh: ${issuesOf(parsed.error)}` };
  }
  return { ok: false, error: `unknown card action verb ${JSON.stringify(verb)} (expected one of ${Object.values(CARD_VERBS).join(', ')})` };
}
