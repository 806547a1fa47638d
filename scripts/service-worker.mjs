#!/usr/bin/env node
// The service worker (issue 10: the site works offline once visited). Run by `npm run build` after
// Astro and Pagefind: Workbox's generateSW (workbox-build, maintained by the Chrome team) writes
// dist/sw.js with a precache manifest of every page, script, style, font and icon of the build, so
// a first visit stores the whole site (a few hundred KB) and later visits work without a network,
// questionnaire outcome included (its dynamic import is one of the precached scripts). A query
// string is ignored when matching (/questionario/?case=new… is /questionario/). Pagefind's index
// is cached as it is used (the search works offline for what was searched online).
// The page registers /sw.js with a one-line inline script (BaseLayout.astro), not a bundle.
// Usage: node scripts/service-worker.mjs   (DIST_DIR as for the build)
import { generateSW } from 'workbox-build';
import { resolve, dirname, join } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,woff2,svg,png,webmanifest}'],
  globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/**'],
  swDest: join(dist, 'sw.js'),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  maximumFileSizeToCacheInBytes: 1_000_000,
  runtimeCaching: [
    { urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/'), handler: 'StaleWhileRevalidate', options: { cacheName: 'pagefind' } },
  ],
});
for (const w of warnings) console.warn('service-worker:', w);
console.log(`service-worker: ${count} files precached, ${(size / 1000).toFixed(0)} KB`);
