/**
 * Issue 10: the questionnaire's outcome opens with the answer. At 360 × 740 the estimated value of the
 * seed is on the first screen; the answers given come after the outcome; the tables stack at 320 px with
 * amounts on one line; the print version of the seed is one A4 page with the date printed, the rule set
 * and the link; a proroga tecnica answered "Sì" without an estimate reaches the outcome as an item
 * "prevista, non conteggiata". Axe on each outcome.
 */
import { test, expect, type Page } from '@playwright/test';
import { axe } from './helpers.ts';
import { PDFDocument } from 'pdf-lib';

const SEED = 'case=new&date=2019-10-01&object=services&base=30000&renewals=30000&pnrr=false&sector=ordinary&authority=subCentral&procedure=direct';

async function openSeed(page: Page) {
  await page.goto(`/questionario/?${SEED}`);
  await page.waitForSelector('astro-island:not([ssr])');
  await expect(page.locator('main h1')).toHaveText('Il risultato');
  await expect(page.locator('[data-estimated-value]')).toHaveText('€ 60.000,00');
}

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the seed outcome opens with the answer: the estimated value is on the first screen, the answers come after', async ({ page }) => {
    await openSeed(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = await page.locator('[data-estimated-value]').boundingBox();
    if (!box) throw new Error('the estimated value has no box');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    const panel = page.locator('#esito');
    await expect(panel).toContainText('Serve un nuovo CIG, da acquisire sul SIMOG');
    await expect(panel).toContainText('Contributo ANAC: € 30,00');
    // "Le tue risposte" with "Modifica" below the outcome
    const order = await page.evaluate(() => {
      const esito = document.querySelector('#esito');
      const answers = document.querySelector('.summary-list');
      return esito && answers ? esito.compareDocumentPosition(answers) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await expect(page.getByRole('link', { name: 'Modifica importo a base' })).toBeVisible();
    await axe(page, 'outcome at 360 px');
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  test('the outcome tables stack, label above value, amounts on one line, no sideways scroll', async ({ page }) => {
    await openSeed(page);
    const amount = page.locator('table.q-items td.num').first();
    await expect(amount).toHaveAttribute('data-label', 'Importo');
    expect(await amount.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Importo');
    expect(await amount.evaluate((td) => getComputedStyle(td).whiteSpace)).toBe('nowrap');
    const why = page.locator('table.q-items td[data-label="Perché"]').first();
    expect((await why.boundingBox())?.width ?? 0).toBeGreaterThan(250);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await axe(page, 'outcome at 320 px');
  });
});

test('the print version of the seed is one A4 page, with the date printed, the rule set and the link; no buttons', async ({ page }) => {
  await openSeed(page);
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.q-print-only');
  await expect(printed).toBeVisible();
  await expect(printed).toContainText('Stampato il');
  await expect(printed).toContainText('Regole applicate');
  await expect(printed).toContainText(`/questionario/?${SEED}`);
  await expect(page.getByRole('button', { name: 'Stampa' })).toBeHidden();
  await expect(page.locator('header.site-header nav').first()).toBeHidden();
  await expect(page.locator('.summary-list__actions').first()).toBeHidden();
  const pdf = await PDFDocument.load(await page.pdf({ format: 'A4' }));
  expect(pdf.getPageCount()).toBe(1);
});

test('a proroga tecnica foreseen without an estimate: kept on the check page, shown in the outcome as not counted', async ({ page }) => {
  await page.goto('/questionario/?case=new&date=2019-10-01&object=services&base=30000&step=technicalExtension');
  await page.waitForSelector('astro-island:not([ssr])');
  await expect(page.locator('main h1')).toHaveText('I documenti di gara prevedono la proroga tecnica?');
  await page.getByLabel('Sì', { exact: true }).check();
  await page.getByRole('button', { name: 'Continua' }).click();
  // no question on counting an estimate that was not given
  await expect(page.locator('main h1')).toHaveText('Il contratto è finanziato, anche in parte, con fondi PNRR o PNC?');
  await expect(page).toHaveURL(/technicalExtensionForeseen=true/);
  for (let i = 0; i < 4; i++) {
    await page.locator('main input[type="radio"]').first().check();
    await page.getByRole('button', { name: 'Continua' }).click();
  }
  await expect(page.locator('main h1')).toHaveText('Le tue risposte');
  const row = page.locator('.summary-list__row').filter({ hasText: 'Proroga tecnica' });
  await expect(row).toContainText('Prevista, senza stima');
  await page.getByRole('button', { name: 'Vedi il risultato' }).click();
  await expect(page.locator('main h1')).toHaveText('Il risultato');
  const item = page.locator('tr[data-item="technicalExtension"]');
  await expect(item).toContainText('prevista, non conteggiata');
  await expect(item).toContainText('senza una stima');
  await expect(item).toContainText('Fonte');
  await expect(page.locator('[data-estimated-value]')).toHaveText('€ 30.000,00');
  await axe(page, 'outcome with a proroga tecnica foreseen');
});
