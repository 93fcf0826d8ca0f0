/**
 * Register text made safe for a Word document (R-SEC-2: a hostile or broken name must not break
 * the report). docx escapes `& < > " '` in text runs itself, but XML 1.0 has characters it cannot
 * hold at all, escaped or not: the C0 controls other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF and unpaired surrogates. One of them in a system's name would make Word refuse the
 * whole file ("unreadable content"), so they are dropped here, before the text reaches docx.
 *
 * Also: line breaks and tabs become one space (a register name is one line; a cell is not the
 * place for a name's layout), and very long text is clipped with "…" so one pasted essay cannot
 * swell a table over pages.
 */

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold are exactly what is removed
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Ordinary white space and line separators only: a no-break space ("55,3 %", "3 271") is kept.
// eslint-disable-next-line no-control-regex -- vertical tab and form feed are white space to fold, as control characters
const SPACE_RUN = /[\t\n\r\u000b\u000c\u0085\u2028\u2029 ]+/g;

/** The longest text a table cell shows; the register keeps the whole. */
export const MAX_CELL_TEXT = 300;

export function safeText(value: string, max: number = MAX_CELL_TEXT): string {
  const cleaned = value.replace(NOT_XML, '').replace(SPACE_RUN, ' ').trim();
  const codePoints = Array.from(cleaned);
  return codePoints.length <= max ? cleaned : `${codePoints.slice(0, max - 1).join('').trimEnd()}…`;
}
