import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { advise } from '../../../src/domain/advise.ts';
import type { Advice } from '../../../src/domain/advice.ts';
import { presentAdvice } from '../../../src/copy/present.ts';
import { parseScenario, type Scenario } from '../../../src/domain/scenario.ts';

/** The advice as the command line prints it (the decision, put into words by the one presenter). */
function run(raw: Record<string, unknown>): Advice {
  const p = parseScenario(raw);
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  return presentAdvice(advise(p.scenario, { today: '2026-11-21' }));
}
/** The estimated value of a new contract's advice (always present for that case). */
function valueOf(a: Advice): string {
  if (a.estimatedValue === undefined) throw new Error('no estimated value');
  return a.estimatedValue;
}
const neu = (date: string, object: string, base: string, extra: Record<string, unknown> = {}) => run({ case: 'new', date, object, base, ...extra });

describe('Smart CIG or SIMOG at the threshold: one cent below, at, above', () => {
  // [date, object, amount, system]
  const rows: [string, string, string, string][] = [];
  for (const date of ['2011-07-12', '2016-04-18', '2016-04-19', '2019-10-01', '2023-06-30', '2023-07-01', '2023-12-31']) {
    for (const object of ['works', 'services', 'supplies']) {
      rows.push([date, object, '39999.99', 'SMART_CIG'], [date, object, '40000', 'SIMOG'], [date, object, '40000.01', 'SIMOG']);
    }
  }
  // 2011-05-02 .. 2011-07-11: services and supplies under 20,000, works under 40,000
  for (const date of ['2011-05-02', '2011-07-11']) {
    rows.push([date, 'services', '19999.99', 'SMART_CIG'], [date, 'services', '20000', 'SIMOG'], [date, 'services', '20000.01', 'SIMOG']);
    rows.push([date, 'supplies', '19999.99', 'SMART_CIG'], [date, 'supplies', '20000', 'SIMOG']);
    rows.push([date, 'works', '39999.99', 'SMART_CIG'], [date, 'works', '40000', 'SIMOG'], [date, 'works', '20000', 'SMART_CIG']);
  }
  rows.push(['2011-07-12', 'services', '20000', 'SMART_CIG']); // the day the limit rose to 40,000
  for (const object of ['works', 'services', 'supplies']) rows.push(['2024-01-01', object, '39999.99', 'PCP'], ['2024-01-01', object, '1', 'PCP']);
  it.each(rows)('%s %s %s → %s', (date, object, amount, system) => {
    const a = neu(date, object, amount);
    expect(a.system).toBe(system);
    expect(a.newCig).toBe(true);
    expect(a.alternatives).toEqual(system === 'SMART_CIG' ? ['SIMOG'] : []);
  });
  it('the estimated value, not the base, decides: 30,000 + renewal 10,000 goes to SIMOG', () => {
    expect(neu('2019-10-01', 'services', '30000', { renewals: ['9999.99'] }).system).toBe('SMART_CIG');
    expect(neu('2019-10-01', 'services', '30000', { renewals: ['10000'] }).system).toBe('SIMOG');
  });
  it('in 2011 Smart CIG covered only direct awards and negotiated procedures without a bando', () => {
    expect(neu('2011-06-01', 'services', '10000', { procedure: 'negotiated' }).system).toBe('SMART_CIG');
    const open = neu('2011-06-01', 'services', '10000', { procedure: 'open' });
    expect(open.system).toBe('SIMOG');
    expect(neu('2011-07-12', 'services', '10000', { procedure: 'open' }).system).toBe('SMART_CIG');
    expect(neu('2011-06-01', 'services', '10000', { procedure: 'other' }).unverified.join(' ')).toMatch(/da verificare/);
  });
});

describe('regime by date: the day before, of and after each change', () => {
  it.each([
    ['2011-05-02', 'smartcig-2011'], ['2011-07-11', 'smartcig-2011'], ['2011-07-12', 'smartcig-40k'],
    ['2016-04-18', 'smartcig-40k'], ['2016-04-19', 'dlgs50'], ['2016-04-20', 'dlgs50'],
    ['2023-06-30', 'dlgs50'], ['2023-07-01', 'dlgs36-simog'], ['2023-07-02', 'dlgs36-simog'],
    ['2023-12-31', 'dlgs36-simog'], ['2024-01-01', 'dlgs36-pcp'], ['2026-11-21', 'dlgs36-pcp'],
  ])('%s → %s', (date, id) => {
    const a = neu(date, 'services', '1000');
    expect(a.regime.id).toBe(id);
    expect(a.date).toBe(date);
  });
  it('uses today when the scenario has no date', () => {
    const p = parseScenario({ case: 'new', object: 'services', base: '1000' });
    if (!p.ok) throw new Error();
    expect(advise(p.scenario, { today: '2019-10-01' })).toMatchObject({ date: '2019-10-01', regime: { id: 'dlgs50' } });
  });
  it('cites the estimated-value article of the regime', () => {
    expect(neu('2015-01-01', 'services', '1000').items?.[0]?.source).toMatch(/n\. 163, art\. 29/);
    expect(neu('2019-01-01', 'services', '1000').items?.[0]?.source).toMatch(/n\. 50, art\. 35/);
    expect(neu('2023-07-01', 'services', '1000').items?.[0]?.source).toMatch(/n\. 36, art\. 14/);
  });
});

describe('field values', () => {
  it('SIMOG: the seed example (60,000, ripetizioni SI)', () => {
    const a = neu('2019-10-01', 'services', '30000', { renewals: ['30000'] });
    expect(a.estimatedValue).toBe('60000.00');
    expect(a.fields).toMatchObject({ importoBaseAsta: '60000.00', prevedeRipetizioni: 'SI', ripetizionePrecedenteContratto: 'NO', oggettoPrincipale: 'SERVIZI' });
    expect(a.fields).not.toHaveProperty('cigContrattoOriginario');
  });
  it('SIMOG: a proroga option counts but is not a repetition (45,000, NO)', () => {
    const a = neu('2019-10-01', 'services', '30000', { prorogaOptions: ['15000'] });
    expect(a.fields).toMatchObject({ importoBaseAsta: '45000.00', prevedeRipetizioni: 'NO' });
  });
  it('SIMOG: safety costs are shown as "di cui" when given', () => {
    expect(neu('2019-10-01', 'works', '100000', { safetyCosts: '3000' }).fields).toMatchObject({ importoBaseAsta: '100000.00', diCuiSicurezza: '3000.00', oggettoPrincipale: 'LAVORI' });
  });
  it('SIMOG: procedure labels by period', () => {
    expect(neu('2015-01-01', 'services', '50000', { procedure: 'negotiated' }).fields.sceltaContraente).toBe('AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO');
    expect(neu('2016-04-19', 'works', '50000', { procedure: 'negotiated' }).fields.sceltaContraente).toBe('PROCEDURA NEGOZIATA SENZA PREVIA PUBBLICAZIONE');
    expect(neu('2019-06-18', 'works', '50000', { procedure: 'direct' }).fields.sceltaContraente).toBe('AFFIDAMENTO DIRETTO');
    // a direct award the law does not allow for the value: answered, the field left empty (CONTRACT §7.5)
    const notAllowed = neu('2016-04-19', 'services', '50000', { procedure: 'direct' });
    expect(notAllowed.fields.sceltaContraente).toBeNull();
    expect(notAllowed.procedures?.chosenAllowed).toBe(false);
    // not stated: the field is left empty with a note asking to choose
    const notStated = neu('2016-04-19', 'services', '50000');
    expect(notStated.fields.sceltaContraente).toBeNull();
    expect(notStated.procedures?.chosen).toBeNull();
    expect(notStated.notes.map((n) => n.text).join(' ')).toMatch(/Non hai indicato la procedura/);
    expect(neu('2019-01-01', 'services', '50000', { procedure: 'open' }).fields.sceltaContraente).toBe('PROCEDURA APERTA');
    const other = neu('2019-01-01', 'services', '50000', { procedure: 'other' });
    expect(other.fields.sceltaContraente).toBeNull();
    expect(other.unverified.length).toBeGreaterThan(0);
  });
  it('Smart CIG fields', () => {
    expect(neu('2019-10-01', 'supplies', '1500', { procedure: 'direct' }).fields).toEqual({
      fattispecieContrattuale: 'CONTRATTI DI IMPORTO INFERIORE A EURO 40.000', importo: '1500.00',
      proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO', oggettoPrincipale: 'FORNITURE',
    });
    const y2011 = neu('2011-06-01', 'services', '1500');
    expect(y2011.fields.fattispecieContrattuale).toBeNull();
    expect(y2011.unverified.join(' ')).toMatch(/fattispecie/);
  });
  it.each([
    ['2024-01-10', 'services', '4999.99', 'direct', 'AD5', 'PAD_O_INTERFACCIA_WEB'],
    ['2024-01-09', 'services', '4999.99', 'direct', 'AD5', 'PAD'],
    ['2026-11-21', 'works', '4999.99', 'direct', 'AD5', 'PAD_O_INTERFACCIA_WEB'],
    ['2026-11-21', 'works', '5000', 'direct', 'AD3', 'PAD'],
    ['2026-11-21', 'services', '139999.99', 'direct', 'AD3', 'PAD'],
    ['2026-11-21', 'services', '140000', 'direct', 'AD2_25', 'PAD'],
    ['2026-11-21', 'works', '149999.99', 'direct', 'AD3', 'PAD'],
    ['2026-11-21', 'works', '150000', 'direct', 'AD2_25', 'PAD'],
    ['2026-11-21', 'works', '4000', 'open', 'P2_16', 'PAD'],
    ['2026-11-21', 'works', '4000', 'negotiated', null, 'PAD'],
  ])('PCP %s %s %s %s → card %s, channel %s', (date, object, base, procedure, scheda, canale) => {
    const a = neu(date, object, base, { procedure });
    expect(a.fields).toMatchObject({ scheda, canale, importo: new Decimal(base).toFixed(2) });
    if (scheda === null) expect(a.unverified.join(' ')).toMatch(/scheda/);
  });
});

describe('events on an awarded contract', () => {
  it('renewal exercised: new CIG through SIMOG whatever the amount, no new contribution', () => {
    for (const amount of ['1000', '39999.99', '40000', '500000']) {
      const a = run({ case: 'renewal', date: '2021-10-01', object: 'services', amount, originalCig: '1234567ce7' });
      expect(a).toMatchObject({ newCig: true, system: 'SIMOG', contribution: { stazioneAppaltante: '0.00', operatoreEconomico: '0.00' } });
      expect(a.fields).toMatchObject({ importoBaseAsta: new Decimal(amount).toFixed(2), ripetizionePrecedenteContratto: 'SI', prevedeRipetizioni: 'NO', cigContrattoOriginario: '1234567CE7' });
    }
  });
  it('renewal under the PCP: not settled, so newCig is null and says why', () => {
    const a = run({ case: 'renewal', date: '2024-01-01', object: 'services', amount: '30000', originalCig: 'B972725FF4' });
    expect(a.newCig).toBeNull();
    expect(a.unverified.length).toBeGreaterThan(0);
    expect(run({ case: 'renewal', date: '2023-12-31', object: 'services', amount: '30000', originalCig: 'A0000011A6' }).newCig).toBe(true);
  });
  const variant = (c: string, amount: string, contractAmount: string, date = '2019-10-01', object = 'services') =>
    run({ case: c, date, object, amount, contractAmount });
  it.each(['variant', 'technicalExtension'])('%s: exactly one fifth keeps the CIG, one cent more needs a new one', (c) => {
    expect(variant(c, '20000', '100000')).toMatchObject({ newCig: false, system: null, fields: {} });
    expect(variant(c, '19999.99', '100000').newCig).toBe(false);
    expect(variant(c, '20000.01', '100000')).toMatchObject({ newCig: true, system: 'SMART_CIG' });
    expect(variant(c, '0.21', '1')).toMatchObject({ newCig: true });
    expect(variant(c, '0.2', '1')).toMatchObject({ newCig: false });
  });
  it.each(['variant', 'technicalExtension'])('%s above the fifth: system by the modification\'s own value', (c) => {
    const small = variant(c, '39999.99', '100000');
    expect(small).toMatchObject({ system: 'SMART_CIG', alternatives: ['SIMOG'] });
    expect(small.fields.proceduraSceltaContraente).toBe("AFFIDAMENTO DIRETTO PER VARIANTE SUPERIORE AL 20% DELL'IMPORTO CONTRATTUALE");
    const large = variant(c, '40000', '100000');
    expect(large).toMatchObject({ system: 'SIMOG', alternatives: [] });
    expect(large.fields).toMatchObject({ importoBaseAsta: '40000.00', sceltaContraente: "AFFIDAMENTO DIRETTO PER VARIANTE SUPERIORE AL 20% DELL'IMPORTO CONTRATTUALE", ripetizionePrecedenteContratto: 'NO' });
    expect(variant(c, '25000', '100000', '2011-06-01', 'services').system).toBe('SIMOG'); // 2011: services under 20,000 only
    // Under the PCP, without the original CIG: a PCP contract keeps its CIG (npa#2562), a SIMOG one is not settled.
    expect(variant(c, '50000', '100000', '2024-01-01')).toMatchObject({ newCig: null, system: null, fields: {}, communication: null });
  });
});

describe('contribution by band and date', () => {
  it.each([
    ['2019-10-01', '39999.99', '0.00', '0.00'], ['2019-10-01', '40000', '30.00', '0.00'],
    ['2019-10-01', '149999.99', '30.00', '0.00'], ['2019-10-01', '150000', '225.00', '20.00'],
    ['2019-10-01', '300000', '225.00', '35.00'], ['2019-10-01', '500000', '375.00', '70.00'],
    ['2019-10-01', '800000', '375.00', '80.00'], ['2019-10-01', '1000000', '600.00', '140.00'],
    ['2019-10-01', '5000000', '800.00', '200.00'], ['2019-10-01', '19999999.99', '800.00', '200.00'], ['2019-10-01', '20000000', '800.00', '500.00'],
    ['2020-05-18', '150000', '225.00', '20.00'], ['2020-05-19', '150000', '0.00', '0.00'], ['2020-12-31', '20000000', '0.00', '0.00'], ['2021-01-01', '150000', '225.00', '20.00'],
    ['2023-03-31', '40000', '30.00', '0.00'], ['2023-04-01', '40000', '35.00', '0.00'], ['2023-04-01', '150000', '250.00', '18.00'],
    ['2024-06-01', '800000', '410.00', '90.00'], ['2025-06-01', '20000000', '880.00', '560.00'], ['2017-12-31', '40000', null, null], ['2018-01-01', '40000', '30.00', '0.00'],
  ])('%s, %s € → SA %s, OE %s', (date, base, sa, oe) => {
    const a = neu(date, 'works', base, { procedure: 'open' });
    if (sa === null) {
      expect(a.contribution).toBeNull();
      expect(a.unverified.join(' ')).toMatch(/Contributo/);
    } else {
      expect(a.contribution).toMatchObject({ stazioneAppaltante: sa, operatoreEconomico: oe });
    }
  });
  it('from 2026 the table is not known: the 2025 table applies, marked provisional, and the advice says so', () => {
    const a = neu('2026-11-21', 'works', '200000', { procedure: 'open' });
    expect(a.contribution).toMatchObject({ stazioneAppaltante: '250.00', operatoreEconomico: '18.00', provisional: true });
    expect(a.unverified.join(' ')).toMatch(/provvisori.*2026|2026.*provvisori/);
  });
  it.each([
    ['2025-12-31', '39999.99', '0.00', '0.00', false], ['2026-01-01', '39999.99', '0.00', '0.00', false], ['2026-01-01', '3500', '0.00', '0.00', false],
    ['2025-12-31', '40000', '35.00', '0.00', false], ['2026-01-01', '40000', '35.00', '0.00', true], ['2027-03-01', '1000000', '660.00', '165.00', true],
  ])('%s, %s € → SA %s, OE %s, provisional %s', (date, base, sa, oe, provisional) => {
    const a = neu(date, 'services', base, { procedure: 'open' });
    expect(a.contribution).toMatchObject({ stazioneAppaltante: sa, operatoreEconomico: oe });
    expect(a.contribution?.provisional).toBe(provisional ? true : undefined);
  });
  it('before 2018 the amounts stay unknown (the sources read do not give them, not even the exemption)', () => {
    expect(neu('2017-12-31', 'services', '3500', { procedure: 'open' }).contribution).toBeNull();
  });
});

describe('properties of the estimated value', () => {
  const amount = fc.tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 0, max: 99 })).map(([i, c]) => `${i}.${String(c).padStart(2, '0')}`);
  const date = fc.constantFrom('2011-06-01', '2014-01-01', '2019-10-01', '2023-09-01', '2025-03-01');
  const scenario = fc.record({
    date, object: fc.constantFrom('works', 'services', 'supplies'),
    base: amount, renewals: fc.array(amount, { maxLength: 3 }), prorogaOptions: fc.array(amount, { maxLength: 2 }),
    otherOptions: fc.array(amount, { maxLength: 2 }), technicalExtension: fc.option(amount, { nil: undefined }),
    countTechnicalExtension: fc.boolean(), procedure: fc.constantFrom('direct', 'negotiated', 'open', 'restricted', 'other'),
  }).map(({ technicalExtension, ...r }) => ({ case: 'new', ...r, ...(technicalExtension !== undefined && { technicalExtension }) }));
  it('equals the sum of the counted items', () => {
    fc.assert(fc.property(scenario, (raw) => {
      const a = run(raw);
      const sum = (a.items ?? []).flatMap((i) => (i.counted && i.amount !== null ? [i.amount] : [])).reduce((acc, x) => acc.plus(x), new Decimal(0));
      expect(valueOf(a)).toBe(sum.toFixed(2));
    }));
  });
  it('never decreases when an amount grows', () => {
    fc.assert(fc.property(scenario, amount, fc.constantFrom('base', 'renewals', 'prorogaOptions', 'otherOptions'), (raw, extra, key) => {
      const before = new Decimal(valueOf(run(raw)));
      const grown = key === 'base' ? { ...raw, base: new Decimal(raw.base).plus(extra).toFixed(2) } : { ...raw, [key]: [...raw[key], extra] };
      expect(new Decimal(valueOf(run(grown))).gte(before)).toBe(true);
    }));
  });
  it('an uncounted proroga tecnica never changes the answer', () => {
    fc.assert(fc.property(scenario, amount, (raw, estimate) => {
      const { technicalExtension: _t, countTechnicalExtension: _c, ...without } = raw;
      const a = run(without);
      const b = run({ ...without, technicalExtension: estimate, countTechnicalExtension: false });
      expect(b.estimatedValue).toBe(a.estimatedValue);
      expect(b.system).toBe(a.system);
      expect(b.fields).toEqual(a.fields);
      expect(b.contribution).toEqual(a.contribution);
      expect((b.items ?? []).filter((i) => i.kind !== 'technicalExtension')).toEqual(a.items);
    }));
  });
});

export type { Scenario };
