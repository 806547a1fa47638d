/**
 * The Smart CIG simulation as pure state transitions (CONTRACT §3).
 *
 * A state holds the simulated date (`today`), its own code counter, the carnets and the single
 * Smart CIGs. Every transition takes a state and an action with its date and returns a new state
 * or a refusal with a code and an Italian reason; nothing is mutated.
 *
 * Rules (rules/smartcig.ts, CARNET_RULES): a carnet holds 1 to 50 codes, is ATTIVO from its creation
 * to its expiry day included (created + 90 days), then SCADUTO; data are due by expires + 30 days.
 * A new carnet is refused while two carnets are active (CARNET_LIMIT) and while a carnet past its
 * data deadline still has CIGs not accounted for (CARNET_BLOCKED).
 */
import { makeSmartCig, SMART_CIG_MAX_COUNTER } from '../cig.ts';
import { SIMULATED_SMART_CIG } from '../rules/simulated-cig.ts';
import { addDays, formatDateIt, isIsoDate, type IsoDate } from '../dates.ts';
import { CARNET_RULES, SMART_CIG_SERVICE } from '../rules/smartcig.ts';
import { periodContains } from '../rules/periods.ts';
import { parseCarnetRequest, parseCigData, parseProfile, type FormError, type Profile, type RawCigData } from './form.ts';
import type * as z from 'zod/mini';
import type { CarnetCigSchema, CarnetSchema, LogEntrySchema, SimStateSchema, SmartCigSchema } from './schema.ts';
import type { LOG_ACTIONS } from './schema.ts';

export type CarnetCig = z.infer<typeof CarnetCigSchema>;
export type Carnet = z.infer<typeof CarnetSchema>;
export type SmartCig = z.infer<typeof SmartCigSchema>;
export type SimState = z.infer<typeof SimStateSchema>;
export type CigStatus = CarnetCig['status'];
type SmartCigStatus = SmartCig['status'];
export type CarnetStatus = 'ATTIVO' | 'SCADUTO';

/** What the page confirms after a change of the simulation (the words are in src/copy/simulatore.ts). */
export type SimNotice = 'cancelled' | 'communicated' | 'modified' | 'loaded' | 'reset'
  // issue 12 (simform)
  | 'profileSaved'
  // issue 12 (simclass)
  | 'bulkCancelled' | 'undone';

type ErrorCode = 'CARNET_LIMIT' | 'CARNET_BLOCKED' | 'CIG_NOT_AVAILABLE' | 'NOT_FOUND' | 'DATE_ORDER' | 'INVALID_INPUT';

export interface SimError {
  code: ErrorCode;
  message: string;
  /** Field errors of the form data, when the refusal is about them. */
  fields?: FormError[];
}

export type Transition<R = unknown> = { ok: true; state: SimState; result: R } | { ok: false; error: SimError };

/** A CIG of a carnet by position (1-based), or any simulated code. */
export type Target = { carnet: string; cig: number } | { code: string };

export type Action =
  | { type: 'requestCarnet'; date: IsoDate; size?: number; pec?: string }
  | { type: 'communicate'; date: IsoDate; target: Target; data: RawCigData }
  | { type: 'cancel'; date: IsoDate; target: Target }
  | { type: 'modify'; date: IsoDate; target: Target; data: RawCigData }
  | { type: 'requestSmartCig'; date: IsoDate; data: RawCigData };

/** The input form of amounts in the data of actions: 'user' in the page, 'plain' in scripts. */
interface ApplyOptions {
  amountForm: 'user' | 'plain';
  /**
   * Issue 14, cli: a carnet script's time grows linearly with its actions (it grew with their square: every
   * action copied the list of single Smart CIGs and searched it from the start). The script owns its state, so
   * the list is changed in place (`inPlace`), and it keeps an index of the codes (`single`: the position of a
   * code in the list, -1 when absent); the page copies and searches as before.
   */
  inPlace?: boolean;
  single?: (code: string) => number;
}

/** The list with `g` at `i` (or appended): the same list changed in place for an owner, else a copy. */
function withSingle(list: SmartCig[], i: number, g: SmartCig, inPlace?: boolean): SmartCig[] {
  const next = inPlace ? list : [...list];
  next[i] = g;
  return next;
}

/** A fresh simulation. Its codes start at the simulated range (rules/simulated-cig.ts), so the checker can tell them from real ones. */
export function initialState(today: IsoDate | null = null, firstCounter = SIMULATED_SMART_CIG.from): SimState {
  return { today, nextCarnet: 1, nextCounter: firstCounter, prefix: 'X', carnets: [], smartCigs: [] };
}

/** The simulated date, or the first day of the service before anything happened. */
export function simulatedToday(s: SimState): IsoDate {
  return s.today ?? SMART_CIG_SERVICE.from;
}

function formatCarnetId(n: number): string {
  return `CARNET/${String(n).padStart(7, '0')}`;
}

function carnetExpiry(created: IsoDate): IsoDate {
  return addDays(created, CARNET_RULES.validityDays);
}

function carnetDataDeadline(created: IsoDate): IsoDate {
  return addDays(carnetExpiry(created), CARNET_RULES.dataDays);
}

export function carnetStatus(c: Carnet, date: IsoDate): CarnetStatus {
  return date <= c.expires ? 'ATTIVO' : 'SCADUTO';
}

export function carnetCounts(c: Carnet): { nonRendicontati: number; comunicati: number; annullati: number } {
  let nonRendicontati = 0, comunicati = 0, annullati = 0;
  for (const g of c.cigs) {
    if (g.status === 'NON_RENDICONTATO') nonRendicontati++;
    else if (g.status === 'COMUNICATO') comunicati++;
    else annullati++;
  }
  return { nonRendicontati, comunicati, annullati };
}

export function activeCarnets(s: SimState, date: IsoDate): Carnet[] {
  return s.carnets.filter((c) => c.created <= date && carnetStatus(c, date) === 'ATTIVO');
}

/** Carnets past their data deadline that still have CIGs not accounted for. */
function overdueCarnets(s: SimState, date: IsoDate): Carnet[] {
  return s.carnets.filter((c) => date > c.dataDeadline && c.cigs.some((g) => g.status === 'NON_RENDICONTATO'));
}

type CarnetPermission = { ok: true } | { ok: false; code: 'CARNET_BLOCKED' | 'CARNET_LIMIT'; message: string };

/** May a new carnet be requested on `date`? The reason is in Italian when it may not. */
export function canRequestCarnet(s: SimState, date: IsoDate): CarnetPermission {
  const overdue = overdueCarnets(s, date);
  const [c] = overdue;
  if (c) {
    const open = (x: Carnet) => {
      const n = carnetCounts(x).nonRendicontati;
      return n === 1 ? 'resta 1 CIG non rendicontato' : `restano ${n} CIG non rendicontati`;
    };
    // One overdue carnet: the sentence as before. Several: every one of them, with its count (issue 12).
    const what = overdue.length === 1
      ? `il termine per comunicare i dati del ${c.number} è scaduto il ${formatDateIt(c.dataDeadline)} e ${open(c)}`
      : `il termine per comunicare i dati è scaduto per ${overdue.length} carnet: ${overdue.map((x) => `${x.number} (scaduto il ${formatDateIt(x.dataDeadline)}, ${open(x)})`).join('; ')}`;
    return {
      ok: false, code: 'CARNET_BLOCKED',
      message: `Nuovo carnet non rilasciato: ${what}. Comunica i dati dei CIG usati e annulla quelli non usati.`,
    };
  }
  const active = activeCarnets(s, date);
  if (active.length >= CARNET_RULES.maxActive) {
    const firstExpiry = active.map((a) => a.expires).reduce((a, b) => (b < a ? b : a));
    return {
      ok: false, code: 'CARNET_LIMIT',
      message: `Nuovo carnet non rilasciato: ci sono già ${CARNET_RULES.maxActive} carnet attivi (${active.map((a) => a.number).join(' e ')}). Il primo scade il ${formatDateIt(firstExpiry)}: dal giorno dopo se ne può chiedere un altro.`,
    };
  }
  return { ok: true };
}

/** Whether the CIG at `position` (from 1) of a carnet has `status`; false when there is no such CIG. */
export function carnetCigHasStatus(s: SimState, carnet: string | null, position: number | null, status: CigStatus): boolean {
  if (position === null) return false;
  return s.carnets.find((c) => c.number === carnet)?.cigs[position - 1]?.status === status;
}

/** Whether a single Smart CIG can be modified or annulled: it exists and is communicated. */
export function isSingleCommunicated(s: SimState, code: string | null): boolean {
  return s.smartCigs.some((g) => g.code === code && g.status === 'COMUNICATO');
}

/** The next date something changes: a carnet expiring, a data deadline passing. */
export function nextDeadline(s: SimState, date: IsoDate): { date: IsoDate; kind: 'expiry' | 'dataDeadline'; carnet: string } | null {
  let best: { date: IsoDate; kind: 'expiry' | 'dataDeadline'; carnet: string } | null = null;
  for (const c of s.carnets) {
    const candidates: Array<{ date: IsoDate; kind: 'expiry' | 'dataDeadline' }> = [
      { date: c.expires, kind: 'expiry' },
      { date: c.dataDeadline, kind: 'dataDeadline' },
    ];
    for (const k of candidates) {
      if (k.kind === 'dataDeadline' && !c.cigs.some((g) => g.status === 'NON_RENDICONTATO')) continue;
      if (k.date >= date && (!best || k.date < best.date)) best = { ...k, carnet: c.number };
    }
  }
  return best;
}

function refuse(code: ErrorCode, message: string, fields?: FormError[]): { ok: false; error: SimError } {
  return fields ? { ok: false, error: { code, message, fields } } : { ok: false, error: { code, message } };
}

/** Checks the date of an action against the simulated clock and the service's life. */
function checkDate(s: SimState, date: IsoDate): SimError | null {
  if (!isIsoDate(date)) return { code: 'INVALID_INPUT', message: `Data non valida: scrivila nella forma AAAA-MM-GG, ad esempio 2011-05-04` };
  if (s.today !== null && date < s.today) {
    return { code: 'DATE_ORDER', message: `Le azioni devono seguire l'ordine delle date: la simulazione è già al ${formatDateIt(s.today)}, questa azione è del ${formatDateIt(date)}` };
  }
  if (!periodContains(SMART_CIG_SERVICE, date)) {
    return { code: 'INVALID_INPUT', message: `Lo Smart CIG era in servizio dal 2 maggio 2011 al 31 dicembre 2023: il ${formatDateIt(date)} è fuori da quel periodo` };
  }
  return null;
}

/** Moves the simulated clock to `date` (never back). */
export function advanceTo(s: SimState, date: IsoDate): Transition<{ date: IsoDate }> {
  const e = checkDate(s, date);
  if (e) return { ok: false, error: e };
  return { ok: true, state: { ...s, today: date }, result: { date } };
}

function issueCodes(s: SimState, n: number): { codes: string[]; nextCounter: number } | null {
  if (s.nextCounter + n - 1 > SMART_CIG_MAX_COUNTER) return null;
  const codes: string[] = [];
  for (let i = 0; i < n; i++) codes.push(makeSmartCig(s.nextCounter + i, s.prefix));
  return { codes, nextCounter: s.nextCounter + n };
}

export interface RequestCarnetResult {
  carnet: string;
  created: IsoDate;
  expires: IsoDate;
  dataDeadline: IsoDate;
  size: number;
  codes: string[];
}

export function requestCarnet(s: SimState, date: IsoDate, size: number = CARNET_RULES.defaultSize, pec?: string): Transition<RequestCarnetResult> {
  const e = checkDate(s, date);
  if (e) return { ok: false, error: e };
  if (!Number.isInteger(size) || size < CARNET_RULES.minSize || size > CARNET_RULES.maxSize) {
    return refuse('INVALID_INPUT', `La dimensione del carnet va da ${CARNET_RULES.minSize} a ${CARNET_RULES.maxSize} CIG`);
  }
  const allowed = canRequestCarnet(s, date);
  if (!allowed.ok) return refuse(allowed.code, allowed.message);
  const issued = issueCodes(s, size);
  if (!issued) return refuse('INVALID_INPUT', 'Codici Smart CIG esauriti in questa simulazione: ricominciala');
  const carnet: Carnet = {
    number: formatCarnetId(s.nextCarnet),
    created: date,
    expires: carnetExpiry(date),
    dataDeadline: carnetDataDeadline(date),
    size,
    cigs: issued.codes.map((code) => ({ code, status: 'NON_RENDICONTATO' as const })),
  };
  if (pec !== undefined && pec !== '') carnet.pec = pec;
  return {
    ok: true,
    state: { ...s, today: date, nextCarnet: s.nextCarnet + 1, nextCounter: issued.nextCounter, carnets: [...s.carnets, carnet] },
    result: { carnet: carnet.number, created: carnet.created, expires: carnet.expires, dataDeadline: carnet.dataDeadline, size, codes: issued.codes },
  };
}

/** "Genera" in the page: the request form (size, PEC address), then the request itself. */
export function requestCarnetFromForm(s: SimState, date: IsoDate, raw: { size?: unknown; pec?: unknown }): Transition<RequestCarnetResult> {
  const p = parseCarnetRequest(raw, { min: CARNET_RULES.minSize, max: CARNET_RULES.maxSize });
  if (!p.ok) return refuse('INVALID_INPUT', p.errors.map((x) => x.message).join('; '), p.errors);
  return requestCarnet(s, date, p.size, p.pec);
}

/** Where a target is, with what is there. */
type Located =
  | { kind: 'carnet'; carnetIndex: number; cigIndex: number; carnet: Carnet; cig: CarnetCig }
  | { kind: 'single'; index: number; single: SmartCig };

function locate(s: SimState, t: Target, opts?: ApplyOptions): Located | SimError {
  if ('code' in t) {
    const code = t.code.trim().toUpperCase();
    for (const [carnetIndex, carnet] of s.carnets.entries()) {
      const cigIndex = carnet.cigs.findIndex((g) => g.code === code);
      const cig = carnet.cigs[cigIndex];
      if (cig) return { kind: 'carnet', carnetIndex, cigIndex, carnet, cig };
    }
    const index = opts?.single ? opts.single(code) : s.smartCigs.findIndex((g) => g.code === code);
    const single = s.smartCigs[index];
    if (single) return { kind: 'single', index, single };
    return { code: 'NOT_FOUND', message: `Il CIG ${code} non è stato rilasciato in questa simulazione` };
  }
  const carnetIndex = s.carnets.findIndex((c) => c.number === t.carnet.trim().toUpperCase());
  const carnet = s.carnets[carnetIndex];
  if (!carnet) return { code: 'NOT_FOUND', message: `Il carnet ${t.carnet} non esiste in questa simulazione` };
  const cig = Number.isInteger(t.cig) && t.cig >= 1 && t.cig <= carnet.size ? carnet.cigs[t.cig - 1] : undefined;
  if (!cig) return { code: 'NOT_FOUND', message: `Il ${carnet.number} ha ${carnet.size} CIG: indica una posizione da 1 a ${carnet.size}` };
  return { kind: 'carnet', carnetIndex, cigIndex: t.cig - 1, carnet, cig };
}

const statusWord = (st: CigStatus): string => (st === 'COMUNICATO' ? 'già comunicato' : st === 'ANNULLATO' ? 'annullato' : 'non rendicontato');

function replaceCarnetCig(s: SimState, at: { carnetIndex: number; cigIndex: number }, cig: CarnetCig, date: IsoDate): SimState {
  const carnets = s.carnets.map((c, i) => (i === at.carnetIndex ? { ...c, cigs: c.cigs.map((g, j) => (j === at.cigIndex ? cig : g)) } : c));
  return { ...s, today: date, carnets };
}

export interface CigResult {
  code: string;
  status: CigStatus;
  carnet?: string;
  cig?: number;
}

/** Uses a carnet CIG: its data are entered and it becomes COMUNICATO (also after the carnet expires). */
export function communicate(s: SimState, date: IsoDate, target: Target, raw: RawCigData, opts: ApplyOptions): Transition<CigResult> {
  const e = checkDate(s, date);
  if (e) return { ok: false, error: e };
  const at = locate(s, target, opts);
  if ('code' in at) return { ok: false, error: at };
  if (at.kind === 'single') return refuse('CIG_NOT_AVAILABLE', 'Questo è uno Smart CIG singolo: i suoi dati sono stati comunicati con la richiesta. Usa "Modifica" per cambiarli');
  const { carnet, cig } = at;
  if (cig.status !== 'NON_RENDICONTATO') {
    return refuse('CIG_NOT_AVAILABLE', `Il CIG ${cig.code} è ${statusWord(cig.status)}: non si può comunicare di nuovo${cig.status === 'COMUNICATO' ? ' (per cambiarne i dati usa "Modifica")' : ''}`);
  }
  const parsed = parseCigData(raw, { date, amountForm: opts.amountForm, fattispecieOptional: true });
  if (!parsed.ok) return refuse('INVALID_INPUT', parsed.errors.map((f) => f.message).join('; '), parsed.errors);
  const next: CarnetCig = { code: cig.code, status: 'COMUNICATO', data: parsed.data, communicated: date };
  return {
    ok: true,
    state: replaceCarnetCig(s, at, next, date),
    result: { code: cig.code, status: 'COMUNICATO', carnet: carnet.number, cig: at.cigIndex + 1 },
  };
}

/** Annuls a carnet CIG not yet accounted for, or a single Smart CIG. */
export function cancel(s: SimState, date: IsoDate, target: Target, opts?: ApplyOptions): Transition<CigResult> {
  const e = checkDate(s, date);
  if (e) return { ok: false, error: e };
  const at = locate(s, target, opts);
  if ('code' in at) return { ok: false, error: at };
  if (at.kind === 'single') {
    const g = at.single;
    if (g.status === 'ANNULLATO') return refuse('CIG_NOT_AVAILABLE', `Lo Smart CIG ${g.code} è già annullato`);
    const smartCigs = withSingle(s.smartCigs, at.index, { ...g, status: 'ANNULLATO', cancelled: date }, opts?.inPlace);
    return { ok: true, state: { ...s, today: date, smartCigs }, result: { code: g.code, status: 'ANNULLATO' } };
  }
  const { carnet, cig } = at;
  if (cig.status !== 'NON_RENDICONTATO') {
    return refuse('CIG_NOT_AVAILABLE', `Il CIG ${cig.code} è ${statusWord(cig.status)}: si annullano solo i CIG non rendicontati`);
  }
  const next: CarnetCig = { code: cig.code, status: 'ANNULLATO', cancelled: date };
  return {
    ok: true,
    state: replaceCarnetCig(s, at, next, date),
    result: { code: cig.code, status: 'ANNULLATO', carnet: carnet.number, cig: at.cigIndex + 1 },
  };
}

/** Changes the data of a communicated carnet CIG or of a single Smart CIG that is not annulled. */
export function modify(s: SimState, date: IsoDate, target: Target, raw: RawCigData, opts: ApplyOptions): Transition<CigResult> {
  const e = checkDate(s, date);
  if (e) return { ok: false, error: e };
  const at = locate(s, target, opts);
  if ('code' in at) return { ok: false, error: at };
  if (at.kind === 'single') {
    const g = at.single;
    if (g.status === 'ANNULLATO') return refuse('CIG_NOT_AVAILABLE', `Lo Smart CIG ${g.code} è annullato: non si può modificare`);
    // issue 12 (simform): the data are checked against the form of the day they were first given
    // (its fattispecie and procedures), so a modification keeps them valid after the lists change.
    const parsed = parseCigData(raw, { date: g.requested, amountForm: opts.amountForm });
    if (!parsed.ok) return refuse('INVALID_INPUT', parsed.errors.map((f) => f.message).join('; '), parsed.errors);
    const smartCigs = withSingle(s.smartCigs, at.index, { ...g, data: parsed.data, modified: date }, opts.inPlace);
    return { ok: true, state: { ...s, today: date, smartCigs }, result: { code: g.code, status: 'COMUNICATO' } };
  }
  const { carnet, cig } = at;
  if (cig.status !== 'COMUNICATO') {
    return refuse('CIG_NOT_AVAILABLE', `Il CIG ${cig.code} è ${statusWord(cig.status)}: si modificano solo i CIG comunicati${cig.status === 'NON_RENDICONTATO' ? ' (per inserirne i dati usa "Comunica")' : ''}`);
  }
  const parsed = parseCigData(raw, { date: cig.communicated ?? date, amountForm: opts.amountForm, fattispecieOptional: true });
  if (!parsed.ok) return refuse('INVALID_INPUT', parsed.errors.map((f) => f.message).join('; '), parsed.errors);
  const next: CarnetCig = { ...cig, data: parsed.data, modified: date };
  return {
    ok: true,
    state: replaceCarnetCig(s, at, next, date),
    result: { code: cig.code, status: 'COMUNICATO', carnet: carnet.number, cig: at.cigIndex + 1 },
  };
}

export interface SmartCigResult {
  code: string;
  status: SmartCigStatus;
}

/** A single Smart CIG ("Conferma ed ottieni CIG"): the data are given with the request. */
export function requestSmartCig(s: SimState, date: IsoDate, raw: RawCigData, opts: ApplyOptions): Transition<SmartCigResult> {
  const e = checkDate(s, date);
  if (e) return { ok: false, error: e };
  const parsed = parseCigData(raw, { date, amountForm: opts.amountForm });
  if (!parsed.ok) return refuse('INVALID_INPUT', parsed.errors.map((f) => f.message).join('; '), parsed.errors);
  const issued = issueCodes(s, 1);
  const code = issued?.codes[0];
  if (!issued || code === undefined) return refuse('INVALID_INPUT', 'Codici Smart CIG esauriti in questa simulazione: ricominciala');
  const g: SmartCig = { code, status: 'COMUNICATO', requested: date, data: parsed.data };
  return {
    ok: true,
    state: { ...s, today: date, nextCounter: issued.nextCounter, smartCigs: withSingle(s.smartCigs, s.smartCigs.length, g, opts.inPlace) },
    result: { code: g.code, status: 'COMUNICATO' },
  };
}

/** Applies one action. */
export function applyAction(s: SimState, a: Action, opts: ApplyOptions): Transition<object> {
  switch (a.type) {
    case 'requestCarnet': return requestCarnet(s, a.date, a.size, a.pec);
    case 'communicate': return communicate(s, a.date, a.target, a.data, opts);
    case 'cancel': return cancel(s, a.date, a.target, opts);
    case 'modify': return modify(s, a.date, a.target, a.data, opts);
    case 'requestSmartCig': return requestSmartCig(s, a.date, a.data, opts);
  }
}

/** Every code the state has issued, in order. */
export function allCodes(s: SimState): string[] {
  return [...s.carnets.flatMap((c) => c.cigs.map((g) => g.code)), ...s.smartCigs.map((g) => g.code)];
}

// --- simclass (issue 12): bulk annul, work check, undo history and activity log -----------------

/** Annuls every CIG of a carnet not yet accounted for, in one action (one step of the undo history). */
export function bulkCancel(s: SimState, date: IsoDate, carnetNumber: string): Transition<{ carnet: string; codes: string[] }> {
  const e = checkDate(s, date);
  if (e) return { ok: false, error: e };
  const carnet = s.carnets.find((c) => c.number === carnetNumber.trim().toUpperCase());
  if (!carnet) return refuse('NOT_FOUND', `Il carnet ${carnetNumber} non esiste in questa simulazione`);
  const codes = carnet.cigs.filter((g) => g.status === 'NON_RENDICONTATO').map((g) => g.code);
  if (codes.length === 0) return refuse('CIG_NOT_AVAILABLE', `Il ${carnet.number} non ha CIG non rendicontati da annullare`);
  const cigs = carnet.cigs.map((g): CarnetCig => (g.status === 'NON_RENDICONTATO' ? { code: g.code, status: 'ANNULLATO', cancelled: date } : g));
  const carnets = s.carnets.map((c) => (c === carnet ? { ...c, cigs } : c));
  return { ok: true, state: { ...s, today: date, carnets }, result: { carnet: carnet.number, codes } };
}

/** Whether the state holds work a learner would lose: any carnet or single Smart CIG. */
export function hasWork(s: SimState): boolean {
  return s.carnets.length > 0 || s.smartCigs.length > 0;
}

export type LogAction = (typeof LOG_ACTIONS)[number];
/** One line of the activity log: the simulated date, the action, its target, and the refusal's code and explanation if any. */
export type LogEntry = z.infer<typeof LogEntrySchema>;

/** How many actions can be undone, and how many log lines are kept (the oldest go first). */
export const HISTORY_LIMIT = 12;
export const LOG_LIMIT = 500;

/** Appends to a bounded list, dropping the oldest items beyond `limit`. */
export function pushBounded<T>(list: readonly T[], item: T, limit: number): T[] {
  const next = [...list, item];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

/** A log line for an accepted or refused action. */
export function logEntry(date: IsoDate, action: LogAction, target: string | undefined, error?: { code: string; message: string }): LogEntry {
  const e: LogEntry = { date, action, ok: !error };
  if (target !== undefined) e.target = target;
  if (error) {
    e.code = error.code;
    e.detail = error.message.slice(0, 2000);
  }
  return e;
}

// ---- issue 12 (simform): the profile form as a transition (the state is unchanged; the page keeps
// the profile in the saved document).
export function saveProfile(s: SimState, raw: { profileName?: unknown; profilePec?: unknown }): Transition<Profile> {
  const p = parseProfile(raw);
  if (!p.ok) return refuse('INVALID_INPUT', p.errors.map((e) => e.message).join('; '), p.errors);
  return { ok: true, state: s, result: p.profile };
}
