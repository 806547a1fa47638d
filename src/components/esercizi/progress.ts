/**
 * Issue 13: progress kept in this browser (nothing is sent anywhere). The stored value is validated;
 * one that does not read is set aside under another key (never thrown away silently) and the caller
 * tells the user.
 */
import * as z from 'zod/mini';

const KEY = 'cig-esercizi';
const SET_ASIDE_KEY = 'cig-esercizi-scartati';

/** As stored: lists of strings, read back into look-up tables. */
const StoredSet = z.strictObject({
  key: z.string(),
  current: z.int().check(z.minimum(0)),
  answers: z.array(z.strictObject({ id: z.string(), question: z.string(), value: z.string() })),
  checked: z.array(z.string()),
});
const StoredSchema = z.strictObject({ v: z.literal(1), sets: z.array(StoredSet) });
type StoredSet = z.infer<typeof StoredSet>;

export interface SetProgress {
  current: number;
  /** exercise id → question → what the learner typed or chose */
  answers: Record<string, Record<string, string>>;
  checked: string[];
}
interface Stored { v: 1; sets: Record<string, SetProgress> }

function fromStored(s: StoredSet): SetProgress {
  const answers: Record<string, Record<string, string>> = {};
  for (const a of s.answers) answers[a.id] = { ...answers[a.id], [a.question]: a.value };
  return { current: s.current, answers, checked: s.checked };
}

function toStored(key: string, p: SetProgress): StoredSet {
  const answers = Object.entries(p.answers).flatMap(([id, qs]) => Object.entries(qs).map(([question, value]) => ({ id, question, value })));
  return { key, current: p.current, answers, checked: p.checked };
}

export const emptyProgress = (): SetProgress => ({ current: 0, answers: {}, checked: [] });

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads every set's progress; `setAside` when a bad value was moved out of the way. */
export function loadAll(): { stored: Stored; setAside: boolean } {
  const s = storage();
  const raw = s?.getItem(KEY) ?? null;
  if (raw === null) return { stored: { v: 1, sets: {} }, setAside: false };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const r = StoredSchema.safeParse(value);
  if (r.success) return { stored: { v: 1, sets: Object.fromEntries(r.data.sets.map((x) => [x.key, fromStored(x)])) }, setAside: false };
  try {
    s?.setItem(SET_ASIDE_KEY, raw);
    s?.removeItem(KEY);
  } catch {
    // storage full or blocked: the bad value stays where it is, and is not read
  }
  return { stored: { v: 1, sets: {} }, setAside: true };
}

export function saveSet(key: string, progress: SetProgress): void {
  const s = storage();
  if (!s) return;
  const { stored } = loadAll();
  stored.sets[key] = progress;
  try {
    s.setItem(KEY, JSON.stringify({ v: 1, sets: Object.entries(stored.sets).map(([k, p]) => toStored(k, p)) }));
  } catch {
    // storage full or blocked: progress lives for this visit only
  }
}
