/** Rule data that holds for a period: `from` and `to` are inclusive; `to: null` means "still in force". */
import { addDays, type IsoDate } from '../dates.ts';

export interface Period {
  from: IsoDate;
  to: IsoDate | null;
}

export function periodContains(p: Period, date: IsoDate): boolean {
  return date >= p.from && (p.to === null || date <= p.to);
}

/** The entry in force on `date`, or undefined when the data do not cover it. */
export function inForce<T extends Period>(entries: readonly T[], date: IsoDate): T | undefined {
  return entries.find((e) => periodContains(e, date));
}

/**
 * The entry in force on `date` where the rule data must cover it (for example the Smart CIG limits
 * on a day whose regime awards with Smart CIG). A miss is a hole in the data, which the data tests
 * rule out: it is thrown, never guessed around.
 */
export function requireInForce<T extends Period>(entries: readonly T[], date: IsoDate, what: string): T {
  const entry = inForce(entries, date);
  if (entry === undefined) throw new RangeError(`Dati mancanti: ${what} il ${date}`);
  return entry;
}

/**
 * What keeps a dated table from being one unbroken line from `first`: a late start, gaps and overlaps
 * between consecutive periods (sorted by `from`), an open end before the last row.
 */
export function periodProblems(entries: readonly Period[], first?: IsoDate): string[] {
  const sorted = [...entries].sort((a, b) => (a.from < b.from ? -1 : 1));
  const problems: string[] = [];
  const start = sorted[0];
  if (first !== undefined && start !== undefined && start.from !== first) problems.push(`starts on ${start.from}, not on ${first}`);
  sorted.forEach((cur, i) => {
    const prev = i > 0 ? sorted[i - 1] : undefined;
    if (prev === undefined) return;
    if (prev.to === null) problems.push(`${prev.from} is open-ended but ${cur.from} follows`);
    else if (prev.to >= cur.from) problems.push(`overlap: ${prev.from}..${prev.to} and ${cur.from}`);
    else if (addDays(prev.to, 1) !== cur.from) problems.push(`gap: ${prev.to} .. ${cur.from}`);
  });
  return problems;
}
