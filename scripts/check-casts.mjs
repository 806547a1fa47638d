/**
 * Every `as` cast (other than `as const`) and every `!` non-null assertion in src/ must say why it is
 * safe, in a comment on the same line or on the line above. The compiler cannot check a cast: the
 * comment is where a reader, and a reviewer, can. Prints the count and the unjustified ones; exit 1
 * when any is unjustified. Parses with the TypeScript compiler (.ts, .tsx and the frontmatter and
 * scripts of .astro files are read as TypeScript).
 */
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|tsx|astro)$/.test(name)) files.push(path);
  }
};
walk(join(ROOT, 'src'));

/** The TypeScript parts of an .astro file (frontmatter and <script> bodies), with lines kept in place. */
function astroScript(text) {
  const lines = text.split('\n');
  const out = lines.map(() => '');
  let inFront = false;
  let inScript = false;
  lines.forEach((line, i) => {
    if (i === 0 && line.trim() === '---') { inFront = true; return; }
    if (inFront && line.trim() === '---') { inFront = false; return; }
    if (/^\s*<script\b(?![^>]*type="application\/(ld\+)?json")[^>]*>\s*$/.test(line)) { inScript = true; return; }
    if (inScript && /^\s*<\/script>/.test(line)) { inScript = false; return; }
    if (inFront || inScript) out[i] = line;
  });
  return out.join('\n');
}

const problems = [];
let total = 0;
for (const file of files) {
  const raw = readFileSync(file, 'utf8');
  const text = file.endsWith('.astro') ? astroScript(raw) : raw;
  const lines = text.split('\n');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const justified = (line) => /\/\/\s*\S/.test(lines[line] ?? '') || /^\s*(\/\/|\*|\/\*)/.test(lines[line - 1] ?? '');
  const visit = (node) => {
    const isCast = ts.isAsExpression(node) && !(ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(sf) === 'const');
    if (isCast || ts.isNonNullExpression(node)) {
      total++;
      const line = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (!justified(line)) problems.push(`${relative(ROOT, file)}:${line + 1}: ${isCast ? '`as` cast' : '`!` assertion'} without a comment saying why it is safe: ${lines[line]?.trim().slice(0, 100)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
console.log(`check-casts: ${total} casts and non-null assertions in src/, ${problems.length} without a justification`);
if (problems.length) {
  console.log(problems.join('\n'));
  process.exit(1);
}
