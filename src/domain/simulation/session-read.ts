/**
 * Reading the saved session and the class-mode link (simclass, issue 12), with zod/mini: loaded on
 * demand (a session is stored; the trainer tools), because its undo steps are whole documents read
 * with the document reader (document.ts), and neither is needed for the page's first view.
 */
import * as z from 'zod/mini';
import { parseDoc } from './document.ts';
import { LOG_ACTIONS, LogEntrySchema } from './schema.ts';
import { HISTORY_LIMIT, LOG_LIMIT } from './state.ts';
import { SESSION_APP, SESSION_VERSION, emptySession, withSnapshots, type HistoryEntry, type Session } from './session.ts';

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
