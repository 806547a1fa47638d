#!/usr/bin/env node
// Link checker for the built site (DIST_DIR or dist/): every internal href/src/action of every page
// must resolve to a built file (and #fragments to an id on the target page), every
// /questionario/?… link must carry a scenario the engine accepts, and every sitemap entry must exist.
// Runs on Node 24, which strips the types of the domain modules it imports.
// Usage: DIST_DIR=dist node scripts/check-links.mjs     (exit 1 when a problem is found)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { linkScenario, QUESTIONNAIRE_PATH } from '../src/domain/links.ts';
import { parseScenario } from '../src/domain/scenario.ts';
import { OUTAGE_CASE } from '../src/domain/questions.ts';
import { walk, pageUrlOf } from './dist-files.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
if (!existsSync(dist)) {
  console.error(`check-links: ${dist} not found, run the build first`);
  process.exit(1);
}


const pageUrl = (file) => pageUrlOf(dist, file);

/** The built file an URL path points to, or null. */
function fileFor(path) {
  let p;
  try { p = decodeURIComponent(path); } catch { return null; }
  const direct = join(dist, p);
  if (p.endsWith('/')) return existsSync(join(direct, 'index.html')) ? join(direct, 'index.html') : null;
  return existsSync(direct) && statSync(direct).isFile() ? direct : null;
}

const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))));
  }
  return idCache.get(file);
}

const problems = [];
let links = 0;
let presets = 0;
const pages = walk(dist).filter((f) => f.endsWith('.html') && !relative(dist, f).startsWith('pagefind'));

function checkUrl(from, fromFile, raw) {
  const value = decode(raw.trim());
  if (!value || /^(mailto:|tel:|data:|javascript:|https?:|\/\/)/i.test(value)) return;
  links++;
  const url = new URL(value, `http://site${from}`);
  if (url.host !== 'site') return;
  const target = url.pathname === from ? fromFile : fileFor(url.pathname);
  if (!target) {
    problems.push(`${from}: link to ${value} does not resolve to a built page or file`);
    return;
  }
  if (url.hash.length > 1 && target.endsWith('.html')) {
    const id = decodeURIComponent(url.hash.slice(1));
    if (!idsOf(target).has(id)) problems.push(`${from}: link to ${value}: no element with id "${id}" on ${url.pathname}`);
  }
  if (url.pathname === QUESTIONNAIRE_PATH && url.search) {
    presets++;
    // The outage guidance (?case=outage) is a page of the questionnaire, not a scenario for the engine.
    const outage = url.searchParams.get('case') === OUTAGE_CASE && [...url.searchParams.keys()].every((k) => k === 'case' || k === 'step');
    const r = outage ? { ok: true } : parseScenario(linkScenario(url.searchParams.toString()));
    if (!r.ok) problems.push(`${from}: questionnaire link ${value} is refused by the engine: ${r.error.message}`);
  }
}

for (const file of pages) {
  const from = pageUrl(file);
  const html = readFileSync(file, 'utf8');
  for (const m of html.matchAll(/\s(?:href|src|action|component-url|renderer-url|before-hydration-url)="([^"]*)"/g)) checkUrl(from, file, m[1]);
}

const sitemap = join(dist, 'sitemap.xml');
if (existsSync(sitemap)) {
  const listed = new Set();
  for (const m of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const path = new URL(decode(m[1])).pathname;
    listed.add(path);
    if (!fileFor(path)) problems.push(`sitemap.xml: ${path} does not resolve to a built page`);
  }
  for (const file of pages) {
    const url = pageUrl(file);
    if (url !== '/404.html' && !listed.has(url)) problems.push(`sitemap.xml: the page ${url} is not listed`);
  }
} else {
  problems.push('sitemap.xml is missing');
}

for (const p of problems) console.error(`FAIL ${p}`);
console.log(`check-links: ${pages.length} pages, ${links} internal links, ${presets} questionnaire links checked, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
