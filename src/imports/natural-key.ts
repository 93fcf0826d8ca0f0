/**
 * Natural keys are compared case- and whitespace-insensitively: "Cosmic  ", "cosmic" and
 * "COSMIC" are one system, and so are "Journal  system" and "Journal system" (R-SYS, R-AST, R-TRN:
 * a re-import of the same file changes nothing). Unicode is normalised (NFC) so that an "ä" typed
 * as a + combining diaeresis matches the precomposed one.
 */
export function normalizedKeyPart(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** Several parts in one key (person e-mail, course, module); the separator cannot occur inside a part. */
export function naturalKey(parts: readonly (string | number | undefined)[]): string {
  return parts.map((part) => (part === undefined ? '' : normalizedKeyPart(String(part)))).join('\u0000');
}
