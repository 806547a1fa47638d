/**
 * Issue 14: one parse per kind of value. The command line (the scenario schema), the links and the
 * questionnaire's answers read amounts, dates, CIG codes and text through these functions (choices are
 * trimmed and then looked up in zod's enums, which are Sets), so a value is either normalised the same way
 * everywhere or refused everywhere with the same Italian words. Nothing reaches decimal.js or a table lookup
 * without passing here. Trimming and amounts as text live in normalise.ts, which the question pages load on
 * first view; this module travels with the schema.
 */
import type { PlainAmount } from './amount-text.ts';
import { normaliseText, parseAmountText } from './normalise.ts';
import { isIsoDate, type IsoDate } from './dates.ts';
import { checkCig } from './cig.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * An amount in euro: the contract's plain form ("39999.99") or the Italian one ("39.999,99",
 * "€ 30.000", "30000,5"), with spaces anywhere; gives the plain form ("30000.5"). Refuses JSON
 * numbers (they lose cents) and what could be read two ways ("30,000").
 */
export function parseAmount(input: unknown): Parsed<PlainAmount> {
  if (typeof input !== 'string') return { ok: false, message: 'Scrivi l\'importo come testo tra virgolette, ad esempio "39999.99": i numeri senza virgolette perdono i centesimi' };
  return parseAmountText(input);
}

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date, strictly AAAA-MM-GG once trimmed: "2024-2-9" is refused (the contract's form has
 * two digits for month and day), in the command line, in links and in the questionnaire alike.
 */
export function parseDate(input: unknown): Parsed<IsoDate> {
  if (typeof input !== 'string') return { ok: false, message: 'Scrivi la data come testo tra virgolette nella forma AAAA-MM-GG, ad esempio "2024-03-15"' };
  const s = normaliseText(input);
  if (!ISO_SHAPE.test(s)) return { ok: false, message: 'Scrivi la data nella forma AAAA-MM-GG, con due cifre per mese e giorno, ad esempio 2024-03-15' };
  if (!isIsoDate(s)) return { ok: false, message: 'Questa data non esiste: controlla giorno e mese, nella forma AAAA-MM-GG, ad esempio 2024-03-15' };
  return { ok: true, value: s };
}

/** A CIG code: trimmed, upper-cased and checked with ANAC's algorithm; gives the normalised code. */
export function parseCigCode(input: unknown): Parsed<string> {
  if (typeof input !== 'string') return { ok: false, message: 'Scrivi il CIG come testo di 10 caratteri tra virgolette, ad esempio "1234567CE7"' };
  const r = checkCig(normaliseText(input));
  return r.valid ? { ok: true, value: r.code } : { ok: false, message: `CIG non valido: ${r.reason.charAt(0).toLowerCase()}${r.reason.slice(1)}` };
}

/** Text: trimmed; refused when it is not text. */
export function parseText(input: unknown, example: string): Parsed<string> {
  return typeof input === 'string' ? { ok: true, value: normaliseText(input) } : { ok: false, message: `Scrivi il valore come testo tra virgolette, ad esempio "${example}"` };
}
