// Issue 14, Content-Security-Policy: makes the policy Astro writes (security.csp) list the hashes of
// exactly the inline scripts and styles each built page contains. Astro hashes what it bundles, but
// not everything that ends up inline: the styles of components rendered inside MDX content (the
// contribution tables of /faq/contributo-anac/) and the <style> inside a <noscript> (the
// questionnaire's). Without their hashes the browser blocks them (a CSP error in the console, and
// without JavaScript the questionnaire's placeholder stays visible).
// Runs as an Astro integration at the end of `astro build` (astro.config.mjs), before Pagefind and the
// service worker read the pages. It fails the build when a page has no policy, or has an inline
// `style="…"` attribute or an `on…=` handler, which a hash cannot allow.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { walk } from './dist-files.mjs';

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) => walk(dir).filter((f) => f.endsWith('.html'));

const sha256 = (/** @type {string} */ text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Script types the browser runs (others, like application/ld+json, are data the policy does not govern). */
const RUNS = /^(|module|text\/javascript|application\/javascript)$/i;

/**
 * The page with exactly its own inline scripts' and styles' hashes in its policy: those Astro missed
 * are added, and those of other pages (Astro writes the site's whole list on every page, about
 * 0.6 KB gzip) are taken out. `changed` says whether the page had to be rewritten.
 * @param {string} html
 * @param {string} where
 * @returns {{ html: string; changed: boolean }}
 */
export function completePolicy(html, where) {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!meta || meta[1] === undefined) throw new Error(`csp: ${where} has no Content-Security-Policy <meta>`);
  const attr = /<[a-z][^>]*\s(style|on[a-z]+)=/i.exec(html);
  if (attr) throw new Error(`csp: ${where} has an inline ${attr[1]}= attribute, which the policy blocks: use a class or a listener`);
  /** @type {Record<'script' | 'style', string[]>} */
  const found = { script: [], style: [] };
  for (const m of html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi)) {
    const [, tag = '', attrs = '', body = ''] = m;
    if (body === '' || /\ssrc=/i.test(attrs)) continue;
    const type = /\stype="([^"]*)"/i.exec(attrs)?.[1] ?? '';
    if (tag.toLowerCase() === 'script' && !RUNS.test(type)) continue;
    found[tag.toLowerCase() === 'script' ? 'script' : 'style'].push(sha256(body));
  }
  let policy = meta[1];
  for (const kind of /** @type {const} */ (['script', 'style'])) {
    const directive = new RegExp(`(^|;)(\\s*)${kind}-src([^;]*)`);
    const d = directive.exec(policy);
    if (!d) throw new Error(`csp: ${where} has no ${kind}-src directive`);
    const sources = (d[3] ?? '').split(/\s+/).filter((t) => t !== '' && !t.startsWith("'sha"));
    policy = policy.replace(directive, `${d[1]}${d[2]}${kind}-src ${[...sources, ...new Set(found[kind])].join(' ')}`);
  }
  const changed = policy !== meta[1];
  return { html: changed ? html.replace(meta[0], meta[0].replace(meta[1], policy)) : html, changed };
}

/** The Astro integration: completes every page's policy once the build has written it. */
export function cspHashes() {
  return {
    name: 'csp-hashes',
    hooks: {
      /** @param {{ dir: URL; logger: { info(m: string): void } }} o */
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const { html, changed } = completePolicy(readFileSync(file, 'utf8'), file.slice(root.length));
          if (changed) { writeFileSync(file, html); pages++; }
        }
        logger.info(`the policy of ${pages} page(s) now lists exactly their inline scripts and styles`);
      },
    },
  };
}
