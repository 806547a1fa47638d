import { describe, expect, it } from 'vitest';
import { checkCig } from '../../../src/domain/cig.ts';
import {
  initialState, requestCarnet, communicate, cancel, modify, requestSmartCig, advanceTo, canRequestCarnet,
  carnetStatus, carnetCounts, nextDeadline, allCodes, type SimState, type Transition,
} from '../../../src/domain/simulation/state.ts';
import { viewState } from '../../../src/domain/simulation/view.ts';
import { parseCigData } from '../../../src/domain/simulation/form.ts';

function ok<R>(t: Transition<R>): SimState {
  if (!t.ok) throw new Error(`refused: ${t.error.code} ${t.error.message}`);
  return t.state;
}

const DATA = { oggetto: 'stampe digitali', importo: '1500', oggettoPrincipale: 'FORNITURE', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO' };
const single = (over: Record<string, string> = {}) => ({
  fattispecieContrattuale: 'SERVIZI_FORNITURE_INF_20000', importo: '12000', oggetto: 'manutenzione',
  proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO', oggettoPrincipale: 'SERVIZI', ...over,
});
const plain = { amountForm: 'plain' as const };

describe('carnet dates (seed: created 04.05.2011, expires 02.08.2011)', () => {
  const s = ok(requestCarnet(initialState(), '2011-05-04'));
  const c = s.carnets[0]!;
  it('is numbered CARNET/0000001, holds 50 codes, expires after 90 days, data due 30 days later', () => {
    expect(c.number).toBe('CARNET/0000001');
    expect(c.size).toBe(50);
    expect(c.cigs).toHaveLength(50);
    expect(c.expires).toBe('2011-08-02');
    expect(c.dataDeadline).toBe('2011-09-01');
  });
  it.each([
    ['2011-05-04', 'ATTIVO'],
    ['2011-08-01', 'ATTIVO'],
    ['2011-08-02', 'ATTIVO'],
    ['2011-08-03', 'SCADUTO'],
  ] as const)('on %s it is %s', (date, status) => {
    expect(carnetStatus(c, date)).toBe(status);
  });
  it('the second carnet is CARNET/0000002 and a size from 1 to 50 is accepted', () => {
    const s2 = ok(requestCarnet(s, '2011-05-05', 1));
    expect(s2.carnets[1]!.number).toBe('CARNET/0000002');
    expect(s2.carnets[1]!.cigs).toHaveLength(1);
  });
  it.each([0, 51, 2.5])('size %s is refused as INVALID_INPUT', (size) => {
    const t = requestCarnet(s, '2011-05-05', size);
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.error.code).toBe('INVALID_INPUT');
  });
  it('every code passes the official check and they are distinct', () => {
    const codes = c.cigs.map((g) => g.code);
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) expect(checkCig(code)).toMatchObject({ valid: true, series: 'SMART_CIG', simulated: true });
  });
});

describe('at most two active carnets', () => {
  let s = ok(requestCarnet(initialState(), '2011-05-04'));
  s = ok(requestCarnet(s, '2011-05-20'));
  it('a third is refused while both are active, with the reason', () => {
    const t = requestCarnet(s, '2011-06-01');
    expect(t.ok).toBe(false);
    if (!t.ok) {
      expect(t.error.code).toBe('CARNET_LIMIT');
      expect(t.error.message).toContain('2 carnet attivi');
    }
  });
  it('still refused on the expiry day of the first (2011-08-02), allowed the day after', () => {
    expect(canRequestCarnet(s, '2011-08-02')).toMatchObject({ ok: false, code: 'CARNET_LIMIT' });
    expect(canRequestCarnet(s, '2011-08-03')).toEqual({ ok: true });
    expect(ok(requestCarnet(s, '2011-08-03')).carnets).toHaveLength(3);
  });
});

describe('data deadline: new carnets blocked while data are overdue', () => {
  const s0 = ok(requestCarnet(initialState(), '2011-05-04'));
  it.each([
    ['2011-08-31', true],
    ['2011-09-01', true],
    ['2011-09-02', false],
  ] as const)('on %s a new carnet is allowed: %s', (date, allowed) => {
    const p = canRequestCarnet(s0, date);
    expect(p.ok).toBe(allowed);
    if (!p.ok) {
      expect(p.code).toBe('CARNET_BLOCKED');
      expect(p.message).toContain('CARNET/0000001');
      expect(p.message).toContain('1 settembre 2011');
    }
  });
  it('is unblocked once every CIG is communicated or annulled, even after the deadline', () => {
    let s = ok(advanceTo(s0, '2011-09-10'));
    expect(requestCarnet(s, '2011-09-10')).toMatchObject({ ok: false, error: { code: 'CARNET_BLOCKED' } });
    s = ok(communicate(s, '2011-09-10', { carnet: 'CARNET/0000001', cig: 1 }, DATA, plain));
    for (let i = 2; i <= 49; i++) s = ok(cancel(s, '2011-09-10', { carnet: 'CARNET/0000001', cig: i }));
    expect(viewState(s).blockedReason).toContain('resta 1 CIG non rendicontato');
    s = ok(cancel(s, '2011-09-11', { carnet: 'CARNET/0000001', cig: 50 }));
    expect(canRequestCarnet(s, '2011-09-11')).toEqual({ ok: true });
    expect(viewState(s).canRequestCarnet).toBe(true);
    expect(carnetCounts(s.carnets[0]!)).toEqual({ nonRendicontati: 0, comunicati: 1, annullati: 49 });
  });
  it('blocked wins over the limit and the view carries blockedReason', () => {
    const v = viewState(ok(advanceTo(s0, '2011-09-02')));
    expect(v.canRequestCarnet).toBe(false);
    expect(v.blockedCode).toBe('CARNET_BLOCKED');
    expect(v.blockedReason).toMatch(/termine per comunicare i dati/);
  });
  it('next deadline: expiry first, then the data deadline while CIGs are not accounted for', () => {
    expect(nextDeadline(s0, '2011-05-04')).toEqual({ date: '2011-08-02', kind: 'expiry', carnet: 'CARNET/0000001' });
    expect(nextDeadline(s0, '2011-08-03')).toEqual({ date: '2011-09-01', kind: 'dataDeadline', carnet: 'CARNET/0000001' });
    expect(nextDeadline(s0, '2011-09-02')).toBeNull();
  });
});

describe('communicate, cancel, modify', () => {
  const s0 = ok(requestCarnet(initialState(), '2011-05-04'));
  const t = { carnet: 'CARNET/0000001', cig: 1 };
  it('communicating moves one CIG from non rendicontati to comunicati (seed: 49 / 1 / 0)', () => {
    const s = ok(communicate(s0, '2011-05-10', t, DATA, plain));
    expect(carnetCounts(s.carnets[0]!)).toEqual({ nonRendicontati: 49, comunicati: 1, annullati: 0 });
    expect(s.carnets[0]!.cigs[0]!.data?.oggetto).toBe('stampe digitali');
  });
  it('a communicated CIG cannot be communicated again nor annulled, but can be modified', () => {
    const s = ok(communicate(s0, '2011-05-10', t, DATA, plain));
    expect(communicate(s, '2011-05-11', t, DATA, plain)).toMatchObject({ ok: false, error: { code: 'CIG_NOT_AVAILABLE' } });
    expect(cancel(s, '2011-05-11', t)).toMatchObject({ ok: false, error: { code: 'CIG_NOT_AVAILABLE' } });
    const m = ok(modify(s, '2011-05-12', t, { ...DATA, oggetto: 'stampe a colori' }, plain));
    expect(m.carnets[0]!.cigs[0]!.data?.oggetto).toBe('stampe a colori');
    expect(m.carnets[0]!.cigs[0]!.modified).toBe('2011-05-12');
  });
  it('a not yet communicated CIG cannot be modified; an annulled one cannot be communicated', () => {
    expect(modify(s0, '2011-05-11', t, DATA, plain)).toMatchObject({ ok: false, error: { code: 'CIG_NOT_AVAILABLE' } });
    const s = ok(cancel(s0, '2011-05-11', t));
    expect(communicate(s, '2011-05-11', t, DATA, plain)).toMatchObject({ ok: false, error: { code: 'CIG_NOT_AVAILABLE' } });
  });
  it('a CIG may be found by its code', () => {
    const code = s0.carnets[0]!.cigs[4]!.code;
    const s = ok(cancel(s0, '2011-05-11', { code: code.toLowerCase() }));
    expect(s.carnets[0]!.cigs[4]!.status).toBe('ANNULLATO');
  });
  it('unknown carnet, position or code: NOT_FOUND', () => {
    expect(cancel(s0, '2011-05-11', { carnet: 'CARNET/0000009', cig: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(cancel(s0, '2011-05-11', { carnet: 'CARNET/0000001', cig: 51 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(cancel(s0, '2011-05-11', { code: 'X3A000262F' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
  it('communicate and cancel stay possible after expiry and after the deadline', () => {
    expect(communicate(s0, '2011-08-20', t, DATA, plain).ok).toBe(true);
    expect(cancel(s0, '2011-12-01', t).ok).toBe(true);
  });
  it('actions before the simulated date are refused with DATE_ORDER', () => {
    const s = ok(advanceTo(s0, '2011-06-01'));
    expect(cancel(s, '2011-05-31', t)).toMatchObject({ ok: false, error: { code: 'DATE_ORDER' } });
    expect(advanceTo(s, '2011-05-31')).toMatchObject({ ok: false, error: { code: 'DATE_ORDER' } });
  });
  it('dates outside the life of Smart CIG are refused', () => {
    expect(requestCarnet(initialState(), '2011-05-01')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(requestCarnet(initialState(), '2024-01-01')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('single Smart CIG: fattispecie limits by date', () => {
  const s0 = initialState('2011-05-04');
  it.each([
    // services and supplies: below 20,000 until 2011-07-11
    ['2011-07-11', 'SERVIZI_FORNITURE_INF_20000', 'SERVIZI', '19999.99', true],
    ['2011-07-11', 'SERVIZI_FORNITURE_INF_20000', 'SERVIZI', '20000', false],
    ['2011-07-11', 'SERVIZI_FORNITURE_INF_20000', 'FORNITURE', '20000.01', false],
    // works: below 40,000
    ['2011-07-11', 'LAVORI_INF_40000', 'LAVORI', '39999.99', true],
    ['2011-07-11', 'LAVORI_INF_40000', 'LAVORI', '40000', false],
    ['2011-07-11', 'LAVORI_INF_40000', 'SERVIZI', '100', false],
    // from 2011-07-12: below 40,000 for all
    ['2011-07-12', 'INF_40000', 'SERVIZI', '39999.99', true],
    ['2011-07-12', 'INF_40000', 'SERVIZI', '40000', false],
    ['2011-07-12', 'SERVIZI_FORNITURE_INF_20000', 'SERVIZI', '100', false],
    ['2011-07-11', 'INF_40000', 'SERVIZI', '100', false],
    // excluded contracts: up to 150,000 included ("fino a")
    ['2011-06-01', 'ESCLUSI_150000', 'SERVIZI', '150000', true],
    ['2011-06-01', 'ESCLUSI_150000', 'SERVIZI', '150000.01', false],
    // artt. 16-18 and 218/149: any amount
    ['2011-06-01', 'ARTT_16_17_18', 'FORNITURE', '5000000', true],
    ['2011-06-01', 'ARTT_218_149', 'LAVORI', '5000000', true],
    // after d.lgs. 163/2006: only the amount-based entry is known
    ['2016-04-19', 'ESCLUSI_150000', 'SERVIZI', '100', false],
    ['2016-04-19', 'INF_40000', 'SERVIZI', '39999.99', true],
  ] as const)('%s %s %s %s → accepted %s', (date, fattispecie, object, importo, accepted) => {
    const t = requestSmartCig(s0, date, single({ fattispecieContrattuale: fattispecie, oggettoPrincipale: object, importo }), plain);
    expect(t.ok).toBe(accepted);
    if (t.ok) expect(checkCig(t.result.code).valid).toBe(true);
    else expect(t.error.code).toBe('INVALID_INPUT');
  });
  it('Italian amounts are read in the page form', () => {
    const r = parseCigData(single({ importo: '19.999,99' }), { date: '2011-06-01', amountForm: 'user' });
    expect(r).toMatchObject({ ok: true, data: { importo: '19999.99' } });
  });
  it('CUP of 15 alphanumeric characters; CIG accordo quadro checked with the algorithm', () => {
    const base = { date: '2011-06-01', amountForm: 'plain' as const };
    expect(parseCigData(single({ cup: 'j21h11000020004' }), base)).toMatchObject({ ok: true, data: { cup: 'J21H11000020004' } });
    expect(parseCigData(single({ cup: 'J21H1100002000' }), base)).toMatchObject({ ok: false, errors: [{ field: 'cup' }] });
    expect(parseCigData(single({ cup: 'J21H11000-20004' }), base)).toMatchObject({ ok: false, errors: [{ field: 'cup' }] });
    expect(parseCigData(single({ cigAccordoQuadro: '1234567CE7' }), base)).toMatchObject({ ok: true, data: { cigAccordoQuadro: '1234567CE7' } });
    expect(parseCigData(single({ cigAccordoQuadro: '1234567CE8' }), base)).toMatchObject({ ok: false, errors: [{ field: 'cigAccordoQuadro' }] });
  });
  it('reports every missing field at once', () => {
    const r = parseCigData({}, { date: '2011-06-01', amountForm: 'user' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['fattispecieContrattuale', 'importo', 'oggetto', 'oggettoPrincipale', 'proceduraSceltaContraente']);
  });
  it('single codes and carnet codes share the counter and never repeat', () => {
    let s = ok(requestSmartCig(s0, '2011-05-04', single(), plain));
    s = ok(requestCarnet(s, '2011-05-04'));
    s = ok(requestSmartCig(s, '2011-05-05', single(), plain));
    const codes = allCodes(s);
    expect(codes).toHaveLength(52);
    expect(new Set(codes).size).toBe(52);
  });
  it('a single Smart CIG can be annulled once and then not modified', () => {
    const t = requestSmartCig(s0, '2011-05-04', single(), plain);
    if (!t.ok) throw new Error('refused');
    const s = ok(cancel(t.state, '2011-05-05', { code: t.result.code }));
    expect(s.smartCigs[0]!.status).toBe('ANNULLATO');
    expect(cancel(s, '2011-05-05', { code: t.result.code })).toMatchObject({ ok: false, error: { code: 'CIG_NOT_AVAILABLE' } });
    expect(modify(s, '2011-05-05', { code: t.result.code }, single(), plain)).toMatchObject({ ok: false, error: { code: 'CIG_NOT_AVAILABLE' } });
  });
});
