/**
 * Issue 11: a three-lot services tender in 2026 shows three CIGs to acquire, the value on the sum and the EU
 * threshold reached by the sum; a Consip convention order in 2025 shows the CIG derivato and its card (AD4).
 * Axe on the new questions and on both outcomes.
 */
import { test, expect } from '@playwright/test';
import { axe, heading, ready } from './helpers.ts';

test('the lots question: three amounts, then the single contract\'s amounts are skipped', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/questionario/?case=new&date=2026-03-01&object=services&step=lots');
  await ready(page);
  await expect(heading(page)).toHaveText('Il contratto è diviso in lotti?');
  await page.getByLabel('Sì', { exact: true }).check();
  await page.getByLabel('Importo 1').fill('100.000');
  await page.getByRole('button', { name: 'Aggiungi un altro importo' }).click();
  await page.getByLabel('Importo 2').fill('100.000');
  await page.getByRole('button', { name: 'Aggiungi un altro importo' }).click();
  await page.getByLabel('Importo 3').fill('30.000');
  await axe(page, 'lots');
  await page.getByRole('button', { name: 'Continua' }).click();
  // with lots, the single contract's amounts are not asked
  await expect(heading(page)).not.toHaveText(/Il contratto è diviso in lotti|importo a base|oneri per la sicurezza|rinnovi/i);
});

test('a three-lot services tender in 2026 from its link: three CIGs, the value on the sum, the EU threshold reached by the sum', async ({ page }) => {
  await page.goto('/questionario/?case=new&date=2026-03-01&object=services&lots=100000&lots=100000&lots=30000&procedure=open');
  await ready(page);
  await expect(heading(page)).toHaveText('Il risultato');
  await expect(page.locator('#esito')).toContainText('230.000,00');
  await expect(page.locator('[data-eu-threshold="reached"]')).toContainText('216.000,00');
  const lots = page.locator('section[data-lots="3"]');
  await expect(lots.locator('h2')).toHaveText('3 lotti: 3 CIG da acquisire');
  await expect(lots.locator('tbody tr')).toHaveCount(3);
  await expect(lots.locator('tr[data-lot="3"] td').first()).toHaveText('€ 30.000,00');
  await expect(page.locator('tr[data-field="scheda"] td').first()).toHaveText('P1_16');
  await axe(page, 'outcome with lots');
});

test('a Consip convention order in 2025: the CIG derivato with card AD4', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/questionario/');
  await ready(page);
  await page.getByLabel('Un contratto in base a un accordo quadro o una convenzione').check();
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(heading(page)).toHaveText('Quando parte la procedura?');

  await page.goto('/questionario/?case=frameworkCall&date=2025-03-01&object=supplies&pnrr=false&amount=30000&step=parentCig');
  await ready(page);
  await expect(heading(page)).toHaveText("Qual è il CIG dell'accordo quadro o della convenzione?");
  await page.locator('main input[type="text"]').first().fill('1234567CE7');
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(heading(page)).toHaveText('Il contratto segue un nuovo confronto competitivo tra gli operatori?');
  await axe(page, 'withCompetition');
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(heading(page)).toHaveText('Le tue risposte');
  await page.getByRole('button', { name: 'Vedi il risultato' }).click();
  await expect(heading(page)).toHaveText('Il risultato');
  await expect(page.locator('tr[data-field="scheda"] td').first()).toHaveText('AD4');
  await expect(page.locator('tr[data-field="importo"] td').first()).toHaveText('30.000,00');
  await expect(page.getByText('detto derivato', { exact: false })).toBeVisible();
  await axe(page, 'outcome frameworkCall');
  expect(new URL(page.url()).search).toBe('?case=frameworkCall&date=2025-03-01&object=supplies&pnrr=false&amount=30000&parentCig=1234567CE7&withCompetition=false');
});

test('the kind of award: "Affidamento in house" skips the lots and the procedure, the link carries procedure=inHouse and the card A3_6', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/questionario/?case=new&date=2025-03-01&object=services&step=awardKind');
  await ready(page);
  await expect(heading(page)).toHaveText('Che tipo di affidamento è?');
  await axe(page, 'awardKind');
  await page.getByLabel('Affidamento in house', { exact: true }).check();
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(heading(page)).toHaveText("Qual è l'importo a base del contratto?");
  await page.goto('/questionario/?case=new&date=2025-03-01&object=services&base=50000&procedure=inHouse');
  await ready(page);
  await expect(heading(page)).toHaveText('Il risultato');
  await expect(page.locator('main')).toContainText('Affidamento in house');
  await expect(page.locator('#esito')).toContainText('A3_6');
});
