/**
 * A governing document's text as extracted from its PDF (line breaks inside sentences, a blank line
 * after every line, a line of spaces between paragraphs) turned into blocks a page can show
 * readably: headings, paragraphs and bullet lists (R-ACK: the person reads what she signs). The
 * words are left exactly as they are; only the line breaks are read. Pure.
 */
export type DocumentBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] };

const BULLET = /^\s*[•▪●-]\s+/;
const NUMBERED_HEADING = /^\s*\d+(\.\d+)*\s+\S/;

/** A short line that begins indented or numbered and runs straight into text (no blank line): a heading. */
function isHeading(line: string, next: string | undefined): boolean {
  const text = line.trim();
  if (text === '' || next === undefined || next.trim() === '' || BULLET.test(line)) return false;
  if (!(/^\s/.test(line) || NUMBERED_HEADING.test(line))) return false;
  return text.length <= 70 && !/[.,:;]$/.test(text);
}

export function documentBlocks(text: string): DocumentBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: DocumentBlock[] = [];
  let paragraph: string[] = [];
  let bullets: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (bullets.length > 0) blocks.push({ kind: 'bullets', items: bullets });
    paragraph = [];
    bullets = [];
  };
  lines.forEach((line, index) => {
    const text = line.replace(/\s+/g, ' ').trim();
    // An empty line separates wrapped lines; a line of spaces separates paragraphs.
    if (line === '') return;
    if (text === '') {
      flush();
      return;
    }
    if (isHeading(line, lines[index + 1])) {
      flush();
      blocks.push({ kind: 'heading', text });
      return;
    }
    if (BULLET.test(line)) {
      if (paragraph.length > 0) {
        blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
        paragraph = [];
      }
      bullets.push(text.replace(BULLET, ''));
      return;
    }
    if (bullets.length > 0) bullets[bullets.length - 1] = `${bullets[bullets.length - 1]} ${text}`;
    else paragraph.push(text);
  });
  flush();
  return blocks;
}
