/**
 * The Smart CIG simulator's screens. This machine only routes: every guard asks the domain
 * (src/domain/simulation) whether an action is allowed, and every change of the simulation is a
 * domain transition. Saving to the browser is done by the page, not here.
 */
import { assign, setup } from 'xstate';
import {
  advanceTo, cancel, communicate, modify, requestCarnet, requestSmartCig,
  type SimError, type Transition,
} from '../domain/simulation/state.ts';
import { parseCarnetRequest, type FieldError } from '../domain/simulation/form.ts';
import { clockTarget, describeChanges, type ClockMove } from '../domain/simulation/clock.ts';
import { emptyDoc, type SimDoc } from '../domain/simulation/storage.ts';
import { CARNET_RULES } from '../domain/rules/smartcig.ts';

export type Values = Record<string, string>;

export interface SimContext {
  doc: SimDoc;
  /** Selected carnet and position, selected single Smart CIG. */
  carnet: string | null;
  cig: number | null;
  single: string | null;
  /** Field errors of the last submitted form, and what was typed. */
  errors: Array<{ field: string; message: string }>;
  values: Values;
  /** A refusal of the service, shown where it happened. */
  refusal: SimError | null;
  /** What the last clock move changed. */
  changes: string[] | null;
  /** The carnet just generated (success message). */
  generated: string | null;
  /** The code just issued by "Conferma ed ottieni CIG". */
  issued: string | null;
  /** A short confirmation after an action (annulled, communicated...). */
  notice: string | null;
}

export type SimEvent =
  | { type: 'NAV'; to: 'home' | 'singleForm' | 'singleList' | 'carnetList' | 'carnetRequest' | 'inbox' }
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
  | { type: 'OUTAGE'; on: boolean }
  | { type: 'LOAD'; doc: SimDoc; notice?: string }
  | { type: 'RESET' };

export interface SimInput { doc?: SimDoc }

const today = (c: SimContext): string => c.doc.sim.today ?? '2011-05-02';
const opts = { amountForm: 'user' as const };

/** The domain transition an event asks for (null when the event changes no simulation state). */
function attempt(c: SimContext, e: SimEvent): Transition<unknown> | { ok: false; error: SimError; fields: FieldError[] | { field: string; message: string }[] } | null {
  const s = c.doc.sim;
  const d = today(c);
  switch (e.type) {
    case 'SUBMIT_SINGLE': return requestSmartCig(s, d, e.values, opts);
    case 'GENERA': {
      const p = parseCarnetRequest(e.values, { min: CARNET_RULES.minSize, max: CARNET_RULES.maxSize });
      if (!p.ok) return { ok: false, error: { code: 'INVALID_INPUT', message: p.errors.map((x) => x.message).join('; ') }, fields: p.errors };
      return requestCarnet(s, d, p.size, p.pec);
    }
    case 'COMUNICA':
      return c.carnet && c.cig ? communicate(s, d, { carnet: c.carnet, cig: c.cig }, e.values, opts) : null;
    case 'SUBMIT_MODIFY':
      if (c.single) return modify(s, d, { code: c.single }, e.values, opts);
      return c.carnet && c.cig ? modify(s, d, { carnet: c.carnet, cig: c.cig }, e.values, opts) : null;
    case 'CANCEL':
      if (c.single) return cancel(s, d, { code: c.single });
      return c.carnet && c.cig ? cancel(s, d, { carnet: c.carnet, cig: c.cig }) : null;
    case 'CLOCK': {
      const target = clockTarget(s, d, e.move);
      if (!target) {
        const message = e.move === 'expiry' ? 'Nessun carnet scade dopo la data simulata.'
          : e.move === 'deadline' ? 'Nessun termine per i dati dopo la data simulata.'
            : 'Il calendario non va oltre il 31 dicembre 2023: dal 1° gennaio 2024 lo Smart CIG non esiste più.';
        return { ok: false, error: { code: 'INVALID_INPUT', message } };
      }
      return advanceTo(s, target);
    }
    default: return null;
  }
}

const succeeded = ({ context, event }: { context: SimContext; event: SimEvent }) => attempt(context, event)?.ok === true;

const clean: Pick<SimContext, 'errors' | 'refusal' | 'notice' | 'changes'> = { errors: [], refusal: null, notice: null, changes: null };

export const simulatoreMachine = setup({
  types: {
    context: {} as SimContext,
    events: {} as SimEvent,
    input: {} as SimInput,
  },
  guards: {
    succeeded,
    isOutage: ({ context }) => context.doc.outage,
    singleEditable: ({ context }) => context.doc.sim.smartCigs.some((g) => g.code === context.single && g.status === 'COMUNICATO'),
    cigCommunicated: ({ context }) => {
      const c = context.doc.sim.carnets.find((x) => x.number === context.carnet);
      return c?.cigs[(context.cig ?? 0) - 1]?.status === 'COMUNICATO';
    },
  },
  actions: {
    apply: assign(({ context, event }) => {
      const t = attempt(context, event);
      if (!t || !t.ok) return {};
      const doc: SimDoc = { ...context.doc, sim: t.state };
      const r = t.result as { carnet?: string; code?: string; date?: string };
      const patch: Partial<SimContext> = { doc, ...clean, values: {} };
      if (event.type === 'GENERA' && r.carnet) {
        const c = t.state.carnets.find((x) => x.number === r.carnet)!;
        doc.inbox = [...doc.inbox, { date: c.created, to: c.pec ?? '', subject: `Carnet ${c.number} generato (simulazione)`, carnet: c.number }];
        patch.generated = c.number;
        patch.carnet = c.number;
      }
      if (event.type === 'SUBMIT_SINGLE' && r.code) { patch.issued = r.code; patch.single = r.code; }
      if (event.type === 'CANCEL') patch.notice = 'cancelled';
      if (event.type === 'COMUNICA') patch.notice = 'communicated';
      if (event.type === 'SUBMIT_MODIFY') patch.notice = 'modified';
      if (event.type === 'CLOCK' && r.date) patch.changes = describeChanges(context.doc.sim, today(context), r.date);
      return patch;
    }),
    refuse: assign(({ context, event }) => {
      const t = attempt(context, event);
      if (!t || t.ok) return {};
      const fields = 'fields' in t && t.fields ? t.fields : (t.error.fields ?? []);
      const values = 'values' in event ? event.values : context.values;
      return fields.length
        ? { errors: fields, refusal: null, values, notice: null }
        : { errors: [], refusal: t.error, values, notice: null };
    }),
    clockRefuse: assign(({ context, event }) => {
      const t = attempt(context, event);
      return t && !t.ok ? { changes: [t.error.message], errors: [], refusal: null, notice: null } : {};
    }),
    clear: assign({ ...clean, generated: null, issued: null }),
    select: assign(({ event }) => {
      if (event.type === 'OPEN_SINGLE') return { single: event.code, carnet: null, cig: null, ...clean, values: {} };
      if (event.type === 'OPEN_CARNET') return { carnet: event.number, cig: null, single: null, ...clean, values: {} };
      if (event.type === 'OPEN_CIG') return { carnet: event.number, cig: event.position, single: null, ...clean, values: {} };
      return {};
    }),
    setOutage: assign(({ context, event }) => (event.type === 'OUTAGE' ? { doc: { ...context.doc, outage: event.on }, ...clean } : {})),
    load: assign(({ event }) => (event.type === 'LOAD'
      ? { doc: event.doc, carnet: null, cig: null, single: null, generated: null, issued: null, values: {}, errors: [], refusal: null, changes: null, notice: event.notice ?? 'loaded' }
      : {})),
    reset: assign(() => ({ doc: emptyDoc(), carnet: null, cig: null, single: null, generated: null, issued: null, values: {}, errors: [], refusal: null, changes: null, notice: 'reset' })),
  },
}).createMachine({
  id: 'sim',
  context: ({ input }) => ({
    doc: input.doc ?? emptyDoc(),
    carnet: null, cig: null, single: null, errors: [], values: {}, refusal: null, changes: null,
    generated: null, issued: null, notice: null,
  }),
  initial: 'start',
  on: {
    CLOCK: [{ guard: 'succeeded', actions: 'apply' }, { actions: 'clockRefuse' }],
    LOAD: { target: '.start', actions: 'load' },
    RESET: { target: '.start', actions: 'reset' },
  },
  states: {
    start: {
      always: [{ guard: 'isOutage', target: 'outage' }, { target: 'service' }],
    },
    outage: {
      on: {
        OUTAGE: { guard: ({ event }) => !event.on, target: 'service.home', actions: 'setOutage' },
        NAV: { guard: ({ event }) => event.to === 'inbox', target: 'inboxDuringOutage', actions: 'clear' },
      },
    },
    inboxDuringOutage: {
      on: {
        NAV: { target: 'outage', actions: 'clear' },
        OUTAGE: { guard: ({ event }) => !event.on, target: 'service.home', actions: 'setOutage' },
      },
    },
    service: {
      initial: 'home',
      on: {
        NAV: [
          { guard: ({ event }) => event.to === 'home', target: '.home', actions: 'clear' },
          { guard: ({ event }) => event.to === 'singleForm', target: '.singleForm', actions: ['clear', assign({ values: {}, single: null })] },
          { guard: ({ event }) => event.to === 'singleList', target: '.singleList', actions: 'clear' },
          { guard: ({ event }) => event.to === 'carnetList', target: '.carnetList', actions: 'clear' },
          { guard: ({ event }) => event.to === 'carnetRequest', target: '.carnetRequest', actions: ['clear', assign({ values: {} })] },
          { guard: ({ event }) => event.to === 'inbox', target: '.inbox', actions: 'clear' },
        ],
        OPEN_SINGLE: { target: '.singleDetail', actions: 'select' },
        OPEN_CARNET: { target: '.carnetDetail', actions: 'select' },
        OPEN_CIG: [
          { target: '.cigUse', actions: 'select', guard: ({ context, event }) => {
            const c = context.doc.sim.carnets.find((x) => x.number === event.number);
            return c?.cigs[event.position - 1]?.status === 'NON_RENDICONTATO';
          } },
          { target: '.cigDetail', actions: 'select' },
        ],
        OUTAGE: { guard: ({ event }) => event.on, target: '#sim.outage', actions: 'setOutage' },
      },
      states: {
        home: {},
        singleForm: {
          on: { SUBMIT_SINGLE: [{ guard: 'succeeded', target: 'singleDetail', actions: 'apply' }, { actions: 'refuse' }] },
        },
        singleList: {},
        singleDetail: {
          on: {
            EDIT: { guard: 'singleEditable', target: 'singleModify', actions: assign({ errors: [], refusal: null, notice: null, issued: null }) },
            CANCEL: [{ guard: 'succeeded', actions: ['apply', assign({ issued: null })] }, { actions: 'refuse' }],
          },
        },
        singleModify: {
          on: { SUBMIT_MODIFY: [{ guard: 'succeeded', target: 'singleDetail', actions: 'apply' }, { actions: 'refuse' }] },
        },
        carnetList: {},
        carnetRequest: {
          on: { GENERA: [{ guard: 'succeeded', target: 'carnetGenerated', actions: 'apply' }, { actions: 'refuse' }] },
        },
        carnetGenerated: {},
        carnetDetail: {},
        cigUse: {
          on: {
            COMUNICA: [{ guard: 'succeeded', target: 'carnetDetail', actions: 'apply' }, { actions: 'refuse' }],
            CANCEL: [{ guard: 'succeeded', target: 'carnetDetail', actions: 'apply' }, { actions: 'refuse' }],
          },
        },
        cigDetail: {
          on: { EDIT: { guard: 'cigCommunicated', target: 'cigModify', actions: assign({ errors: [], refusal: null, notice: null }) } },
        },
        cigModify: {
          on: { SUBMIT_MODIFY: [{ guard: 'succeeded', target: 'cigDetail', actions: 'apply' }, { actions: 'refuse' }] },
        },
        inbox: {},
      },
    },
  },
});
