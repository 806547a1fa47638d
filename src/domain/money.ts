/**
 * Money: exact decimal euro amounts.
 *
 * Amounts travel as strings ("39999.99") and are only turned into `Euro` (a private decimal.js
 * clone) for arithmetic and comparisons. Nothing here uses JavaScript numbers for money.
 * Parsing, comparing and formatting as text live in `amount-text.ts` (re-exported here), so the
 * browser can validate what a user types without loading decimal.js; arithmetic lives in `euro()`
 * and the helpers below.
 */
import Decimal from 'decimal.js';

/** Private constructor: 34 significant digits, half-up rounding (Reg. CE 1103/97 art. 5). */
const Euro = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
type EuroValue = InstanceType<typeof Euro>;

export { comparePlain, formatAmountIt, parsePlainAmount, parseUserAmount } from './amount-text.ts';
import { formatAmountIt, type PlainAmount } from './amount-text.ts';

// ---- issue 14, cli: 100,000 scenarios compare their amounts with the same few thresholds again and again; each
// amount given as text is parsed by decimal.js once and kept (Decimal values are immutable, so sharing is safe).
// The memo is emptied when it grows past MEMO_SIZE, so memory stays bounded on any input.
const MEMO_SIZE = 4096;
const memo = new Map<string, EuroValue>();

export function euro(plain: PlainAmount | EuroValue): EuroValue {
  if (typeof plain !== 'string') return plain;
  let value = memo.get(plain);
  if (value === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    value = new Euro(plain);
    memo.set(plain, value);
  }
  return value;
}

/** Two decimals, as the contract's outputs always carry ("60000.00"). */
export function toFixed2(value: PlainAmount | EuroValue): string {
  // issue 14, cli: a canonical amount with at most two decimals only needs its zeros (no rounding, no decimal.js)
  const m = typeof value === 'string' ? TWO_DECIMALS.exec(value) : null;
  if (m) return `${m[1] ?? '0'}.${(m[2] ?? '').padEnd(2, '0')}`;
  return euro(value).toFixed(2, Euro.ROUND_HALF_UP);
}

/** A canonical amount (no leading zeros) with at most two decimals. */
const TWO_DECIMALS = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;

export function sumAmounts(values: readonly (PlainAmount | EuroValue)[]): EuroValue {
  return values.reduce<EuroValue>((acc, v) => acc.plus(euro(v)), euro('0'));
}

// issue 14, cli: two amounts given as canonical decimal text (no leading zeros) are compared as text, exactly,
// without building decimal.js values; anything else is compared by decimal.js as before.
const CANONICAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** The character of a canonical amount at a position, the amount read as followed by ".000…". */
const digitAt = (s: string, i: number, point: number): number => (i < s.length ? s.charCodeAt(i) : i === point ? 46 : 48);

/** -1, 0 or 1 as a is below, equal to or above b (both canonical): more integer digits is more, else digit by digit. */
function compareCanonical(a: string, b: string): number {
  const ap = a.indexOf('.');
  const bp = b.indexOf('.');
  const point = ap < 0 ? a.length : ap;
  const other = bp < 0 ? b.length : bp;
  if (point !== other) return point < other ? -1 : 1;
  for (let i = 0, n = Math.max(a.length, b.length); i < n; i++) {
    const x = digitAt(a, i, point);
    const y = digitAt(b, i, point);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The comparison of two amounts (-1, 0, 1; NaN only from decimal.js). */
function compare(a: PlainAmount | EuroValue, b: PlainAmount | EuroValue): number {
  if (typeof a === 'string' && typeof b === 'string' && CANONICAL.test(a) && CANONICAL.test(b)) return compareCanonical(a, b);
  return euro(a).comparedTo(euro(b));
}

/** "inferiore a": strictly below. */
export function isBelow(value: PlainAmount | EuroValue, threshold: PlainAmount | EuroValue): boolean {
  return compare(value, threshold) < 0;
}

/** "pari o superiore a": at or above. */
export function isAtOrAbove(value: PlainAmount | EuroValue, threshold: PlainAmount | EuroValue): boolean {
  return compare(value, threshold) >= 0;
}

/** "superiore a": strictly above. */
export function isAbove(value: PlainAmount | EuroValue, threshold: PlainAmount | EuroValue): boolean {
  return compare(value, threshold) > 0;
}

/**
 * Italian display: "€ 60.000,00". Pure string work on the two-decimal form, so it never passes
 * through a float and does not depend on the host's Intl data.
 */
export function formatEuro(value: PlainAmount | EuroValue): string {
  if (typeof value !== 'string') return `€ ${formatAmountIt(toFixed2(value))}`;
  // issue 14, cli: the same thresholds are written in every advice; their text is kept (bounded like the memo above)
  let text = euroTexts.get(value);
  if (text === undefined) {
    if (euroTexts.size >= MEMO_SIZE) euroTexts.clear();
    text = `€ ${formatAmountIt(toFixed2(value))}`;
    euroTexts.set(value, text);
  }
  return text;
}
const euroTexts = new Map<string, string>();
