/**
 * The saved simulation (browser storage, export and import): a versioned document validated with
 * zod/mini on every load. Anything that does not pass is reported, never silently dropped. The
 * document's type is the schema's: the simulation's own types come from the same schemas.
 */
import * as z from 'zod/mini';
import { SMART_CIG_SERVICE } from '../rules/smartcig.ts';
import { InboxMessageSchema, SimStateSchema } from './schema.ts';
import { initialState, type Carnet } from './state.ts';
import { invariantProblem, sizeProblem, textProblem } from './invariants.ts';

export const STORAGE_KEY = 'cig-advisor:simulatore';
const DOC_APP = 'cig-advisor-simulatore';
const DOC_VERSION = 1;

const SimDocSchema = z.object({
  app: z.literal(DOC_APP),
  version: z.literal(DOC_VERSION),
  sim: SimStateSchema,
  inbox: z.array(InboxMessageSchema),
  outage: z.boolean(),
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

/**
 * Reads a saved or imported document (JSON text): its shape (zod/mini), then the simulation's
 * invariants (invariants.ts). Never throws: whatever the text, the answer is a document or an
 * Italian reason.
 */
export function parseDoc(text: string): DocParse {
  try {
    return parseDocText(text);
  } catch {
    // issue 14: nothing the text holds may escape as an exception (the loader keeps the original).
    return { ok: false, reason: 'il contenuto non si può leggere' };
  }
}

function parseDocText(text: string): DocParse {
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
  // issue 14: a count no simulation can reach is refused before the schema walks it.
  const tooMany = sizeProblem(raw);
  if (tooMany) return { ok: false, reason: tooMany };
  const r = SimDocSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    const what = first && first.code === 'custom' ? first.message : 'valore mancante o non valido';
    return { ok: false, reason: first ? `${first.path.join('.') || 'documento'}: ${what}` : 'contenuto non valido' };
  }
  const broken = invariantProblem(r.data.sim) ?? textProblem(r.data);
  if (broken) return { ok: false, reason: broken };
  return { ok: true, doc: r.data };
}

export function serialiseDoc(doc: SimDoc): string {
  return JSON.stringify(doc, null, 2);
}

// ---- issue 14, stored data is never lost ------------------------------------------------------

/** What the loader needs of the browser's storage: localStorage, or a fake in the tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where an unreadable document is set aside, so the main key can take the new simulation. */
export const BACKUP_KEY = `${STORAGE_KEY}:illeggibile`;

/** A stored text that is not a readable simulation, and the key that holds it. */
export interface Unreadable {
  key: string;
  raw: string;
  reason: string;
}

export interface Loaded {
  doc: SimDoc;
  /** Unreadable texts still in the browser: offered for download or deletion until the user chooses. */
  unreadable: Unreadable[];
  /**
   * True when the main key holds an unreadable text that could not be set aside (quota, or a
   * backup already there): nothing is saved until the user downloads or deletes it.
   */
  saveBlocked: boolean;
  /** The main key's text as read (what a later save expects to find there). */
  stored: string | null;
  /** False when the browser refuses access to its storage. */
  available: boolean;
}

function read(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

/** Writes and reads back: true only when the value is really there. */
function writeVerified(store: KeyValueStore, key: string, value: string): boolean {
  try {
    store.setItem(key, value);
    return store.getItem(key) === value;
  } catch {
    return false;
  }
}

function reasonOf(raw: string): string {
  const p = parseDoc(raw);
  return p.ok ? 'conservata a parte' : p.reason;
}

/**
 * Loads the saved simulation. An unreadable main text is copied to BACKUP_KEY before anything may
 * overwrite it; when the copy cannot be written (quota) or a different text is already set aside,
 * the main text stays where it is and saving is blocked. Never throws.
 */
export function loadStored(store: KeyValueStore): Loaded {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { doc: emptyDoc(), unreadable: [], saveBlocked: false, stored: null, available: false };
  }
  const backup = read(store, BACKUP_KEY);
  const unreadable: Unreadable[] = backup === null ? [] : [{ key: BACKUP_KEY, raw: backup, reason: reasonOf(backup) }];
  if (raw === null) return { doc: emptyDoc(), unreadable, saveBlocked: false, stored: null, available: true };
  const p = parseDoc(raw);
  if (p.ok) return { doc: p.doc, unreadable, saveBlocked: false, stored: raw, available: true };
  if (backup === raw) return { doc: emptyDoc(), unreadable, saveBlocked: false, stored: raw, available: true };
  if (backup === null && writeVerified(store, BACKUP_KEY, raw)) {
    return { doc: emptyDoc(), unreadable: [{ key: BACKUP_KEY, raw, reason: p.reason }], saveBlocked: false, stored: raw, available: true };
  }
  return { doc: emptyDoc(), unreadable: [...unreadable, { key: STORAGE_KEY, raw, reason: p.reason }], saveBlocked: true, stored: raw, available: true };
}

/**
 * What a save did: 'saved'; 'otherTab' when the main key no longer holds what this page last read
 * or wrote (another tab saved meanwhile: nothing is overwritten until the user chooses); 'failed'
 * when the browser refused the write (quota, private mode).
 */
type SaveOutcome = { outcome: 'saved'; stored: string } | { outcome: 'otherTab'; stored: string | null } | { outcome: 'failed' };

export function saveStored(store: KeyValueStore, doc: SimDoc, expected: string | null): SaveOutcome {
  const now = read(store, STORAGE_KEY);
  if (now !== expected) return { outcome: 'otherTab', stored: now };
  const text = serialiseDoc(doc);
  if (text === now) return { outcome: 'saved', stored: text };
  try {
    store.setItem(STORAGE_KEY, text);
    return { outcome: 'saved', stored: text };
  } catch {
    return { outcome: 'failed' };
  }
}

/** Deletes an unreadable text the user chose to discard (after confirming). */
export function discardStored(store: KeyValueStore, key: string): boolean {
  try {
    store.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
