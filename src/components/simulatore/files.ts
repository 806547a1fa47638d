/** Browser helpers of the simulator: downloads, storage, PDF text. */
import { loadNothingStored, type KeyValueStore, type Loaded } from '../../domain/simulation/storage.ts';
import { SESSION_KEY, emptySession, serialiseSession, type Session } from '../../domain/simulation/session.ts';

export function download(filename: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The browser's localStorage, or a store that refuses everything when the page may not use it. */
export function browserStore(): KeyValueStore {
  try {
    return localStorage;
  } catch {
    const refuse = () => { throw new Error('storage unavailable'); };
    return { getItem: refuse, setItem: refuse, removeItem: refuse };
  }
}

/** The document reader (schema and invariants), loaded on demand: a first visit has nothing to read. */
const documentModule = () => import('../../domain/simulation/document.ts');

/** Issue 14: the saved simulation, read (and an unreadable one set aside) only when something is stored. */
export async function loadSimulation(store: KeyValueStore): Promise<Loaded> {
  return loadNothingStored(store) ?? (await documentModule()).loadStored(store);
}

/** Reads an imported file or another tab's data: a simulation, or the Italian reason it is not one. */
export async function readDocument(text: string) {
  return (await documentModule()).parseDoc(text);
}

// --- simclass (issue 12): the session beside the document (undo history, log, screen) -------------

/** Reads the saved session (undo history, activity log, screen); anything unreadable gives an empty one. Its reader is loaded only when a session is stored. */
export async function loadSession(): Promise<Session> {
  let text: string | null;
  try {
    text = localStorage.getItem(SESSION_KEY);
  } catch {
    return emptySession();
  }
  if (text === null) return emptySession();
  return (await import('../../domain/simulation/session-read.ts')).parseSession(text);
}

export function saveSession(s: Session): boolean {
  try {
    localStorage.setItem(SESSION_KEY, serialiseSession(s));
    return true;
  } catch {
    return false;
  }
}
