/**
 * Issue 14, stored data is never lost: saves the simulation and says what happened to the data in
 * this browser. An unreadable document stays offered (download, or delete after a confirmation)
 * on every load until the user deletes it; when it could not be set aside the page does not save
 * at all. When another tab saves a different simulation, this page stops saving and asks which
 * one to keep, so neither overwrites the other silently. The warnings themselves (StorageBanners.tsx
 * and their words) load only when one is shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SIM } from '../../copy/simulatore.ts';
import {
  STORAGE_KEY, discardStored, saveStored, type KeyValueStore, type Loaded, type SimDoc, type Unreadable,
} from '../../domain/simulation/storage.ts';
import { download, readDocument } from './files.ts';
import type { BannersProps } from './StorageBanners.tsx';

interface Props {
  store: KeyValueStore;
  loaded: Loaded;
  /** The simulation shown now: saved whenever it changes, unless saving is blocked. */
  doc: SimDoc;
  /** Replaces the simulation shown (the other tab's). */
  onLoad: (doc: SimDoc) => void;
}

type Banners = (p: BannersProps) => preact.JSX.Element;

export function StorageWarnings({ store, loaded, doc, onLoad }: Props) {
  const [unreadable, setUnreadable] = useState<Unreadable[]>(loaded.unreadable);
  const [blocked, setBlocked] = useState(loaded.saveBlocked);
  const [otherTab, setOtherTab] = useState(false);
  const [otherError, setOtherError] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [Banners, setBanners] = useState<{ View: Banners } | null>(null);
  /** What this page last read from or wrote to the main key: a save expects to find it there. */
  const expected = useRef<string | null>(loaded.stored);
  const shown = unreadable.length > 0 || otherTab;

  useEffect(() => {
    if (!blocked && !otherTab) {
      const r = saveStored(store, doc, expected.current);
      if (r.outcome === 'saved') { expected.current = r.stored; setFailed(false); }
      else if (r.outcome === 'otherTab') setOtherTab(true);
      else setFailed(true);
    }
  }, [doc, blocked, otherTab]);

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEY && e.newValue !== expected.current) setOtherTab(true);
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => {
    if (shown && !Banners) void import('./StorageBanners.tsx').then((m) => setBanners({ View: m.StorageBanners }));
  }, [shown]);

  const current = () => {
    try { return store.getItem(STORAGE_KEY); } catch { return null; }
  };
  const props: BannersProps = {
    unreadable, otherTab, otherError,
    isMain: (u) => u.key === STORAGE_KEY,
    onDownload: (u) => download('simulazione-illeggibile.txt', u.raw, 'text/plain'),
    discard: (u) => discardStored(store, u.key),
    onDiscarded: (u) => {
      setUnreadable((list) => list.filter((x) => x.key !== u.key));
      if (u.key === STORAGE_KEY) { expected.current = null; setBlocked(false); }
    },
    onLoadOther: async () => {
      const text = current();
      const p = text === null ? null : await readDocument(text);
      if (!p || !p.ok) { setOtherError(p ? p.reason : SIM.storageWriteError); return; }
      expected.current = text;
      setOtherError(null);
      setOtherTab(false);
      onLoad(p.doc);
    },
    onKeepHere: () => {
      expected.current = current();
      setOtherError(null);
      setOtherTab(false);
    },
  };

  return (<>
    {shown && Banners && <Banners.View {...props} />}
    {failed && <p class="sim-warning" role="alert">{SIM.storageWriteError}</p>}
  </>);
}
