/**
 * Issue 10: the site works offline once visited (the Workbox service worker written by the build,
 * scripts/service-worker.mjs), and its web app manifest is valid. The other e2e tests block service
 * workers (playwright.config.ts); these allow it.
 */
import { test, expect } from '@playwright/test';

const SEED = 'case=new&date=2019-10-01&object=services&procedure=direct&base=30000&renewals=30000';

test.describe('offline once visited', () => {
  test.use({ serviceWorkers: 'allow' });

  test('home, questionnaire and a FAQ page reload offline; the questionnaire reaches an outcome', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    // the worker is active once it has precached the whole site
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.goto('/questionario/');
    await page.goto('/faq/contributo-anac/');
    await context.setOffline(true);
    for (const [path, h1] of [['/', /CIG/], ['/questionario/', /Cosa devi fare/], ['/faq/contributo-anac/', /contributo/i]] as const) {
      await page.goto(path);
      await page.reload();
      await expect(page.locator('main h1').first()).toHaveText(h1);
    }
    // the questionnaire, offline, from the first question to the outcome (a dynamic import, precached)
    await page.goto('/questionario/');
    await page.waitForSelector('astro-island:not([ssr])');
    await page.getByLabel('Affidare un nuovo contratto').check();
    await page.getByRole('button', { name: 'Continua' }).click();
    await expect(page.locator('main h1')).toContainText('Quando parte la procedura?');
    await page.goto(`/questionario/?${SEED}`);
    await expect(page.locator('main h1')).toHaveText('Il risultato');
    await expect(page.locator('#esito')).toContainText('60.000,00');
    await context.setOffline(false);
  });

  test('the web app manifest is linked and valid', async ({ page }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(href ?? '')).json();
    expect(manifest).toMatchObject({ name: expect.stringContaining('CIG Advisor'), short_name: 'CIG Advisor', lang: 'it', start_url: '/', display: 'standalone', theme_color: '#0066cc' });
    for (const icon of manifest.icons) expect((await page.request.get(icon.src)).ok()).toBe(true);
  });
});
