import { TillitError } from '../../domain/shared/errors';
import type { Translate } from '../../i18n/translator';

/** A failure as the person at the page reads it: Tillit's errors in her language, anything else as it came. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof TillitError) return t(`errors.${error.kind}`, { seconds: '?', details: error.message });
  return error instanceof Error ? error.message : String(error);
}
