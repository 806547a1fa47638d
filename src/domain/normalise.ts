/**
 * Issue 14: the part of the one parse of values (parse.ts) that the question pages load on first view:
 * trimming, and amounts given as text. Kept apart so that the rest of parse.ts (dates, CIG codes, the
 * messages for values that are not text) travels with the schema, loaded only with the outcome.
 *
 * Trimming drops whitespace at both ends: ASCII spaces, tabs and line breaks, and the Unicode spaces
 * JavaScript's `\s` knows (NBSP U+00A0, U+202F, U+2000-U+200A, U+3000, the BOM U+FEFF...), plus the
 * zero-width characters U+200B-U+200D and U+2060, which are invisible when pasted.
 */
import { parseUserAmount, type AmountParse } from './amount-text.ts';

const EDGES = /^[\s\u200b-\u200d\u2060]+|[\s\u200b-\u200d\u2060]+$/g;

/** Text with the whitespace at both ends dropped. */
export function normaliseText(s: string): string {
  return s.replace(EDGES, '');
}

/**
 * An amount given as text, in the plain form ("39999.99") or the Italian one ("39.999,99", "€ 30.000",
 * "30000,5"), with spaces anywhere: the plain form ("30000.5"), or why it is refused.
 */
export function parseAmountText(input: string): AmountParse {
  return parseUserAmount(normaliseText(input));
}
