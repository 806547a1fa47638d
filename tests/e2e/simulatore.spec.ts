import { test, expect, type Page } from '@playwright/test';
import { axe } from './helpers.ts';
import { readFileSync } from 'node:fs';
import { checkCig } from '../../src/domain/cig.ts';

const KEY = 'cig-advisor:simulatore';

async function open(page: Page) {
  await page.goto('/simulatore/');
  await page.waitForSelector('.sim-clock');
}

const area = (page: Page) => page.getByRole('navigation', { name: 'Aree del servizio simulato' });
const screen = (page: Page) => page.locator('.sim-screen');

/** Registers the PEC address in the profile (issue 12: the carnet goes there), then requests a carnet. */
async function requestCarnet(page: Page, pec = 'direzione@scuola.gov.it') {
  await area(page).getByRole('button', { name: 'Profilo' }).click();
  await page.getByLabel('Nome e cognome (simulati)').fill('Maria Rossi');
  await page.getByLabel('Indirizzo PEC registrato (simulato)').fill(pec);
  await page.getByRole('button', { name: 'Salva il profilo' }).click();
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await screen(page).getByRole('button', { name: 'Richiedi nuovo' }).click();
  await page.getByRole('button', { name: 'Genera' }).click();
}

async function counts(page: Page) {
  const get = (k: string) => screen(page).locator(`[data-count="${k}"]`).innerText();
  return [await get('nonRendicontati'), await get('comunicati'), await get('annullati')].map(Number);
}

test('request a carnet: 50 distinct valid simulated codes, success message with the PEC, communicate and annul', async ({ page }) => {
  // Long: many steps (and an axe run on each); 2 cores under CI load need more than the default 30 s.
  test.setTimeout(120_000);
  await open(page);
  await expect(page.getByText('SIMULAZIONE', { exact: true })).toBeVisible();
  await axe(page, 'home');
  await requestCarnet(page);
  await expect(screen(page).getByRole('heading', { name: 'Carnet generato' })).toBeFocused();
  await expect(screen(page)).toContainText('CARNET DA 50 CIG è stato generato con successo');
  await expect(screen(page)).toContainText('direzione@scuola.gov.it');
  await screen(page).getByRole('button', { name: 'Apri il dettaglio del carnet' }).click();
  await expect(screen(page).getByRole('heading', { name: 'Smart CIG: Dettaglio CARNET' })).toBeVisible();
  const codes = await screen(page).locator('[data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  expect(codes).toHaveLength(50);
  expect(new Set(codes).size).toBe(50);
  for (const c of codes) expect(checkCig(c), c).toMatchObject({ valid: true, series: 'SMART_CIG', simulated: true });
  await expect(screen(page).locator('.sim-tag', { hasText: 'simulato' })).toHaveCount(50);
  expect(await counts(page)).toEqual([50, 0, 0]);
  await axe(page, 'carnet detail');

  // communicate the first: errors first, GOV.UK style
  await screen(page).locator('[data-code]').first().click();
  await page.getByRole('button', { name: 'Comunica' }).click();
  const summary = page.locator('#sim-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("C'è un problema");
  await expect(page).toHaveTitle(/^Errore: /);
  await axe(page, 'cig form with errors');
  await summary.getByRole('link').first().click();
  await page.getByLabel('Importo (IVA esclusa)').fill('1.500');
  await page.getByLabel('Oggetto', { exact: true }).fill('<b>stampe</b> digitali');
  await page.getByLabel('Procedura di scelta del contraente').selectOption('AFFIDAMENTO DIRETTO');
  await page.getByRole('radio', { name: 'Forniture' }).check();
  await page.getByRole('button', { name: 'Comunica' }).click();
  await expect(screen(page).getByRole('heading', { name: 'Smart CIG: Dettaglio CARNET' })).toBeVisible();
  await expect(page).not.toHaveTitle(/^Errore: /);
  expect(await counts(page)).toEqual([49, 1, 0]);
  // user text is shown as text, not markup
  await expect(screen(page).locator('td', { hasText: '<b>stampe</b> digitali' })).toHaveCount(1);
  await expect(screen(page).locator('td b')).toHaveCount(0);

  // annul the second
  await screen(page).locator('[data-code]').nth(1).click();
  await page.getByRole('button', { name: 'Annulla il CIG' }).click();
  await screen(page).getByRole('button', { name: 'Conferma' }).click();
  expect(await counts(page)).toEqual([48, 1, 1]);
  await expect(screen(page).locator('tbody tr').nth(1)).toContainText('CIG ANNULLATO');

  // reload keeps everything (once the page has stored the annulment: it saves after rendering)
  await page.waitForFunction(() => (localStorage.getItem('cig-advisor:simulatore') ?? '').includes('ANNULLATO'));
  await page.reload();
  await page.waitForSelector('.sim-clock');
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await screen(page).getByRole('button', { name: 'CARNET/0000001' }).click();
  expect(await counts(page)).toEqual([48, 1, 1]);
  const after = await screen(page).locator('[data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  expect(after).toEqual(codes);

  // PDF
  const [dl] = await Promise.all([page.waitForEvent('download'), screen(page).getByRole('button', { name: 'Scarica PDF' }).click()]);
  const pdf = readFileSync((await dl.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(dl.suggestedFilename()).toMatch(/SIMULAZIONE\.pdf$/);
});

test('a third active carnet is refused with its reason; past the data deadline new carnets are refused until the data are in', async ({ page }) => {
  await open(page);
  await requestCarnet(page);
  await requestCarnet(page, 'ufficio@pec.comune.example');
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await expect(screen(page).locator('[data-blocked="CARNET_LIMIT"]')).toContainText('2 carnet attivi');
  await screen(page).getByRole('button', { name: 'Richiedi nuovo' }).click();
  await page.getByRole('button', { name: 'Genera' }).click();
  const refusal = page.locator('[data-refusal]');
  await expect(refusal).toBeFocused();
  await expect(refusal.locator('[data-refusal-code]')).toHaveAttribute('data-refusal-code', 'CARNET_LIMIT');
  await expect(refusal).toContainText('ci sono già 2 carnet attivi');

  // the clock: to the data deadline of the first, then one more day
  await page.getByRole('button', { name: 'Al termine dei dati' }).click();
  // both carnets were created on 2011-05-02: they expire on 2011-07-31, data due by 2011-08-30
  await expect(page.locator('[data-today]')).toHaveAttribute('data-today', '2011-08-30');
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await expect(screen(page).locator('[data-blocked]')).toHaveCount(0);
  await page.getByRole('button', { name: '+1 giorno' }).click();
  await expect(page.locator('[data-today]')).toHaveAttribute('data-today', '2011-08-31');
  await expect(page.locator('.sim-changes')).toContainText('nuovi carnet bloccati');
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await expect(screen(page).locator('[data-blocked="CARNET_BLOCKED"]')).toContainText('termine per comunicare i dati');
  await expect(screen(page).getByText('CARNET SCADUTO')).toHaveCount(2);
  await axe(page, 'blocked list');
});

test('trainer scenario with overdue data: annul the open CIGs and a new carnet is allowed', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: /^Mostra gli strumenti/ }).click();
  await page.getByRole('button', { name: 'Carica: Carnet con dati scaduti' }).click();
  await expect(page.locator('[data-today]')).toHaveAttribute('data-today', '2011-09-05');
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await expect(screen(page).locator('[data-blocked="CARNET_BLOCKED"]')).toBeVisible();
  // 10 CIGs: 2 communicated, 1 annulled; annul the 7 left
  await screen(page).getByRole('button', { name: 'CARNET/0000001' }).click();
  expect(await counts(page)).toEqual([7, 2, 1]);
  for (let i = 0; i < 7; i++) {
    await screen(page).locator('tbody tr', { hasText: 'CIG NON RENDICONTATO' }).first().locator('[data-code]').click();
    await page.getByRole('button', { name: 'Annulla il CIG' }).click();
    await screen(page).getByRole('button', { name: 'Conferma' }).click();
  }
  expect(await counts(page)).toEqual([0, 2, 8]);
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await expect(screen(page).locator('[data-blocked]')).toHaveCount(0);
  await screen(page).getByRole('button', { name: 'Richiedi nuovo' }).click();
  await page.getByRole('button', { name: 'Genera' }).click();
  await expect(screen(page)).toContainText('CARNET DA 50 CIG è stato generato con successo');
});

test('corrupted storage: the page says so, offers the data, starts clean and works', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"app":"cig-advisor-simulatore","version":1,"sim":{"carnets":"rotto"}}');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await open(page);
  const warning = page.getByRole('alert').filter({ hasText: 'La simulazione salvata non si può leggere' });
  await expect(warning).toBeVisible();
  const [dl] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Scarica i dati illeggibili' }).click()]);
  expect(readFileSync((await dl.path())!, 'utf8')).toContain('"rotto"');
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:illeggibile`), KEY)).toContain('rotto');
  await requestCarnet(page);
  await expect(screen(page)).toContainText('generato con successo');
  await axe(page, 'after corrupted storage');
});

test('single Smart CIG: amount above the fattispecie limit refused inline, then issued, annulled; outage explained', async ({ page }) => {
  await open(page);
  await area(page).getByRole('button', { name: 'Gestione Smart CIG' }).click();
  await page.getByLabel('Fattispecie contrattuale').selectOption('SERVIZI_FORNITURE_INF_20000');
  await page.getByLabel('Importo (IVA esclusa)').fill('20.000');
  await page.getByLabel('Oggetto', { exact: true }).fill('manutenzione');
  await page.getByLabel('Procedura di scelta del contraente').selectOption('AFFIDAMENTO DIRETTO');
  await page.getByRole('radio', { name: 'Servizi' }).check();
  await page.getByLabel('CUP (facoltativo)').fill('ABC');
  await page.getByRole('button', { name: 'Conferma ed ottieni CIG' }).click();
  await expect(page.locator('#sim-importo-error')).toContainText('inferiore a 20.000');
  await expect(page.locator('#sim-cup-error')).toContainText('15 caratteri');
  await page.getByLabel('Importo (IVA esclusa)').fill('19.999,99');
  await page.getByLabel('CUP (facoltativo)').fill('');
  await page.getByRole('button', { name: 'Conferma ed ottieni CIG' }).click();
  const code = await screen(page).locator('[data-code]').first().getAttribute('data-code');
  expect(checkCig(code ?? '').valid).toBe(true);
  await screen(page).getByRole('button', { name: /^Annulla/ }).click();
  await screen(page).getByRole('button', { name: 'Conferma' }).click();
  await expect(screen(page)).toContainText('CIG ANNULLATO');

  // the outage follows the simulated date (issue 12): 3 May 2021
  await page.getByLabel('Data a cui portare il calendario').fill('2021-05-03');
  await page.getByRole('button', { name: 'Vai alla data' }).click();
  await expect(screen(page).getByRole('heading', { name: /Servizio non disponibile/ })).toBeVisible();
  await expect(screen(page).getByRole('link', { name: /domande frequenti/ })).toHaveAttribute('href', '/faq/');
  await axe(page, 'outage');
});
