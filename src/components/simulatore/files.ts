/** Browser helpers of the simulator: downloads, storage, PDF text. */
import type { KeyValueStore } from '../../domain/simulation/storage.ts';

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
