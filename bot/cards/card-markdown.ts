/**
 * Text from the registers, made safe for an Adaptive Card TextBlock (issue 9: "text from the registers
 * is escaped for the card's markdown"). A system named `*Journal*` or `[x](javascript:…)` must read as
 * its name, not as emphasis or a link, and a name holding `{{DATE(…)}}` must not be turned into a date.
 *
 * What Teams interprets in a TextBlock (learn.microsoft.com, "Format cards in Teams" and Adaptive Cards
 * "Text features"): a CommonMark subset — **bold**, _italic_, `- ` and `1. ` lists at the start of a
 * line, [links](url) — HTML not at all (shown as text, but a `<at>` is a mention in Teams), and before
 * the markdown the date/time functions `{{DATE(…)}}` / `{{TIME(…)}}`. Headings, tables, images, code
 * and block quotes are documented as unsupported, but renderers built on a full CommonMark parser
 * (the JS renderer with markdown-it) do interpret them, so they are escaped too.
 *
 * The rules, in order:
 * 1. Line breaks, tabs and other control characters become one space: a register name is one line,
 *    and a line break is what would start a list, a heading or a new paragraph.
 * 2. Long text is clipped with "…" (before escaping, so an escape is never cut in half).
 * 3. CommonMark backslash escapes for the characters that open inline markup: \ * _ ` ~ [ ] < > |.
 *    Teams desktop and web honour them, and Teams mobile does since 2024 (AdaptiveCards #5590,
 *    Teams-AdaptiveCards-Mobile #83). `&` only where it would start an entity (`&amp;`), so "R&D" stays plain.
 * 4. At the start of the text, what would start a block: `#`, `+ `, `- `, `1. ` / `1) ` (the
 *    punctuation escaped: `1\. `). Elsewhere a "1." is plain text and is left alone, for readability.
 * 5. `{{` gets an invisible WORD JOINER (U+2060) between the braces: the date functions are expanded
 *    before the markdown on every renderer, so a backslash would not stop them, and an invisible
 *    character keeps the name readable everywhere.
 */

const WORD_JOINER = '\u2060';
/** The longest name a card shows; longer names are clipped (a card has ~28 KB for everything, see card-budget.ts). */
export const DEFAULT_MAX_TEXT = 160;

// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced here
const CONTROL_OR_SPACE_RUN = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const INLINE_MARKUP = /[\\*_`~[\]<>|]/g;
const ENTITY_START = /&(?=#?[a-z0-9]+;)/gi;
const BLOCK_START = /^(#|[+-](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))/;

/** Rule 1 and 2: one line, at most `max` characters (code points, so an emoji is never split). */
export function oneLine(value: string, max: number = DEFAULT_MAX_TEXT): string {
  const line = value.replace(CONTROL_OR_SPACE_RUN, ' ').trim();
  const codePoints = Array.from(line);
  return codePoints.length <= max ? line : `${codePoints.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/** Text from a register, to be put in a TextBlock's markdown (rules 1–5 above). */
export function escapeCardMarkdown(value: string, max: number = DEFAULT_MAX_TEXT): string {
  const escaped = oneLine(value, max)
    .replace(INLINE_MARKUP, (character) => `\\${character}`)
    .replace(ENTITY_START, '\\&')
    .replace(/\{(?=\{)/g, `{${WORD_JOINER}`);
  // An ordered-list marker is the digits followed by '.' or ')': the escape goes before that punctuation.
  return escaped.replace(BLOCK_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}
