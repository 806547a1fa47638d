/**
 * Issue 11, lots: the value and every threshold on the sum of the lots (art. 35 c.9-10 d.lgs. 50/2016,
 * art. 14 c.9-10 d.lgs. 36/2023), one CIG per lot with its own fields, the small-lots derogation of art. 14
 * c.11 d.lgs. 36/2023, and the contribution of a procedure in lots ("da verificare" above the first band).
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/domain/advise.ts';
import type { Decision } from '../../../src/domain/advice.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';
import { presentAdvice } from '../../../src/copy/present.ts';

function decide(raw: Record<string, unknown>): Decision {
  const p = parseScenario(raw);
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  return advise(p.scenario);
}
const lotsOf = (...bases: string[]) => bases.map((base) => ({ base }));
const codes = (rs: readonly { code: string }[]) => rs.map((r) => r.code);

describe('lots: the scenario', () => {
  it('refuses top-level amounts beside lots, and a new contract with neither', () => {
    const withBase = parseScenario({ case: 'new', object: 'services', base: '1000', lots: lotsOf('1000') });
    expect(withBase.ok).toBe(false);
    if (!withBase.ok) expect(withBase.error.issues.map((i) => i.path)).toContain('base');
    const withRenewals = parseScenario({ case: 'new', object: 'services', renewals: ['1000'], lots: lotsOf('1000') });
    expect(withRenewals.ok).toBe(false);
    expect(parseScenario({ case: 'new', object: 'services' }).ok).toBe(false);
    expect(parseScenario({ case: 'new', object: 'services', lots: [] }).ok).toBe(false);
    expect(parseScenario({ case: 'new', object: 'services', lots: [{ base: '1000', extra: 1 }] }).ok).toBe(false);
    expect(parseScenario({ case: 'new', object: 'services', lots: [{ base: '1000', safetyCosts: '1000.01' }] }).ok).toBe(false);
  });
  it('refuses lots with an in-house award or a contract subject only to tracciabilità, naming the keys; a framework agreement in lots is accepted', () => {
    const inHouse = parseScenario({ case: 'new', date: '2025-03-01', object: 'services', procedure: 'inHouse', lots: lotsOf('100000', '50000') });
    expect(inHouse.ok).toBe(false);
    if (!inHouse.ok) {
      expect(inHouse.error.issues.map((i) => i.path)).toEqual(['lots']);
      expect(inHouse.error.message).toContain('Con "procedure": "inHouse" i lotti non sono gestiti');
      expect(inHouse.error.message).toContain('Togli la chiave lots');
    }
    const excluded = parseScenario({ case: 'new', date: '2026-03-01', object: 'supplies', excluded: 'traceabilityOnly', lots: lotsOf('30000', '20000') });
    expect(excluded.ok).toBe(false);
    if (!excluded.ok) expect(excluded.error.message).toContain('Con "excluded": "traceabilityOnly" i lotti non sono gestiti');
    expect(parseScenario({ case: 'new', date: '2026-03-01', object: 'services', procedure: 'frameworkAgreement', lots: lotsOf('100000', '50000') }).ok).toBe(true);
  });
});

describe('lots: the EU threshold on the sum (services, sub-central, 2026: 216,000 €)', () => {
  it.each([
    ['215999.99', false],
    ['216000', true],
    ['216000.01', true],
  ])('three lots summing to %s: reached %s', (total, reached) => {
    const third = new Decimal(total).minus(200000).toString();
    const d = decide({ case: 'new', date: '2026-03-01', object: 'services', procedure: 'open', lots: lotsOf('100000', '100000', third) });
    expect(d.estimatedValue).toBe(new Decimal(total).toFixed(2));
    expect(d.euThreshold?.reached).toBe(reached);
    expect(d.fields.scheda).toBe(reached ? 'P1_16' : 'P2_16');
    expect(d.lots?.map((l) => l.newCig)).toEqual([true, true, true]);
    expect(d.lots?.map((l) => l.fields.importo)).toEqual(['100000.00', '100000.00', new Decimal(third).toFixed(2)]);
    expect(d.lots?.every((l) => l.fields.scheda === d.fields.scheda)).toBe(true);
  });
});

describe('lots: the Smart CIG limit on the sum (services, 2019: below 40,000 €)', () => {
  it.each([
    ['19999.99', 'SMART_CIG'],
    ['20000', 'SIMOG'],
    ['20000.01', 'SIMOG'],
  ])('20,000 € + %s: %s', (second, system) => {
    const d = decide({ case: 'new', date: '2019-10-01', object: 'services', procedure: 'direct', lots: lotsOf('20000', second) });
    expect(d.system).toBe(system);
    const amountKey = system === 'SIMOG' ? 'importoBaseAsta' : 'importo';
    expect(d.lots?.map((l) => l.fields[amountKey])).toEqual(['20000.00', new Decimal(second).toFixed(2)]);
    if (system === 'SIMOG') expect(d.fields.importoBaseAsta).toBe(new Decimal(second).plus(20000).toFixed(2));
  });
  it('SIMOG: each lot has its own S02 fields (safety costs, repetitions foreseen)', () => {
    const d = decide({ case: 'new', date: '2019-10-01', object: 'services', procedure: 'open',
      lots: [{ base: '50000', safetyCosts: '500', renewals: ['10000'] }, { base: '30000' }] });
    expect(d.lots?.map((l) => [l.fields.importoBaseAsta, l.fields.diCuiSicurezza, l.fields.prevedeRipetizioni])).toEqual([
      ['60000.00', '500.00', 'SI'], ['30000.00', undefined, 'NO'],
    ]);
    expect(codes(d.notes)).toContain('lotsOneCigEach');
  });
});

describe('lots: the contribution of a procedure in lots (2025)', () => {
  it.each([
    ['19999.99', true],
    ['20000', false],
  ])('20,000 € + %s: settled (exempt) %s', (second, settled) => {
    const d = decide({ case: 'new', date: '2025-03-01', object: 'services', procedure: 'open', lots: lotsOf('20000', second) });
    if (settled) expect(d.contribution).toMatchObject({ stazioneAppaltante: '0.00', operatoreEconomico: '0.00' });
    else {
      expect(d.contribution).toBeNull();
      expect(codes(d.unverified)).toContain('lotsContributionUnverified');
      expect(codes(d.notes)).not.toContain('contributionDue');
    }
  });
});

describe('lots: the small-lots derogation (art. 14 c.11 d.lgs. 36/2023)', () => {
  const small = (d: Decision) => d.notes.find((n) => n.code === 'lotsSmallLots');
  it.each([
    ['79999.99', true],
    ['80000', false],
  ])('a services lot of %s above the EU threshold in 2026: small %s', (value, isSmall) => {
    const d = decide({ case: 'new', date: '2026-03-01', object: 'services', procedure: 'open', lots: lotsOf('400000', value) });
    expect(small(d) !== undefined).toBe(isSmall);
  });
  it('small lots together above 20 per cent of the total cannot all use it', () => {
    const fit = small(decide({ case: 'new', date: '2026-03-01', object: 'services', procedure: 'open', lots: lotsOf('320000', '40000', '40000') }));
    const over = small(decide({ case: 'new', date: '2026-03-01', object: 'services', procedure: 'open', lots: lotsOf('319999.99', '40000', '40000.01') }));
    expect(fit?.code === 'lotsSmallLots' && fit.data.allFit).toBe(true);
    expect(over?.code === 'lotsSmallLots' && over.data.allFit).toBe(false);
  });
  it('not said below the EU threshold; "da verificare" under d.lgs. 50/2016', () => {
    expect(small(decide({ case: 'new', date: '2026-03-01', object: 'services', procedure: 'open', lots: lotsOf('100000', '10000') }))).toBeUndefined();
    const d50 = decide({ case: 'new', date: '2019-10-01', object: 'services', procedure: 'open', lots: lotsOf('300000', '10000') });
    expect(codes(d50.unverified)).toContain('lotsSmallLotsUnverified');
  });
  it.each([['2023-06-30', 'lotsSmallLotsUnverified'], ['2023-07-01', 'lotsSmallLots']])('on %s: %s', (date, code) => {
    const d = decide({ case: 'new', date, object: 'works', procedure: 'open', lots: lotsOf('5500000', '999999.99') });
    expect([...codes(d.notes), ...codes(d.unverified)]).toContain(code);
  });
});

describe('lots: properties', () => {
  const amount = fc.tuple(fc.integer({ min: 1, max: 3_000_000 }), fc.constantFrom('', '.01', '.99')).map(([u, c]) => `${u}${c}`);
  const lot = fc.record({ base: amount, renewals: fc.array(amount, { maxLength: 2 }) }, { requiredKeys: ['base'] });
  const scenario = fc.record({
    case: fc.constant('new'),
    date: fc.constantFrom('2012-01-01', '2016-04-19', '2019-10-01', '2023-07-01', '2024-01-01', '2026-03-01'),
    object: fc.constantFrom('works', 'services', 'supplies'),
    procedure: fc.constantFrom('direct', 'negotiated', 'open', 'restricted', 'other'),
    lots: fc.array(lot, { minLength: 1, maxLength: 5 }),
  });
  it('the sum of the lots equals the estimated value; every lot has its own CIG with its own amount', () => {
    fc.assert(fc.property(scenario, (raw) => {
      const d = decide(raw);
      const sum = (d.lots ?? []).reduce((acc, l) => acc.plus(l.estimatedValue), new Decimal(0));
      expect(sum.toFixed(2)).toBe(d.estimatedValue);
      expect(d.lots).toHaveLength(raw.lots.length);
      for (const l of d.lots ?? []) {
        expect(l.newCig).toBe(true);
        expect(Object.keys(l.fields).length).toBeGreaterThan(0);
      }
      const advice = presentAdvice(d);
      expect(advice.lots?.map((l) => l.label)).toEqual(raw.lots.map((_, i) => `Lotto ${i + 1}`));
    }), { numRuns: 300 });
  });
});
