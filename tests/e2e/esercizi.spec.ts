/** Issue 13: the exercises' page: answer a set, score and corrections with sources, progress kept, shared links, axe. */
import { test, expect, type Page } from '@playwright/test';
import { axe, heading } from './helpers.ts';

const SET = '/esercizi/?set=servizio-biennale-rinnovo,variante-entro-il-quinto-2017';
const app = (page: Page) => page.locator('#esercizi-app');

async function openSet(page: Page, url: string) {
  await page.goto(url);
  await expect(app(page).locator('.ex-count')).toBeVisible();
}

test('answer a set with one wrong answer: score, correction and its source; reload keeps progress', async ({ page }) => {
  test.setTimeout(120_000);
  await openSet(page, SET);
  await expect(app(page).getByRole('heading', { level: 2, name: /Servizio biennale/ })).toBeVisible();
  await axe(page, 'set opened');

  // an empty check gives the error summary
  await page.getByRole('button', { name: 'Controlla le risposte' }).click();
  await expect(page.getByRole('alert').getByRole('heading', { name: "C'è un problema" })).toBeVisible();
  await axe(page, 'errors');

  // answers as Italians type them; the SIMOG field wrong by one cent
  await page.getByLabel('Qual è il valore stimato del contratto?').fill('€ 60.000');
  await page.getByRole('group', { name: 'Con quale sistema si acquisisce il CIG?' }).getByLabel('SIMOG').check();
  await page.getByLabel("Che importo si scrive nel campo «Importo a base d'asta» del SIMOG?").fill('59.999,99');
  await page.getByRole('group', { name: /L'appalto prevede ripetizioni/ }).getByLabel('SI').check();
  await page.getByRole('button', { name: 'Controlla le risposte' }).click();

  const results = app(page).locator('.ex-result');
  await expect(results).toHaveCount(4);
  await expect(results.nth(0)).toContainText('Giusto');
  await expect(results.nth(2)).toContainText('Sbagliato');
  await expect(results.nth(2)).toContainText('€ 60.000,00');
  // why, with the source (the FAQ ANAC of the seed, d.lgs. 50/2016 art. 35)
  await expect(results.nth(2).locator('.ex-why')).toContainText('Fonte:');
  await expect(results.nth(2).locator('.ex-why')).toContainText('D.lgs. 18 aprile 2016, n. 50');
  await expect(app(page).locator('.ex-score')).toContainText('Hai risposto bene a 3 domande su 4');
  await axe(page, 'checked');

  // second exercise, then the final score
  await page.getByRole('button', { name: 'Esercizio successivo' }).click();
  await expect(app(page).locator('.ex-count')).toHaveText('Esercizio 2 di 2');
  await expect(app(page).getByRole('heading', { level: 2, name: /Una modifica entro il quinto/ })).toBeFocused();
  await page.getByRole('group', { name: 'Serve un nuovo CIG?' }).getByLabel('No').check();
  await page.getByRole('button', { name: 'Controlla le risposte' }).click();
  await expect(app(page).getByRole('heading', { name: 'Il tuo punteggio' })).toBeVisible();
  await expect(app(page).locator('.ex-score')).toContainText('Hai risposto bene a 4 domande su 5');

  // reload: same exercise, same answers, same score
  await page.reload();
  await expect(app(page).locator('.ex-count')).toHaveText('Esercizio 2 di 2');
  await expect(app(page).locator('.ex-score')).toContainText('Hai risposto bene a 4 domande su 5');
  await page.getByRole('button', { name: 'Esercizio precedente' }).click();
  await expect(page.getByLabel("Che importo si scrive nel campo «Importo a base d'asta» del SIMOG?")).toHaveValue('59.999,99');
});

test('a bad stored progress is set aside and the user is told', async ({ page }) => {
  await page.goto('/esercizi/');
  await page.evaluate(() => localStorage.setItem('cig-esercizi', '{"v":1,"sets":"rotto"}'));
  await openSet(page, SET);
  await expect(app(page).getByRole('status').first()).toContainText('li abbiamo messi da parte');
  expect(await page.evaluate(() => localStorage.getItem('cig-esercizi-scartati'))).toBe('{"v":1,"sets":"rotto"}');
});

test('a shared generated set opens the same exercises; a bad link says why', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const url = '/esercizi/?seed=4242&level=intermedio&topic=rinnovi-proroghe&from=2016&to=2023';
  await openSet(page, url);
  const story = await app(page).locator('section p').first().innerText();
  const other = await browser.newPage();
  await openSet(other, url);
  expect(await app(other).locator('section p').first().innerText()).toBe(story);
  await other.close();
  await expect(app(page).locator('.ex-share')).toHaveAttribute('href', /seed=4242/);
  await axe(page, 'generated');

  await page.goto('/esercizi/?seed=abc&level=base');
  await expect(app(page).getByRole('alert')).toContainText('Il seme è un numero intero');
  await page.goto('/esercizi/?set=non-esiste');
  await expect(app(page).getByRole('alert')).toContainText('"non-esiste" non esiste');
});

test('the list, the random exercise form and an exercise page are readable and accessible', async ({ page }) => {
  await page.goto('/esercizi/');
  await expect(heading(page)).toHaveText('Esercizi');
  await expect(page.locator('#esercizi-elenco .ex-list li')).toHaveCount(30);
  await axe(page, 'list');
  await page.getByLabel('Livello').selectOption('avanzato');
  await page.getByRole('button', { name: 'Genera' }).click();
  await expect(app(page).locator('.ex-count')).toHaveText('Esercizio 1 di 5');
  await page.goto('/esercizi/lotti-2020/');
  await expect(heading(page)).toHaveText('Una fornitura in tre lotti nel 2020');
  await expect(page.locator('main article ol li').first()).toHaveText('Qual è il valore stimato del contratto?');
  await axe(page, 'exercise page');
});

test('a FAQ page links to the exercises on its topic', async ({ page }) => {
  await page.goto('/faq/lotti-un-cig-per-lotto/');
  const box = page.getByRole('region', { name: 'Mettiti alla prova' });
  await expect(box.getByRole('link', { name: 'Una fornitura in tre lotti nel 2020' })).toHaveAttribute('href', '/esercizi/lotti-2020/');
  // a topic explained by several pages links from each of them (the Smart CIG page: the exercises on systems)
  await page.goto('/faq/smart-cig-e-carnet/');
  await expect(page.getByRole('region', { name: 'Mettiti alla prova' }).locator('a[href="/esercizi/fornitura-2011-smart-cig/"]')).toHaveCount(1);
});

test('trainers: the printed set has the answer key on a page of its own; Moodle and GIFT files download', async ({ page }) => {
  test.setTimeout(120_000);
  await openSet(page, SET);
  await page.emulateMedia({ media: 'print' });
  const key = app(page).locator('.ex-print__key');
  await expect(key).toBeVisible();
  await expect(key).toContainText('€ 60.000,00');
  expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await expect(app(page).getByRole('button', { name: 'Controlla le risposte' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  const [moodle] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Scarica per Moodle (XML)' }).click()]);
  const xml = await (await moodle.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>/);
  expect(xml).toContain('<tolerance>0.01</tolerance>');
  const [gift] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Scarica in formato GIFT' }).click()]);
  const text = await (await gift.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toContain('{#60000.00:0.01');
});
