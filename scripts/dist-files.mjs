// Shared by the checks that read the built site (budget.mjs, check-links.mjs, csp-hashes.mjs).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below a folder. */
export const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});

/** URL of a built page: dist/faq/x/index.html -> /faq/x/ ; dist/404.html -> /404.html */
export const pageUrlOf = (dist, file) => {
  const rel = '/' + relative(dist, file).split('\\').join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
};
