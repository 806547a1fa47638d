/**
 * Issue 14: the simulator's storage warnings, loaded by StorageWarnings.tsx only when one is shown.
 * Unreadable data kept in this browser (download it, or delete it after a confirmation), and a
 * second tab that saved a different simulation (load its data, or keep working here). It imports
 * no module of the page's first view (only types): what it does comes in its props, so the chunk
 * stays small and shares nothing.
 */
import { useState } from 'preact/hooks';
import { SIM_STORAGE as W } from '../../copy/simulatore-storage.ts';
import type { Unreadable } from '../../domain/simulation/storage.ts';

export interface BannersProps {
  unreadable: readonly Unreadable[];
  /** Whether an unreadable text is still under the main key (saving is blocked until it goes). */
  isMain: (u: Unreadable) => boolean;
  onDownload: (u: Unreadable) => void;
  /** Deletes it from the browser: false when the browser refused. */
  discard: (u: Unreadable) => boolean;
  otherTab: boolean;
  otherError: string | null;
  onDiscarded: (u: Unreadable) => void;
  onLoadOther: () => Promise<void>;
  onKeepHere: () => void;
}

export function StorageBanners(p: BannersProps) {
  return (<>
    {p.unreadable.map((u) => <UnreadableWarning key={u.key} u={u} p={p} />)}
    {p.otherTab && (
      <div class="sim-warning" role="alert" data-other-tab>
        <h2>{W.otherTabTitle}</h2>
        <p>{W.otherTabText}</p>
        {p.otherError && <p class="sim-field-error">{`${W.otherTabUnreadable} ${p.otherError}`}</p>}
        <p class="sim-actions">
          <button type="button" class="sim-button" onClick={() => void p.onLoadOther()}>{W.otherTabLoad}</button>
          <button type="button" class="sim-button sim-secondary" onClick={p.onKeepHere}>{W.otherTabKeep}</button>
        </p>
      </div>
    )}
  </>);
}

function UnreadableWarning({ u, p }: { u: Unreadable; p: BannersProps }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState(false);
  return (
    <div class="sim-warning" role="alert" data-unreadable={u.key}>
      <h2>{W.storageProblemTitle}</h2>
      <p>{W.storageProblemText(u.reason)}</p>
      {p.isMain(u) && <p>{W.storageProblemKept}</p>}
      {confirming ? (
        <div role="group" aria-label={W.storageDiscard}>
          <p><strong>{W.storageDiscardConfirm}</strong></p>
          <p class="sim-actions">
            <button type="button" class="sim-button sim-warning-button" onClick={() => {
              if (p.discard(u)) p.onDiscarded(u); else { setError(true); setConfirming(false); }
            }}>{W.storageDiscardYes}</button>
            <button type="button" class="sim-button sim-secondary" onClick={() => setConfirming(false)}>{W.storageDiscardNo}</button>
          </p>
        </div>
      ) : (
        <p class="sim-actions">
          <button type="button" class="sim-button sim-secondary" onClick={() => p.onDownload(u)}>{W.storageDownload}</button>
          <button type="button" class="sim-button sim-secondary" onClick={() => setConfirming(true)}>{W.storageDiscard}</button>
        </p>
      )}
      {error && <p class="sim-field-error">{W.storageDiscardFailed}</p>}
    </div>
  );
}
