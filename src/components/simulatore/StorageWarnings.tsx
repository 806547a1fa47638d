/**
 * Issue 14, stored data is never lost: saves the simulation and says what happened to the data in
 * this browser. An unreadable document stays offered (download, or delete after a confirmation)
 * on every load until the user deletes it; when it could not be set aside the page does not save
 * at all. When another tab saves a different simulation, this page stops saving and asks which
 * one to keep, so neither overwrites the other silently.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SIM } from '../../copy/simulatore.ts';
import {
  STORAGE_KEY, discardStored, parseDoc, saveStored, type KeyValueStore, type Loaded, type SimDoc, type Unreadable,
} from '../../domain/simulation/storage.ts';
import { download } from './files.ts';

interface Props {
  store: KeyValueStore;
  loaded: Loaded;
  /** The simulation shown now: saved whenever it changes, unless saving is blocked. */
  doc: SimDoc;
  /** Replaces the simulation shown (the other tab's). */
  onLoad: (doc: SimDoc) => void;
}

export function StorageWarnings({ store, loaded, doc, onLoad }: Props) {
  const [unreadable, setUnreadable] = useState<Unreadable[]>(loaded.unreadable);
  const [blocked, setBlocked] = useState(loaded.saveBlocked);
  const [otherTab, setOtherTab] = useState(false);
  const [otherError, setOtherError] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  /** What this page last read from or wrote to the main key: a save expects to find it there. */
  const expected = useRef<string | null>(loaded.stored);

  const save = (d: SimDoc) => {
    const r = saveStored(store, d, expected.current);
    if (r.outcome === 'saved') { expected.current = r.stored; setFailed(false); }
    else if (r.outcome === 'otherTab') setOtherTab(true);
    else setFailed(true);
  };

  useEffect(() => { if (!blocked && !otherTab) save(doc); }, [doc, blocked, otherTab]);

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEY && e.newValue !== expected.current) setOtherTab(true);
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  const loadOther = () => {
    let text: string | null = null;
    try { text = store.getItem(STORAGE_KEY); } catch { /* read as nothing: the error below says so */ }
    const p = text === null ? null : parseDoc(text);
    if (!p || !p.ok) { setOtherError(p ? p.reason : SIM.storageWriteError); return; }
    expected.current = text;
    setOtherError(null);
    setOtherTab(false);
    onLoad(p.doc);
  };
  const keepHere = () => {
    try { expected.current = store.getItem(STORAGE_KEY); } catch { expected.current = null; }
    setOtherError(null);
    setOtherTab(false);
  };
  const discarded = (u: Unreadable) => {
    setUnreadable((list) => list.filter((x) => x.key !== u.key));
    if (u.key === STORAGE_KEY) { expected.current = null; setBlocked(false); }
  };

  return (<>
    {unreadable.map((u) => <UnreadableWarning key={u.key} u={u} store={store} kept={u.key === STORAGE_KEY} onDiscarded={() => discarded(u)} />)}
    {otherTab && (
      <div class="sim-warning" role="alert" data-other-tab>
        <h2>{SIM.otherTabTitle}</h2>
        <p>{SIM.otherTabText}</p>
        {otherError && <p class="sim-field-error">{`${SIM.otherTabUnreadable} ${otherError}`}</p>}
        <p class="sim-actions">
          <button type="button" class="sim-button" onClick={loadOther}>{SIM.otherTabLoad}</button>
          <button type="button" class="sim-button sim-secondary" onClick={keepHere}>{SIM.otherTabKeep}</button>
        </p>
      </div>
    )}
    {failed && <p class="sim-warning" role="alert">{SIM.storageWriteError}</p>}
  </>);
}

function UnreadableWarning({ u, store, kept, onDiscarded }: { u: Unreadable; store: KeyValueStore; kept: boolean; onDiscarded: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState(false);
  return (
    <div class="sim-warning" role="alert" data-unreadable={u.key}>
      <h2>{SIM.storageProblemTitle}</h2>
      <p class="sim-user-text">{SIM.storageProblemText(u.reason)}</p>
      {kept && <p>{SIM.storageProblemKept}</p>}
      {confirming ? (
        <div role="group" aria-label={SIM.storageDiscard}>
          <p><strong>{SIM.storageDiscardConfirm}</strong></p>
          <p class="sim-actions">
            <button type="button" class="sim-button sim-warning-button" onClick={() => {
              if (discardStored(store, u.key)) onDiscarded(); else { setError(true); setConfirming(false); }
            }}>{SIM.storageDiscardYes}</button>
            <button type="button" class="sim-button sim-secondary" onClick={() => setConfirming(false)}>{SIM.storageDiscardNo}</button>
          </p>
        </div>
      ) : (
        <p class="sim-actions">
          <button type="button" class="sim-button sim-secondary" onClick={() => download('simulazione-illeggibile.txt', u.raw, 'text/plain')}>{SIM.storageDownload}</button>
          <button type="button" class="sim-button sim-secondary" onClick={() => setConfirming(true)}>{SIM.storageDiscard}</button>
        </p>
      )}
      {error && <p class="sim-field-error">{SIM.storageDiscardFailed}</p>}
    </div>
  );
}
