/**
 * The saved simulation (browser storage, export and import): what the page needs on every view,
 * kept small. The document's shape, its reading (zod/mini and the simulation's invariants) and the
 * loader are in document.ts, a module the page loads only when there is a document to read
 * (issue 14: the checks grew, and a first visit has nothing stored).
 */
import type * as z from 'zod/mini';
import { SMART_CIG_SERVICE } from '../rules/smartcig.ts';
import type { InboxMessageSchema, ProfileSchema } from './schema.ts';
import { initialState, type Carnet, type SimState } from './state.ts';

export const STORAGE_KEY = 'cig-advisor:simulatore';
export const DOC_APP = 'cig-advisor-simulatore';
export const DOC_VERSION = 1;

type InboxMessage = z.infer<typeof InboxMessageSchema>;

/** The saved document (its schema, SimDocSchema in document.ts, checks exactly this shape). */
export interface SimDoc {
  app: typeof DOC_APP;
  version: typeof DOC_VERSION;
  sim: SimState;
  inbox: InboxMessage[];
  /** Kept so that older documents load; the outage now follows the simulated date (rules/smartcig.ts). */
  outage: boolean;
  // issue 12 (simform): the simulated user's profile; a document saved before it has none and still loads.
  profile?: z.infer<typeof ProfileSchema>;
}

/** A fresh simulation, its clock on the first day of the Smart CIG service. */
export function emptyDoc(): SimDoc {
  return { app: DOC_APP, version: DOC_VERSION, sim: initialState(SMART_CIG_SERVICE.from), inbox: [], outage: false };
}

/** The simulated PEC that brings a new carnet (its words are part of the saved document). */
export function carnetMessage(c: Carnet): InboxMessage {
  return { date: c.created, to: c.pec ?? '', subject: `Carnet ${c.number} generato (simulazione)`, carnet: c.number };
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

export function read(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

/**
 * What the page loads without reading any document: an empty simulation when nothing is stored
 * (a first visit), or null when there is a text to read (document.ts, loadStored). Never throws.
 */
export function loadNothingStored(store: KeyValueStore): Loaded | null {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { doc: emptyDoc(), unreadable: [], saveBlocked: false, stored: null, available: false };
  }
  return raw === null && read(store, BACKUP_KEY) === null ? { doc: emptyDoc(), unreadable: [], saveBlocked: false, stored: null, available: true } : null;
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
