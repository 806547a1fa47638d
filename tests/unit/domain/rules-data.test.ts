import { describe, expect, it } from 'vitest';
import {
  CONTRIBUTION_TABLES, DIRECT_AWARD_LIMITS, PROCEDURE_LABELS, REGIMES, SMART_CIG_LIMITS,
  FIRST_SUPPORTED_DATE, type Regime,
} from '../../../src/domain/rules/data.ts';
import { periodProblems, type Period } from '../../../src/domain/rules/periods.ts';
import { AD3_CEILING_CHECKS, PCP_CHANNELS } from '../../../src/domain/rules/pcp-cards.ts';
import { PNRR_ROWS } from '../../../src/domain/rules/pnrr.ts';
import { SOURCES } from '../../../src/domain/rules/sources.ts';
import { todayInRome } from '../../../src/domain/dates.ts';

const today = todayInRome();
const OBJECTS = ['works', 'services', 'supplies'] as const;
const PROCEDURES = ['direct', 'negotiated', 'open', 'restricted', 'other'] as const;

/** The last period of a table, by start date. */
const last = (rows: readonly Period[]) => [...rows].sort((a, b) => (a.from < b.from ? -1 : 1)).at(-1);

/** Where a table does not cover every day from `from` to `to` (null: open-ended) in one unbroken line. */
function coverageProblems(rows: readonly Period[], from: string, to: string | null): string[] {
  const end = last(rows);
  const problems = periodProblems(rows, from);
  if (end && end.to !== null && (to === null || end.to < to)) problems.push(`ends on ${end.to}, before ${to ?? 'open end'}`);
  return problems;
}

describe('periodProblems finds what breaks a dated table', () => {
  it('a late start, a gap, an overlap and an open end before the last row', () => {
    expect(periodProblems([{ from: '2020-01-01', to: null }], '2019-01-01')).toEqual(['starts on 2020-01-01, not on 2019-01-01']);
    expect(periodProblems([{ from: '2020-01-01', to: '2020-01-30' }, { from: '2020-02-01', to: null }])).toEqual(['gap: 2020-01-30 .. 2020-02-01']);
    expect(periodProblems([{ from: '2020-01-01', to: '2020-02-01' }, { from: '2020-02-01', to: null }])).toEqual(['overlap: 2020-01-01..2020-02-01 and 2020-02-01']);
    expect(periodProblems([{ from: '2020-01-01', to: null }, { from: '2021-01-01', to: null }])).toEqual(['2020-01-01 is open-ended but 2021-01-01 follows']);
    expect(periodProblems([{ from: '2020-02-29', to: null }, { from: '2019-01-01', to: '2020-02-28' }], '2019-01-01')).toEqual([]);
  });
});

describe('every dated table is one unbroken line of periods', () => {
  it('regimes and contribution periods run from the first supported date without gaps or overlaps', () => {
    expect(periodProblems(REGIMES, FIRST_SUPPORTED_DATE)).toEqual([]);
    expect(periodProblems(CONTRIBUTION_TABLES, FIRST_SUPPORTED_DATE)).toEqual([]);
  });
  it.each(PROCEDURES)('the SIMOG label of the procedure "%s" covers every day SIMOG gives CIGs', (p) => {
    const simogDays = REGIMES.filter((r) => r.award === 'smartCigBelowLimitElseSimog');
    expect(coverageProblems(PROCEDURE_LABELS.filter((l) => l.procedure === p), FIRST_SUPPORTED_DATE, last(simogDays)?.to ?? null)).toEqual([]);
  });
  it.each(REGIMES.map((r): [string, Regime] => [r.id, r]))('%s: the tables its award rule reads cover every one of its days', (_id, r) => {
    const tables: (readonly Period[])[] = r.award === 'smartCigBelowLimitElseSimog'
      ? OBJECTS.map((o) => SMART_CIG_LIMITS.filter((l) => l.object === o))
      : [PNRR_ROWS, AD3_CEILING_CHECKS, ...OBJECTS.map((o) => DIRECT_AWARD_LIMITS.filter((l) => l.object === o))];
    for (const rows of tables) {
      const inside = rows.filter((row) => (row.to === null || row.to >= r.from) && (r.to === null || row.from <= r.to));
      const first = [...inside].sort((a, b) => (a.from < b.from ? -1 : 1))[0];
      expect(first && first.from <= r.from, `no row on ${r.from}`).toBe(true);
      expect(coverageProblems(inside, first?.from ?? r.from, r.to)).toEqual([]);
    }
  });
});

describe('the data still reach today', () => {
  // A table whose last period is closed needs a new row once today is past it (for example the
  // contribution table of a new year): these fail on the first day the data fall behind.
  it.each([
    ['regimes', REGIMES], ['contribution tables', CONTRIBUTION_TABLES], ['the PCP channel of AD5', PCP_CHANNELS.filter((c) => c.cards.includes('AD5'))],
    ['PNRR rules', PNRR_ROWS], ['the AD3 ceiling checks', AD3_CEILING_CHECKS],
    ...OBJECTS.map((o): [string, readonly Period[]] => [`direct-award limits for ${o}`, DIRECT_AWARD_LIMITS.filter((l) => l.object === o)]),
  ])(`%s: the last period is open or ends on or after today (${today})`, (_name, rows) => {
    const end = last(rows)?.to ?? null;
    expect(end === null || end >= today, `add the period that follows ${end} to rules/data.ts`).toBe(true);
  });
});

describe('every rule names its act', () => {
  it('every source has a title and a confidence mark', () => {
    for (const s of Object.values(SOURCES)) {
      expect(s.title.length).toBeGreaterThan(10);
      expect(['V', 'P', 'U']).toContain(s.confidence);
    }
  });
  it('the Smart CIG limits cite the AVCP communications that set them', () => {
    expect(new Set(SMART_CIG_LIMITS.map((l) => l.source))).toEqual(new Set(['avcp-comunicato-2011-05-02', 'avcp-comunicato-2011-07-15']));
  });
  it('contribution bands are contiguous, start at zero and end open', () => {
    for (const t of CONTRIBUTION_TABLES) {
      if (!t.bands) continue;
      expect(t.bands[0]?.from).toBe('0');
      expect(t.bands.at(-1)?.below).toBeNull();
      t.bands.forEach((b, i) => { if (i > 0) expect(b.from).toBe(t.bands?.[i - 1]?.below); });
    }
  });
});
