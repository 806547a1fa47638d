/**
 * Issue 14, defect 8: a Content-Security-Policy on every page. Every built HTML page carries the
 * policy, and no page type reports a violation while it is used: islands hydrating, the outcome's
 * dynamic import, the site search (Pagefind's JS and WebAssembly), the simulator's PDF and export
 * downloads, the FAQ, and the pages without JavaScript.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ready } from './helpers.ts';
import { completePolicy } from '../../scripts/csp-hashes.mjs';
import { walk } from '../../scripts/dist-files.mjs';
import { openSimulator, requestCarnet, simScreen } from './sim-helpers.ts';

const DIST = process.env.DIST_DIR ?? 'dist';

/** Records CSP violations (the DOM event) and the console's CSP errors from the page's start. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) consoleErrors.push(m.text()); });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => { w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`); });
  });
  return async () => [...consoleErrors, ...await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)];
}

test('every built HTML page carries the policy, with script-src and style-src limited to the site and hashes', () => {
  const files = walk(DIST).filter((f: string) => f.endsWith('.html'));
  expect(files.length).toBeGreaterThan(20);
  for (const f of files) {
    const html = readFileSync(f, 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
    expect(meta, f).not.toBeNull();
    // A policy in a <meta> covers only what comes after it: no script may come first.
    expect(html.slice(0, meta?.index ?? 0), f).not.toMatch(/<script/);
    const policy = meta?.[1] ?? '';
    expect(policy, f).toContain("default-src 'self'");
    expect(policy, f).toContain("object-src 'none'");
    expect(policy, f).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy, f).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy, f).not.toContain('unsafe-inline');
    // exactly the hashes of the page's own inline scripts and styles (nothing to add or take out)
    expect(completePolicy(html, f).changed, f).toBe(false);
    expect(policy, f).not.toMatch(/'unsafe-eval'/);
  }
});

test('no CSP violation on content pages, the FAQ, the sources and the CIG checker', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watch(page);
  for (const url of ['/', '/faq/', '/faq/smart-cig-e-carnet/', '/faq/contributo-anac/', '/fonti/', '/fonti/leggi/', '/privacy/', '/verifica-cig/?cig=1234567CE7', '/pagina-che-non-esiste/']) {
    await page.goto(url);
    await page.waitForLoadState('load');
    expect(await violations(), url).toEqual([]);
  }
});

test('no CSP violation in the questionnaire up to its outcome (dynamic import of the engine)', async ({ page }) => {
  const violations = await watch(page);
  await page.goto('/questionario/');
  await ready(page);
  await page.goto('/questionario/?case=new&date=2019-10-01&object=services&base=30000');
  await ready(page);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.locator('.q-loading')).toHaveCount(0);
  expect(await violations()).toEqual([]);
});

test('no CSP violation in the site search: Pagefind loads its script, WebAssembly and index', async ({ page }) => {
  const violations = await watch(page);
  await page.goto('/cerca/');
  await page.getByLabel('Cosa cerchi?').fill('carnet');
  await page.getByRole('button', { name: 'Cerca', exact: true }).click();
  await expect(page.locator('#search-results a[href="/faq/smart-cig-e-carnet/"]')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('no CSP violation in the simulator: island, carnet, PDF download (pdf-lib, blob:) and export', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watch(page);
  await openSimulator(page);
  await requestCarnet(page, 'a@pec.example.it');
  await simScreen(page).getByRole('button', { name: 'Apri il dettaglio del carnet' }).click();
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Scarica PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  await page.getByRole('button', { name: /^Mostra gli strumenti/ }).click(); // issue 12: the trainer tools open on request
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Esporta la simulazione (JSON)' }).click()]);
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  expect(await violations()).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the <noscript> styles of the simulator and the questionnaire, and the FAQ tables\' styles, are allowed', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) errors.push(m.text()); });
    await page.goto('/simulatore/');
    await expect(page.locator('.sim-loading')).toBeHidden();
    await page.goto('/questionario/');
    await expect(page.locator('.q-island')).toBeHidden();
    await page.goto('/faq/contributo-anac/');
    await page.waitForLoadState('load');
    expect(errors).toEqual([]);
  });
});
