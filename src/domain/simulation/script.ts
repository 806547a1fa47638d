/**
 * The `carnet` command (CONTRACT §3): a script of dated actions run through the simulation, with
 * the result of each action and the state read at `asOf`. Never throws: malformed input gives
 * `{ error: { code: 'INVALID_INPUT', message, issues } }`, refused actions give `ok: false` results.
 */
import * as z from 'zod/mini';
import { isIsoDate, type IsoDate } from '../dates.ts';
import { CARNET_RULES, SMART_CIG_SERVICE } from '../rules/smartcig.ts';
import { CIG_FIELDS } from './form.ts';
import { advanceTo, applyAction, initialState, type Action, type SimState, type Target } from './state.ts';
import { viewState, type StateView } from './view.ts';

const ACTION_TYPES = ['requestCarnet', 'communicate', 'cancel', 'modify', 'requestSmartCig'] as const;

const date = z.string({ error: () => 'Inserisci la data come testo nella forma AAAA-MM-GG, ad esempio "2011-05-04"' }).check(
  z.superRefine((d, ctx) => {
    if (!isIsoDate(d)) {
      ctx.issues.push({ code: 'custom', input: d, message: 'Inserisci una data esistente nella forma AAAA-MM-GG, ad esempio "2011-05-04"' });
    } else if (d < SMART_CIG_SERVICE.from || (SMART_CIG_SERVICE.to !== null && d > SMART_CIG_SERVICE.to)) {
      ctx.issues.push({ code: 'custom', input: d, message: 'Lo Smart CIG era in servizio dal 2011-05-02 al 2023-12-31: usa una data in quel periodo' });
    }
  }),
);

const text = (what: string, example: string) =>
  z.optional(z.string({ error: () => `Scrivi ${what} come testo tra virgolette, ad esempio "${example}"` }));

const DataSchema = z.strictObject({
  fattispecieContrattuale: text('la fattispecie contrattuale', 'INF_40000'),
  importo: text("l'importo in euro", '1500'),
  oggetto: text("l'oggetto", 'stampe digitali'),
  proceduraSceltaContraente: text('la procedura', 'AFFIDAMENTO DIRETTO'),
  oggettoPrincipale: text("l'oggetto principale", 'FORNITURE'),
  cigAccordoQuadro: text('il CIG accordo quadro', '1234567CE7'),
  cup: text('il CUP', 'J21H11000020004'),
  // issue 12 (simform): the fields of the later form (from 24 December 2015 in the simulator)
  centralizzazione: text('la voce sulla centralizzazione della spesa', 'NON_ELENCATI'),
  motivoRichiesta: text('il motivo della richiesta del CIG (da 1 a 7)', '1'),
}, { error: () => 'Scrivi i dati come oggetto JSON, ad esempio {"oggetto": "stampe digitali", "importo": "1500", "oggettoPrincipale": "FORNITURE", "proceduraSceltaContraente": "AFFIDAMENTO DIRETTO"}' });

const targetKeys = {
  carnet: z.optional(z.string({ error: () => 'Scrivi il numero del carnet come testo, ad esempio "CARNET/0000001"' })),
  cig: z.optional(z.int({ error: () => 'Indica la posizione del CIG nel carnet con un numero intero da 1, ad esempio 1' }).check(
    z.minimum(1, { error: 'La posizione del CIG nel carnet parte da 1' }),
  )),
  code: z.optional(z.string({ error: () => 'Scrivi il codice dello Smart CIG come testo, ad esempio "X3A000262F"' })),
};

/** The keys that name a CIG, as the schema reads them (each may be missing). */
interface TargetKeys { carnet?: string | undefined; cig?: number | undefined; code?: string | undefined }

const targetCheck = z.superRefine((a: TargetKeys, ctx) => {
  const byPosition = a.carnet !== undefined || a.cig !== undefined;
  if (a.code !== undefined && byPosition) {
    ctx.issues.push({ code: 'custom', input: a, path: ['code'], message: 'Indica il CIG in un solo modo: "carnet" e "cig" (posizione), oppure "code"' });
  } else if (a.code === undefined) {
    if (a.carnet === undefined) ctx.issues.push({ code: 'custom', input: a, path: ['carnet'], message: 'Indica il carnet, ad esempio "carnet": "CARNET/0000001", insieme a "cig": 1 (oppure il codice con "code")' });
    if (a.cig === undefined) ctx.issues.push({ code: 'custom', input: a, path: ['cig'], message: 'Indica la posizione del CIG nel carnet, ad esempio "cig": 1' });
  }
});

const RequestCarnetSchema = z.strictObject({
  date, type: z.literal('requestCarnet'),
  size: z.optional(z.int({ error: () => `Indica la dimensione del carnet con un numero intero da ${CARNET_RULES.minSize} a ${CARNET_RULES.maxSize}` }).check(
    z.minimum(CARNET_RULES.minSize, { error: `La dimensione del carnet va da ${CARNET_RULES.minSize} a ${CARNET_RULES.maxSize}` }),
    z.maximum(CARNET_RULES.maxSize, { error: `Un carnet ha al massimo ${CARNET_RULES.maxSize} CIG` }),
  )),
  pec: z.optional(z.string({ error: () => 'Scrivi l\'indirizzo PEC come testo' })),
});
const CommunicateSchema = z.strictObject({ date, type: z.literal('communicate'), ...targetKeys, data: DataSchema }).check(targetCheck);
const CancelSchema = z.strictObject({ date, type: z.literal('cancel'), ...targetKeys }).check(targetCheck);
const ModifySchema = z.strictObject({ date, type: z.literal('modify'), ...targetKeys, data: DataSchema }).check(targetCheck);
const RequestSmartCigSchema = z.strictObject({ date, type: z.literal('requestSmartCig'), data: DataSchema });

const ActionSchema = z.discriminatedUnion('type', [RequestCarnetSchema, CommunicateSchema, CancelSchema, ModifySchema, RequestSmartCigSchema]);

const CarnetScriptSchema = z.strictObject({
  actions: z.array(ActionSchema, { error: () => 'Elenca le azioni in "actions" tra parentesi quadre, ad esempio [{"date": "2011-05-04", "type": "requestCarnet"}]' }),
  asOf: z.optional(date),
}, { error: () => 'Lo script deve essere un oggetto JSON con "actions", ad esempio {"actions": [{"date": "2011-05-04", "type": "requestCarnet"}]}' });

interface ScriptIssue { path: string; message: string }
interface ScriptError { code: 'INVALID_INPUT'; message: string; issues: ScriptIssue[] }

type ActionResult =
  | ({ ok: true; type: Action['type']; date: IsoDate } & Record<string, unknown>)
  | { ok: false; type?: Action['type']; date?: IsoDate; error: { code: string; message: string; fields?: Array<{ field: string; message: string }> } };

type ScriptOutput = { results: ActionResult[]; state: StateView } | { error: ScriptError };

const ALLOWED_KEYS: Record<string, string> = {
  requestCarnet: 'date, type, size, pec',
  communicate: 'date, type, carnet, cig (oppure code), data',
  cancel: 'date, type, carnet, cig (oppure code)',
  modify: 'date, type, carnet, cig (oppure code), data',
  requestSmartCig: 'date, type, data',
};

function issueMessage(issue: z.core.$ZodIssue, raw: unknown): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const last = path[path.length - 1];
    if (last === 'data') return `Chiave non prevista nei dati: ${issue.keys.join(', ')}. Sono ammesse: ${CIG_FIELDS.join(', ')}`;
    if (path.length === 0) return `Chiave non prevista: ${issue.keys.join(', ')}. Sono ammesse: actions, asOf`;
    const action = getAt(raw, path);
    const type = typeof action === 'object' && action !== null && 'type' in action ? action.type : undefined;
    const allowed = typeof type === 'string' ? ALLOWED_KEYS[type] : undefined;
    return `Chiave non prevista: ${issue.keys.join(', ')}. ${allowed ? `Per "${String(type)}" sono ammesse: ${allowed}` : 'Controlla di averla scritta bene'}`;
  }
  if (issue.code === 'invalid_union' && path[path.length - 1] === 'type') {
    return `Indica il tipo di azione in "type": ${ACTION_TYPES.map((t) => `"${t}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_union' && path.length === 2 && path[0] === 'actions') {
    return `Ogni azione è un oggetto con "date" e "type" (${ACTION_TYPES.join(', ')})`;
  }
  if (issue.code === 'invalid_value' && path[path.length - 1] === 'type') {
    return `Indica il tipo di azione in "type": ${ACTION_TYPES.map((t) => `"${t}"`).join(', ')}`;
  }
  return issue.message && issue.message !== 'Invalid input' ? issue.message : 'Valore non valido: controlla questo campo';
}

function getAt(raw: unknown, path: string[]): unknown {
  let cur = raw;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Reflect.get(cur, p);
  }
  return cur;
}

function summarise(issues: ScriptIssue[]): string {
  const [only] = issues;
  if (only && issues.length === 1) return only.path ? `${only.path}: ${only.message}` : only.message;
  return `Ci sono ${issues.length} problemi: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`;
}

function invalid(issues: ScriptIssue[]): { error: ScriptError } {
  return { error: { code: 'INVALID_INPUT', message: summarise(issues), issues } };
}

type ParsedAction = z.infer<typeof ActionSchema>;

function toAction(a: ParsedAction): Action {
  // targetCheck has refused every action that names neither a code nor both carnet and cig.
  const target = (x: TargetKeys): Target =>
    x.code !== undefined ? { code: x.code } : { carnet: x.carnet ?? '', cig: x.cig ?? 0 };
  switch (a.type) {
    case 'requestCarnet': {
      const r: Action = { type: 'requestCarnet', date: a.date };
      if (a.size !== undefined) r.size = a.size;
      if (a.pec !== undefined) r.pec = a.pec;
      return r;
    }
    case 'communicate': return { type: 'communicate', date: a.date, target: target(a), data: a.data };
    case 'cancel': return { type: 'cancel', date: a.date, target: target(a) };
    case 'modify': return { type: 'modify', date: a.date, target: target(a), data: a.data };
    case 'requestSmartCig': return { type: 'requestSmartCig', date: a.date, data: a.data };
  }
}

/** Runs a script of actions from a fresh simulation (or from `start`). Never throws. */
export function runCarnetScript(raw: unknown, start: SimState = initialState()): ScriptOutput {
  try {
    const parsed = CarnetScriptSchema.safeParse(raw);
    if (!parsed.success) {
      return invalid(parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: issueMessage(i, raw),
      })));
    }
    const { actions, asOf } = parsed.data;
    let state = start;
    const results: ActionResult[] = [];
    for (const a of actions) {
      const action = toAction(a);
      const t = applyAction(state, action, { amountForm: 'plain' });
      if (t.ok) {
        state = t.state;
        results.push({ ok: true, type: action.type, date: action.date, ...t.result });
      } else {
        const error: { code: string; message: string; fields?: Array<{ field: string; message: string }> } = { code: t.error.code, message: t.error.message };
        if (t.error.fields) error.fields = t.error.fields;
        results.push({ ok: false, type: action.type, date: action.date, error });
        // A refused action still happened on its date: later actions must not come before it.
        if (t.error.code !== 'DATE_ORDER') {
          const moved = advanceTo(state, action.date);
          if (moved.ok) state = moved.state;
        }
      }
    }
    if (asOf !== undefined && state.today !== null && asOf < state.today) {
      return invalid([{ path: 'asOf', message: `La data di lettura non può precedere l'ultima azione eseguita (${state.today}): usa ${state.today} o una data successiva` }]);
    }
    return { results, state: viewState(state, asOf ?? state.today) };
  } catch (e) {
    // Defensive: the rules do not throw on validated input, but the contract forbids stack traces.
    return invalid([{ path: '', message: `Impossibile eseguire lo script: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}
