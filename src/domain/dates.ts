/**
 * Calendar dates as ISO strings ("2011-05-04"), read in Europe/Rome.
 *
 * A calendar date has no time of day, so arithmetic is done on day numbers since the epoch (UTC
 * midnight), which is exact across leap years and is not affected by daylight saving time.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Year, month and day of an ISO date's text, or null when it is not of that form. */
function dateParts(s: string): { y: number; mo: number; d: number } | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [, y = '', mo = '', d = ''] = m;
  return { y: parseInt(y, 10), mo: parseInt(mo, 10), d: parseInt(d, 10) };
}

export function isIsoDate(s: string): boolean {
  const p = dateParts(s);
  if (!p || p.mo < 1 || p.mo > 12 || p.d < 1) return false;
  return p.d <= daysInMonth(p.y, p.mo);
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, month: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Day number since 1970-01-01. */
function toDayIndex(date: IsoDate): number {
  const p = dateParts(date);
  if (!p || !isIsoDate(date)) throw new RangeError(`Data non valida: ${date}`);
  return Date.UTC(p.y, p.mo - 1, p.d) / MS_PER_DAY;
}

function fromDayIndex(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayIndex(toDayIndex(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayIndex(to) - toDayIndex(from);
}

let romeFormat: Intl.DateTimeFormat | undefined;

/** Today's calendar date in Rome for a given instant (default: now). */
export function todayInRome(now: Date = new Date()): IsoDate {
  // issue 14, cli: the formatter is built once (building one costs more than formatting a date with it)
  romeFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = romeFormat.formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
  'settembre', 'ottobre', 'novembre', 'dicembre'];

/** "2011-05-04" → "4 maggio 2011". */
export function formatDateIt(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${parseInt(d ?? "", 10)} ${MONTHS_IT[parseInt(m ?? "", 10) - 1]} ${y}`;
}

/** "2011-05-04" → "04/05/2011", the short form of the Smart CIG screens. */
export function formatDateShortIt(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
