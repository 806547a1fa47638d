/**
 * The saved simulation (browser storage, export and import): a versioned document validated with
 * zod/mini on every load. Anything that does not pass is reported, never silently dropped.
 */
import * as z from 'zod/mini';
import { checkCig } from '../cig.ts';
import { isIsoDate } from '../dates.ts';
import { initialState, type SimState } from './state.ts';

export const STORAGE_KEY = 'cig-advisor:simulatore';
export const DOC_APP = 'cig-advisor-simulatore';
export const DOC_VERSION = 1;

export interface InboxMessage {
  date: string;
  to: string;
  subject: string;
  carnet: string;
}

export interface SimDoc {
  app: typeof DOC_APP;
  version: typeof DOC_VERSION;
  sim: SimState;
  inbox: InboxMessage[];
  outage: boolean;
}

const date = z.string().check(z.refine(isIsoDate, { error: 'data non valida' }));
const code = z.string().check(z.refine((c) => checkCig(c).valid && c === c.toUpperCase(), { error: 'codice non valido' }));
const opt = z.optional;

const Data = z.object({
  fattispecieContrattuale: z.string(),
  importo: z.string().check(z.regex(/^\d{1,15}(\.\d{1,2})?$/)),
  oggetto: z.string().check(z.maxLength(1000)),
  proceduraSceltaContraente: z.string(),
  oggettoPrincipale: z.enum(['LAVORI', 'SERVIZI', 'FORNITURE']),
  cigAccordoQuadro: opt(z.string()),
  cup: opt(z.string()),
});

const CarnetCig = z.object({
  code,
  status: z.enum(['NON_RENDICONTATO', 'COMUNICATO', 'ANNULLATO']),
  data: opt(Data),
  communicated: opt(date),
  modified: opt(date),
  cancelled: opt(date),
});

const Carnet = z.object({
  number: z.string().check(z.regex(/^CARNET\/\d{7}$/)),
  created: date,
  expires: date,
  dataDeadline: date,
  size: z.int().check(z.minimum(1), z.maximum(50)),
  pec: opt(z.string().check(z.maxLength(320))),
  cigs: z.array(CarnetCig),
});

const SmartCig = z.object({
  code,
  status: z.enum(['COMUNICATO', 'ANNULLATO']),
  requested: date,
  data: Data,
  modified: opt(date),
  cancelled: opt(date),
});

const Sim = z.object({
  today: z.nullable(date),
  nextCarnet: z.int().check(z.minimum(1)),
  nextCounter: z.int().check(z.minimum(1)),
  prefix: z.enum(['X', 'Y', 'Z']),
  carnets: z.array(Carnet),
  smartCigs: z.array(SmartCig),
});

export const SimDocSchema = z.object({
  app: z.literal(DOC_APP),
  version: z.literal(DOC_VERSION),
  sim: Sim,
  inbox: z.array(z.object({ date, to: z.string(), subject: z.string(), carnet: z.string() })),
  outage: z.boolean(),
}).check(z.superRefine((doc, ctx) => {
  const codes = [...doc.sim.carnets.flatMap((c) => c.cigs.map((g) => g.code)), ...doc.sim.smartCigs.map((g) => g.code)];
  if (new Set(codes).size !== codes.length) ctx.issues.push({ code: 'custom', input: doc, message: 'codici ripetuti' });
  for (const c of doc.sim.carnets) {
    if (c.cigs.length !== c.size) ctx.issues.push({ code: 'custom', input: c, message: `il ${c.number} non ha ${c.size} CIG` });
  }
}));

export function emptyDoc(): SimDoc {
  return { app: DOC_APP, version: DOC_VERSION, sim: initialState('2011-05-02'), inbox: [], outage: false };
}

export type DocParse = { ok: true; doc: SimDoc } | { ok: false; reason: string };

/** Reads a saved or imported document (JSON text). */
export function parseDoc(text: string): DocParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'il testo non è JSON valido' };
  }
  if (raw && typeof raw === 'object' && (raw as { app?: unknown }).app === DOC_APP && (raw as { version?: unknown }).version !== DOC_VERSION) {
    return { ok: false, reason: `versione ${String((raw as { version?: unknown }).version)} non riconosciuta (questa pagina legge la versione ${DOC_VERSION})` };
  }
  const r = SimDocSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    const what = first && first.code === 'custom' ? first.message : 'valore mancante o non valido';
    return { ok: false, reason: first ? `${first.path.join('.') || 'documento'}: ${what}` : 'contenuto non valido' };
  }
  return { ok: true, doc: r.data as SimDoc };
}

export function serialiseDoc(doc: SimDoc): string {
  return JSON.stringify(doc, null, 2);
}
