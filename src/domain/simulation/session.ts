/**
 * What the simulator keeps beside the saved simulation (issue 12): the undo history, the activity
 * log, the screen the user was on and the scenario last loaded. Saved under its own key, validated
 * with zod/mini on load: what does not pass is left out (the simulation itself is never touched).
 * Also: the PEC snapshots of documents saved before messages kept them, and the class-mode link.
 */
import type { SimDoc } from './storage.ts';
import { initialState, type Carnet, type LogAction, type LogEntry } from './state.ts';
import { viewState, type CarnetView } from './view.ts';

export const SESSION_KEY = 'cig-advisor:simulatore:sessione';
export const SESSION_APP = 'cig-advisor-simulatore-sessione';
export const SESSION_VERSION = 1;

/** A step of the undo history: the action that was done and the simulation as it was before it. */
export interface HistoryEntry {
  action: LogAction;
  target?: string;
  doc: SimDoc;
}

/** Where the user was: a screen's name and the selected carnet, position and single Smart CIG. */
export interface ScreenRef {
  name: string;
  carnet: string | null;
  cig: number | null;
  single: string | null;
}

export interface Session {
  history: HistoryEntry[];
  log: LogEntry[];
  screen: ScreenRef | null;
  scenario: string | null;
}

export const emptySession = (): Session => ({ history: [], log: [], screen: null, scenario: null });

/** At most this many characters are saved (browser storage holds about 5 million per site, shared with the document). */
const SESSION_MAX_CHARS = 1_500_000;

/** The session as saved: when it is too long, the oldest undo steps go first, then the oldest log lines. */
export function serialiseSession(s: Session, maxChars = SESSION_MAX_CHARS): string {
  let history = s.history;
  let log = s.log;
  for (;;) {
    const text = JSON.stringify({ app: SESSION_APP, version: SESSION_VERSION, ...s, history, log });
    if (text.length <= maxChars) return text;
    if (history.length > 0) history = history.slice(1);
    else if (log.length > 0) log = log.slice(Math.ceil(log.length / 2));
    else return text;
  }
}

/** The carnet as it was on the day it was generated: every code issued, none used yet. */
function carnetAtCreation(c: Carnet): Carnet {
  return { ...c, cigs: c.cigs.map((g) => ({ code: g.code, status: 'NON_RENDICONTATO' as const })) };
}

/** The carnet's snapshot for the PEC message sent now. */
export function snapshotOf(c: Carnet): Carnet {
  return structuredClone(c);
}

/**
 * Migration of documents saved before PEC messages kept their carnet: the message was sent when the
 * carnet was generated, so its snapshot is the carnet as issued (every CIG not yet accounted for).
 */
export function withSnapshots(doc: SimDoc): SimDoc {
  if (doc.inbox.every((m) => m.snapshot)) return doc;
  const inbox = doc.inbox.map((m) => {
    if (m.snapshot) return m;
    const c = doc.sim.carnets.find((x) => x.number === m.carnet);
    return c ? { ...m, snapshot: carnetAtCreation(c) } : m;
  });
  return { ...doc, inbox };
}

/** The carnet a PEC message carried, read on the day it was sent (null for a message without its snapshot). */
export function sentCarnet(m: SimDoc['inbox'][number]): CarnetView | null {
  if (!m.snapshot) return null;
  return viewState({ ...initialState(m.date), carnets: [m.snapshot] }, m.date).carnets[0] ?? null;
}
