/**
 * Amounts as text: parsing what users and links give, comparing and formatting canonical plain
 * amounts. Pure string work with no decimal.js, so the browser's question pages can import it
 * without loading the arithmetic library. `money.ts` re-exports everything here.
 */

/** A canonical plain amount: digits, optionally a dot and one or two decimals. */
export type PlainAmount = string;

export type AmountParse =
  | { ok: true; value: PlainAmount }
  | { ok: false; message: string };

const PLAIN = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/;
const MAX_INTEGER_DIGITS = 15;

export const AMOUNT_EXAMPLE_PLAIN = '39999.99';
const AMOUNT_EXAMPLE_IT = '39.999,99';

/**
 * The contract form used by the command line and shareable links: a dot for the decimals, no
 * thousands separator, at most two decimals ("30000", "39999.99").
 */
export function parsePlainAmount(input: string): AmountParse {
  const s = input.trim();
  if (s === '') return { ok: false, message: `Inserisci l'importo in euro, ad esempio ${AMOUNT_EXAMPLE_PLAIN}` };
  if (!PLAIN.test(s)) {
    if (s.includes(',')) {
      return { ok: false, message: `Usa il punto per i decimali e nessun separatore delle migliaia, ad esempio ${AMOUNT_EXAMPLE_PLAIN}` };
    }
    if (/^\d+\.\d{3,}$/.test(s)) {
      return { ok: false, message: `L'importo ha più di due decimali: scrivilo come ${AMOUNT_EXAMPLE_PLAIN}, senza separatore delle migliaia` };
    }
    return { ok: false, message: `Inserisci l'importo in euro con le sole cifre e il punto per i decimali, ad esempio ${AMOUNT_EXAMPLE_PLAIN}` };
  }
  return { ok: true, value: s };
}

/**
 * What people type in a form: the Italian form ("39.999,99", "€ 40.000", "30000,00") and the plain
 * form ("39999.99"). Refuses what could be read two ways ("30,000", "1,234.56") and says which
 * form is expected.
 */
export function parseUserAmount(input: string): AmountParse {
  const expected = `Scrivi l'importo come ${AMOUNT_EXAMPLE_IT} oppure ${AMOUNT_EXAMPLE_PLAIN}`;
  let s = input.trim();
  if (s === '') return { ok: false, message: `Inserisci l'importo in euro, ad esempio ${AMOUNT_EXAMPLE_IT}` };
  s = s.replace(/^(€|eur|euro)\s*/i, '').replace(/\s*(€|eur|euro)$/i, '');
  s = s.replace(/[\s\u00a0\u202f']/g, '');
  if (s.startsWith('-')) return { ok: false, message: "L'importo deve essere maggiore di zero" };
  if (s === '' || /[^\d.,]/.test(s)) return { ok: false, message: `L'importo può contenere solo cifre, il punto e la virgola. ${expected}` };

  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  let intPart: string;
  let decPart = '';
  if (hasDot && hasComma) {
    // Italian form only: dots between groups of three, one comma before the decimals.
    const m = /^(\d{1,3}(?:\.\d{3})+),(\d{1,2})$/.exec(s);
    if (!m) return { ok: false, message: `Non è chiaro come leggere l'importo. ${expected}` };
    const [, whole = '', cents = ''] = m;
    intPart = whole.replace(/\./g, '');
    decPart = cents;
  } else if (hasComma) {
    const m = /^(\d+),(\d{1,2})$/.exec(s);
    if (!m) {
      if (/^\d{1,3}(,\d{3})+$/.test(s)) {
        return { ok: false, message: `La virgola indica i decimali: per le migliaia usa il punto. ${expected}` };
      }
      return { ok: false, message: `Dopo la virgola servono al massimo due cifre. ${expected}` };
    }
    [, intPart = '', decPart = ''] = m;
  } else if (hasDot) {
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
      intPart = s.replace(/\./g, ''); // "30.000": Italian thousands
    } else {
      const m = /^(\d+)\.(\d{1,2})$/.exec(s);
      if (!m) return { ok: false, message: `Non è chiaro come leggere l'importo. ${expected}` };
      [, intPart = '', decPart = ''] = m;
    }
  } else {
    intPart = s;
  }
  intPart = intPart.replace(/^0+(?=\d)/, '');
  if (intPart.length > MAX_INTEGER_DIGITS) return { ok: false, message: "L'importo è troppo grande: controlla le cifre" };
  return { ok: true, value: decPart ? `${intPart}.${decPart}` : intPart };
}

/** True when a canonical amount is zero ("0", "0.0", "0.00"). String-only, for light callers. */
export function isZeroAmount(plain: PlainAmount): boolean {
  return /^0+(\.0+)?$/.test(plain);
}

/** "60000.00" → "60.000,00" (no currency sign). Input must be a canonical plain amount. */
const DIGITS = /^\d+$/;

/** "1234567" → "1.234.567": a dot before each group of three digits from the right (issue 14, cli: no regular expression). */
function groupDigits(digits: string): string {
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return out;
}

export function formatAmountIt(plain: PlainAmount): string {
  const [intPart = '0', decPart] = plain.split('.');
  const grouped = DIGITS.test(intPart) ? groupDigits(intPart) : intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return decPart === undefined ? grouped : `${grouped},${decPart.padEnd(2, '0')}`;
}

/**
 * Compares two canonical plain amounts without decimal.js (-1, 0, 1), so that light callers (form
 * and link validation in the browser) can check "not more than" rules exactly.
 */
export function comparePlain(a: PlainAmount, b: PlainAmount): -1 | 0 | 1 {
  const [ai = '0', ad = ''] = a.split('.');
  const [bi = '0', bd = ''] = b.split('.');
  const aInt = ai.replace(/^0+(?=\d)/, '');
  const bInt = bi.replace(/^0+(?=\d)/, '');
  if (aInt.length !== bInt.length) return aInt.length < bInt.length ? -1 : 1;
  if (aInt !== bInt) return aInt < bInt ? -1 : 1;
  const width = Math.max(ad.length, bd.length);
  const aDec = ad.padEnd(width, '0');
  const bDec = bd.padEnd(width, '0');
  if (aDec === bDec) return 0;
  return aDec < bDec ? -1 : 1;
}
