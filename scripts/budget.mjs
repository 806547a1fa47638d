#!/usr/bin/env node
// Size budgets on the built site (dist/): every page's HTML gzipped, and the JavaScript each page
// loads on first view (scripts and islands plus their static imports; dynamic imports excluded).
// Prints one line per page and exits 1 when a budget is exceeded. Usage: node scripts/budget.mjs [--json]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, resolve, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { walk, pageUrlOf } from './dist-files.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const budgets = JSON.parse(readFileSync(join(root, 'scripts/budgets.json'), 'utf8'));
if (!existsSync(dist)) { console.error('budget: dist/ not found, run the build first'); process.exit(1); }

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const pagePath = (file) => pageUrlOf(dist, file);

const jsCache = new Map();
function staticImports(urlPath) {
  if (jsCache.has(urlPath)) return jsCache.get(urlPath);
  const file = join(dist, urlPath);
  const src = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const deps = [];
  // import x from "..."; import "..."; export * from "..."  (not import("..."))
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+\.m?js)["']/g;
  for (const m of src.matchAll(re)) deps.push(posix.resolve(posix.dirname(urlPath), m[1]));
  jsCache.set(urlPath, deps);
  return deps;
}

function firstViewJs(html, pageUrl) {
  const entries = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) entries.add(m[1]);
  for (const m of html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) if (m[1]) entries.add(m[1]);
  // module scripts inlined in the page may import files too
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1].matchAll(/(?:import|from)\s*["']([^"']+\.m?js)["']/g)) entries.add(i[1]);
  }
  const seen = new Set();
  const queue = [...entries].filter((u) => u.startsWith('/')).map((u) => posix.resolve(pageUrl, u));
  while (queue.length) {
    const u = queue.pop();
    if (seen.has(u)) continue;
    seen.add(u);
    queue.push(...staticImports(u));
  }
  let bytes = 0;
  for (const u of seen) { const f = join(dist, u); if (existsSync(f)) bytes += gz(readFileSync(f)); }
  // inline scripts count too (the service worker registration on every page), data blocks do not
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /\stype="([^"]+)"/.exec(m[1])?.[1] ?? 'text/javascript';
    if (/json/.test(type) || m[2].trim() === '') continue;
    bytes += gz(Buffer.from(m[2]));
  }
  return { bytes, files: [...seen] };
}

const rows = [];
let failed = 0;
for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
  const url = pagePath(file);
  const html = readFileSync(file);
  const htmlGz = gz(html);
  const js = firstViewJs(html.toString('utf8'), url);
  const jsBudget = budgets.js[url] ?? budgets.jsOtherPages;
  const htmlBudget = budgets.html?.[url] ?? budgets.htmlMaxGzip;
  const problems = [];
  if (htmlGz > htmlBudget) problems.push(`HTML ${htmlGz} B > ${htmlBudget} B`);
  if (js.bytes > jsBudget) problems.push(`JS ${js.bytes} B > ${jsBudget} B`);
  if (problems.length) failed++;
  rows.push({ url, htmlGz, jsGz: js.bytes, jsBudget, ok: problems.length === 0, problems });
}
rows.sort((a, b) => a.url.localeCompare(b.url));
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  for (const r of rows) {
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.url.padEnd(48)} html ${(r.htmlGz / 1000).toFixed(1).padStart(5)} KB  js ${(r.jsGz / 1000).toFixed(1).padStart(5)} KB / ${(r.jsBudget / 1000).toFixed(0)} KB ${r.problems.join('; ')}`);
  }
  console.log(`budget: ${rows.length - failed} pages within budget, ${failed} over`);
}
process.exit(failed ? 1 : 0);
