// Issue 14, Content-Security-Policy: completes the policy Astro writes (security.csp) with the hash
// of every inline script and style the built page really contains. Astro hashes what it bundles, but
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
 * The page with every inline script and style hash in its policy, and how many were added.
 * @param {string} html
 * @param {string} where
 * @returns {{ html: string; added: number }}
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
  let added = 0;
  for (const kind of /** @type {const} */ (['script', 'style'])) {
    const directive = new RegExp(`(^|;)\\s*${kind}-src([^;]*)`);
    const d = directive.exec(policy);
    if (!d) throw new Error(`csp: ${where} has no ${kind}-src directive`);
    const missing = [...new Set(found[kind])].filter((h) => !(d[2] ?? '').split(/\s+/).includes(h));
    if (missing.length === 0) continue;
    added += missing.length;
    policy = policy.replace(directive, `${d[1]} ${kind}-src${d[2]} ${missing.join(' ')}`);
  }
  return { html: added ? html.replace(meta[0], meta[0].replace(meta[1], policy)) : html, added };
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
        let total = 0;
        for (const file of htmlFiles(root)) {
          const { html, added } = completePolicy(readFileSync(file, 'utf8'), file.slice(root.length));
          if (added) { writeFileSync(file, html); pages++; total += added; }
        }
        logger.info(`${total} inline hash(es) added to the policy of ${pages} page(s)`);
      },
    },
  };
}
