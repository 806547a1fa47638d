/**
 * Issue 10: phones. Every page of the sitemap fits a 320 px screen; the header of a 360 × 740 phone
 * is at most 120 px tall and its menu opens without JavaScript; the questionnaire without JavaScript
 * builds the shareable link. (Offline: offline.spec.ts.)
 * The sweep includes the questionnaire's outcome of the seed (its link), with stacked tables.
 */
import { test, expect, type Page } from '@playwright/test';
import { axe } from './helpers.ts';
import { QUESTION_IDS, withoutAmountKey } from '../../src/domain/question-table.ts';

const SEED = 'case=new&date=2019-10-01&object=services&base=30000&renewals=30000&procedure=direct';

/** Elements wider than the viewport or reaching past its right edge (visually hidden ones aside). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > vw) out.push(`page scrollWidth ${document.documentElement.scrollWidth} > ${vw}`);
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      if (r.width > vw + 0.5 || r.right > vw + 0.5 || r.left < -0.5) {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        out.push(`${el.tagName.toLowerCase()}${cls} ${Math.round(r.left)}..${Math.round(r.right)}`);
      }
    }
    return out;
  });
}

async function sitemapPaths(page: Page): Promise<string[]> {
  const xml = await (await page.request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  test('no element of any page of the sitemap is wider than the screen, and no console error', async ({ page }) => {
    test.setTimeout(120_000);
    const paths = await sitemapPaths(page);
    expect(paths.length).toBeGreaterThanOrEqual(15);
    const problems: string[] = [];
    let current = '';
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${current}: console error ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`${current}: ${e.message}`));
    for (const path of paths) {
      current = path;
      await page.goto(path);
      await page.waitForLoadState('load');
      for (const p of await overflowing(page)) problems.push(`${path}: ${p}`);
    }
    // the questionnaire's outcome of the seed (its shareable link), once its tables are shown
    current = 'outcome';
    await page.goto(`/questionario/?${SEED}`);
    await expect(page.locator('table.q-items')).toBeVisible();
    await expect(page.locator('tr[data-field="importoBaseAsta"]')).toBeVisible();
    for (const p of await overflowing(page)) problems.push(`outcome: ${p}`);
    expect(problems).toEqual([]);
  });

  test('the contribution tables stack: label above value, amounts on one line', async ({ page }) => {
    await page.goto('/faq/contributo-anac/');
    const cell = page.locator('table.table--stack td.num').first();
    await expect(cell).toHaveAttribute('data-label', 'Stazione appaltante');
    const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toContain('Stazione appaltante');
    expect(await cell.evaluate((td) => getComputedStyle(td).whiteSpace)).toBe('nowrap');
    expect(await overflowing(page)).toEqual([]);
    await axe(page, 'contribution tables at 320 px');
  });

  test('the FAQ tables written in Markdown stack too', async ({ page }) => {
    await page.goto('/faq/formato-codice-cig/');
    await expect(page.locator('article table.table--stack td[data-label="Come inizia"]').first()).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
  });

  test('the simulator lists fit: carnet detail and carnet list', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/simulatore/');
    await page.waitForSelector('.sim-clock');
    const screen = page.locator('.sim-screen');
    // the carnet goes to the PEC address of the profile (issue 12)
    await page.getByRole('navigation', { name: 'Aree del servizio simulato' }).getByRole('button', { name: 'Profilo' }).click();
    await page.getByLabel('Nome e cognome (simulati)').fill('Maria Rossi');
    await page.getByLabel('Indirizzo PEC registrato (simulato)').fill('direzione@scuola.gov.it');
    await page.getByRole('button', { name: 'Salva il profilo' }).click();
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'Aree del servizio simulato' }).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
    await screen.getByRole('button', { name: 'Richiedi nuovo' }).click();
    await page.getByRole('button', { name: 'Genera' }).click();
    await screen.getByRole('button', { name: 'Apri il dettaglio del carnet' }).click();
    await expect(screen.locator('table.table--stack td[data-label]').first()).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'Aree del servizio simulato' }).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
    await expect(screen.locator('table.table--stack').first()).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
  });
});

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const path of ['/', '/questionario/', '/faq/contributo-anac/', '/verifica-cig/']) {
    test(`the header of ${path} is at most 120 px tall`, async ({ page }) => {
      await page.goto(path);
      const height = await page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(120);
    });
  }

  test('the menu button opens the navigation, with axe on both states', async ({ page }) => {
    await page.goto('/faq/');
    const button = page.locator('summary.menu__button');
    await expect(button).toHaveText('Menu');
    await expect(page.getByRole('navigation', { name: 'Navigazione principale' })).toBeHidden();
    await axe(page, 'menu closed');
    await button.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
    await expect(nav.getByRole('link')).toHaveText(['Calcola valore e CIG', 'Simulatore Smart CIG', 'Esercizi', 'Domande frequenti', 'Cerca']);
    await expect(nav.getByRole('link', { name: 'Domande frequenti' })).toHaveAttribute('aria-current', 'page');
    await axe(page, 'menu open');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test('the menu opens and the header stays compact', async ({ page }) => {
    await page.goto('/');
    expect(await page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(120);
    await page.locator('summary.menu__button').click();
    await expect(page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Cerca' })).toBeVisible();
  });

  test('the one-page form of the questions builds the shareable link', async ({ page }) => {
    await page.goto('/questionario/');
    const form = page.locator('form[action="/questionario/"]');
    await expect(page.getByRole('heading', { name: 'Prepara il link senza JavaScript' })).toBeVisible();
    // every question of the table has its field, named with its key of the link (and "Sì" without an amount its own, issue 10)
    const names = await form.locator('[name]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('name')))]);
    expect(names).toEqual(QUESTION_IDS.flatMap((q) => [q, withoutAmountKey(q) ?? []].flat()));
    await form.getByRole('group', { name: 'Cosa devi fare?' }).getByLabel('Affidare un nuovo contratto').check();
    await form.getByLabel('Quando parte la procedura?').fill('2019-10-01');
    await form.getByRole('group', { name: "Qual è l'oggetto principale del contratto?" }).getByLabel('Servizi').check();
    await form.getByRole('group', { name: 'Con quale procedura affidi il contratto?' }).getByLabel('Affidamento diretto').check();
    await form.getByLabel("Qual è l'importo a base del contratto?").fill('30000');
    await form.getByRole('group', { name: 'I documenti di gara prevedono rinnovi?' }).getByLabel('Importo 1').fill('30000');
    expect(await overflowing(page)).toEqual([]);
    await form.getByRole('button', { name: 'Crea il link' }).click();
    await page.waitForURL(/\/questionario\/\?/);
    const url = new URL(page.url());
    // the same answers as the seed link (the form lists them in the order of the questions)
    const sorted = (pairs: [string, string][]) => pairs.map(([k, v]) => `${k}=${v}`).sort();
    expect(sorted([...url.searchParams].filter(([, v]) => v !== ''))).toEqual(sorted([...new URLSearchParams(SEED)]));
  });
});

test('the link made without JavaScript opens on the outcome with JavaScript', async ({ page }) => {
  // the form submits every field; the empty ones are dropped by the link's reader
  const keys = 'case=new&date=2019-10-01&object=services&procedure=direct&base=30000&safetyCosts=&renewals=30000&renewals=&renewals=&prorogaOptions=&technicalExtension=&contractAmount=&amount=&originalCig=';
  await page.goto(`/questionario/?${keys}`);
  await expect(page.locator('main h1')).toHaveText('Il risultato');
  await expect(page.locator('#esito')).toContainText('60.000,00');
});

test('axe finds no WCAG 2.1 AA violation in the form for browsers without JavaScript', async ({ page }) => {
  // axe runs in the page, so the form is shown here as a browser without JavaScript would show it
  await page.goto('/questionario/');
  await page.evaluate(() => {
    const ns = document.querySelector('main noscript');
    const div = document.createElement('div');
    div.innerHTML = ns?.textContent ?? '';
    div.querySelectorAll('style').forEach((s) => s.remove());
    document.querySelector('.q-island')?.remove();
    ns?.replaceWith(div);
  });
  await expect(page.getByRole('button', { name: 'Crea il link' })).toBeVisible();
  await axe(page, 'no-JS form');
});
