// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { SIM_NOSCRIPT_STYLE, SW_REGISTER } from './src/layouts/inline-scripts.ts';
import { cspHashes } from './scripts/csp-hashes.mjs';

/**
 * A CSP source for an inline script or style: 'sha256-' and the base64 digest of its exact text.
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

// The public address is only used for canonical links, Open Graph and sitemap.xml.
const site = process.env.SITE_URL ?? 'https://cig-advisor.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // cspHashes (issue 14): adds to each page's policy the inline styles Astro does not hash (scripts/csp-hashes.mjs)
  integrations: [preact(), mdx(), cspHashes()],
  // DIST_DIR lets several builds live side by side (each with its own preview port in e2e runs).
  outDir: process.env.DIST_DIR ?? './dist',
  build: { inlineStylesheets: 'always' },
  // issue 14: a Content-Security-Policy on every page (a <meta> Astro writes with the hashes of the
  // scripts and styles it emits). Everything else only from the site itself; Pagefind's search
  // (/cerca/) compiles its WebAssembly ('wasm-unsafe-eval'); the PDF and the exports are downloaded
  // from blob: URLs, which a download link needs no directive for. The layout's inline service-worker
  // registration and the simulator's <noscript> style are allowed by their hashes. `frame-ancestors`
  // is ignored in a <meta>: the hosting's headers must send it (docs/decisions.md).
  security: {
    csp: {
      directives: [
        // images, fonts, fetches (Pagefind's index), the manifest and the service worker: this site only
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(SW_REGISTER)] },
      styleDirective: { hashes: [sha256(SIM_NOSCRIPT_STYLE)] },
    },
  },
});
