/**
 * Issue 14, text in the PDF: lines that fit the page. pdf-lib's `maxWidth` breaks only at spaces and
 * moves down by one line whatever it draws, so a long word (a PEC address, a pasted string) ran off
 * the page and over the next line. Here a text is split into lines that fit a width, breaking long
 * words where they must; a value that must stay on one line is cut with an ellipsis (the page shows
 * it whole). Pure: the width of a text is measured by the caller's font.
 */

/** The width of a text at the font and size being drawn (pdf-lib: font.widthOfTextAtSize). */
export type Measure = (text: string) => number;

/** Splits a word wider than `width` into pieces that fit (at least one character each). */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && measure(piece + ch) > width) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** The lines of `text` no wider than `width`: words kept whole where they fit, broken where they do not. */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  if (measure(text) <= width) return [text]; // as it is, column spacing included
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width) { line = candidate; continue; }
    if (line !== '') lines.push(line);
    const pieces = breakWord(word, width, measure);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** The text cut to at most `max` characters, the last one an ellipsis when cut. */
export function ellipsize(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(max - 1, 0)).join('')}…`;
}
