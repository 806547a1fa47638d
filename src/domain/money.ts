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

export function euro(plain: PlainAmount | EuroValue): EuroValue {
  return new Euro(plain);
}

/** Two decimals, as the contract's outputs always carry ("60000.00"). */
export function toFixed2(value: PlainAmount | EuroValue): string {
  return new Euro(value).toFixed(2, Euro.ROUND_HALF_UP);
}

export function sumAmounts(values: readonly (PlainAmount | EuroValue)[]): EuroValue {
  return values.reduce<EuroValue>((acc, v) => acc.plus(v), new Euro(0));
}

/** "inferiore a": strictly below. */
export function isBelow(value: PlainAmount | EuroValue, threshold: PlainAmount | EuroValue): boolean {
  return new Euro(value).lessThan(threshold);
}

/** "pari o superiore a": at or above. */
export function isAtOrAbove(value: PlainAmount | EuroValue, threshold: PlainAmount | EuroValue): boolean {
  return new Euro(value).greaterThanOrEqualTo(threshold);
}

/** "superiore a": strictly above. */
export function isAbove(value: PlainAmount | EuroValue, threshold: PlainAmount | EuroValue): boolean {
  return new Euro(value).greaterThan(threshold);
}

/**
 * Italian display: "€ 60.000,00". Pure string work on the two-decimal form, so it never passes
 * through a float and does not depend on the host's Intl data.
 */
export function formatEuro(value: PlainAmount | EuroValue): string {
  return `€ ${formatAmountIt(toFixed2(value))}`;
}
