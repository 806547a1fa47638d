/**
 * What the simulator keeps beside the saved simulation (issue 12): the undo history, the activity
 * log, the screen the user was on and the scenario last loaded. Saved under its own key, validated
 * with zod/mini on load: what does not pass is left out (the simulation itself is never touched).
 * Also: the PEC snapshots of documents saved before messages kept them, and the class-mode link.
 */
import * as z from 'zod/mini';
import { LOG_ACTIONS, LogEntrySchema } from './schema.ts';
import { parseDoc, type SimDoc } from './storage.ts';
import { HISTORY_LIMIT, LOG_LIMIT, initialState, type Carnet, type LogAction, type LogEntry } from './state.ts';
import { viewState, type CarnetView } from './view.ts';

export const SESSION_KEY = 'cig-advisor:simulatore:sessione';
const SESSION_APP = 'cig-advisor-simulatore-sessione';
const SESSION_VERSION = 1;

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

const ScreenSchema = z.object({
  name: z.string().check(z.maxLength(40)),
  carnet: z.nullable(z.string().check(z.maxLength(20))),
  cig: z.nullable(z.int().check(z.minimum(1), z.maximum(50))),
  single: z.nullable(z.string().check(z.maxLength(20))),
});

const SessionSchema = z.object({
  app: z.literal(SESSION_APP),
  version: z.literal(SESSION_VERSION),
  history: z.array(z.object({ action: z.enum(LOG_ACTIONS), target: z.exactOptional(z.string()), doc: z.unknown() })).check(z.maxLength(HISTORY_LIMIT)),
  log: z.array(LogEntrySchema).check(z.maxLength(LOG_LIMIT)),
  screen: z.nullable(ScreenSchema),
  scenario: z.nullable(z.string().check(z.maxLength(60))),
});

export const emptySession = (): Session => ({ history: [], log: [], screen: null, scenario: null });

/** Reads the saved session; an unreadable one gives an empty session, and history steps that are not valid documents are left out. */
export function parseSession(text: string | null): Session {
  if (text === null) return emptySession();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return emptySession();
  }
  const r = SessionSchema.safeParse(raw);
  if (!r.success) return emptySession();
  const history: HistoryEntry[] = [];
  for (const h of r.data.history) {
    const p = parseDoc(JSON.stringify(h.doc));
    if (!p.ok) continue;
    history.push(h.target === undefined ? { action: h.action, doc: withSnapshots(p.doc) } : { action: h.action, target: h.target, doc: withSnapshots(p.doc) });
  }
  return { history, log: r.data.log, screen: r.data.screen, scenario: r.data.scenario };
}

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

const ClassParamsSchema = z.object({
  classe: z.literal('1'),
  scenario: z.exactOptional(z.string().check(z.regex(/^[a-z0-9-]{1,60}$/))),
});

/** The class-mode link's parameters: off, on (with a scenario id to check), or malformed. */
export type ClassParams = { on: false } | { on: true; scenario: string | null } | { on: true; invalid: true };

/** Reads `?classe=1&scenario=<id>`. Without `classe` the page is in its normal mode. */
export function parseClassParams(search: string): ClassParams {
  const q = new URLSearchParams(search);
  if (!q.has('classe')) return { on: false };
  const raw: Record<string, string> = { classe: q.get('classe') ?? '' };
  const scenario = q.get('scenario');
  if (scenario !== null) raw['scenario'] = scenario;
  const r = ClassParamsSchema.safeParse(raw);
  if (!r.success) return { on: true, invalid: true };
  return { on: true, scenario: r.data.scenario ?? null };
}
