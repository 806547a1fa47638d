/** Rule data that holds for a period: `from` and `to` are inclusive; `to: null` means "still in force". */
import type { IsoDate } from '../dates.ts';

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

/** Gaps or overlaps between consecutive periods (sorted by `from`), for data tests. */
export function periodProblems(entries: readonly Period[]): string[] {
  const sorted = [...entries].sort((a, b) => (a.from < b.from ? -1 : 1));
  const problems: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.to === null) problems.push(`${prev.from} is open-ended but ${cur.from} follows`);
    else if (prev.to >= cur.from) problems.push(`overlap: ${prev.from}..${prev.to} and ${cur.from}`);
  }
  return problems;
}
