/**
 * Issue 14, Content-Security-Policy: the page's only inline script, in one place, so the layout
 * writes it and astro.config.mjs allows it by its SHA-256 hash (Astro hashes the scripts and styles
 * it bundles, not `is:inline` ones). Change the text here and the hash follows at the next build.
 *
 * Offline once visited (issue 10): registers the Workbox service worker written by the build
 * (scripts/service-worker.mjs). Tiny (about 120 B gzip, counted by scripts/budget.mjs), so content
 * pages load no script file.
 */
export const SW_REGISTER = "if('serviceWorker'in navigator)addEventListener('load',function(){navigator.serviceWorker.register('/sw.js').catch(function(){})})";

/**
 * The simulator page's style for browsers without JavaScript (inside <noscript>): hides the
 * "loading" placeholder the island would replace. Inline, so the CSP allows it by its hash.
 */
export const SIM_NOSCRIPT_STYLE = '.sim-loading { display: none; }';
