/**
 * Issue 14, defect 6: the simulator never loses stored data. An unreadable document stays offered
 * after every reload until the user deletes it (with a confirmation); when the browser's quota
 * refuses the backup, the original is left where it was; a second tab is told before anything is
 * overwritten.
 */
import { test, expect, type Page } from '@playwright/test';
import { axe } from './helpers.ts';
import { KEY, openSimulator, requestCarnet, simArea, simScreen } from './sim-helpers.ts';

const BACKUP = `${KEY}:illeggibile`;
const open = openSimulator;
const screen = simScreen;
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

/** Puts `value` under `key` before the page's first load only (not on the reloads that follow). */
async function seedOnce(page: Page, key: string, value: string) {
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, [key, value] as const);
}

test('an unreadable document stays offered after reload until it is deleted, with a confirmation', async ({ page }) => {
  test.setTimeout(120_000);
  await seedOnce(page, KEY, '{"app":"cig-advisor-simulatore","version":1,"sim":{"carnets":"rotto"}}');
  await open(page);
  const warning = page.locator('[data-unreadable]');
  await expect(warning).toContainText('La simulazione salvata non si può leggere');
  await requestCarnet(page, 'a@pec.example.it'); // the new work is saved over the main key: the original is set aside
  await page.reload();
  await page.waitForSelector('.sim-clock');
  await expect(warning).toContainText('non sono una simulazione valida');
  await expect(screen(page)).toBeVisible();
  expect(await stored(page, BACKUP)).toContain('rotto');
  await axe(page, 'unreadable offered after reload');
  await warning.getByRole('button', { name: 'Elimina i dati illeggibili' }).click();
  await warning.getByRole('button', { name: 'No, tienili' }).click();
  expect(await stored(page, BACKUP)).toContain('rotto');
  await warning.getByRole('button', { name: 'Elimina i dati illeggibili' }).click();
  await expect(warning).toContainText('Eliminare per sempre');
  await warning.getByRole('button', { name: 'Sì, elimina' }).click();
  await expect(warning).toHaveCount(0);
  expect(await stored(page, BACKUP)).toBeNull();
  await page.reload();
  await page.waitForSelector('.sim-clock');
  await expect(page.locator('[data-unreadable]')).toHaveCount(0);
  // The carnet requested earlier is still there.
  expect(await stored(page, KEY)).toContain('CARNET/0000001');
});

test('a 3 MB unreadable document whose backup hits the quota is left in place, offered, and survives a reload', async ({ page }) => {
  test.setTimeout(120_000);
  // About 3 million characters: with localStorage's quota (5 MB) a second copy does not fit.
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, `{"app":"cig-advisor-simulatore","version":1,"sim":"${'x'.repeat(3_000_000)}`);
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await open(page);
  const warning = page.locator('[data-unreadable]');
  await expect(warning).toContainText('Non è stato possibile metterli da parte');
  await requestCarnet(page, 'b@pec.example.it'); // work in the page: it must not overwrite the original
  expect((await stored(page, KEY))?.length).toBeGreaterThan(3_000_000);
  expect(await stored(page, BACKUP)).toBeNull();
  await page.reload();
  await page.waitForSelector('.sim-clock');
  await expect(warning).toContainText('Non è stato possibile metterli da parte');
  const [dl] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Scarica i dati illeggibili' }).click()]);
  expect(dl.suggestedFilename()).toBe('simulazione-illeggibile.txt');
  await warning.getByRole('button', { name: 'Elimina i dati illeggibili' }).click();
  await warning.getByRole('button', { name: 'Sì, elimina' }).click();
  await expect(warning).toHaveCount(0);
  // Now the page saves again.
  await requestCarnet(page, 'c@pec.example.it');
  await expect.poll(() => stored(page, KEY)).toContain('c@pec.example.it');
});

test('two tabs: the second is told before it overwrites the first one\'s work, and can load it', async ({ context }) => {
  test.setTimeout(120_000);
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a);
  await open(b);
  await requestCarnet(a, 'prima@pec.example.it');
  const banner = b.locator('[data-other-tab]');
  await expect(banner).toContainText('Il simulatore è aperto in un\'altra scheda');
  // Work in the second tab is not saved over the first one's.
  await requestCarnet(b, 'seconda@pec.example.it');
  expect(await stored(b, KEY)).toContain('prima@pec.example.it');
  expect(await stored(b, KEY)).not.toContain('seconda@pec.example.it');
  await axe(b, 'second tab banner');
  await banner.getByRole('button', { name: 'Carica i dati dell\'altra scheda' }).click();
  await expect(banner).toHaveCount(0);
  await simArea(b, /Casella PEC simulata/).click();
  await expect(screen(b)).toContainText('prima@pec.example.it');
  // Now the first tab is the one told, when the second saves a change.
  await requestCarnet(b, 'terza@pec.example.it');
  await expect(a.locator('[data-other-tab]')).toBeVisible();
  await a.locator('[data-other-tab]').getByRole('button', { name: /Continua qui/ }).click();
  await requestCarnet(a, 'quarta@pec.example.it');
  await expect.poll(() => stored(a, KEY)).toContain('quarta@pec.example.it');
});
