/**
 * About how much of the report's text width (16 cm) one character of a table's 9 pt bold header takes,
 * in per cent, with the cell's margins: Calibri in Word is narrower, the fonts LibreOffice substitutes
 * wider; this is the wider one's, so a word that fits here fits in both.
 */
const PERCENT_PER_CHARACTER = 1.4;
const CELL_MARGIN_PERCENT = 2;

/** The longest run of characters Word will not break: a non-breaking space joins its neighbours. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/[ \t\r\n]+/).map((word) => word.length));
}

function minimumShares(texts: readonly (readonly string[])[]): number[] {
  return texts.map((column) => Math.max(...column.map(longestWord), 1) * PERCENT_PER_CHARACTER + CELL_MARGIN_PERCENT);
}

/** Whether every column's longest word fits on a line of its own share (columnSharesFor need not scale down). */
export function wordsFitIn(texts: readonly (readonly string[])[]): boolean {
  return minimumShares(texts).reduce((sum, share) => sum + share, 0) <= 100;
}

/**
 * The columns' shares of a table's width (per cent, adding up to 100) such that each column's longest
 * word fits on a line: a header such as "Förvaltningsledare" is never broken inside the word, as equal
 * shares broke it (issue 10, looked at in the report's PDF). `texts` holds, per column, its header and
 * whatever else must not break (a cell's longest value); the width left over is shared equally. When
 * the words cannot all fit, the shares are scaled down together: breaking then is unavoidable.
 */
export function columnSharesFor(texts: readonly (readonly string[])[]): number[] {
  if (texts.length === 0) return [];
  const minimums = minimumShares(texts);
  const needed = minimums.reduce((sum, share) => sum + share, 0);
  if (needed >= 100) return minimums.map((share) => (share * 100) / needed);
  const extra = (100 - needed) / texts.length;
  return minimums.map((share) => share + extra);
}
