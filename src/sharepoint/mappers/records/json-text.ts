import { z } from 'zod';

/**
 * Text that must hold JSON, parsed on validation: a hand-edited item with broken JSON is reported
 * by screenRecords with its id, like any other malformed item, instead of throwing in a page or a run.
 */
export const jsonTextSchema = z.string().transform((text, context): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: `must be JSON (${error instanceof Error ? error.message : String(error)})` });
    return z.NEVER;
  }
});
