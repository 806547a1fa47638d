/**
 * The Smart CIG form of each period (issue 12): every dated row of rules/smartcig.ts is offered from
 * its first day to its last, not the day before nor the day after; the procedure is checked against
 * the date and the fattispecie; modifications keep the form of the day the data were given; the
 * outage follows the date; imports refuse a date outside the service.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates.ts';
import {
  FATTISPECIE, FORM_NOTES, LATER_FIELD_OPTIONS, LATER_FIELD_ROWS, SERVICE_OUTAGES, SMART_CIG_PROCEDURE_ROWS, SMART_CIG_SERVICE,
  fattispecieInForce, formNotes, laterFieldOptions, laterFieldsInForce, outageOn, proceduresInForce,
} from '../../../src/domain/rules/smartcig.ts';
import { SMART_CIG_LIMITS } from '../../../src/domain/rules/data.ts';
import type { Period } from '../../../src/domain/rules/periods.ts';
import { parseCigData } from '../../../src/domain/simulation/form.ts';
import { communicate, initialState, modify, requestCarnet, requestSmartCig, type SimState, type Transition } from '../../../src/domain/simulation/state.ts';
import { emptyDoc, serialiseDoc } from '../../../src/domain/simulation/storage.ts';
import { parseDoc } from '../../../src/domain/simulation/document.ts';
import { SCENARIOS } from '../../../src/domain/simulation/scenarios.ts';

const ok = <R>(t: Transition<R>): SimState => {
  if (!t.ok) throw new Error(t.error.message);
  return t.state;
};
const inService = (d: string) => d >= SMART_CIG_SERVICE.from && (SMART_CIG_SERVICE.to === null || d <= SMART_CIG_SERVICE.to);

/** Day before, first day, day after the start; day before, last day, day after the end (inside the service). */
function boundaryCases(p: Period): Array<[string, boolean]> {
  const cases: Array<[string, boolean]> = [[p.from, true], [addDays(p.from, 1), p.to === null || addDays(p.from, 1) <= p.to], [addDays(p.from, -1), false]];
  if (p.to !== null) cases.push([p.to, true], [addDays(p.to, -1), addDays(p.to, -1) >= p.from], [addDays(p.to, 1), false]);
  return cases.filter(([d]) => inService(d));
}

describe('every dated row of the form is offered exactly in its period (day before, of, after)', () => {
  const tables: Array<[string, readonly Period[], (row: never, date: string) => boolean]> = [
    ['FATTISPECIE', FATTISPECIE, (row, d) => fattispecieInForce(d).includes(row)],
    ['SMART_CIG_PROCEDURE_ROWS', SMART_CIG_PROCEDURE_ROWS, (row, d) => proceduresInForce(d).includes(row)],
    ['LATER_FIELD_ROWS', LATER_FIELD_ROWS, (row, d) => laterFieldsInForce(d).includes(row)],
    ['LATER_FIELD_OPTIONS', LATER_FIELD_OPTIONS, (row: { field: 'centralizzazione' | 'motivoRichiesta' }, d) => laterFieldOptions(row.field, d).includes(row as never)],
    ['FORM_NOTES', FORM_NOTES, (row, d) => formNotes(d).includes(row)],
    ['SERVICE_OUTAGES', SERVICE_OUTAGES, (row, d) => outageOn(d) === row],
  ];
  for (const [name, rows, shown] of tables) {
    rows.forEach((row, i) => {
      it.each(boundaryCases(row))(`${name}[${i}] (${row.from} to ${row.to ?? '…'}) on %s: %s`, (date, expected) => {
        expect(shown(row as never, date)).toBe(expected);
      });
    });
  }
  it('every row lies in the service\'s life and cites a source', () => {
    for (const row of [...FATTISPECIE, ...SMART_CIG_PROCEDURE_ROWS, ...LATER_FIELD_ROWS, ...LATER_FIELD_OPTIONS, ...FORM_NOTES, ...SERVICE_OUTAGES]) {
      expect(inService(row.from), row.from).toBe(true);
      expect(row.to !== null && inService(row.to), String(row.to)).toBe(true);
      expect(row.sources.length).toBeGreaterThan(0);
    }
  });
  it('the engine still reads only the amount-based entries as Smart CIG limits (not the 2016 categories)', () => {
    expect(SMART_CIG_LIMITS.map((l) => `${l.object} ${l.from} ${l.below}`)).toEqual([
      'works 2011-05-02 40000', 'services 2011-05-02 20000', 'supplies 2011-05-02 20000',
      'works 2011-07-12 40000', 'services 2011-07-12 40000', 'supplies 2011-07-12 40000',
    ]);
  });
});

const base = { importo: '1500', oggetto: 'stampe', oggettoPrincipale: 'FORNITURE', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO' };
const parse = (date: string, over: Record<string, string>) => parseCigData({ ...base, ...over }, { date, amountForm: 'plain' });
const errorsOf = (r: ReturnType<typeof parse>) => (r.ok ? [] : r.errors.map((e) => `${e.field}: ${e.message}`));

describe('the form of each year', () => {
  it.each([
    ['2011-07-11', ['LAVORI_INF_40000', 'SERVIZI_FORNITURE_INF_20000', 'ARTT_16_17_18', 'ESCLUSI_150000', 'ARTT_218_149']],
    ['2011-07-12', ['INF_40000', 'ARTT_16_17_18', 'ESCLUSI_150000', 'ARTT_218_149']],
    ['2016-04-18', ['INF_40000', 'ARTT_16_17_18', 'ESCLUSI_150000', 'ARTT_218_149']],
    ['2016-04-19', ['INF_40000', 'DLGS50_ART17_INF_40000', 'DLGS50_ART19_INF_40000', 'DLGS50_ALL_IX_INF_40000', 'DLGS50_ART7', 'DLGS50_ART16', 'DLGS50_ART162']],
    ['2023-12-31', ['INF_40000', 'DLGS50_ART17_INF_40000', 'DLGS50_ART19_INF_40000', 'DLGS50_ALL_IX_INF_40000', 'DLGS50_ART7', 'DLGS50_ART16', 'DLGS50_ART162']],
  ])('on %s the fattispecie are %j', (date, ids) => {
    expect(fattispecieInForce(date).map((f) => f.id)).toEqual(ids);
  });

  it('"cottimo fiduciario" is accepted on 18 April 2016 and refused from 19 April 2016, with the day it left the list', () => {
    const cottimo = { proceduraSceltaContraente: 'AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO', fattispecieContrattuale: 'INF_40000' };
    expect(parse('2016-04-17', cottimo).ok).toBe(true);
    expect(parse('2016-04-18', cottimo).ok).toBe(true);
    expect(errorsOf(parse('2016-04-19', cottimo))).toEqual([
      'proceduraSceltaContraente: La procedura «AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO» non è nell\'elenco del modulo il 19 aprile 2016 (c\'era fino al 18 aprile 2016): scegli una voce dell\'elenco in vigore in quella data',
    ]);
    expect(parse('2020-09-01', cottimo).ok).toBe(false);
  });

  it('"procedura negoziata per affidamenti sotto soglia" (d.lgs. 50/2016) enters the list on 19 April 2016', () => {
    const p = { proceduraSceltaContraente: 'PROCEDURA NEGOZIATA PER AFFIDAMENTI SOTTO SOGLIA', fattispecieContrattuale: 'INF_40000' };
    expect(errorsOf(parse('2016-04-18', p))[0]).toContain('c\'è dal 19 aprile 2016');
    expect(parse('2016-04-19', p).ok).toBe(true);
    expect(parse('2016-04-20', p).ok).toBe(true);
  });

  it('a procedure the fattispecie does not cover is refused with a message naming both', () => {
    const r = parse('2011-06-01', { fattispecieContrattuale: 'LAVORI_INF_40000', oggettoPrincipale: 'LAVORI', proceduraSceltaContraente: 'PROCEDURA APERTA' });
    expect(errorsOf(r)).toHaveLength(1);
    expect(errorsOf(r)[0]).toContain('La procedura «PROCEDURA APERTA» non è ammessa per la fattispecie «CONTRATTI DI LAVORI DI IMPORTO INFERIORE A EURO 40.000');
    expect(errorsOf(r)[0]).toContain('AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO');
    // the amount-based entry of July 2011 covers any procedure (ANAC's data show open procedures on Smart CIGs)
    expect(parse('2011-07-12', { fattispecieContrattuale: 'INF_40000', proceduraSceltaContraente: 'PROCEDURA APERTA' }).ok).toBe(true);
    // a carnet CIG without a fattispecie takes the amount-based one of its object and is checked against it
    const carnet = parseCigData({ ...base, oggettoPrincipale: 'LAVORI', proceduraSceltaContraente: 'PROCEDURA RISTRETTA' }, { date: '2011-06-01', amountForm: 'plain', fattispecieOptional: true });
    expect(carnet.ok).toBe(false);
  });

  it('the fields of the later form: refused the day before 24 December 2015, accepted from that day, values by date', () => {
    const later = { fattispecieContrattuale: 'INF_40000', centralizzazione: 'NON_ELENCATI', motivoRichiesta: '1' };
    expect(errorsOf(parse('2015-12-23', later))).toEqual([
      'centralizzazione: Il 23 dicembre 2015 il modulo non aveva questo campo: lascialo vuoto',
      'motivoRichiesta: Il 23 dicembre 2015 il modulo non aveva questo campo: lascialo vuoto',
    ]);
    expect(parse('2015-12-24', later)).toMatchObject({ ok: true, data: { centralizzazione: 'NON_ELENCATI', motivoRichiesta: '1' } });
    expect(parse('2015-12-25', later).ok).toBe(true);
    // empty is accepted (whether they were mandatory is not documented)
    expect(parse('2020-09-01', { fattispecieContrattuale: 'INF_40000' }).ok).toBe(true);
    // reason 2 names delibera 784 of 20 July 2016
    expect(parse('2016-07-19', { ...later, motivoRichiesta: '2' }).ok).toBe(false);
    expect(parse('2016-07-20', { ...later, motivoRichiesta: '2' }).ok).toBe(true);
    expect(errorsOf(parse('2020-09-01', { ...later, centralizzazione: 'ALTRO' }))[0]).toContain('Valore non riconosciuto');
  });

  it('the D.L. 76/2020 note appears on 17 July 2020, the d.lgs. 36/2023 one on 1 July 2023', () => {
    const codes = (d: string) => formNotes(d).map((n) => n.code);
    expect(codes('2020-07-16')).not.toContain('smartCigLimitAfterDl76');
    expect(codes('2020-07-17')).toContain('smartCigLimitAfterDl76');
    expect(codes('2023-06-30')).not.toContain('code36Lists');
    expect(codes('2023-07-01')).toContain('code36Lists');
    // on 1 September 2020, 40,000 € is still refused whatever D.L. 76 allows for direct awards
    expect(errorsOf(parse('2020-09-01', { fattispecieContrattuale: 'INF_40000', importo: '60000' }))[0]).toContain('SIMOG');
  });

  it('the May 2021 outage follows the date: 2 May up, 3 to 7 May down, 8 May up', () => {
    expect(outageOn('2021-05-02')).toBeUndefined();
    expect(outageOn('2021-05-03')?.id).toBe('maggio-2021');
    expect(outageOn('2021-05-07')?.id).toBe('maggio-2021');
    expect(outageOn('2021-05-08')).toBeUndefined();
  });
});

describe('Modifica keeps the form of the day the data were given', () => {
  const data = { fattispecieContrattuale: 'INF_40000', importo: '39999.99', oggetto: 'verde', oggettoPrincipale: 'SERVIZI', proceduraSceltaContraente: 'AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO' };
  it('a single Smart CIG of March 2016 saved again in May 2016 with the same data', () => {
    let s = ok(requestSmartCig(initialState(), '2016-03-01', data, { amountForm: 'plain' }));
    const code = s.smartCigs[0]!.code;
    s = ok(modify(s, '2016-05-02', { code }, { ...data, oggetto: 'verde pubblico', importo: '39.999,99' }, { amountForm: 'user' }));
    expect(s.smartCigs[0]).toMatchObject({ modified: '2016-05-02', data: { oggetto: 'verde pubblico', importo: '39999.99', proceduraSceltaContraente: 'AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO' } });
  });
  it('a carnet CIG communicated in March 2016 modified in May 2016', () => {
    let s = ok(requestCarnet(initialState(), '2016-03-01', 2));
    s = ok(communicate(s, '2016-03-10', { carnet: 'CARNET/0000001', cig: 1 }, data, { amountForm: 'plain' }));
    s = ok(modify(s, '2016-05-02', { carnet: 'CARNET/0000001', cig: 1 }, { ...data, importo: '100' }, { amountForm: 'plain' }));
    expect(s.carnets[0]!.cigs[0]!.data?.importo).toBe('100');
  });
});

describe('saved documents: the date bound and the profile', () => {
  it('an import dated 2030 (or before May 2011) is refused with the allowed range, in Italian', () => {
    for (const today of ['2030-01-01', '2011-05-01', '2024-01-01']) {
      const d = emptyDoc();
      d.sim = { ...d.sim, today };
      const p = parseDoc(serialiseDoc(d));
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.reason).toBe('sim.today: la data simulata deve essere tra il 2 maggio 2011 e il 31 dicembre 2023, gli anni in cui lo Smart CIG era in servizio');
    }
    const last = emptyDoc();
    last.sim = { ...last.sim, today: '2023-12-31' };
    expect(parseDoc(serialiseDoc(last)).ok).toBe(true);
  });
  it('a document saved before the profile existed still loads; one with a profile keeps it', () => {
    const old = JSON.parse(serialiseDoc(emptyDoc()));
    delete old.profile;
    const p = parseDoc(JSON.stringify(old));
    expect(p.ok && p.doc.profile).toBe(undefined);
    const withProfile = { ...emptyDoc(), profile: { name: 'Maria Rossi', pec: 'ufficio@pec.comune.example' } };
    expect(parseDoc(serialiseDoc(withProfile))).toMatchObject({ ok: true, doc: { profile: withProfile.profile } });
    expect(parseDoc(serialiseDoc({ ...emptyDoc(), profile: { name: '', pec: 'x' } })).ok).toBe(false);
  });
});

describe('scenarios across the years', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: builds, starts on its date, has a title and a goal, and loads back', (_id, s) => {
    const d = s.build();
    expect(d.sim.today).toBe(s.date);
    expect(s.title.length).toBeGreaterThan(5);
    expect(s.goal.length).toBeGreaterThan(20);
    expect(parseDoc(serialiseDoc(d)).ok).toBe(true);
  });
  it('span 2011 (before and after 12 July), 2016, 2020, the May 2021 outage and December 2023', () => {
    const dates = SCENARIOS.map((s) => s.date);
    for (const d of ['2011-07-04', '2011-07-12', '2016-04-19', '2020-09-01', '2021-05-03', '2023-12-20']) expect(dates).toContain(d);
    expect(outageOn(SCENARIOS.find((s) => s.id === 'disservizio-maggio-2021')!.date)).toBeDefined();
  });
});
