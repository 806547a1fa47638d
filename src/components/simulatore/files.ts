/** Browser helpers of the simulator: downloads, storage, PDF text. */
import { STORAGE_KEY, emptyDoc, parseDoc, serialiseDoc, type SimDoc } from '../../domain/simulation/storage.ts';
import { SESSION_KEY, emptySession, parseSession, serialiseSession, type Session } from '../../domain/simulation/session.ts';

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

export interface LoadResult {
  doc: SimDoc;
  problem: { reason: string; raw: string } | null;
}

const BACKUP_KEY = `${STORAGE_KEY}:illeggibile`;

/** Reads the saved simulation; an unreadable one is kept under BACKUP_KEY and reported, never dropped. */
export function loadSaved(): LoadResult {
  let raw: string | null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    return { doc: emptyDoc(), problem: null };
  }
  if (raw === null) return { doc: emptyDoc(), problem: null };
  const p = parseDoc(raw);
  if (p.ok) return { doc: p.doc, problem: null };
  try {
    localStorage.setItem(BACKUP_KEY, raw);
  } catch { /* the raw text is still offered for download from memory */ }
  return { doc: emptyDoc(), problem: { reason: p.reason, raw } };
}

export function save(doc: SimDoc): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, serialiseDoc(doc));
    return true;
  } catch {
    return false;
  }
}

// --- simclass (issue 12): the session beside the document (undo history, log, screen) -------------

/** Reads the saved session (undo history, activity log, screen); anything unreadable gives an empty one. */
export function loadSession(): Session {
  try {
    return parseSession(localStorage.getItem(SESSION_KEY));
  } catch {
    return emptySession();
  }
}

export function saveSession(s: Session): boolean {
  try {
    localStorage.setItem(SESSION_KEY, serialiseSession(s));
    return true;
  } catch {
    return false;
  }
}
