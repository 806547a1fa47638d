#!/usr/bin/env node
// Every word of src/copy/ is shown somewhere: an entry of a copy table that no page, component or module reads
// is dead text (knip sees unused exports, not unused keys of an exported object).
//
// How a key counts as read: its path is written in src/ or content/ (SIM.hints.importo, UI?.back) outside
// import lines; a path that stops at a table or sub-table that is used as a whole (indexed with [...],
// passed, spread, iterated, typeof) counts as reading every key below it. Tests do not count. This is a
// text search, so it errs on the side of "read": it never reports a key that is written in full somewhere.
// Usage: node scripts/check-copy-keys.mjs      (exit 1 when a key is never read; prints TABLE.path and file)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const rel = (p) => relative(root, p).split('\\').join('/');

const isTable = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every key path below a table: 'a.b' for { a: { b: '…' } }. */
const leaves = (v, prefix = []) => isTable(v)
  ? Object.entries(v).flatMap(([k, x]) => leaves(x, [...prefix, k]))
  : [prefix.join('.')];

// The tables: every exported object of src/copy/*.ts (Node strips the types), keyed by file and name.
const tables = new Map(); // 'src/copy/x.ts#NAME' -> { name, file, value, unread: Set of key paths }
for (const file of walk(join(root, 'src/copy')).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = await import(pathToFileURL(file).href);
  for (const [name, value] of Object.entries(mod)) {
    if (isTable(value)) tables.set(`${rel(file)}#${name}`, { name, file: rel(file), value, unread: new Set(leaves(value)) });
  }
}

/** The tables a file can name, by local name: its named imports from src/copy/ (aliases too) and, in a copy file, its own. */
function tablesInScope(file, text) {
  const scope = new Map();
  for (const t of tables.values()) if (t.file === rel(file)) scope.set(t.name, t);
  for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    const from = rel(resolve(dirname(file), m[2]));
    for (const spec of m[1].split(',')) {
      const [name, local = name] = spec.replace(/^\s*type\s+/, '').trim().split(/\s+as\s+/);
      const t = tables.get(`${from}#${name}`);
      if (t) scope.set(local.trim(), t);
    }
  }
  return scope;
}

const sources = [...walk(join(root, 'src')), ...walk(join(root, 'content'))]
  .filter((f) => /\.(ts|tsx|mts|mjs|js|astro|mdx)$/.test(f));

for (const file of sources) {
  const raw = readFileSync(file, 'utf8');
  const scope = tablesInScope(file, raw);
  if (scope.size === 0) continue;
  const names = [...scope.keys()].join('|');
  const text = raw
    .replace(/^\s*import\s[\s\S]*?from\s*['"][^'"]+['"];?/gm, '') // import lines are not reads
    .replace(new RegExp(`\\b(const|let|var)\\s+(${names})\\s*=`, 'g'), ''); // nor the definitions
  const use = new RegExp(`(?<![\\w$.])(${names})\\b((?:\\s*\\??\\.\\s*[A-Za-z_$][\\w$]*)*)`, 'g');
  for (const m of text.matchAll(use)) {
    const table = scope.get(m[1]);
    const chain = m[2].split('.').map((s) => s.replace(/[\s?]/g, '')).filter(Boolean);
    // Follow the written path as far as the table goes; what is left below it is read as a whole.
    let node = table.value;
    const path = [];
    for (const key of chain) {
      if (!isTable(node) || !(key in node)) break;
      node = node[key];
      path.push(key);
    }
    const prefix = path.join('.');
    for (const leaf of [...table.unread]) {
      if (prefix === '' || leaf === prefix || leaf.startsWith(prefix + '.')) table.unread.delete(leaf);
    }
  }
}

const problems = [...tables.values()].flatMap((t) => [...t.unread].map((k) => `${t.file}  ${t.name}.${k}`));
if (problems.length) {
  console.error(`check-copy-keys: ${problems.length} word(s) of src/copy/ never read in src/ or content/`);
  for (const p of problems) console.error('  ' + p);
  console.error('Remove the unused words, or use them where they belong.');
  process.exit(1);
}
console.log(`check-copy-keys: ${tables.size} tables, every key is read`);
