/**
 * Issue 9, events: a 2025 renewal on a PCP contract (B-series CIG, awarded with AD3) answers "no new CIG"
 * and the M2 card with reason mod-rev (ANAC, npa#1880, 14 January 2025); the card question is asked only
 * under the PCP on a PCP CIG. Axe on the new question and on the outcome.
 */
import { test, expect } from '@playwright/test';
import { axe, heading, ready } from './helpers.ts';

test('a 2025 renewal on a B-series CIG awarded with AD3: no new CIG, card M2 with mod-rev, axe clean', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/questionario/?case=renewal&date=2025-03-01&object=services&amount=30000&step=originalCig');
  await ready(page);
  await expect(heading(page)).toHaveText('Qual è il CIG del contratto originario?');
  await page.locator('main input[type="text"]').first().fill('B0123AB2CE');
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(heading(page)).toHaveText('Quando è partito il contratto originario?');
  await axe(page, 'originalDate');
  await page.getByRole('button', { name: 'Non lo so', exact: true }).click();
  await expect(heading(page)).toHaveText('Con quale scheda ANAC è stato aggiudicato il contratto?');
  await axe(page, 'originalCard');
  await page.getByLabel('AD3', { exact: true }).check();
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(heading(page)).toHaveText('Le tue risposte');
  await page.getByRole('button', { name: 'Vedi il risultato' }).click();
  await expect(heading(page)).toHaveText('Il risultato');
  await expect(page.locator('#esito')).toContainText('Nessun nuovo CIG');
  await expect(page.locator('#esito')).toContainText('scheda M2');
  await expect(page.locator('tr[data-communication-field="scheda"] td').first()).toHaveText('M2');
  await expect(page.locator('tr[data-communication-field="motiviModifica"] td').first()).toContainText('mod-rev');
  await expect(page.getByRole('button', { name: /Copia.*Motivo della modifica/ })).toBeVisible();
  await axe(page, 'outcome');
  expect(new URL(page.url()).search).toBe('?case=renewal&date=2025-03-01&object=services&amount=30000&originalCig=B0123AB2CE&originalCard=AD3');
});

test('the card question is not asked for a SIMOG CIG', async ({ page }) => {
  await page.goto('/questionario/?case=renewal&date=2025-03-01&object=services&amount=30000&originalCig=1234567CE7&step=originalDate');
  await ready(page);
  await expect(heading(page)).toHaveText('Quando è partito il contratto originario?');
  await page.getByLabel('Giorno').fill('1');
  await page.getByLabel('Mese').fill('3');
  await page.getByLabel('Anno').fill('2019');
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(heading(page)).toHaveText('Le tue risposte');
  await page.getByRole('button', { name: 'Vedi il risultato' }).click();
  await expect(page.locator('#esito')).toContainText('Nessun nuovo CIG');
  await expect(page.locator('tr[data-communication-field="motiviModifica"] td').first()).toHaveText('rinnovo previsto nei documenti di gara');
});
