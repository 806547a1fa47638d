import { describe, expect, it } from 'vitest';
import {
  CONTRIBUTION_TABLES, DIRECT_AWARD_LIMITS, PCP_SMALL_DIRECT_AWARD_CHANNEL, PROCEDURE_LABELS, REGIMES, SMART_CIG_LIMITS,
  FIRST_SUPPORTED_DATE,
} from '../../../src/domain/rules/data.ts';
import { inForce, periodProblems } from '../../../src/domain/rules/periods.ts';
import { SOURCES } from '../../../src/domain/rules/sources.ts';
import { todayInRome } from '../../../src/domain/dates.ts';

const today = todayInRome();

describe('rule data cover today and have no gaps', () => {
  it(`a regime is in force today (${today})`, () => expect(inForce(REGIMES, today)).toBeDefined());
  it(`a contribution period is defined for today (${today}), even if its amounts are still unknown`, () => {
    expect(inForce(CONTRIBUTION_TABLES, today), 'add the contribution period of this year to rules/data.ts').toBeDefined();
  });
  it('the PCP channel rule and the direct-award limits cover today', () => {
    expect(inForce(PCP_SMALL_DIRECT_AWARD_CHANNEL, today)).toBeDefined();
    for (const o of ['works', 'services', 'supplies']) expect(inForce(DIRECT_AWARD_LIMITS.filter((l) => l.object === o), today)).toBeDefined();
  });
  it('regimes and contribution periods run back to the first supported date without gaps or overlaps', () => {
    for (const list of [REGIMES, CONTRIBUTION_TABLES]) {
      expect(periodProblems(list)).toEqual([]);
      expect([...list].sort((a, b) => (a.from < b.from ? -1 : 1))[0]!.from).toBe(FIRST_SUPPORTED_DATE);
      const sorted = [...list].sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const prevTo = new Date(`${sorted[i - 1]!.to}T00:00:00Z`).getTime();
        expect(new Date(`${sorted[i]!.from}T00:00:00Z`).getTime() - prevTo, `gap before ${sorted[i]!.from}`).toBe(86_400_000);
      }
    }
  });
  it('labels and Smart CIG limits do not overlap for the same key', () => {
    for (const p of ['direct', 'negotiated', 'open', 'restricted', 'other']) expect(periodProblems(PROCEDURE_LABELS.filter((l) => l.procedure === p))).toEqual([]);
    for (const o of ['works', 'services', 'supplies']) expect(periodProblems(SMART_CIG_LIMITS.filter((l) => l.object === o))).toEqual([]);
  });
});

describe('every rule names its act', () => {
  const ids = (xs: readonly string[]) => xs.every((id) => id in SOURCES);
  it('regimes, limits, labels, tables and channels cite known sources', () => {
    for (const r of REGIMES) expect(ids([...r.sources, r.estimateSource, ...r.modificationSources]), r.id).toBe(true);
    for (const l of SMART_CIG_LIMITS) expect(ids([l.source])).toBe(true);
    for (const l of PROCEDURE_LABELS) expect(ids([l.source])).toBe(true);
    for (const t of CONTRIBUTION_TABLES) expect(t.sources.length > 0 && ids(t.sources), t.id).toBe(true);
    for (const c of PCP_SMALL_DIRECT_AWARD_CHANNEL) expect(ids([c.source])).toBe(true);
    for (const l of DIRECT_AWARD_LIMITS) expect(ids([l.source])).toBe(true);
  });
  it('every source has a title and a confidence mark', () => {
    for (const s of Object.values(SOURCES)) {
      expect(s.title.length).toBeGreaterThan(10);
      expect(['V', 'P', 'U']).toContain(s.confidence);
    }
  });
  it('contribution bands are contiguous, start at zero and end open', () => {
    for (const t of CONTRIBUTION_TABLES) {
      if (!t.bands) continue;
      expect(t.bands[0]!.from).toBe('0');
      expect(t.bands.at(-1)!.below).toBeNull();
      for (let i = 1; i < t.bands.length; i++) expect(t.bands[i]!.from).toBe(t.bands[i - 1]!.below);
    }
  });
});
