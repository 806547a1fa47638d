/** Issue 14: steps in the simulator shared by the storage, text and CSP tests. */
import { expect, type Page } from '@playwright/test';

export const KEY = 'cig-advisor:simulatore';

export async function openSimulator(page: Page) {
  await page.goto('/simulatore/');
  await page.waitForSelector('.sim-clock');
}

export const simScreen = (page: Page) => page.locator('.sim-screen');
export const simArea = (page: Page, name: string | RegExp) => page.getByRole('navigation', { name: 'Aree del servizio simulato' }).getByRole('button', { name });

/** Opens the "Richiedi carnet" form and asks for a carnet sent to `pec` (the outcome is left to the caller). */
export async function askCarnet(page: Page, pec: string) {
  await simArea(page, 'Gestione carnet di Smart CIG').click();
  await simScreen(page).getByRole('button', { name: 'Richiedi nuovo' }).click();
  await page.getByLabel('Indirizzo PEC', { exact: false }).fill(pec);
  await page.getByRole('button', { name: 'Genera' }).click();
}

/** Asks for a carnet and waits for it. */
export async function requestCarnet(page: Page, pec: string) {
  await askCarnet(page, pec);
  await expect(simScreen(page)).toContainText('generato con successo');
}
