/**
 * The Smart CIG simulator's screens. This machine only routes: a submitted action is run once
 * through the domain (src/domain/simulation) and its outcome kept in `pending`; the state that
 * received it then routes on that outcome with the named guards `accepted` and `refused`, in the
 * same step, and the outcome is consumed. Guards that look at the simulation ask the domain.
 * Saving to the browser is done by the page, not here.
 */
import { assign, setup } from 'xstate';
import {
  cancel, carnetCigHasStatus, communicate, isSingleCommunicated, modify, requestCarnetFromForm, requestSmartCig,
  saveProfile, simulatedToday, type CigResult, type SimNotice as Notice, type RequestCarnetResult, type SimError, type SmartCigResult, type Transition,
} from '../domain/simulation/state.ts';
import type { FormError, Profile } from '../domain/simulation/form.ts';
import { goToDate, moveClock, type ClockMove, type ClockOutcome } from '../domain/simulation/clock.ts';
import { outageOn } from '../domain/rules/smartcig.ts';
import { carnetMessage, emptyDoc, type SimDoc } from '../domain/simulation/storage.ts';

/** What a form sends: its fields as typed. */
export type Values = Record<string, string>;

/** A submitted action's outcome, kept only until the machine has routed on it. */
type Pending =
  | { kind: 'single'; t: Transition<SmartCigResult> }
  | { kind: 'carnet'; t: Transition<RequestCarnetResult> }
  | { kind: 'cig'; notice: Notice; t: Transition<CigResult> }
  // issue 12 (simform)
  | { kind: 'profile'; t: Transition<Profile> };

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
}

export type SimEvent =
  | { type: 'NAV'; to: 'home' | 'singleForm' | 'singleList' | 'carnetList' | 'carnetRequest' | 'inbox' | 'profile' }
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
  | { type: 'LOAD'; doc: SimDoc }
  | { type: 'RESET' };

interface SimInput { doc?: SimDoc }

const opts = { amountForm: 'user' as const };

/** The selected CIG as a target of the domain: a single Smart CIG first, else a carnet position. */
function selected(c: SimContext): { code: string } | { carnet: string; cig: number } | null {
  if (c.single) return { code: c.single };
  return c.carnet && c.cig ? { carnet: c.carnet, cig: c.cig } : null;
}

/** Runs the action an event asks for, once; null when there is nothing to run. */
function attempt(c: SimContext, e: SimEvent): Pending | null {
  const s = c.doc.sim;
  const d = simulatedToday(s);
  switch (e.type) {
    case 'SUBMIT_SINGLE': return { kind: 'single', t: requestSmartCig(s, d, e.values, opts) };
    // The carnet goes by PEC to the address of the profile (issue 12), not one typed at each request.
    case 'GENERA': return { kind: 'carnet', t: requestCarnetFromForm(s, d, { size: e.values['size'], pec: c.doc.profile?.pec ?? '' }) };
    case 'SAVE_PROFILE': return { kind: 'profile', t: saveProfile(s, e.values) };
    case 'COMUNICA':
      return c.carnet && c.cig ? { kind: 'cig', notice: 'communicated', t: communicate(s, d, { carnet: c.carnet, cig: c.cig }, e.values, opts) } : null;
    case 'SUBMIT_MODIFY': {
      const target = selected(c);
      return target && { kind: 'cig', notice: 'modified', t: modify(s, d, target, e.values, opts) };
    }
    case 'CANCEL': {
      const target = selected(c);
      return target && { kind: 'cig', notice: 'cancelled', t: cancel(s, d, target) };
    }
    default: return null;
  }
}

const clean = { errors: [], refusal: null, notice: null, clock: null } satisfies Partial<SimContext>;
const closed = { carnet: null, cig: null, single: null, generated: null, issued: null, values: {}, errors: [], refusal: null, clock: null, pending: null } satisfies Partial<SimContext>;

export const simulatoreMachine = setup({
  // XState's way to declare the machine's types: this empty object is never read. The tags name the
  // area of the service a screen belongs to (the page marks it in its navigation).
  types: {} as { context: SimContext; events: SimEvent; input: SimInput; tags: 'home' | 'single' | 'carnet' | 'inbox' | 'profile' },
  guards: {
    accepted: ({ context }) => context.pending?.t.ok === true,
    refused: ({ context }) => context.pending?.t.ok === false,
    // The service is down on the days of SERVICE_OUTAGES (issue 12: the outage follows the simulated date).
    isOutage: ({ context }) => outageOn(simulatedToday(context.doc.sim)) !== undefined,
    isUp: ({ context }) => outageOn(simulatedToday(context.doc.sim)) === undefined,
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
      const done = { doc, ...clean, values: {}, pending: null };
      switch (p.kind) {
        case 'single': return { ...done, issued: p.t.result.code, single: p.t.result.code };
        case 'cig': return { ...done, notice: p.notice };
        case 'profile': return { ...done, doc: { ...doc, profile: p.t.result }, notice: 'profileSaved' as const };
        case 'carnet': {
          const number = p.t.result.carnet;
          const carnet = p.t.state.carnets.find((x) => x.number === number);
          return { ...done, doc: { ...doc, inbox: carnet ? [...doc.inbox, carnetMessage(carnet)] : doc.inbox }, generated: number, carnet: number };
        }
      }
    }),
    refuse: assign(({ context }) => {
      const p = context.pending;
      if (!p || p.t.ok) return { pending: null };
      const fields = p.t.error.fields ?? [];
      return fields.length
        ? { errors: fields, refusal: null, notice: null, pending: null }
        : { errors: [], refusal: p.t.error, notice: null, pending: null };
    }),
    moveClock: assign(({ context, event }) => {
      if (event.type !== 'CLOCK' && event.type !== 'CLOCK_GOTO') return {};
      const outcome = event.type === 'CLOCK' ? moveClock(context.doc.sim, event.move) : goToDate(context.doc.sim, event.date);
      return outcome.ok
        ? { doc: { ...context.doc, sim: outcome.state }, ...clean, values: {}, clock: outcome }
        : { ...clean, clock: outcome };
    }),
    clear: assign({ ...clean, generated: null, issued: null }),
    select: assign(({ event }) => {
      if (event.type === 'OPEN_SINGLE') return { single: event.code, carnet: null, cig: null, ...clean, values: {} };
      if (event.type === 'OPEN_CARNET') return { carnet: event.number, cig: null, single: null, ...clean, values: {} };
      if (event.type === 'OPEN_CIG') return { carnet: event.number, cig: event.position, single: null, ...clean, values: {} };
      return {};
    }),
    load: assign(({ event }) => (event.type === 'LOAD' ? { ...closed, doc: event.doc, notice: 'loaded' as const } : {})),
    reset: assign(() => ({ ...closed, doc: emptyDoc(), notice: 'reset' as const })),
  },
}).createMachine({
  id: 'sim',
  context: ({ input }) => ({ ...closed, doc: input.doc ?? emptyDoc(), notice: null }),
  initial: 'start',
  on: {
    CLOCK: { actions: 'moveClock' },
    CLOCK_GOTO: { actions: 'moveClock' },
    LOAD: { target: '.start', actions: 'load' },
    RESET: { target: '.start', actions: 'reset' },
  },
  states: {
    start: {
      always: [{ guard: 'isOutage', target: 'outage' }, { target: 'service' }],
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
            CANCEL: { actions: 'attempt' },
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
        carnetDetail: { tags: 'carnet' },
        cigUse: {
          tags: 'carnet',
          on: { COMUNICA: { actions: 'attempt' }, CANCEL: { actions: 'attempt' } },
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
      },
    },
  },
});
