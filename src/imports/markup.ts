/**
 * Register text is shown in HTML (the web parts), in Adaptive Cards and in the Word report, so
 * markup is refused at the door rather than escaped in every place it travels (R-SEC-2): a tag
 * (`<b>`, `</p>`, `<script …>`), a comment or declaration (`<!--`, `<!DOCTYPE`), a processing
 * instruction, or a `javascript:` address. A lone "<" in prose ("< 5 users", "a<b") is allowed.
 */
const MARKUP = /<\/?[a-z][^>]*>|<!|<\?|javascript\s*:/i;

/** The first piece of markup in `text`, for the message; undefined when there is none. */
export function markupIn(text: string): string | undefined {
  const found = MARKUP.exec(text);
  return found === null ? undefined : found[0];
}
