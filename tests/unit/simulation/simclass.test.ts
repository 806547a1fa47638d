/** Issue 12 (simclass): nothing lost (confirmation, undo, bulk annul), mistakes shown (log, PEC snapshots), class mode, reload. */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { resumeEvent, simulatoreMachine } from '../../../src/machines/simulatore.machine.ts';
import { SCENARIOS } from '../../../src/domain/simulation/scenarios.ts';
import { emptyDoc, serialiseDoc, type SimDoc } from '../../../src/domain/simulation/storage.ts';
import { parseDoc } from '../../../src/domain/simulation/document.ts';
import {
  advanceTo, bulkCancel, canRequestCarnet, communicate, requestCarnet, HISTORY_LIMIT, type SimState,
} from '../../../src/domain/simulation/state.ts';
import { emptySession, sentCarnet, serialiseSession, withSnapshots } from '../../../src/domain/simulation/session.ts';
import { parseClassParams, parseSession } from '../../../src/domain/simulation/session-read.ts';
import { logCsv } from '../../../src/components/simulatore/screens/Log.tsx';
import { classLink, classRequest } from '../../../src/components/simulatore/screens/TrainerTools.tsx';

const start = (doc: SimDoc = emptyDoc(), extra: { classMode?: boolean } = {}) => createActor(simulatoreMachine, { input: { doc, ...extra } }).start();
const ctx = (a: ReturnType<typeof start>) => a.getSnapshot().context;
const screen = (a: ReturnType<typeof start>) => JSON.stringify(a.getSnapshot().value);
const scenario = (id: string) => SCENARIOS.find((s) => s.id === id)!.build();
const must = (t: { ok: true; state: SimState } | { ok: false; error: { message: string } }): SimState => {
  if (!t.ok) throw new Error(t.error.message);
  return t.state;
};
const use = { oggetto: 'stampe', importo: '1500', oggettoPrincipale: 'FORNITURE', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO' };
const plain = { amountForm: 'plain' as const };

describe('bulk annul and the block message', () => {
  it('annuls every open CIG of a carnet in one action and lifts the block; refused when none is open', () => {
    const s = scenario('dati-scaduti').sim;
    expect(canRequestCarnet(s, '2011-09-05')).toMatchObject({ ok: false, code: 'CARNET_BLOCKED' });
    const t = bulkCancel(s, '2011-09-05', 'CARNET/0000001');
    expect(t.ok && t.result.codes).toHaveLength(7);
    const after = must(t);
    expect(after.carnets[0]!.cigs.map((g) => g.status).filter((x) => x === 'ANNULLATO')).toHaveLength(8);
    expect(after.carnets[0]!.cigs.filter((g) => g.status === 'COMUNICATO')).toHaveLength(2);
    expect(canRequestCarnet(after, '2011-09-05')).toEqual({ ok: true });
    expect(bulkCancel(after, '2011-09-05', 'CARNET/0000001')).toMatchObject({ ok: false, error: { code: 'CIG_NOT_AVAILABLE' } });
    expect(bulkCancel(after, '2011-09-05', 'CARNET/0000009')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('names every overdue carnet with its count of open codes', () => {
    let s = must(requestCarnet(emptyDoc().sim, '2011-05-04', 10));
    s = must(communicate(s, '2011-05-05', { carnet: 'CARNET/0000001', cig: 1 }, use, plain));
    s = must(requestCarnet(s, '2011-05-06', 3));
    const p = canRequestCarnet(s, '2011-09-10');
    expect(p.ok).toBe(false);
    const msg = p.ok ? '' : p.message;
    expect(msg).toContain('CARNET/0000001 (scaduto il 1 settembre 2011, restano 9 CIG non rendicontati)');
    expect(msg).toContain('CARNET/0000002 (scaduto il 3 settembre 2011, restano 3 CIG non rendicontati)');
    // one overdue carnet: the sentence as before
    const one = canRequestCarnet(s, '2011-09-02');
    expect(one.ok ? '' : one.message).toBe('Nuovo carnet non rilasciato: il termine per comunicare i dati del CARNET/0000001 è scaduto il 1 settembre 2011 e restano 9 CIG non rendicontati. Comunica i dati dei CIG usati e annulla quelli non usati.');
  });
});

describe('confirmation and undo', () => {
  it('"Annulla" asks first; "Torna indietro" changes nothing; "Conferma" annuls; undo brings the CIG back', () => {
    const a = start(scenario('dati-scaduti'));
    a.send({ type: 'OPEN_CIG', number: 'CARNET/0000001', position: 4 });
    expect(screen(a)).toBe('{"service":"cigUse"}');
    a.send({ type: 'CANCEL' });
    expect(ctx(a).confirm).toMatchObject({ kind: 'cancel' });
    a.send({ type: 'BACK' });
    expect(ctx(a).confirm).toBeNull();
    expect(ctx(a).doc.sim.carnets[0]!.cigs[3]!.status).toBe('NON_RENDICONTATO');
    a.send({ type: 'CANCEL' });
    a.send({ type: 'CONFIRM' });
    expect(ctx(a).doc.sim.carnets[0]!.cigs[3]!.status).toBe('ANNULLATO');
    expect(ctx(a).history.at(-1)).toMatchObject({ action: 'cancel' });
    a.send({ type: 'UNDO' });
    expect(ctx(a).doc.sim.carnets[0]!.cigs[3]!.status).toBe('NON_RENDICONTATO');
    expect(screen(a)).toBe('{"service":"carnetDetail"}');
    expect(ctx(a).notice).toBe('undone');
    expect(ctx(a).log.at(-1)).toMatchObject({ action: 'undo', ok: true, undone: 'cancel', target: ctx(a).doc.sim.carnets[0]!.cigs[3]!.code });
  });

  it('bulk annul is one confirmed action and one undo step', () => {
    const a = start(scenario('dati-scaduti'));
    a.send({ type: 'OPEN_CARNET', number: 'CARNET/0000001' });
    a.send({ type: 'BULK_CANCEL', carnet: 'CARNET/0000001' });
    expect(ctx(a).confirm).toEqual({ kind: 'bulkCancel', carnet: 'CARNET/0000001', count: 7 });
    a.send({ type: 'CONFIRM' });
    expect(ctx(a).doc.sim.carnets[0]!.cigs.filter((g) => g.status === 'NON_RENDICONTATO')).toHaveLength(0);
    expect(ctx(a).notice).toBe('bulkCancelled');
    expect(ctx(a).history).toHaveLength(1);
    a.send({ type: 'UNDO' });
    expect(ctx(a).doc.sim.carnets[0]!.cigs.filter((g) => g.status === 'NON_RENDICONTATO')).toHaveLength(7);
  });

  it('loading over work and starting again are confirmed; with no work they are not', () => {
    const a = start();
    a.send({ type: 'LOAD', doc: scenario('dati-scaduti'), name: 'x', scenario: 'dati-scaduti' });
    expect(ctx(a).confirm).toBeNull();
    expect(ctx(a).scenario).toBe('dati-scaduti');
    a.send({ type: 'LOAD', doc: scenario('in-scadenza'), name: 'Carnet in scadenza', scenario: 'in-scadenza' });
    expect(ctx(a).confirm).toMatchObject({ kind: 'load', name: 'Carnet in scadenza' });
    expect(ctx(a).doc.sim.today).toBe('2011-09-05');
    a.send({ type: 'CONFIRM' });
    expect(ctx(a).doc.sim.today).toBe('2011-07-30');
    // review of issue 12: the undo button and the log name the scenario by its title, not its link id
    expect(ctx(a).history.at(-1)?.target).toBe('Carnet in scadenza');
    expect(ctx(a).log.at(-1)?.target).toBe('Carnet in scadenza');
    a.send({ type: 'RESET' });
    expect(ctx(a).confirm).toMatchObject({ kind: 'reset' });
    a.send({ type: 'CONFIRM' });
    expect(ctx(a).doc.sim.carnets).toHaveLength(0);
    a.send({ type: 'UNDO' });
    expect(ctx(a).doc.sim.today).toBe('2011-07-30');
  });

  it('starting again or loading is confirmed from any screen, also where annulling is confirmed', () => {
    for (const open of [
      { type: 'OPEN_CARNET', number: 'CARNET/0000001' },
      { type: 'OPEN_CIG', number: 'CARNET/0000001', position: 4 },
    ] as const) {
      const a = start(scenario('dati-scaduti'));
      a.send(open);
      a.send({ type: 'RESET' });
      a.send({ type: 'CONFIRM' });
      expect(ctx(a).doc.sim.carnets).toHaveLength(0);
      expect(screen(a)).toBe('{"service":"home"}');
      a.send({ type: 'UNDO' });
      a.send(open);
      a.send({ type: 'LOAD', doc: scenario('in-scadenza'), name: 'Carnet in scadenza', scenario: 'in-scadenza' });
      a.send({ type: 'CONFIRM' });
      expect(ctx(a).doc.sim.today).toBe('2011-07-30');
    }
    const b = start(scenario('soglia-luglio-2011'));
    b.send({ type: 'OPEN_SINGLE', code: ctx(b).doc.sim.smartCigs[0]!.code });
    b.send({ type: 'RESET' });
    b.send({ type: 'CONFIRM' });
    expect(ctx(b).doc.sim.smartCigs).toHaveLength(0);
  });

  it(`keeps the last ${HISTORY_LIMIT} actions (at least ten) and undoes them one by one`, () => {
    const a = start();
    for (let i = 0; i < 15; i++) a.send({ type: 'CLOCK', move: 'day' });
    expect(ctx(a).doc.sim.today).toBe('2011-05-17');
    expect(ctx(a).history).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < 10; i++) a.send({ type: 'UNDO' });
    expect(ctx(a).doc.sim.today).toBe('2011-05-07');
    for (let i = 0; i < 5; i++) a.send({ type: 'UNDO' });
    expect(ctx(a).doc.sim.today).toBe('2011-05-05');
    expect(ctx(a).history).toHaveLength(0);
  });
});

describe('activity log', () => {
  it('records accepted and refused actions with the refusal code', () => {
    const a = start(scenario('dati-scaduti'));
    a.send({ type: 'NAV', to: 'carnetRequest' });
    a.send({ type: 'GENERA', values: { size: '', pec: 'a@pec.example.it' } });
    a.send({ type: 'OPEN_CIG', number: 'CARNET/0000001', position: 5 });
    a.send({ type: 'COMUNICA', values: { ...use, importo: '' } });
    a.send({ type: 'COMUNICA', values: use });
    const log = ctx(a).log;
    expect(log.map((e) => [e.action, e.ok, e.code ?? null])).toEqual([
      ['requestCarnet', false, 'CARNET_BLOCKED'],
      ['communicate', false, 'INVALID_INPUT'],
      ['communicate', true, null],
    ]);
    expect(log[0]!.detail).toContain('CARNET/0000001');
    expect(log[0]!.date).toBe('2011-09-05');
    const csv = logCsv(log);
    expect(csv.split('\r\n')[0]).toBe('"n","data simulata","azione","su","esito","codice del motivo","motivo"');
    expect(csv).toContain('"1","2011-09-05","richiesta di un carnet","","rifiutata","CARNET_BLOCKED"');
  });

  it('neutralises spreadsheet formulas and doubles quotes in CSV', () => {
    const csv = logCsv([{ date: '2011-05-02', action: 'load', ok: true, target: '=HYPERLINK("x")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('PEC messages keep the carnet as sent', () => {
  it('a May message opened in September shows May\'s statuses', () => {
    const a = start();
    a.send({ type: 'NAV', to: 'profile' });
    a.send({ type: 'SAVE_PROFILE', values: { profileName: 'Maria Rossi', profilePec: 'a@pec.example.it' } });
    a.send({ type: 'NAV', to: 'carnetRequest' });
    a.send({ type: 'GENERA', values: { size: '10' } });
    expect(ctx(a).doc.inbox).toHaveLength(1);
    a.send({ type: 'OPEN_CIG', number: 'CARNET/0000001', position: 1 });
    a.send({ type: 'COMUNICA', values: use });
    for (let i = 0; i < 4; i++) a.send({ type: 'CLOCK', move: 'month' });
    expect(ctx(a).doc.sim.today).toBe('2011-08-30');
    a.send({ type: 'CLOCK', move: 'week' });
    expect(ctx(a).doc.sim.today?.startsWith('2011-09')).toBe(true);
    const m = ctx(a).doc.inbox[0]!;
    const sent = sentCarnet(m)!;
    expect(sent.counts).toEqual({ nonRendicontati: 10, comunicati: 0, annullati: 0 });
    expect(sent.status).toBe('ATTIVO');
    expect(ctx(a).doc.sim.carnets[0]!.cigs[0]!.status).toBe('COMUNICATO');
    // survives saving and reading back
    const back = parseDoc(serialiseDoc(ctx(a).doc));
    expect(back.ok && sentCarnet(back.doc.inbox[0]!)?.counts.comunicati).toBe(0);
  });

  it('older documents get the snapshot of the carnet as issued (the message was sent then)', () => {
    let s = must(requestCarnet(emptyDoc().sim, '2011-05-04', 5));
    s = must(communicate(s, '2011-06-01', { carnet: 'CARNET/0000001', cig: 2 }, use, plain));
    s = must(advanceTo(s, '2011-09-10'));
    const old: SimDoc = { ...emptyDoc(), sim: s, inbox: [{ date: '2011-05-04', to: '', subject: 'x', carnet: 'CARNET/0000001' }] };
    const parsed = parseDoc(JSON.stringify(old));
    expect(parsed.ok).toBe(true);
    const migrated = withSnapshots(parsed.ok ? parsed.doc : old);
    expect(sentCarnet(migrated.inbox[0]!)?.counts).toEqual({ nonRendicontati: 5, comunicati: 0, annullati: 0 });
    expect(sentCarnet(migrated.inbox[0]!)?.cigs.map((g) => g.code)).toEqual(s.carnets[0]!.cigs.map((g) => g.code));
  });
});

describe('session beside the document, and reload', () => {
  it('round-trips history, log, screen and scenario; anything unreadable gives an empty session', () => {
    const a = start(scenario('dati-scaduti'));
    a.send({ type: 'CLOCK', move: 'day' });
    const session = { history: ctx(a).history, log: ctx(a).log, screen: { name: 'carnetDetail', carnet: 'CARNET/0000001', cig: null, single: null }, scenario: 'dati-scaduti' };
    const back = parseSession(serialiseSession(session));
    expect(back.history).toHaveLength(1);
    expect(back.history[0]!.doc.sim.today).toBe('2011-09-05');
    expect(back.log).toEqual(session.log);
    expect(back.screen).toEqual(session.screen);
    // too long: the oldest undo steps are dropped first
    const a2 = start(scenario('dati-scaduti'));
    for (let i = 0; i < 5; i++) a2.send({ type: 'CLOCK', move: 'day' });
    const big = { ...session, history: ctx(a2).history, log: ctx(a2).log };
    const full = serialiseSession(big);
    const cut = parseSession(serialiseSession(big, Math.floor(full.length * 0.7)));
    expect(cut.history.length).toBeLessThan(5);
    expect(cut.history.length).toBeGreaterThan(0);
    expect(cut.history.at(-1)!.doc.sim.today).toBe('2011-09-09');
    expect(cut.log).toHaveLength(5);
    expect(parseSession('{')).toEqual(emptySession());
    expect(parseSession(null)).toEqual(emptySession());
    expect(parseSession(JSON.stringify({ app: 'x' }))).toEqual(emptySession());
  });

  it('returns to the saved screen when what it showed still exists, else to Inizio', () => {
    const doc = scenario('dati-scaduti');
    const ref = (name: string, carnet: string | null = null, cig: number | null = null, single: string | null = null) => ({ name, carnet, cig, single });
    expect(resumeEvent(ref('carnetDetail', 'CARNET/0000001'), doc)).toEqual({ type: 'OPEN_CARNET', number: 'CARNET/0000001' });
    expect(resumeEvent(ref('carnetDetail', 'CARNET/0000007'), doc)).toBeNull();
    expect(resumeEvent(ref('cigUse', 'CARNET/0000001', 4), doc)).toEqual({ type: 'OPEN_CIG', number: 'CARNET/0000001', position: 4 });
    expect(resumeEvent(ref('cigUse', 'CARNET/0000001', 40), doc)).toBeNull();
    expect(resumeEvent(ref('singleDetail', null, null, 'X000000000'), doc)).toBeNull();
    expect(resumeEvent(ref('log'), doc)).toEqual({ type: 'NAV', to: 'log' });
    expect(resumeEvent(ref('somewhere'), doc)).toBeNull();
    expect(resumeEvent(null, doc)).toBeNull();
    const a = start(doc);
    a.send(resumeEvent(ref('cigUse', 'CARNET/0000001', 4), doc)!);
    expect(screen(a)).toBe('{"service":"cigUse"}');
  });
});

describe('class mode', () => {
  it('reads and checks the link', () => {
    expect(parseClassParams('')).toEqual({ on: false });
    expect(parseClassParams('?classe=1')).toEqual({ on: true, scenario: null });
    expect(parseClassParams('?classe=1&scenario=dati-scaduti')).toEqual({ on: true, scenario: 'dati-scaduti' });
    expect(parseClassParams('?classe=si')).toEqual({ on: true, invalid: true });
    expect(parseClassParams('?classe=1&scenario=<script>')).toEqual({ on: true, invalid: true });
    expect(classRequest('?classe=1&scenario=non-esiste')).toEqual({ problem: expect.stringContaining('«non-esiste» indicato nel link non esiste') });
    expect(classRequest('?classe=1&scenario=dati-scaduti')).toMatchObject({ load: { type: 'LOAD', scenario: 'dati-scaduti' } });
    expect(classRequest('')).toBeNull();
    expect(classLink('https://example.org', 'dati-scaduti')).toBe('https://example.org/simulatore/?classe=1&scenario=dati-scaduti');
  });

  it('in class mode the learner moves the calendar, as the scenario\'s goal asks (review of issue 12)', () => {
    const a = start(scenario('in-scadenza'), { classMode: true });
    a.send({ type: 'CLOCK', move: 'day' });
    expect(ctx(a).doc.sim.today).toBe('2011-07-31');
    a.send({ type: 'CLOCK_GOTO', date: '2011-09-01' });
    expect(ctx(a).doc.sim.today).toBe('2011-09-01');
  });
});
