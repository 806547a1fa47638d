/**
 * The Smart CIG simulator's screens. This machine only routes: a submitted action is run once
 * through the domain (src/domain/simulation) and its outcome kept in `pending`; the state that
 * received it then routes on that outcome with the named guards `accepted` and `refused`, in the
 * same step, and the outcome is consumed. Guards that look at the simulation ask the domain.
 * Saving to the browser is done by the page, not here.
 */
import { assign, setup } from 'xstate';
import {
  bulkCancel, cancel, carnetCigHasStatus, communicate, hasWork, isSingleCommunicated, logEntry, modify, pushBounded, requestCarnetFromForm, requestSmartCig,
  saveProfile, simulatedToday, HISTORY_LIMIT, LOG_LIMIT,
  type CigResult, type LogAction, type LogEntry, type SimNotice as Notice, type RequestCarnetResult, type SimError, type SmartCigResult, type Transition,
} from '../domain/simulation/state.ts';
import type { FormError, Profile } from '../domain/simulation/form.ts';
import { goToDate, moveClock, type ClockMove, type ClockOutcome } from '../domain/simulation/clock.ts';
import { outageOn } from '../domain/rules/smartcig.ts';
import { carnetMessage, emptyDoc, type SimDoc } from '../domain/simulation/storage.ts';
import { snapshotOf, withSnapshots, type HistoryEntry, type ScreenRef } from '../domain/simulation/session.ts';

/** What a form sends: its fields as typed. */
export type Values = Record<string, string>;

/** A submitted action's outcome, kept only until the machine has routed on it. */
type Pending = (
  | { kind: 'single'; t: Transition<SmartCigResult> }
  | { kind: 'carnet'; t: Transition<RequestCarnetResult> }
  | { kind: 'cig'; notice: Notice; t: Transition<CigResult> }
  | { kind: 'bulk'; t: Transition<{ carnet: string; codes: string[] }> }
  // issue 12 (simform)
  | { kind: 'profile'; t: Transition<Profile> }
) & { action: LogAction; target?: string };

/** An action that discards or overwrites work, waiting for the user's "Conferma" (or "Torna indietro"). */
export type ConfirmRequest =
  | { kind: 'cancel'; code: string }
  | { kind: 'bulkCancel'; carnet: string; count: number }
  | { kind: 'reset' }
  | { kind: 'load'; doc: SimDoc; source: 'scenario' | 'import'; name: string; scenario: string | null };

export interface SimContext {
  doc: SimDoc;
  /** Selected carnet and position, selected single Smart CIG. */
  carnet: string | null;
  cig: number | null;
  single: string | null;
  /** Field errors of the last submitted form, and what was typed. */
  errors: FormError[];
  values: Values;
  /** A refusal of the service, shown where it happened. */
  refusal: SimError | null;
  /** The last move of the clock: what changed, or why it did not move. */
  clock: ClockOutcome | null;
  /** The carnet just generated (success message). */
  generated: string | null;
  /** The code just issued by "Conferma ed ottieni CIG". */
  issued: string | null;
  /** A short confirmation after an action (annulled, communicated...). */
  notice: Notice | null;
  pending: Pending | null;
  /** simclass (issue 12): the action waiting for confirmation, the undo history (previous documents), the activity log. */
  confirm: ConfirmRequest | null;
  history: HistoryEntry[];
  log: LogEntry[];
  /** Class mode: the trainer tools are hidden and the clock does not jump. */
  classMode: boolean;
  /** The scenario last loaded (its class-mode link is offered). */
  scenario: string | null;
}

export type SimEvent =
  | { type: 'NAV'; to: 'home' | 'singleForm' | 'singleList' | 'carnetList' | 'carnetRequest' | 'inbox' | 'profile' | 'log' | 'handout' }
  | { type: 'OPEN_SINGLE'; code: string }
  | { type: 'OPEN_CARNET'; number: string }
  | { type: 'OPEN_CIG'; number: string; position: number }
  | { type: 'SUBMIT_SINGLE'; values: Values }
  | { type: 'EDIT' }
  | { type: 'SUBMIT_MODIFY'; values: Values }
  | { type: 'CANCEL' }
  | { type: 'GENERA'; values: Values }
  | { type: 'COMUNICA'; values: Values }
  | { type: 'CLOCK'; move: ClockMove }
  // issue 12 (simform): "Vai alla data", the profile form
  | { type: 'CLOCK_GOTO'; date: string }
  | { type: 'SAVE_PROFILE'; values: Values }
  | { type: 'LOAD'; doc: SimDoc; source?: 'scenario' | 'import'; name?: string; scenario?: string; /** Already confirmed by the user elsewhere (another tab's data). */ confirmed?: boolean }
  | { type: 'RESET' }
  // issue 12 (simclass)
  | { type: 'BULK_CANCEL'; carnet: string }
  | { type: 'CONFIRM' }
  | { type: 'BACK' }
  | { type: 'UNDO' };

interface SimInput { doc?: SimDoc; history?: HistoryEntry[]; log?: LogEntry[]; classMode?: boolean; scenario?: string | null }

const opts = { amountForm: 'user' as const };

/** The selected CIG as a target of the domain: a single Smart CIG first, else a carnet position. */
function selected(c: SimContext): { code: string } | { carnet: string; cig: number } | null {
  if (c.single) return { code: c.single };
  return c.carnet && c.cig ? { carnet: c.carnet, cig: c.cig } : null;
}

/** The selected CIG's code (single, or carnet position), for the log and the confirmation. */
function cigName(c: SimContext): string {
  if (c.single) return c.single;
  const carnet = c.doc.sim.carnets.find((x) => x.number === c.carnet);
  return (c.cig && carnet?.cigs[c.cig - 1]?.code) || `${c.carnet ?? ''} ${c.cig ?? ''}`.trim();
}

/** A change of the document: the one before goes into the undo history, the action into the log. */
function commit(c: SimContext, doc: SimDoc, action: LogAction, target?: string): Pick<SimContext, 'doc' | 'history' | 'log'> {
  const step: HistoryEntry = target === undefined ? { action, doc: c.doc } : { action, target, doc: c.doc };
  return { doc, history: pushBounded(c.history, step, HISTORY_LIMIT), log: pushBounded(c.log, logEntry(simulatedToday(doc.sim), action, target), LOG_LIMIT) };
}

/** Where the page was (saved with the session), to come back to it after a reload. */
export function screenRef(c: SimContext, name: string): ScreenRef {
  return { name, carnet: c.carnet, cig: c.cig, single: c.single };
}

/** The event that reopens a saved screen, if what it showed still exists; null means "Inizio". */
export function resumeEvent(r: ScreenRef | null, doc: SimDoc): SimEvent | null {
  if (!r) return null;
  const carnet = doc.sim.carnets.find((c) => c.number === r.carnet);
  switch (r.name) {
    case 'singleForm': case 'singleList': case 'carnetList': case 'carnetRequest': case 'inbox': case 'log': case 'handout':
      return { type: 'NAV', to: r.name };
    case 'carnetDetail': case 'carnetGenerated':
      return carnet ? { type: 'OPEN_CARNET', number: carnet.number } : null;
    case 'cigUse': case 'cigDetail': case 'cigModify':
      return carnet && r.cig !== null && r.cig <= carnet.cigs.length ? { type: 'OPEN_CIG', number: carnet.number, position: r.cig } : null;
    case 'singleDetail': case 'singleModify':
      return doc.sim.smartCigs.some((g) => g.code === r.single) && r.single !== null ? { type: 'OPEN_SINGLE', code: r.single } : null;
    default: return null;
  }
}

/** Runs the action an event asks for, once; null when there is nothing to run. */
function attempt(c: SimContext, e: SimEvent): Pending | null {
  const s = c.doc.sim;
  const d = simulatedToday(s);
  switch (e.type) {
    case 'SUBMIT_SINGLE': return { kind: 'single', action: 'requestSmartCig', t: requestSmartCig(s, d, e.values, opts) };
    // The carnet goes by PEC to the address of the profile (issue 12), not one typed at each request.
    case 'GENERA': return { kind: 'carnet', action: 'requestCarnet', t: requestCarnetFromForm(s, d, { size: e.values['size'], pec: c.doc.profile?.pec ?? '' }) };
    case 'SAVE_PROFILE': return { kind: 'profile', action: 'profile', t: saveProfile(s, e.values) };
    case 'COMUNICA':
      return c.carnet && c.cig ? { kind: 'cig', action: 'communicate', target: cigName(c), notice: 'communicated', t: communicate(s, d, { carnet: c.carnet, cig: c.cig }, e.values, opts) } : null;
    case 'SUBMIT_MODIFY': {
      const target = selected(c);
      return target && { kind: 'cig', action: 'modify', target: cigName(c), notice: 'modified', t: modify(s, d, target, e.values, opts) };
    }
    case 'CONFIRM': {
      const q = c.confirm;
      if (q?.kind === 'bulkCancel') return { kind: 'bulk', action: 'bulkCancel', target: q.carnet, t: bulkCancel(s, d, q.carnet) };
      const target = selected(c);
      return q?.kind === 'cancel' && target ? { kind: 'cig', action: 'cancel', target: q.code, notice: 'cancelled', t: cancel(s, d, target) } : null;
    }
    default: return null;
  }
}

const clean = { errors: [], refusal: null, notice: null, clock: null, confirm: null } satisfies Partial<SimContext>;
const closed = { carnet: null, cig: null, single: null, generated: null, issued: null, values: {}, errors: [], refusal: null, clock: null, pending: null, confirm: null } satisfies Partial<SimContext>;

export const simulatoreMachine = setup({
  // XState's way to declare the machine's types: this empty object is never read. The tags name the
  // area of the service a screen belongs to (the page marks it in its navigation).
  types: {} as { context: SimContext; events: SimEvent; input: SimInput; tags: 'home' | 'single' | 'carnet' | 'inbox' | 'profile' | 'log' },
  guards: {
    accepted: ({ context }) => context.pending?.t.ok === true,
    refused: ({ context }) => context.pending?.t.ok === false,
    // The service is down on the days of SERVICE_OUTAGES (issue 12: the outage follows the simulated date).
    isOutage: ({ context }) => outageOn(simulatedToday(context.doc.sim)) !== undefined,
    isUp: ({ context }) => outageOn(simulatedToday(context.doc.sim)) === undefined,
    hasWork: ({ context }) => hasWork(context.doc.sim),
    hasWorkUnconfirmed: ({ context, event }) => hasWork(context.doc.sim) && !(event.type === 'LOAD' && event.confirmed === true),
    confirmingCancel: ({ context }) => context.confirm?.kind === 'cancel',
    confirmingBulk: ({ context }) => context.confirm?.kind === 'bulkCancel',
    confirmingReset: ({ context }) => context.confirm?.kind === 'reset',
    confirmingLoad: ({ context }) => context.confirm?.kind === 'load',
    canUndo: ({ context }) => context.history.length > 0,
    carnetSelected: ({ context }) => context.doc.sim.carnets.some((c) => c.number === context.carnet),
    singleSelected: ({ context }) => context.doc.sim.smartCigs.some((g) => g.code === context.single),
    cancellable: ({ context }) => selected(context) !== null,
    singleEditable: ({ context }) => isSingleCommunicated(context.doc.sim, context.single),
    cigCommunicated: ({ context }) => carnetCigHasStatus(context.doc.sim, context.carnet, context.cig, 'COMUNICATO'),
    cigOpen: ({ context, event }) => event.type === 'OPEN_CIG' && carnetCigHasStatus(context.doc.sim, event.number, event.position, 'NON_RENDICONTATO'),
  },
  actions: {
    attempt: assign(({ context, event }) => {
      const pending = attempt(context, event);
      return pending ? { pending, values: 'values' in event ? event.values : context.values } : {};
    }),
    apply: assign(({ context }) => {
      const p = context.pending;
      if (!p?.t.ok) return { pending: null };
      const doc: SimDoc = { ...context.doc, sim: p.t.state };
      const done = { ...commit(context, doc, p.action, p.target), ...clean, values: {}, pending: null };
      switch (p.kind) {
        case 'single': return { ...done, ...commit(context, doc, p.action, p.t.result.code), issued: p.t.result.code, single: p.t.result.code };
        case 'cig': return { ...done, notice: p.notice };
        case 'bulk': return { ...done, notice: 'bulkCancelled' as const };
        case 'profile': return { ...done, ...commit(context, { ...doc, profile: p.t.result }, p.action), notice: 'profileSaved' as const };
        case 'carnet': {
          const number = p.t.result.carnet;
          const carnet = p.t.state.carnets.find((x) => x.number === number);
          const sent = carnet ? [...doc.inbox, { ...carnetMessage(carnet), snapshot: snapshotOf(carnet) }] : doc.inbox;
          return { ...done, ...commit(context, { ...doc, inbox: sent }, p.action, number), generated: number, carnet: number };
        }
      }
    }),
    refuse: assign(({ context }) => {
      const p = context.pending;
      if (!p || p.t.ok) return { pending: null };
      const fields = p.t.error.fields ?? [];
      const log = pushBounded(context.log, logEntry(simulatedToday(context.doc.sim), p.action, p.target, p.t.error), LOG_LIMIT);
      return fields.length
        ? { errors: fields, refusal: null, notice: null, pending: null, confirm: null, log }
        : { errors: [], refusal: p.t.error, notice: null, pending: null, confirm: null, log };
    }),
    moveClock: assign(({ context, event }) => {
      if (event.type !== 'CLOCK' && event.type !== 'CLOCK_GOTO') return {};
      const outcome = event.type === 'CLOCK' ? moveClock(context.doc.sim, event.move) : goToDate(context.doc.sim, event.date);
      const where = event.type === 'CLOCK' ? event.move : event.date;
      if (outcome.ok) return { ...commit(context, { ...context.doc, sim: outcome.state }, 'clock', where), ...clean, values: {}, clock: outcome };
      const why = outcome.reason === 'REFUSED' ? outcome.error : { code: 'CLOCK_NOWHERE', message: '' };
      return { ...clean, clock: outcome, log: pushBounded(context.log, logEntry(simulatedToday(context.doc.sim), 'clock', where, why), LOG_LIMIT) };
    }),
    clear: assign({ ...clean, generated: null, issued: null }),
    select: assign(({ event }) => {
      if (event.type === 'OPEN_SINGLE') return { single: event.code, carnet: null, cig: null, ...clean, values: {} };
      if (event.type === 'OPEN_CARNET') return { carnet: event.number, cig: null, single: null, ...clean, values: {} };
      if (event.type === 'OPEN_CIG') return { carnet: event.number, cig: event.position, single: null, ...clean, values: {} };
      return {};
    }),
    askLoad: assign(({ event }) => (event.type === 'LOAD'
      ? { ...clean, confirm: { kind: 'load' as const, doc: event.doc, source: event.source ?? 'scenario', name: event.name ?? '', scenario: event.scenario ?? null } }
      : {})),
    load: assign(({ context }) => {
      const q = context.confirm;
      if (q?.kind !== 'load') return {};
      return { ...closed, ...commit(context, withSnapshots(q.doc), q.source === 'import' ? 'import' : 'load', q.name || (q.scenario ?? undefined)), notice: 'loaded' as const, scenario: q.scenario };
    }),
    askReset: assign({ ...clean, confirm: { kind: 'reset' as const } }),
    reset: assign(({ context }) => ({ ...closed, ...commit(context, emptyDoc(), 'reset'), notice: 'reset' as const, scenario: null })),
    askCancel: assign(({ context }) => ({ ...clean, confirm: { kind: 'cancel' as const, code: cigName(context) } })),
    askBulk: assign(({ context, event }) => {
      if (event.type !== 'BULK_CANCEL') return {};
      const carnet = context.doc.sim.carnets.find((c) => c.number === event.carnet);
      const count = carnet ? carnet.cigs.filter((g) => g.status === 'NON_RENDICONTATO').length : 0;
      return { ...clean, confirm: { kind: 'bulkCancel' as const, carnet: event.carnet, count } };
    }),
    back: assign({ confirm: null }),
    undo: assign(({ context }) => {
      const last = context.history[context.history.length - 1];
      if (!last) return {};
      const entry = { ...logEntry(simulatedToday(last.doc.sim), 'undo', last.target), undone: last.action };
      const keep = { carnet: context.carnet, cig: context.cig, single: context.single };
      return { ...closed, ...keep, doc: last.doc, history: context.history.slice(0, -1), log: pushBounded(context.log, entry, LOG_LIMIT), notice: 'undone' as const };
    }),
  },
}).createMachine({
  id: 'sim',
  context: ({ input }) => ({
    ...closed, doc: withSnapshots(input.doc ?? emptyDoc()), notice: null,
    history: input.history ?? [], log: input.log ?? [], classMode: input.classMode ?? false, scenario: input.scenario ?? null,
  }),
  initial: 'start',
  on: {
    // review of issue 12: class mode too (each learner's simulator is their own; four scenarios' goals need the calendar)
    CLOCK: { actions: 'moveClock' },
    CLOCK_GOTO: { actions: 'moveClock' },
    // Loading or starting again replaces the learner's work: confirmed first when there is work to lose.
    LOAD: [
      { guard: 'hasWorkUnconfirmed', actions: 'askLoad' },
      { target: '.start', actions: ['askLoad', 'load'] },
    ],
    RESET: [
      { guard: 'hasWork', actions: 'askReset' },
      { target: '.start', actions: ['askReset', 'reset'] },
    ],
    CONFIRM: [
      { guard: 'confirmingReset', target: '.start', actions: 'reset' },
      { guard: 'confirmingLoad', target: '.start', actions: 'load' },
    ],
    BACK: { actions: 'back' },
    UNDO: { guard: 'canUndo', target: '.start', actions: 'undo' },
  },
  states: {
    start: {
      always: [
        { guard: 'isOutage', target: 'outage' },
        { guard: 'singleSelected', target: 'service.singleDetail' },
        { guard: 'carnetSelected', target: 'service.carnetDetail' },
        { target: 'service' },
      ],
    },
    outage: {
      always: { guard: 'isUp', target: 'service.home' },
      on: {
        NAV: { guard: ({ event }) => event.to === 'inbox', target: 'inboxDuringOutage', actions: 'clear' },
      },
    },
    inboxDuringOutage: {
      tags: 'inbox',
      always: { guard: 'isUp', target: 'service.inbox' },
      on: {
        NAV: { target: 'outage', actions: 'clear' },
      },
    },
    service: {
      initial: 'home',
      always: { guard: 'isOutage', target: '#sim.outage' },
      on: {
        NAV: [
          { guard: ({ event }) => event.to === 'home', target: '.home', actions: 'clear' },
          { guard: ({ event }) => event.to === 'singleForm', target: '.singleForm', actions: ['clear', assign({ values: {}, single: null })] },
          { guard: ({ event }) => event.to === 'singleList', target: '.singleList', actions: 'clear' },
          { guard: ({ event }) => event.to === 'carnetList', target: '.carnetList', actions: 'clear' },
          { guard: ({ event }) => event.to === 'carnetRequest', target: '.carnetRequest', actions: ['clear', assign({ values: {} })] },
          { guard: ({ event }) => event.to === 'inbox', target: '.inbox', actions: 'clear' },
          { guard: ({ event }) => event.to === 'profile', target: '.profile', actions: ['clear', assign({ values: {} })] },
          { guard: ({ event }) => event.to === 'log', target: '.log', actions: 'clear' },
          { guard: ({ event }) => event.to === 'handout', target: '.handout', actions: 'clear' },
        ],
        OPEN_SINGLE: { target: '.singleDetail', actions: 'select' },
        OPEN_CARNET: { target: '.carnetDetail', actions: 'select' },
        OPEN_CIG: [
          { guard: 'cigOpen', target: '.cigUse', actions: 'select' },
          { target: '.cigDetail', actions: 'select' },
        ],
      },
      states: {
        home: { tags: 'home' },
        singleForm: {
          tags: 'single',
          on: { SUBMIT_SINGLE: { actions: 'attempt' } },
          always: [{ guard: 'accepted', target: 'singleDetail', actions: 'apply' }, { guard: 'refused', actions: 'refuse' }],
        },
        singleList: { tags: 'single' },
        singleDetail: {
          tags: 'single',
          on: {
            EDIT: { guard: 'singleEditable', target: 'singleModify', actions: assign({ errors: [], refusal: null, notice: null, issued: null }) },
            CANCEL: { guard: 'cancellable', actions: 'askCancel' },
            CONFIRM: { guard: 'confirmingCancel', actions: 'attempt' },
          },
          always: [{ guard: 'accepted', actions: ['apply', assign({ issued: null })] }, { guard: 'refused', actions: 'refuse' }],
        },
        singleModify: {
          tags: 'single',
          on: { SUBMIT_MODIFY: { actions: 'attempt' } },
          always: [{ guard: 'accepted', target: 'singleDetail', actions: 'apply' }, { guard: 'refused', actions: 'refuse' }],
        },
        carnetList: { tags: 'carnet' },
        carnetRequest: {
          tags: 'carnet',
          on: { GENERA: { actions: 'attempt' } },
          always: [{ guard: 'accepted', target: 'carnetGenerated', actions: 'apply' }, { guard: 'refused', actions: 'refuse' }],
        },
        carnetGenerated: { tags: 'carnet' },
        carnetDetail: {
          tags: 'carnet',
          on: { BULK_CANCEL: { actions: 'askBulk' }, CONFIRM: { guard: 'confirmingBulk', actions: 'attempt' } },
          always: [{ guard: 'accepted', actions: 'apply' }, { guard: 'refused', actions: 'refuse' }],
        },
        cigUse: {
          tags: 'carnet',
          on: { COMUNICA: { actions: 'attempt' }, CANCEL: { guard: 'cancellable', actions: 'askCancel' }, CONFIRM: { guard: 'confirmingCancel', actions: 'attempt' } },
          always: [{ guard: 'accepted', target: 'carnetDetail', actions: 'apply' }, { guard: 'refused', actions: 'refuse' }],
        },
        cigDetail: {
          tags: 'carnet',
          on: { EDIT: { guard: 'cigCommunicated', target: 'cigModify', actions: assign({ errors: [], refusal: null, notice: null }) } },
        },
        cigModify: {
          tags: 'carnet',
          on: { SUBMIT_MODIFY: { actions: 'attempt' } },
          always: [{ guard: 'accepted', target: 'cigDetail', actions: 'apply' }, { guard: 'refused', actions: 'refuse' }],
        },
        inbox: { tags: 'inbox' },
        // issue 12 (simform)
        profile: {
          tags: 'profile',
          on: { SAVE_PROFILE: { actions: 'attempt' } },
          always: [{ guard: 'accepted', actions: 'apply' }, { guard: 'refused', actions: 'refuse' }],
        },
        // issue 12 (simclass)
        log: { tags: 'log' },
        handout: { tags: 'log' },
      },
    },
  },
});
