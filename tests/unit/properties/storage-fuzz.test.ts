/**
 * Issue 14, fuzzing of the storage loader: whatever text the browser holds (arbitrary strings and
 * JSON, valid documents with one value replaced, built-in object names as keys, huge strings), the
 * loader never throws, never loses the original (a readable document loads; any other text is
 * still in the browser and offered back), and says why in Italian. Bounded: a few hundred runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, serialiseDoc, type KeyValueStore } from '../../../src/domain/simulation/storage.ts';
import { loadStored, parseDoc } from '../../../src/domain/simulation/document.ts';
import { SCENARIOS } from '../../../src/domain/simulation/scenarios.ts';

class MemoryStorage implements KeyValueStore {
  readonly data = new Map<string, string>();
  private readonly quota: number;
  constructor(quota = Infinity) { this.quota = quota; }
  getItem(key: string): string | null { return this.data.get(key) ?? null; }
  setItem(key: string, value: string): void {
    let used = 0;
    for (const [k, v] of this.data) if (k !== key) used += k.length + v.length;
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void { this.data.delete(key); }
}

/** Words of an English message (Node's JSON errors, zod's defaults) that an Italian reason never has. */
const ENGLISH = /\b(the|is|not|expected|received|invalid|unexpected|undefined|token|position|cannot|property|of type)\b/i;

const BUILT_IN_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const docs = SCENARIOS.map((s) => JSON.parse(serialiseDoc(s.build())));

/** A valid document with the value at a random path replaced by anything, or a built-in key added. */
const mutatedDoc = fc.tuple(
  fc.nat({ max: docs.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  fc.oneof(fc.jsonValue(), fc.constantFrom(null, '', 'rotto', -1, 1e308, [], {})), fc.boolean(), fc.constantFrom(...BUILT_IN_KEYS),
).map(([i, path, value, addKey, key]) => {
  const doc = structuredClone(docs[i]);
  let node: unknown = doc;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    const k = keys[step % Math.max(keys.length, 1)];
    if (k === undefined) break;
    const child = (node as Record<string, unknown>)[k]; // node is a plain object or array from JSON.parse
    if (typeof child !== 'object' || child === null || step % 3 === 0) {
      if (addKey) Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
      else (node as Record<string, unknown>)[k] = value; // as above
      break;
    }
    node = child;
  }
  return JSON.stringify(doc);
});

const anyText = fc.oneof(
  fc.string(), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.json(), mutatedDoc,
  fc.constantFrom(...BUILT_IN_KEYS).map((k) => `{"${k}":{"app":"cig-advisor-simulatore"}}`),
  fc.constantFrom('[', '{"app":"cig-advisor-simulatore","version":1', '{"app":"cig-advisor-simulatore","version":"1"}', 'null', '0', '"x"'),
);

function check(text: string, store: MemoryStorage) {
  store.data.set(STORAGE_KEY, text);
  const loaded = loadStored(store);
  const parsed = parseDoc(text);
  if (parsed.ok) {
    expect(loaded.unreadable).toEqual([]);
    expect(loaded.doc).toEqual(parsed.doc);
  } else {
    expect(parsed.reason).not.toMatch(ENGLISH);
    const offered = loaded.unreadable.find((u) => u.raw === text);
    expect(offered, 'the original is offered back').toBeDefined();
    expect(store.getItem(offered?.key ?? '')).toBe(text);
    if (loaded.saveBlocked) expect(store.getItem(STORAGE_KEY)).toBe(text);
  }
}

describe('storage loader (fuzzed)', () => {
  it('never throws, never loses the original, answers in Italian', () => {
    fc.assert(fc.property(anyText, (text) => check(text, new MemoryStorage())), { numRuns: 400 });
  });
  it('the same under a quota that refuses the backup', () => {
    fc.assert(fc.property(anyText, (text) => check(text, new MemoryStorage(text.length + STORAGE_KEY.length + 10))), { numRuns: 200 });
  });
  it('a huge or deeply nested text is refused in bounded time', () => {
    for (const text of ['['.repeat(200_000), `"${'a'.repeat(8_000_000)}"`, `{"app":"cig-advisor-simulatore","version":1,"sim":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`]) {
      const t0 = performance.now();
      check(text, new MemoryStorage());
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
