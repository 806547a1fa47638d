/**
 * Procedures by value and date (issue 9): table tests at every band boundary of every period (one cent
 * below, at, above), on the day before, of and after each change, for each object; the EU threshold and
 * the qualification at their boundaries; the chosen procedure's answer.
 */
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { assessProcedures } from '../../../src/domain/procedures.ts';
import { PROCEDURE_PERIODS, QUALIFICATION_RULES } from '../../../src/domain/rules/procedures.ts';
import { periodProblems } from '../../../src/domain/rules/periods.ts';
import { FIRST_SUPPORTED_DATE } from '../../../src/domain/rules/supported.ts';
import { addDays } from '../../../src/domain/dates.ts';
import type { ObjectKind, Procedure } from '../../../src/domain/rules/kinds.ts';

const cents = (amount: string, delta: number) => new Decimal(amount).plus(new Decimal(delta).div(100)).toFixed(2);
const around = (amount: string) => [cents(amount, -1), new Decimal(amount).toFixed(2), cents(amount, 1)] as const;
const OBJECTS: readonly ObjectKind[] = ['works', 'services', 'supplies'];
const allowedOn = (date: string, object: ObjectKind, value: string, extra: { authority?: 'central' | 'subCentral' } = {}) =>
  assessProcedures(value, { object, ...extra }, date).procedures.allowed;

describe('the procedure periods', () => {
  it('run unbroken from the first supported date', () => {
    expect(periodProblems(PROCEDURE_PERIODS, FIRST_SUPPORTED_DATE)).toEqual([]);
  });
  it('end every object\'s bands with the EU threshold, and list open and restricted in every band', () => {
    for (const p of PROCEDURE_PERIODS) {
      for (const bands of Object.values(p.bands)) {
        expect(bands[bands.length - 1]?.upTo, p.id).toBeNull();
        for (const b of bands) expect(b.allowed.map((o) => o.procedure), p.id).toEqual(expect.arrayContaining(['open', 'restricted']));
      }
    }
  });
});

/** The direct-award limit ("inferiore a") by period and object, from research §1 (written here, not read from the data). */
const DIRECT_LIMITS: readonly [from: string, to: string, works: string, servicesSupplies: string][] = [
  ['2011-05-02', '2011-07-11', '40000', '20000'],
  ['2011-07-12', '2016-04-18', '40000', '40000'],
  ['2016-04-19', '2017-05-19', '40000', '40000'],
  ['2017-05-20', '2018-12-31', '40000', '40000'],
  ['2019-01-01', '2019-04-18', '150000', '40000'],
  ['2019-04-19', '2019-06-17', '40000', '40000'],
  ['2019-06-18', '2020-07-16', '150000', '40000'],
  ['2020-07-17', '2020-09-14', '150000', '150000'],
  ['2020-09-15', '2021-05-31', '150000', '75000'],
  ['2021-06-01', '2023-06-30', '150000', '139000'],
  ['2023-07-01', '2024-12-30', '150000', '140000'],
  ['2024-12-31', '2026-12-31', '150000', '140000'],
];

describe('direct award: one cent below, at and above the limit, on the first and last day of each period', () => {
  const rows: [string, ObjectKind, string, boolean][] = [];
  for (const [from, to, works, ss] of DIRECT_LIMITS) {
    for (const date of [from, to]) {
      for (const object of OBJECTS) {
        const [below, at, above] = around(object === 'works' ? works : ss);
        rows.push([date, object, below, true], [date, object, at, false], [date, object, above, false]);
      }
    }
  }
  it.each(rows)('%s %s %s: direct allowed %s', (date, object, value, direct) => {
    expect(allowedOn(date, object, value).includes('direct')).toBe(direct);
  });
});

describe('the day before, of and after each change of period', () => {
  // [object, value]: values whose answer changes at the boundary
  const rows: [string, ObjectKind, string, boolean][] = [];
  for (let i = 1; i < DIRECT_LIMITS.length; i++) {
    const prev = DIRECT_LIMITS[i - 1];
    const cur = DIRECT_LIMITS[i];
    if (!prev || !cur) continue;
    const day = cur[0];
    for (const [object, k] of [['works', 2], ['services', 3], ['supplies', 3]] as const) {
      for (const value of ['19999.99', '39999.99', '74999.99', '138999.99', '139999.99', '149999.99']) {
        const limitBefore = prev[k];
        const limitOn = cur[k];
        rows.push([addDays(day, -1), object, value, new Decimal(value).lessThan(limitBefore)]);
        rows.push([day, object, value, new Decimal(value).lessThan(limitOn)]);
        rows.push([addDays(day, 1), object, value, new Decimal(value).lessThan(limitOn)]);
      }
    }
  }
  // the days the band data change without a change of the direct limits
  for (const [day, prevDay] of [['2011-05-14', '2011-05-13']] as const) {
    rows.push([prevDay, 'works', '39999.99', true], [day, 'works', '39999.99', true]);
  }
  it.each(rows)('%s %s %s: direct allowed %s', (date, object, value, direct) => {
    expect(allowedOn(date, object, value).includes('direct')).toBe(direct);
  });
});

describe('negotiated bands and their minimum number of operators', () => {
  const operatorsOf = (date: string, object: ObjectKind, value: string) =>
    assessProcedures(value, { object }, date).procedures.why.data.allowed.find((o) => o.procedure === 'negotiated')?.operators ?? null;
  it.each([
    // date, object, value, operators of the negotiated procedure (null: not among the allowed)
    ['2026-11-21', 'works', '149999.99', null], ['2026-11-21', 'works', '150000.00', 5], ['2026-11-21', 'works', '150000.01', 5],
    ['2026-11-21', 'works', '999999.99', 5], ['2026-11-21', 'works', '1000000.00', 10], ['2026-11-21', 'works', '1000000.01', 10],
    ['2026-11-21', 'services', '139999.99', null], ['2026-11-21', 'services', '140000.00', 5], ['2026-11-21', 'services', '140000.01', 5],
    ['2019-10-01', 'works', '349999.99', 10], ['2019-10-01', 'works', '350000.00', 15], ['2019-10-01', 'works', '999999.99', 15],
    ['2019-10-01', 'works', '1000000.00', null], ['2019-10-01', 'services', '39999.99', null], ['2019-10-01', 'services', '40000.00', 5],
    ['2020-10-01', 'works', '349999.99', 5], ['2020-10-01', 'works', '350000.00', 10], ['2020-10-01', 'works', '999999.99', 10],
    ['2020-10-01', 'works', '1000000.00', 15], ['2020-10-01', 'services', '75000.00', 5],
    ['2022-01-10', 'works', '999999.99', 5], ['2022-01-10', 'works', '1000000.00', 10], ['2022-01-10', 'services', '139000.00', 5],
    ['2017-01-10', 'works', '149999.99', 5], ['2017-01-10', 'works', '150000.00', 10], ['2017-01-10', 'works', '1000000.00', null],
    ['2019-02-01', 'works', '149999.99', null], ['2019-02-01', 'works', '150000.00', 10], ['2019-02-01', 'works', '349999.99', 10],
    ['2011-05-10', 'works', '499999.99', 5], ['2011-05-10', 'works', '500000.00', null],
    ['2011-05-20', 'works', '499999.99', 5], ['2011-05-20', 'works', '500000.00', 10], ['2011-05-20', 'works', '999999.99', 10],
    ['2011-05-20', 'works', '1000000.00', null],
  ] as const)('%s %s %s: negotiated with %s operators', (date, object, value, operators) => {
    expect(operatorsOf(date, object, value)).toBe(operators);
  });
  it('"fino a 200.000 euro" (art. 125 d.lgs. 163/2006) keeps 200,000.00 in the cottimo fiduciario band', () => {
    const upper = (v: string) => assessProcedures(v, { object: 'works' }, '2012-03-01').procedures.why.data.upper;
    expect(upper('199999.99')).toEqual({ amount: '200000.00', comparison: 'notAbove' });
    expect(upper('200000.00')).toEqual({ amount: '200000.00', comparison: 'notAbove' });
    expect(upper('200000.01')).toEqual({ amount: '500000.00', comparison: 'below' });
  });
});

describe('every band boundary of every period, for each object (the comparison of the norm decides the side)', () => {
  const rows: [string, string, ObjectKind, string, number][] = [];
  for (const p of PROCEDURE_PERIODS) {
    for (const object of OBJECTS) {
      const bands = p.bands[object === 'works' ? 'works' : 'servicesSupplies'];
      bands.forEach((b, i) => {
        if (b.upTo === null) return;
        const [below, at, above] = around(b.upTo.amount);
        // "inferiore a": the limit itself belongs to the next band; "fino a": to this one
        rows.push([p.id, p.from, object, below, i], [p.id, p.from, object, at, b.upTo.comparison === 'below' ? i + 1 : i], [p.id, p.from, object, above, i + 1]);
        if (p.to !== null) rows.push([p.id, p.to, object, below, i]);
      });
    }
  }
  it.each(rows)('%s (%s) %s %s falls in band %i', (id, date, object, value, index) => {
    const bands = PROCEDURE_PERIODS.find((x) => x.id === id)?.bands[object === 'works' ? 'works' : 'servicesSupplies'] ?? [];
    const band = bands[index];
    const a = assessProcedures(value, { object }, date);
    if (a.euThreshold.reached || !band) return; // the EU threshold cuts the band (none of the sub-central ones)
    expect(a.procedures.allowed).toEqual(band.allowed.map((o) => o.procedure));
    const end = band.upTo;
    const cut = end === null || !new Decimal(end.amount).lessThan(a.euThreshold.amount);
    expect(a.procedures.why.data.upper).toEqual(cut ? null : { amount: new Decimal(end.amount).toFixed(2), comparison: end.comparison });
  });
});

describe('EU threshold: reached at "pari o superiore", with the authority and sector', () => {
  it.each([
    ['2026-11-21', 'services', 'subCentral', '216000', 'ordinary'],
    ['2026-11-21', 'supplies', 'central', '140000', 'ordinary'],
    ['2026-11-21', 'works', 'subCentral', '5404000', 'ordinary'],
    ['2026-11-21', 'services', 'subCentral', '432000', 'special'],
    ['2018-10-01', 'services', 'subCentral', '221000', 'ordinary'],
    ['2020-08-01', 'services', 'central', '139000', 'ordinary'],
  ] as const)('%s %s (%s, %s): %s', (date, object, authority, threshold, sector) => {
    const [below, at, above] = around(threshold);
    for (const [v, reached] of [[below, false], [at, true], [above, true]] as const) {
      const a = assessProcedures(v, { object, authority, sector }, date);
      expect(a.euThreshold).toMatchObject({ amount: new Decimal(threshold).toFixed(2), reached });
      if (reached) expect(a.procedures.allowed).toEqual(['open', 'restricted']);
    }
  });
  it('a fixed band end above the threshold is cut by it (D.L. 76/2020, central authority, 139,000)', () => {
    expect(allowedOn('2020-08-01', 'services', '138999.99', { authority: 'central' })).toContain('direct');
    expect(allowedOn('2020-08-01', 'services', '139000', { authority: 'central' })).toEqual(['open', 'restricted']);
    expect(allowedOn('2020-08-01', 'services', '139000', { authority: 'subCentral' })).toContain('direct');
  });
});

describe('qualification of the contracting authority (art. 62 d.lgs. 36/2023, from 2023-07-01)', () => {
  const needs = (date: string, object: ObjectKind, value: string) =>
    assessProcedures(value, { object }, date).notes.some((n) => n.code === 'qualificationNeeded');
  it('starts on 1 July 2023', () => {
    expect(QUALIFICATION_RULES[0]?.from).toBe('2023-07-01');
    expect(needs('2023-06-30', 'services', '200000')).toBe(false);
    expect(needs('2023-07-01', 'services', '200000')).toBe(true);
    expect(needs('2023-07-02', 'services', '200000')).toBe(true);
  });
  it.each([
    ['services', '140000', [false, false, true]], ['supplies', '140000', [false, false, true]], ['works', '500000', [false, false, true]],
  ] as const)('%s: "non superiore a" %s', (object, limit, expected) => {
    expect(around(limit).map((v) => needs('2026-11-21', object, v))).toEqual(expected);
  });
});

describe('the chosen procedure', () => {
  const chosen = (date: string, object: ObjectKind, value: string, procedure?: Procedure) => assessProcedures(value, { object, procedure }, date);
  it('the issue\'s examples: no direct award for 60,000 of services in October 2018; in September 2023 (200,000) and 2026 (990,000) only in the exceptional cases of art. 76', () => {
    expect(chosen('2018-10-01', 'services', '60000', 'direct').procedures).toMatchObject({ chosen: 'direct', chosenAllowed: false, allowed: ['negotiated', 'open', 'restricted'] });
    const mid = chosen('2023-09-01', 'services', '200000', 'direct');
    expect(mid.procedures.chosenAllowed).toBeNull();
    expect(mid.notes.find((n) => n.code === 'procedureConditional')?.data).toEqual({ procedure: 'direct', condition: 'exceptionalCases' });
    const big = chosen('2026-11-21', 'services', '990000', 'direct');
    expect(big.procedures.chosenAllowed).toBeNull();
    expect(big.euThreshold.reached).toBe(true);
  });
  it('2019-06-18 -> 2020-07-16, services 40,000 to the threshold: direct is neither allowed nor refused, both readings in unverified', () => {
    for (const date of ['2019-06-18', '2019-10-01', '2020-07-16']) {
      const a = chosen(date, 'services', '60000', 'direct');
      expect(a.procedures.chosenAllowed).toBeNull();
      expect(a.unverified.map((r) => r.code)).toContain('procedureConditional');
      expect(a.fieldProcedure).toBe('direct');
    }
    expect(chosen('2019-06-17', 'services', '60000', 'direct').procedures.chosenAllowed).toBe(false);
    expect(chosen('2020-07-17', 'services', '60000', 'direct').procedures.chosenAllowed).toBe(true);
  });
  it('not stated: chosen null, chosenAllowed null, no field procedure, a note asking to choose', () => {
    const a = chosen('2026-11-21', 'services', '30000');
    expect(a.procedures).toMatchObject({ chosen: null, chosenAllowed: null });
    expect(a.fieldProcedure).toBeNull();
    expect(a.notes.map((n) => n.code)).toContain('procedureNotStated');
  });
  it('open points of the periods appear in unverified', () => {
    const codes = (date: string, object: ObjectKind, value: string) => chosen(date, object, value).unverified.map((r) => r.code);
    expect(codes('2019-05-01', 'works', '100000')).toContain('procedureBandUnverified');
    expect(codes('2022-01-10', 'services', '100000')).toContain('procedureBandUnverified');
    expect(codes('2021-05-31', 'services', '70000')).not.toContain('procedureBandUnverified');
    expect(codes('2025-03-01', 'works', '100000')).toContain('procedurePeriodUnverified');
    expect(codes('2024-12-30', 'works', '100000')).not.toContain('procedurePeriodUnverified');
  });
});
