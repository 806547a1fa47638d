#!/usr/bin/env node
// No rule literals outside src/domain/rules/: thresholds and dates are dated data with a source, so a date or
// an amount written as a bare literal anywhere else in src/ is a rule that escaped (or a copy of one).
//
// What counts as a rule literal: a string literal (quotes or a template without ${}), a JSX/Astro attribute
// value or the whole text of an element, whose ENTIRE value is
//   - an ISO date: 2016-04-18
//   - an amount: 4 or more digits (40000, 2024), or digits with cents (139999.99), or the Italian form
//     (40.000, 39.999,99, 30,00), optionally with a € sign; zero (0.00, 0000000) is not a threshold.
// Words are not rules: a date or amount inside a longer text ("ad esempio 30.000", "dal 2 maggio 2011") or in
// a comment is not reported, and neither are numbers (1000 ms). Files parsed: .ts .tsx .mts .mjs .js under
// src/ (TypeScript's own parser, so apostrophes in JSX text are no trouble), and .astro files (the
// frontmatter and <script> blocks as TypeScript, the template as TSX, <style> and HTML comments skipped).
//
// A literal that is really not a rule goes in ALLOWED below, with the reason; keep that list short. An entry
// that no longer matches anything fails the check too, so that the list stays true.
// Usage: node scripts/check-rule-literals.mjs      (exit 1 when a literal is found; prints file:line)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, extname } from 'node:path';
import ts from 'typescript';

/** Legitimate cases: file (relative to the repo) and literal; literal null allows every literal of the file. */
const ALLOWED = [
  // The format examples that error messages quote ("ad esempio 39999.99"): words shown to the user, never compared.
  { file: 'src/domain/amount-text.ts', literal: '39999.99', why: 'format example quoted in messages' },
  { file: 'src/domain/amount-text.ts', literal: '39.999,99', why: 'format example quoted in messages' },
  // The example value of the simulator script's error message for a missing amount.
  { file: 'src/domain/simulation/script.ts', literal: '1500', why: 'example quoted in an error message' },
  // Training stories of the simulator: the dates and amounts are what a trainee would type, not thresholds.
  { file: 'src/domain/simulation/scenarios.ts', literal: null, why: 'inputs of the training stories' },
];

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const RULES_DIR = 'src/domain/rules/';
const CODE = new Set(['.ts', '.tsx', '.mts', '.mjs', '.js']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^(?:€\s?)?(?:\d{4,}(?:\.\d{1,2})?|\d+\.\d{2}|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2})(?:\s?€)?$/;

/** 'ISO date', 'amount' or null. */
function kindOf(value) {
  if (ISO_DATE.test(value)) return 'ISO date';
  if (AMOUNT.test(value) && !/^0+$/.test(value.replace(/\D/g, ''))) return 'amount';
  return null;
}

const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});

/** Same length, newlines kept: offsets in the blanked text are offsets in the file. */
const blank = (s) => s.replace(/[^\n]/g, ' ');

/** The literal values found in one piece of code, with their offsets. */
function literalsIn(text, kind, shift = 0) {
  const file = ts.createSourceFile('x' + (kind === ts.ScriptKind.TSX ? '.tsx' : '.ts'), text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      found.push({ value: node.text, at: node.getStart(file) + shift });
    } else if (ts.isJsxText(node)) {
      const value = node.text.trim();
      if (value) found.push({ value, at: node.getStart(file) + node.text.indexOf(value) + shift });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** An .astro file: frontmatter and scripts as TypeScript, the template as TSX. */
function astroLiterals(src) {
  const found = [];
  let template = src;
  const fm = /^(\s*---\r?\n)([\s\S]*?)(\r?\n---)/.exec(src);
  if (fm) {
    const start = fm[1].length;
    const end = start + fm[2].length;
    found.push(...literalsIn(blank(src.slice(0, start)) + fm[2] + blank(src.slice(end)), ts.ScriptKind.TS));
    template = blank(src.slice(0, fm[0].length)) + src.slice(fm[0].length);
  }
  template = template.replace(/<script\b[^>]*>([\s\S]*?)<\/script>/g, (whole, body, offset) => {
    const bodyAt = offset + whole.indexOf(body);
    found.push(...literalsIn(blank(src.slice(0, bodyAt)) + body, ts.ScriptKind.TS));
    return blank(whole);
  });
  template = template.replace(/<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, blank);
  found.push(...literalsIn('<>' + template + '</>', ts.ScriptKind.TSX, -2));
  return found;
}

const lineOf = (src, at) => src.slice(0, at).split('\n').length;

const files = walk(join(root, 'src'))
  .map((p) => relative(root, p).split('\\').join('/'))
  .filter((f) => !f.startsWith(RULES_DIR) && (CODE.has(extname(f)) || f.endsWith('.astro')))
  .sort();

const used = new Set();
const problems = [];
for (const file of files) {
  const src = readFileSync(join(root, file), 'utf8');
  const kind = file.endsWith('.astro') ? null : file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const literals = kind === null ? astroLiterals(src) : literalsIn(src, kind);
  const found = [];
  for (const { value, at } of literals) {
    const what = kindOf(value);
    if (!what) continue;
    const allowed = ALLOWED.findIndex((a) => a.file === file && (a.literal === null || a.literal === value));
    if (allowed >= 0) { used.add(allowed); continue; }
    found.push({ line: lineOf(src, at), text: `${JSON.stringify(value)}  (${what})` });
  }
  found.sort((a, b) => a.line - b.line);
  problems.push(...found.map((f) => `${file}:${f.line}  ${f.text}`));
}
ALLOWED.forEach((a, i) => {
  if (!used.has(i)) problems.push(`scripts/check-rule-literals.mjs: the allowed entry ${a.file} ${JSON.stringify(a.literal)} matches nothing any more: remove it`);
});

if (problems.length) {
  console.error(`check-rule-literals: ${problems.length} rule literal(s) outside ${RULES_DIR}`);
  for (const p of problems) console.error('  ' + p);
  console.error(`Thresholds and dates are dated data with a source: add them to ${RULES_DIR} (or use the one already there) ` +
    'and import them; if the literal is only words, allow it in scripts/check-rule-literals.mjs with the reason.');
  process.exit(1);
}
console.log(`check-rule-literals: ${files.length} files, no rule literal outside ${RULES_DIR}`);
