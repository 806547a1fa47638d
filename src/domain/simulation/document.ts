/**
 * The saved simulation's document: its shape (a versioned zod/mini schema built from the
 * simulation's own schemas), its reading, and the loader of the browser's copy. Anything that does
 * not pass is reported, never silently dropped: issue 14 adds the simulation's invariants
 * (invariants.ts) after the shape, and a loader that never loses an unreadable text.
 * Loaded on demand by the page (storage.ts holds what every view needs).
 */
import * as z from 'zod/mini';
import { InboxMessageSchema, ProfileSchema, SimStateSchema } from './schema.ts';
import { invariantProblem, sizeProblem, textProblem } from './invariants.ts';
import {
  BACKUP_KEY, DOC_APP, DOC_VERSION, STORAGE_KEY, emptyDoc, read, type KeyValueStore, type Loaded, type SimDoc, type Unreadable,
} from './storage.ts';

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
