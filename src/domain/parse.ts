/**
 * Issue 14: one parse per kind of value. The command line (the scenario schema), the links and the
 * questionnaire's answers read amounts, dates, choices, CIG codes, integers and text through these
 * functions, so a value is either normalised the same way everywhere or refused everywhere with the
 * same Italian words. Nothing reaches decimal.js or a table lookup without passing here.
 *
 * Normalising means: whitespace at both ends is dropped (ASCII spaces, tabs and line breaks, and the
 * Unicode spaces JavaScript's `\s` knows: NBSP U+00A0, U+202F, U+2000-U+200A, U+3000, the BOM U+FEFF...,
 * plus the zero-width characters U+200B-U+200D and U+2060, which are invisible when pasted).
 * String-only: the question pages import it without decimal.js or zod.
 */
import { parseUserAmount, type PlainAmount } from './amount-text.ts';
import { isIsoDate, type IsoDate } from './dates.ts';
import { checkCig } from './cig.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const EDGES = /^[\s\u200b-\u200d\u2060]+|[\s\u200b-\u200d\u2060]+$/g;

/** Text with the whitespace at both ends dropped (see above). */
export function normaliseText(s: string): string {
  return s.replace(EDGES, '');
}

/**
 * An amount in euro: the contract's plain form ("39999.99") or the Italian one ("39.999,99",
 * "€ 30.000", "30000,5"), with spaces anywhere; gives the plain form ("30000.5"). Refuses JSON
 * numbers (they lose cents) and what could be read two ways ("30,000").
 */
export function parseAmount(input: unknown): Parsed<PlainAmount> {
  if (typeof input !== 'string') return { ok: false, message: 'Scrivi l\'importo come testo tra virgolette, ad esempio "39999.99": i numeri senza virgolette perdono i centesimi' };
  const r = parseUserAmount(normaliseText(input));
  return r.ok ? { ok: true, value: r.value } : { ok: false, message: r.message };
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

/**
 * One of a fixed list of values (a case, an object, a procedure...). The list is searched as a list,
 * never as an object's keys, so built-in names ("constructor", "__proto__", "toString") are refused
 * like any other unknown value.
 */
export function parseChoice<const T extends string>(input: unknown, options: readonly T[]): Parsed<T> {
  const s = typeof input === 'string' ? normaliseText(input) : undefined;
  const found = s === undefined ? undefined : options.find((o) => o === s);
  return found === undefined ? { ok: false, message: `Scegli uno di questi valori: ${options.map((o) => `"${o}"`).join(', ')}` } : { ok: true, value: found };
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
