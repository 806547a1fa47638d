/**
 * Issue 14, defect 6 (stored data lost): the loader and the saver against a fake localStorage with a
 * quota, as a browser near its limit behaves (setItem throws QuotaExceededError and writes nothing).
 */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY, STORAGE_KEY, discardStored, emptyDoc, loadNothingStored, saveStored, serialiseDoc, type KeyValueStore,
} from '../../../src/domain/simulation/storage.ts';
import { loadStored, parseDoc } from '../../../src/domain/simulation/document.ts';
import { SCENARIOS } from '../../../src/domain/simulation/scenarios.ts';
import { makeSmartCig } from '../../../src/domain/cig.ts';

/** A Storage whose values may total at most `quota` characters (keys included), like a browser's 5 MB. */
class QuotaStorage implements KeyValueStore {
  readonly data = new Map<string, string>();
  private readonly quota: number;
  constructor(quota: number) { this.quota = quota; }
  private used(except?: string): number {
    let n = 0;
    for (const [k, v] of this.data) if (k !== except) n += k.length + v.length;
    return n;
  }
  getItem(key: string): string | null { return this.data.get(key) ?? null; }
  setItem(key: string, value: string): void {
    if (this.used(key) + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.data.set(key, value);
  }
  removeItem(key: string): void { this.data.delete(key); }
}

const MB = 1024 * 1024;
/** An unreadable stored document of about 3 MB (a valid start, then junk). */
const BIG_JUNK = `{"app":"cig-advisor-simulatore","version":1,"sim":${'x'.repeat(3 * MB)}`;

describe('an unreadable document is never lost', () => {
  it('backup fails on the quota: the original stays in the main key, saving is blocked, and it is offered again after a reload', () => {
    const store = new QuotaStorage(5 * MB);
    store.setItem(STORAGE_KEY, BIG_JUNK);
    const first = loadStored(store);
    expect(first.saveBlocked).toBe(true);
    expect(first.unreadable).toEqual([expect.objectContaining({ key: STORAGE_KEY, raw: BIG_JUNK })]);
    expect(first.unreadable[0]?.reason).toMatch(/JSON/);
    // The page would save the fresh simulation now: it must not, while the original is unsaved elsewhere.
    expect(store.getItem(STORAGE_KEY)).toBe(BIG_JUNK);
    // Reload: still there, still offered.
    const again = loadStored(store);
    expect(again.unreadable.map((u) => u.raw)).toEqual([BIG_JUNK]);
    expect(again.saveBlocked).toBe(true);
    // The user deletes it (after confirming): now the page saves.
    expect(discardStored(store, STORAGE_KEY)).toBe(true);
    expect(saveStored(store, emptyDoc(), null)).toMatchObject({ outcome: 'saved' });
    expect(loadStored(store).unreadable).toEqual([]);
  });

  it('backup written: the main key may take the new simulation, and the backup stays offered after every reload until deleted', () => {
    const store = new QuotaStorage(5 * MB);
    store.setItem(STORAGE_KEY, '{"app":"cig-advisor-simulatore","version":1,"sim":{"carnets":"rotto"}}');
    const first = loadStored(store);
    expect(first.saveBlocked).toBe(false);
    expect(first.unreadable.map((u) => u.key)).toEqual([BACKUP_KEY]);
    expect(saveStored(store, emptyDoc(), first.stored)).toMatchObject({ outcome: 'saved' });
    for (let i = 0; i < 3; i++) {
      const l = loadStored(store);
      expect(l.unreadable).toEqual([expect.objectContaining({ key: BACKUP_KEY, raw: expect.stringContaining('rotto') })]);
      expect(l.doc).toEqual(emptyDoc());
    }
    discardStored(store, BACKUP_KEY);
    expect(loadStored(store).unreadable).toEqual([]);
  });

  it('a second unreadable document does not replace the first one set aside', () => {
    const store = new QuotaStorage(5 * MB);
    store.setItem(BACKUP_KEY, 'primo');
    store.setItem(STORAGE_KEY, 'secondo');
    const l = loadStored(store);
    expect(l.saveBlocked).toBe(true);
    expect(l.unreadable.map((u) => u.raw).sort()).toEqual(['primo', 'secondo']);
    expect(store.getItem(BACKUP_KEY)).toBe('primo');
    expect(store.getItem(STORAGE_KEY)).toBe('secondo');
  });

  it('a readable document loads as it is', () => {
    const store = new QuotaStorage(5 * MB);
    const doc = SCENARIOS[0]!.build(); // the scenarios list is not empty
    store.setItem(STORAGE_KEY, serialiseDoc(doc));
    expect(loadStored(store)).toMatchObject({ doc, unreadable: [], saveBlocked: false });
  });

  it('a browser that refuses its storage: an empty simulation, nothing thrown', () => {
    const refuse = () => { throw new DOMException('denied', 'SecurityError'); };
    const l = loadStored({ getItem: refuse, setItem: refuse, removeItem: refuse });
    expect(l).toMatchObject({ available: false, unreadable: [] });
    expect(saveStored({ getItem: refuse, setItem: refuse, removeItem: refuse }, emptyDoc(), null)).toEqual({ outcome: 'failed' });
  });

  it('a save that hits the quota says so and leaves the stored text as it was', () => {
    const store = new QuotaStorage(200);
    store.setItem(STORAGE_KEY, '{}');
    expect(saveStored(store, SCENARIOS[0]!.build(), '{}')).toEqual({ outcome: 'failed' }); // not empty, as above
    expect(store.getItem(STORAGE_KEY)).toBe('{}');
  });
});

describe('a second tab', () => {
  it('a save does not overwrite what another tab wrote since this page last read or wrote', () => {
    const store = new QuotaStorage(5 * MB);
    const a = loadStored(store);
    const b = loadStored(store);
    const first = saveStored(store, SCENARIOS[0]!.build(), a.stored); // not empty, as above
    expect(first.outcome).toBe('saved');
    const mine = serialiseDoc(emptyDoc());
    expect(saveStored(store, emptyDoc(), b.stored)).toMatchObject({ outcome: 'otherTab' });
    expect(store.getItem(STORAGE_KEY)).not.toBe(mine);
  });
});

describe('imports are checked for the simulation invariants', () => {
  const base = () => JSON.parse(serialiseDoc(SCENARIOS.find((s) => s.id === 'due-attivi')!.build())); // the scenario exists (scenarios.ts)

  it('refuses 10,000 active carnets fast, naming the limit', () => {
    const doc = base();
    const c = doc.sim.carnets[0];
    doc.sim.carnets = Array.from({ length: 10_000 }, () => c);
    const text = JSON.stringify(doc);
    const t0 = performance.now();
    const r = parseDoc(text);
    expect(performance.now() - t0).toBeLessThan(2000); // about 0.6 s here; it took 5 s to render before
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/10000 carnet.*al massimo \d+/) });
  });

  it('refuses a third carnet active at the same time, naming the carnets', () => {
    const doc = base();
    const [, second] = doc.sim.carnets;
    const third = { ...second, number: 'CARNET/0000003', size: 1, cigs: [{ code: makeSmartCig(0xfff0000, 'X'), status: 'NON_RENDICONTATO' }] };
    doc.sim.carnets.push(third);
    doc.sim.nextCarnet = 4;
    const r = parseDoc(JSON.stringify(doc));
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining('risultano attivi 3 carnet') });
  });

  it.each([
    ['a carnet that expires before it is created', (d: any) => { d.sim.carnets[0].expires = '2011-01-01'; }, /le date non tornano/],
    ['an event after the simulated date', (d: any) => { const g = d.sim.carnets[0].cigs[0]; g.status = 'ANNULLATO'; g.cancelled = '2023-12-31'; d.sim.today = d.sim.carnets[d.sim.carnets.length - 1].created; }, /annullato il 31 dicembre 2023/],
    ['a carnet number not yet issued', (d: any) => { d.sim.nextCarnet = 1; }, /non è tra quelli già rilasciati/],
    ['a communicated CIG without data', (d: any) => { const g = d.sim.carnets[0].cigs[0]; g.status = 'COMUNICATO'; delete g.data; }, /mancano i dati/],
    ['a simulated date after the service', (d: any) => { d.sim.today = '2024-01-02'; }, /tra il 2 maggio 2011 e il 31 dicembre 2023/],
    ['a code that fails the check digit', (d: any) => { const g = d.sim.carnets[0].cigs[0]; g.code = `${g.code.slice(0, 9)}${g.code[9] === 'A' ? 'B' : 'A'}`; }, /codice non valido|valore mancante/],
  ])('refuses %s, naming it', (_what, edit, reason) => {
    const doc = base();
    edit(doc);
    const r = parseDoc(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('issue 14, text: bidirectional controls and lengths in stored and imported documents', () => {
  const base = () => JSON.parse(serialiseDoc(SCENARIOS.find((s) => s.id === 'due-attivi')!.build())); // the scenario exists (scenarios.ts)
  it.each([
    ['a right-to-left override in an oggetto', (d: any) => { d.sim.carnets[0].cigs[0].data.oggetto = 'stampe \u202Eigitali'; }, /U\+202E, posizione 8/],
    ['an isolate in a PEC address', (d: any) => { d.sim.carnets[0].pec = 'a\u2067b@pec.example.it'; }, /PEC: .*U\+2067/],
    ['an oggetto longer than the form allows', (d: any) => { d.sim.carnets[0].cigs[0].data.oggetto = 'x'.repeat(251); }, /al massimo 250 caratteri, ne ha 251/],
  ])('refuses %s', (_what, edit, reason) => {
    const doc = base();
    edit(doc);
    const r = parseDoc(JSON.stringify(doc));
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });
});

describe('a first visit reads no document', () => {
  it('nothing stored: an empty simulation without loading the reader; something stored: the reader is needed', () => {
    const store = new QuotaStorage(5 * MB);
    expect(loadNothingStored(store)).toMatchObject({ doc: emptyDoc(), unreadable: [], saveBlocked: false, available: true });
    store.setItem(BACKUP_KEY, 'x');
    expect(loadNothingStored(store)).toBeNull();
  });
});
