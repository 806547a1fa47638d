import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sourceIds } from '../../src/domain/rules/sources.ts';
import { makeSmartCig } from '../../src/domain/cig.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function faqPages(page: Page): Promise<string[]> {
  await page.goto('/faq/');
  const hrefs = await page.locator('main a[href^="/faq/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((h) => h !== '/faq/'))];
}

test('FAQ pages ship no JavaScript (the service worker registration aside) and carry sources, date and the not-ANAC note', async ({ page, request }) => {
  const pages = await faqPages(page);
  expect(pages.length).toBeGreaterThanOrEqual(11);
  const registration = /<script id="sw-register">[^<]{1,300}<\/script>/;
  for (const url of ['/faq/', ...pages]) {
    const html = await (await request.get(url)).text();
    expect(html, `${url} does not register the service worker`).toMatch(registration);
    expect(html.replace(registration, ''), `${url} has a <script>`).not.toContain('<script');
    expect(html, `${url} has an island`).not.toContain('astro-island');
    if (url === '/faq/') continue;
    expect(html, `${url} has no Fonti section`).toContain('id="fonti"');
    expect(html, `${url} has no date`).toContain('Aggiornato al');
    expect(html, `${url} has no not-ANAC note`).toContain('Non è un servizio ANAC');
  }
});

for (const url of ['/', '/faq/', '/faq/smart-cig-e-carnet/', '/faq/contributo-anac/', '/faq/pcp-dal-2024/', '/faq/rinnovo-esercitato-nuovo-cig/', '/faq/procedure-per-importo/', '/fonti/', '/fonti/leggi/', '/verifica-cig/', '/accessibilita/', '/pagina-che-non-esiste/']) {
  test(`axe finds no WCAG 2.1 AA violation on ${url}`, async ({ page }) => {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('/fonti/ lists every source with its mark; the page of its kind says what rests on it, without JavaScript', async ({ page, request }) => {
  const html = await (await request.get('/fonti/')).text();
  expect(html.replace(/<script id="sw-register">[^<]{1,300}<\/script>/, ''), 'only the service worker registration').not.toContain('<script');
  await page.goto('/fonti/');
  for (const id of sourceIds()) await expect(page.locator(`li#fonte-${id}`), id).toHaveCount(1);
  await expect(page.locator('li#fonte-npa-1880')).toContainText('Verificata in parte');
  await expect(page.locator('footer').getByRole('link', { name: 'Fonti' })).toHaveAttribute('href', '/fonti/');
  // every source has its entry, once, on the page of its kind
  const kindPages = await page.locator('main section h2 a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  let entries = 0;
  for (const href of kindPages) {
    await page.goto(href);
    entries += await page.locator('article.source').count();
  }
  expect(entries).toBe(sourceIds().length);
  await page.goto('/fonti/');
  await page.locator('li#fonte-npa-1880 a').click();
  const renewal = page.locator('article#fonte-npa-1880');
  await expect(renewal).toContainText('14 gennaio 2025');
  await expect(renewal.getByRole('link', { name: /Rinnovo esercitato/ })).toHaveAttribute('href', '/faq/rinnovo-esercitato-nuovo-cig/');
  await page.goto('/fonti/leggi/');
  await expect(page.locator('#fonte-ue-soglie-2026-2027')).toContainText('Soglie europee per biennio (1 gennaio 2026 – 31 dicembre 2027)');
});

test('the PCP cards table reads as one block per row on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/faq/pcp-dal-2024/');
  const row = page.locator('table.table--stack').first().locator('tbody tr').filter({ hasText: 'P1_16' });
  await expect(row).toBeVisible();
  const cells = await row.locator('th, td').evaluateAll((els) => els.map((e) => getComputedStyle(e).display));
  expect(new Set(cells)).toEqual(new Set(['block']));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a missing page answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/pagina-che-non-esiste/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina non trovata');
  await expect(page.getByRole('main').getByRole('link', { name: 'Domande frequenti' })).toBeVisible();
});

test('the first Tab reaches the skip link, which leads to the main content', async ({ page }) => {
  await page.goto('/faq/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Vai al contenuto principale' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the header names the site without a heading and the footer says it is not ANAC', async ({ page }) => {
  await page.goto('/faq/cos-e-il-cig/');
  await expect(page.locator('header h1')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link')).toHaveText(['Calcola valore e CIG', 'Simulatore Smart CIG', 'Esercizi', 'Domande frequenti', 'Cerca']);
  await expect(page.locator('footer')).toContainText('non è un servizio ANAC');
  await expect(page.locator('footer')).toContainText('Regole e fonti verificate al');
});

test.describe('CIG checker', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/verifica-cig/');
  });

  test('judges the seed carnet code X3A000262F valid, as a Smart CIG', async ({ page }) => {
    await page.getByLabel('Codice CIG').fill(' x3a000262f ');
    await page.getByRole('button', { name: 'Verifica' }).click();
    const result = page.locator('#cig-result');
    await expect(result.getByRole('heading')).toHaveText('Il codice supera il controllo');
    await expect(result).toContainText('X3A000262F');
    await expect(result).toContainText('Smart CIG');
    await expect(result).toBeFocused();
  });

  test('judges X11000277E invalid, says why, and never which check characters would pass', async ({ page }) => {
    await page.getByLabel('Codice CIG').fill('X11000277E');
    await page.getByRole('button', { name: 'Verifica' }).click();
    const result = page.locator('#cig-result');
    await expect(result.getByRole('heading')).toHaveText('Il codice non supera il controllo');
    await expect(result).toContainText('caratteri di controllo');
    await expect(result).not.toContainText('D4');
  });

  test('says that a code of the simulator does not exist', async ({ page }) => {
    await page.goto('/verifica-cig/?cig=' + makeSmartCig(0xf000000, 'X'));
    const result = page.locator('#cig-result');
    await expect(result.getByRole('heading')).toHaveText('Codice simulato: non esiste');
    await expect(result).toContainText('codice generato dal simulatore di questo sito: non esiste');
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('an empty field shows the error summary, focused, and prefixes the title', async ({ page }) => {
    await page.getByRole('button', { name: 'Verifica' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("C'è un problema");
    await expect(page).toHaveTitle(/^Errore: /);
    await summary.getByRole('link').click();
    await expect(page.getByLabel('Codice CIG')).toBeFocused();
  });

  test('a link with ?cig= opens on the result', async ({ page }) => {
    await page.goto('/verifica-cig/?cig=1234567CE7');
    await expect(page.locator('#cig-result').getByRole('heading')).toHaveText('Il codice supera il controllo');
  });
});

test('search finds the carnet FAQ for "carnet"', async ({ page }) => {
  await page.goto('/cerca/');
  await page.getByLabel('Cosa cerchi?').fill('carnet');
  await page.getByRole('button', { name: 'Cerca', exact: true }).click();
  await expect(page.locator('#search-results a[href="/faq/smart-cig-e-carnet/"]')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('carnet');
  await expect(page).toHaveURL(/\?q=carnet$/);
});

test('pages fit a 360 px wide phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const url of ['/', '/faq/', '/faq/contributo-anac/', '/faq/cronologia/', '/faq/modifiche-oltre-il-quinto-e-proroga-tecnica/', '/faq/pcp-dal-2024/', '/faq/procedure-per-importo/', '/fonti/', '/verifica-cig/', '/cerca/']) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${url} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

test('FAQ pages carry title, description, canonical and Open Graph tags for sharing', async ({ page }) => {
  await page.goto('/faq/smart-cig-e-carnet/');
  await expect(page).toHaveTitle(/Smart CIG.*carnet – CIG Advisor$/);
  const meta = (sel: string) => page.locator(sel).getAttribute('content');
  const description = await meta('meta[name="description"]');
  expect(description?.length).toBeGreaterThan(50);
  expect(description?.length).toBeLessThanOrEqual(160);
  expect(await meta('meta[property="og:description"]')).toBe(description);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:url"]')).toMatch(/\/faq\/smart-cig-e-carnet\/$/);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/faq\/smart-cig-e-carnet\/$/);
});
