/** Issue 14: steps in the simulator shared by the storage, text and CSP tests. */
import { expect, type Page } from '@playwright/test';

export const KEY = 'cig-advisor:simulatore';

export async function openSimulator(page: Page) {
  await page.goto('/simulatore/');
  await page.waitForSelector('.sim-clock');
}

export const simScreen = (page: Page) => page.locator('.sim-screen');
export const simArea = (page: Page, name: string | RegExp) => page.getByRole('navigation', { name: 'Aree del servizio simulato' }).getByRole('button', { name });

/** Fills and saves the simulated profile (issue 12: the carnet goes to its PEC address); the outcome is left to the caller. */
export async function fillProfile(page: Page, pec: string, name = 'Maria Rossi') {
  await simArea(page, 'Profilo').click();
  await page.getByLabel('Nome e cognome (simulati)').fill(name);
  await page.getByLabel('Indirizzo PEC registrato (simulato)').fill(pec);
  await page.getByRole('button', { name: 'Salva il profilo' }).click();
}

/** Registers `pec` in the profile, then opens the "Richiedi carnet" form and asks for a carnet (the outcome is left to the caller). */
async function askCarnet(page: Page, pec: string) {
  await fillProfile(page, pec);
  await expect(simScreen(page).getByRole('status')).toContainText('Profilo salvato');
  await simArea(page, 'Gestione carnet di Smart CIG').click();
  await simScreen(page).getByRole('button', { name: 'Richiedi nuovo' }).click();
  await page.getByRole('button', { name: 'Genera' }).click();
}

/** Asks for a carnet and waits for it. */
export async function requestCarnet(page: Page, pec: string) {
  await askCarnet(page, pec);
  await expect(simScreen(page)).toContainText('generato con successo');
}
