import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { checkCig } from '../../../src/domain/cig.ts';
import { simulatoreMachine } from '../../../src/machines/simulatore.machine.ts';
import { SCENARIOS } from '../../../src/domain/simulation/scenarios.ts';
import { emptyDoc } from '../../../src/domain/simulation/storage.ts';
import { SIM } from '../../../src/copy/simulatore.ts';

const start = (doc = emptyDoc()) => createActor(simulatoreMachine, { input: { doc } }).start();
const screen = (a: ReturnType<typeof start>) => JSON.stringify(a.getSnapshot().value);
/** What the page lists under "Cosa è cambiato" after the last clock move. */
const clockLines = (a: ReturnType<typeof start>): string[] => {
  const c = a.getSnapshot().context.clock;
  if (!c) return [];
  if (c.ok) return c.changes;
  if (c.reason === 'BAD_DATE') return [c.message];
  return [c.reason === 'NOWHERE' ? SIM.clockNowhere[c.move] : c.error.message];
};
const FORM = { fattispecieContrattuale: 'SERVIZI_FORNITURE_INF_20000', importo: '12.000,00', oggetto: 'manutenzione <b>caldaia</b>', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO', oggettoPrincipale: 'SERVIZI', cigAccordoQuadro: '', cup: '' };
const scenario = (id: string) => SCENARIOS.find((s) => s.id === id)!.build();

describe('simulatore machine', () => {
  it('opens on the home screen of the service, or on the outage when the simulated date falls in one (not a saved toggle)', () => {
    expect(screen(start())).toBe('{"service":"home"}');
    expect(screen(start({ ...emptyDoc(), outage: true }))).toBe('{"service":"home"}');
    expect(screen(start({ ...emptyDoc(), sim: { ...emptyDoc().sim, today: '2021-05-03' } }))).toBe('"outage"');
  });

  it('Richiedi nuovo → Genera: a carnet of 50 valid codes, a PEC notice to the profile\'s address, then the success screen', () => {
    const a = start({ ...emptyDoc(), profile: { name: 'Maria Rossi', pec: 'direzione@scuola.gov.it' } });
    a.send({ type: 'NAV', to: 'carnetRequest' });
    a.send({ type: 'GENERA', values: { size: '', pec: 'typed@elsewhere.it' } });
    const c = a.getSnapshot().context;
    expect(screen(a)).toBe('{"service":"carnetGenerated"}');
    expect(c.generated).toBe('CARNET/0000001');
    expect(c.doc.sim.carnets[0]!.cigs.every((g) => checkCig(g.code).valid)).toBe(true);
    expect(c.doc.inbox).toEqual([expect.objectContaining({ to: 'direzione@scuola.gov.it', carnet: 'CARNET/0000001' })]);
  });

  it('Genera with a bad size stays on the form with a field error', () => {
    const a = start({ ...emptyDoc(), profile: { name: 'Maria Rossi', pec: 'direzione@scuola.gov.it' } });
    a.send({ type: 'NAV', to: 'carnetRequest' });
    a.send({ type: 'GENERA', values: { size: '70' } });
    expect(screen(a)).toBe('{"service":"carnetRequest"}');
    expect(a.getSnapshot().context.errors.map((e) => e.field)).toEqual(['size']);
    expect(a.getSnapshot().context.doc.sim.carnets).toHaveLength(0);
  });

  it('the profile: refused with Italian messages per field, then saved once and used by the carnet request', () => {
    const a = start();
    a.send({ type: 'NAV', to: 'profile' });
    a.send({ type: 'SAVE_PROFILE', values: { profileName: '', profilePec: 'nope' } });
    expect(a.getSnapshot().context.errors.map((e) => e.field)).toEqual(['profileName', 'profilePec']);
    expect(a.getSnapshot().context.errors[1]?.message).toContain('nome@dominio.it');
    expect(a.getSnapshot().context.doc.profile).toBeUndefined();
    a.send({ type: 'SAVE_PROFILE', values: { profileName: ' Maria Rossi ', profilePec: 'ufficio@pec.comune.example' } });
    expect(a.getSnapshot().context.doc.profile).toEqual({ name: 'Maria Rossi', pec: 'ufficio@pec.comune.example' });
    expect(a.getSnapshot().context.notice).toBe('profileSaved');
    a.send({ type: 'NAV', to: 'carnetRequest' });
    a.send({ type: 'GENERA', values: { size: '5' } });
    expect(a.getSnapshot().context.doc.inbox.at(-1)?.to).toBe('ufficio@pec.comune.example');
    expect(a.getSnapshot().context.doc.sim.carnets[0]?.pec).toBe('ufficio@pec.comune.example');
  });

  it('a third carnet is refused with the reason, on the request form', () => {
    const a = start(scenario('due-attivi'));
    a.send({ type: 'NAV', to: 'carnetRequest' });
    a.send({ type: 'GENERA', values: { size: '50', pec: 'a@b.it' } });
    expect(screen(a)).toBe('{"service":"carnetRequest"}');
    expect(a.getSnapshot().context.refusal?.code).toBe('CARNET_LIMIT');
  });

  it('clicking a CIG opens the form to use it; Comunica completes it and returns to the detail', () => {
    const a = start(scenario('in-scadenza'));
    a.send({ type: 'OPEN_CARNET', number: 'CARNET/0000001' });
    a.send({ type: 'OPEN_CIG', number: 'CARNET/0000001', position: 2 });
    expect(screen(a)).toBe('{"service":"cigUse"}');
    a.send({ type: 'COMUNICA', values: { ...FORM, fattispecieContrattuale: '' } });
    expect(screen(a)).toBe('{"service":"carnetDetail"}');
    expect(a.getSnapshot().context.doc.sim.carnets[0]!.cigs[1]!.status).toBe('COMUNICATO');
    // a communicated CIG opens its detail, where it can be modified
    a.send({ type: 'OPEN_CIG', number: 'CARNET/0000001', position: 2 });
    expect(screen(a)).toBe('{"service":"cigDetail"}');
    a.send({ type: 'EDIT' });
    expect(screen(a)).toBe('{"service":"cigModify"}');
  });

  it('Conferma ed ottieni CIG: errors keep the form; valid data give a detail with the code', () => {
    const a = start();
    a.send({ type: 'NAV', to: 'singleForm' });
    a.send({ type: 'SUBMIT_SINGLE', values: { ...FORM, importo: '25000', cup: 'ABC' } });
    expect(screen(a)).toBe('{"service":"singleForm"}');
    expect(a.getSnapshot().context.errors.map((e) => e.field)).toEqual(['importo', 'cup']);
    expect(a.getSnapshot().context.values.importo).toBe('25000');
    a.send({ type: 'SUBMIT_SINGLE', values: FORM });
    expect(screen(a)).toBe('{"service":"singleDetail"}');
    const code = a.getSnapshot().context.issued!;
    expect(checkCig(code).valid).toBe(true);
    a.send({ type: 'CANCEL' });
    expect(a.getSnapshot().context.confirm).toMatchObject({ kind: 'cancel', code });
    expect(a.getSnapshot().context.doc.sim.smartCigs[0]!.status).toBe('COMUNICATO');
    a.send({ type: 'CONFIRM' });
    expect(a.getSnapshot().context.doc.sim.smartCigs[0]!.status).toBe('ANNULLATO');
    a.send({ type: 'EDIT' });
    expect(screen(a)).toBe('{"service":"singleDetail"}');
  });

  it('the clock moves forward and says what changed; past the deadline new carnets are refused', () => {
    const a = start(scenario('in-scadenza'));
    a.send({ type: 'CLOCK', move: 'expiry' });
    expect(a.getSnapshot().context.doc.sim.today).toBe('2011-08-02');
    a.send({ type: 'CLOCK', move: 'day' });
    expect(clockLines(a).join(' ')).toContain('scaduto');
    a.send({ type: 'CLOCK', move: 'deadline' });
    a.send({ type: 'CLOCK', move: 'day' });
    expect(a.getSnapshot().context.doc.sim.today).toBe('2011-09-02');
    expect(clockLines(a).join(' ')).toContain('bloccati');
    a.send({ type: 'CLOCK', move: 'deadline' });
    expect(a.getSnapshot().context.clock).toMatchObject({ ok: false, reason: 'NOWHERE', move: 'deadline' });
    expect(clockLines(a)).toEqual(['Nessun termine per i dati dopo la data simulata.']);
    expect(a.getSnapshot().context.doc.sim.today).toBe('2011-09-02');
  });

  it('the clock stops at the end of the service, 31 December 2023, and says why', () => {
    const a = start({ ...emptyDoc(), sim: { ...emptyDoc().sim, today: '2023-12-31' } });
    a.send({ type: 'CLOCK', move: 'week' });
    expect(a.getSnapshot().context.doc.sim.today).toBe('2023-12-31');
    expect(clockLines(a)).toEqual(['Il calendario non va oltre il 31 dicembre 2023: dal 1° gennaio 2024 lo Smart CIG non esiste più.']);
  });

  it('a refused annulment is shown on the detail with its code, and the next action clears it', () => {
    const a = start(scenario('soglia-luglio-2011'));
    const code = a.getSnapshot().context.doc.sim.smartCigs[0]!.code;
    a.send({ type: 'OPEN_SINGLE', code });
    a.send({ type: 'CANCEL' });
    a.send({ type: 'CONFIRM' });
    expect(a.getSnapshot().context.notice).toBe('cancelled');
    a.send({ type: 'CANCEL' });
    a.send({ type: 'CONFIRM' });
    expect(screen(a)).toBe('{"service":"singleDetail"}');
    expect(a.getSnapshot().context.refusal?.code).toBe('CIG_NOT_AVAILABLE');
    expect(a.getSnapshot().context.notice).toBeNull();
    a.send({ type: 'NAV', to: 'singleList' });
    expect(a.getSnapshot().context.refusal).toBeNull();
  });

  it('the May 2021 outage follows the simulated date: the service screens are unreachable from 3 to 7 May 2021', () => {
    const a = start({ ...emptyDoc(), sim: { ...emptyDoc().sim, today: '2021-05-02' } });
    a.send({ type: 'NAV', to: 'carnetList' });
    expect(screen(a)).toBe('{"service":"carnetList"}');
    a.send({ type: 'CLOCK', move: 'day' });
    expect(screen(a)).toBe('"outage"');
    a.send({ type: 'NAV', to: 'carnetRequest' });
    expect(screen(a)).toBe('"outage"');
    a.send({ type: 'NAV', to: 'inbox' });
    expect(screen(a)).toBe('"inboxDuringOutage"');
    a.send({ type: 'CLOCK_GOTO', date: '2021-05-07' });
    expect(screen(a)).toBe('"inboxDuringOutage"');
    a.send({ type: 'CLOCK', move: 'day' });
    expect(screen(a)).toBe('{"service":"inbox"}');
    expect(a.getSnapshot().context.doc.sim.today).toBe('2021-05-08');
  });

  it('Vai alla data: one step to 1 September 2020; outside the service or back in time with work done it is refused', () => {
    const a = start();
    a.send({ type: 'CLOCK_GOTO', date: '2020-09-01' });
    expect(a.getSnapshot().context.doc.sim.today).toBe('2020-09-01');
    a.send({ type: 'CLOCK_GOTO', date: '2030-01-01' });
    expect(a.getSnapshot().context.clock).toMatchObject({ ok: false, reason: 'BAD_DATE' });
    expect(clockLines(a)[0]).toContain('dal 2 maggio 2011 al 31 dicembre 2023');
    a.send({ type: 'CLOCK_GOTO', date: '2011-05-01' });
    expect(clockLines(a)[0]).toContain('dal 2 maggio 2011 al 31 dicembre 2023');
    a.send({ type: 'CLOCK_GOTO', date: '' });
    expect(clockLines(a)[0]).toContain('Inserisci la data');
    // an empty simulation may go back; with a carnet it may not
    a.send({ type: 'CLOCK_GOTO', date: '2016-04-19' });
    expect(a.getSnapshot().context.doc.sim.today).toBe('2016-04-19');
    const b = start(scenario('due-attivi'));
    b.send({ type: 'CLOCK_GOTO', date: '2011-05-10' });
    expect(b.getSnapshot().context.doc.sim.today).toBe('2011-06-01');
    expect(clockLines(b)[0]).toContain('non torna indietro');
    b.send({ type: 'CLOCK_GOTO', date: '2011-08-03' });
    expect(b.getSnapshot().context.doc.sim.today).toBe('2011-08-03');
    expect(clockLines(b).join(' ')).toContain('scaduto');
  });

  it('LOAD replaces the whole simulation; RESET starts clean', () => {
    const a = start();
    a.send({ type: 'LOAD', doc: scenario('dati-scaduti') });
    expect(a.getSnapshot().context.doc.sim.today).toBe('2011-09-05');
    a.send({ type: 'RESET' });
    expect(a.getSnapshot().context.doc.sim.carnets).toHaveLength(1);
    a.send({ type: 'CONFIRM' });
    expect(a.getSnapshot().context.doc.sim.carnets).toHaveLength(0);
  });
});
