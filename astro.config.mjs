// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import { cspHashes } from './scripts/csp-hashes.mjs';

// The public address is only used for canonical links, Open Graph and sitemap.xml.
const site = process.env.SITE_URL ?? 'https://cig-advisor.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // cspHashes (issue 14): each page's policy lists exactly its inline scripts and styles (scripts/csp-hashes.mjs)
  integrations: [preact(), mdx(), cspHashes()],
  // DIST_DIR lets several builds live side by side (each with its own preview port in e2e runs).
  outDir: process.env.DIST_DIR ?? './dist',
  build: { inlineStylesheets: 'always' },
  // issue 14: a Content-Security-Policy on every page (a <meta> Astro writes with the hashes of the
  // scripts and styles it emits; scripts/csp-hashes.mjs then makes each page list exactly its own inline
  // ones, the service-worker registration and the <noscript> styles included). Everything else only
  // from the site itself; Pagefind's search (/cerca/) compiles WebAssembly ('wasm-unsafe-eval'); the PDF
  // and the exports are downloaded from blob: URLs, which a download link needs no directive for.
  // `frame-ancestors` is ignored in a <meta>: the hosting's headers must send it (docs/decisions.md).
  security: {
    csp: {
      directives: [
        // images, fonts, fetches (Pagefind's index), the manifest and the service worker: this site only
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
