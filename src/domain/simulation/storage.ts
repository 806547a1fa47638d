/**
 * The saved simulation (browser storage, export and import): a versioned document validated with
 * zod/mini on every load. Anything that does not pass is reported, never silently dropped. The
 * document's type is the schema's: the simulation's own types come from the same schemas.
 */
import * as z from 'zod/mini';
import { SMART_CIG_SERVICE } from '../rules/smartcig.ts';
import { InboxMessageSchema, ProfileSchema, SimStateSchema } from './schema.ts';
import { initialState, type Carnet } from './state.ts';

export const STORAGE_KEY = 'cig-advisor:simulatore';
const DOC_APP = 'cig-advisor-simulatore';
const DOC_VERSION = 1;

const SimDocSchema = z.object({
  app: z.literal(DOC_APP),
  version: z.literal(DOC_VERSION),
  sim: SimStateSchema,
  inbox: z.array(InboxMessageSchema),
  /** Kept so that older documents load; the outage now follows the simulated date (rules/smartcig.ts). */
  outage: z.boolean(),
  // issue 12 (simform): the simulated user's profile; a document saved before it has none and still loads.
  profile: z.exactOptional(ProfileSchema),
}).check(z.superRefine((doc, ctx) => {
  const codes = [...doc.sim.carnets.flatMap((c) => c.cigs.map((g) => g.code)), ...doc.sim.smartCigs.map((g) => g.code)];
  if (new Set(codes).size !== codes.length) ctx.issues.push({ code: 'custom', input: doc, message: 'codici ripetuti' });
  for (const c of doc.sim.carnets) {
    if (c.cigs.length !== c.size) ctx.issues.push({ code: 'custom', input: c, message: `il ${c.number} non ha ${c.size} CIG` });
  }
}));

export type SimDoc = z.infer<typeof SimDocSchema>;
type InboxMessage = z.infer<typeof InboxMessageSchema>;

/** A fresh simulation, its clock on the first day of the Smart CIG service. */
export function emptyDoc(): SimDoc {
  return { app: DOC_APP, version: DOC_VERSION, sim: initialState(SMART_CIG_SERVICE.from), inbox: [], outage: false };
}

/** The simulated PEC that brings a new carnet (its words are part of the saved document). */
export function carnetMessage(c: Carnet): InboxMessage {
  return { date: c.created, to: c.pec ?? '', subject: `Carnet ${c.number} generato (simulazione)`, carnet: c.number };
}

type DocParse = { ok: true; doc: SimDoc } | { ok: false; reason: string };

/** Reads a saved or imported document (JSON text). */
export function parseDoc(text: string): DocParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'il testo non è JSON valido' };
  }
  if (typeof raw === 'object' && raw !== null && 'app' in raw && raw.app === DOC_APP) {
    const version = 'version' in raw ? raw.version : undefined;
    if (version !== DOC_VERSION) {
      return { ok: false, reason: `versione ${String(version)} non riconosciuta (questa pagina legge la versione ${DOC_VERSION})` };
    }
  }
  const r = SimDocSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    const what = first && first.code === 'custom' ? first.message : 'valore mancante o non valido';
    return { ok: false, reason: first ? `${first.path.join('.') || 'documento'}: ${what}` : 'contenuto non valido' };
  }
  return { ok: true, doc: r.data };
}

export function serialiseDoc(doc: SimDoc): string {
  return JSON.stringify(doc, null, 2);
}
