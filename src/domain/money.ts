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
import { comparePlain, formatAmountIt, type PlainAmount } from './amount-text.ts';

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

// issue 14, cli: two amounts given as plain decimal text are compared as text (comparePlain, exact), without
// building decimal.js values; anything else is compared by decimal.js as before.
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const bothPlain = (a: PlainAmount | EuroValue, b: PlainAmount | EuroValue): [string, string] | null =>
  typeof a === 'string' && typeof b === 'string' && PLAIN_NUMBER.test(a) && PLAIN_NUMBER.test(b) ? [a, b] : null;

/** "inferiore a": strictly below. */
export function isBelow(value: PlainAmount | EuroValue, threshold: PlainAmount | EuroValue): boolean {
  const plain = bothPlain(value, threshold);
  return plain ? comparePlain(...plain) < 0 : euro(value).lessThan(euro(threshold));
}

/** "pari o superiore a": at or above. */
export function isAtOrAbove(value: PlainAmount | EuroValue, threshold: PlainAmount | EuroValue): boolean {
  const plain = bothPlain(value, threshold);
  return plain ? comparePlain(...plain) >= 0 : euro(value).greaterThanOrEqualTo(euro(threshold));
}

/** "superiore a": strictly above. */
export function isAbove(value: PlainAmount | EuroValue, threshold: PlainAmount | EuroValue): boolean {
  const plain = bothPlain(value, threshold);
  return plain ? comparePlain(...plain) > 0 : euro(value).greaterThan(euro(threshold));
}

/**
 * Italian display: "€ 60.000,00". Pure string work on the two-decimal form, so it never passes
 * through a float and does not depend on the host's Intl data.
 */
export function formatEuro(value: PlainAmount | EuroValue): string {
  return `€ ${formatAmountIt(toFixed2(value))}`;
}
