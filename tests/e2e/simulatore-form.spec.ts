/**
 * Issue 12 (simform): the form of each year, "Vai alla data", "Modifica" with every field, the
 * procedure checked against the fattispecie, the keyboard on the clock, the outage by date, the
 * profile's PEC address.
 */
import { test, expect, type Page } from '@playwright/test';
import { axe } from './helpers.ts';
import { makeSmartCig } from '../../src/domain/cig.ts';

// Made-up valid codes in the simulator's own range (never real ones).
const AQ1 = makeSmartCig(0xf00a001, 'X');
const AQ2 = makeSmartCig(0xf00a002, 'X');

async function open(page: Page) {
  await page.goto('/simulatore/');
  await page.waitForSelector('.sim-clock');
}

const area = (page: Page) => page.getByRole('navigation', { name: 'Aree del servizio simulato' });
const screen = (page: Page) => page.locator('.sim-screen');
const today = (page: Page) => page.locator('[data-today]');

async function goTo(page: Page, date: string) {
  await page.getByLabel('Data a cui portare il calendario').fill(date);
  await page.getByRole('button', { name: 'Vai alla data' }).click();
}

async function setProfile(page: Page, name: string, pec: string) {
  await area(page).getByRole('button', { name: 'Profilo' }).click();
  await page.getByLabel('Nome e cognome (simulati)').fill(name);
  await page.getByLabel('Indirizzo PEC registrato (simulato)').fill(pec);
  await page.getByRole('button', { name: 'Salva il profilo' }).click();
  await expect(screen(page).getByRole('status')).toContainText('Profilo salvato');
}

const fatt = (page: Page) => page.getByLabel('Fattispecie contrattuale');
const proc = (page: Page) => page.getByLabel('Procedura di scelta del contraente');
const central = (page: Page) => page.getByLabel(/^Disposizioni in materia di centralizzazione/);
const motivo = (page: Page) => page.getByLabel(/^Motivo richiesta CIG/);
const amount = (page: Page) => page.getByLabel('Importo (IVA esclusa)');
const subject = (page: Page) => page.getByLabel('Oggetto', { exact: true });
const aq = (page: Page) => page.getByLabel('CIG accordo quadro (facoltativo)');
const cup = (page: Page) => page.getByLabel('CUP (facoltativo)');

interface Data { fatt: string; amount: string; subject: string; proc: string; object: 'Lavori' | 'Servizi' | 'Forniture'; aq: string; cup: string; central: string; motivo: string }

const FIRST: Data = {
  fatt: 'INF_40000', amount: '39.999,99', subject: 'pulizia degli uffici', proc: 'AFFIDAMENTO DIRETTO', object: 'Servizi',
  aq: AQ1, cup: 'J21H11000020004', central: 'NON_ELENCATI', motivo: '1',
};
const SECOND: Data = {
  fatt: 'DLGS50_ART19_INF_40000', amount: '1.234,50', subject: 'sponsorizzazione della festa', proc: 'PROCEDURA NEGOZIATA SENZA PREVIA PUBBLICAZIONE', object: 'Forniture',
  aq: AQ2, cup: 'B11H20000000007', central: 'ELENCATI', motivo: '4',
};

async function fill(page: Page, d: Data) {
  await fatt(page).selectOption(d.fatt);
  await amount(page).fill(d.amount);
  await subject(page).fill(d.subject);
  await proc(page).selectOption(d.proc);
  await page.getByRole('radio', { name: d.object }).check();
  await aq(page).fill(d.aq);
  await cup(page).fill(d.cup);
  await central(page).selectOption(d.central);
  await motivo(page).selectOption(d.motivo);
}

/** The edit form opens with every stored value selected or filled, the amount as Italians type it. */
async function expectFilled(page: Page, d: Data) {
  await expect(fatt(page)).toHaveValue(d.fatt);
  await expect(amount(page)).toHaveValue(d.amount);
  await expect(subject(page)).toHaveValue(d.subject);
  await expect(proc(page)).toHaveValue(d.proc);
  await expect(page.getByRole('radio', { name: d.object })).toBeChecked();
  await expect(aq(page)).toHaveValue(d.aq);
  await expect(cup(page)).toHaveValue(d.cup);
  await expect(central(page)).toHaveValue(d.central);
  await expect(motivo(page)).toHaveValue(d.motivo);
}

async function expectDetail(page: Page, d: Data, labels: { fatt: RegExp; motivo: RegExp }) {
  const dl = screen(page).locator('dl.sim-summary');
  await expect(dl).toContainText(labels.fatt);
  await expect(dl).toContainText(`€ ${d.amount}`);
  await expect(dl).toContainText(d.subject);
  await expect(dl).toContainText(d.proc);
  await expect(dl).toContainText(d.object.toUpperCase());
  await expect(dl).toContainText(d.aq);
  await expect(dl).toContainText(d.cup);
  await expect(dl).toContainText(labels.motivo);
}

test('one step to 1 September 2020 shows that year\'s form; a single CIG is modified in every field and saved', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await goTo(page, '2020-09-01');
  await expect(today(page)).toHaveAttribute('data-today', '2020-09-01');
  await expect(page.getByRole('button', { name: 'Vai alla data' })).toBeFocused();
  await area(page).getByRole('button', { name: 'Gestione Smart CIG' }).click();
  // the 2020 form: the d.lgs. 50/2016 fattispecie, no cottimo fiduciario, the later fields, the notes
  await expect(screen(page)).toContainText("Modulo com'era il 1 settembre 2020.");
  await expect(fatt(page).locator('option')).toHaveText([/^Seleziona/, /INFERIORE A EURO 40.000/, /ART. 17 DEL D.LGS. 50\/2016/, /ART. 19/, /ALLEGATO IX/, /ART. 7 /, /ART. 16 /, /ART. 162/]);
  await expect(proc(page).locator('option', { hasText: 'COTTIMO FIDUCIARIO' })).toHaveCount(0);
  await expect(proc(page).locator('option', { hasText: 'PROCEDURA NEGOZIATA PER AFFIDAMENTI SOTTO SOGLIA' })).toHaveCount(1);
  await expect(central(page)).toBeVisible();
  await expect(motivo(page).locator('option')).toHaveCount(8);
  await expect(screen(page).locator('[data-note="smartCigLimitAfterDl76"]')).toContainText('D.L. 76/2020');
  await axe(page, '2020 form');

  await fill(page, FIRST);
  await page.getByRole('button', { name: 'Conferma ed ottieni CIG' }).click();
  await expect(screen(page).getByRole('heading', { name: "Dettaglio dell'appalto" })).toBeVisible();
  const first = await screen(page).locator('[data-code]').first().getAttribute('data-code');
  await expectDetail(page, FIRST, { fatt: /CONTRATTI DI IMPORTO INFERIORE A EURO 40.000/, motivo: /non soggetta agli obblighi/ });

  // Modifica: everything is there, and saving works without choosing again
  await screen(page).getByRole('button', { name: 'Modifica' }).click();
  await expectFilled(page, FIRST);
  await page.getByRole('button', { name: 'Salva le modifiche' }).click();
  await expect(screen(page).getByRole('status')).toContainText('Modifiche salvate.');
  await expectDetail(page, FIRST, { fatt: /CONTRATTI DI IMPORTO INFERIORE A EURO 40.000/, motivo: /non soggetta agli obblighi/ });

  // Modifica again: change every field
  await screen(page).getByRole('button', { name: 'Modifica' }).click();
  await fill(page, SECOND);
  await page.getByRole('button', { name: 'Salva le modifiche' }).click();
  await expect(screen(page).getByRole('status')).toContainText('Modifiche salvate.');
  await expectDetail(page, SECOND, { fatt: /ART. 19 DEL D.LGS. 50\/2016/, motivo: /Soglie massime annuali/ });
  await expect(screen(page).locator('dl.sim-summary')).toContainText("Beni e servizi elencati nell'art. 1 dPCM 24/12/2015");
  await screen(page).getByRole('button', { name: 'Modifica' }).click();
  await expectFilled(page, SECOND);

  // the list shows the newest first
  await area(page).getByRole('button', { name: 'Gestione Smart CIG' }).click();
  await fill(page, { ...FIRST, subject: 'il più recente', aq: '', cup: '' });
  await page.getByRole('button', { name: 'Conferma ed ottieni CIG' }).click();
  await screen(page).getByRole('button', { name: 'Visualizza lista' }).click();
  await expect(screen(page).locator('tbody tr')).toHaveCount(2);
  await expect(screen(page).locator('tbody tr').first()).toContainText('il più recente');
  await expect(screen(page).locator('tbody tr').nth(1).locator('[data-code]')).toHaveAttribute('data-code', first ?? '');
});

test('a carnet CIG is communicated, then modified in every field; the carnet went to the profile\'s PEC address', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await goTo(page, '2020-09-01');
  // no profile yet: the request asks for it
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await screen(page).getByRole('button', { name: 'Richiedi nuovo' }).click();
  await expect(screen(page).locator('[data-needs-profile]')).toBeVisible();
  await expect(page.getByLabel(/Indirizzo PEC/)).toHaveCount(0);
  await screen(page).getByRole('button', { name: 'Vai al profilo' }).click();
  await page.getByRole('button', { name: 'Salva il profilo' }).click();
  await expect(page.locator('#sim-error-summary')).toBeFocused();
  await expect(page.locator('#sim-profilePec-error')).toContainText('indirizzo PEC');
  await setProfile(page, 'Maria Rossi', 'protocollo@pec.comune.example');
  await axe(page, 'profile');

  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await screen(page).getByRole('button', { name: 'Richiedi nuovo' }).click();
  await expect(screen(page).locator('[data-sent-to]')).toContainText('protocollo@pec.comune.example');
  await page.getByLabel('Dimensione del carnet').fill('5');
  await page.getByRole('button', { name: 'Genera' }).click();
  await expect(screen(page)).toContainText('protocollo@pec.comune.example');
  await area(page).getByRole('button', { name: /Casella PEC simulata/ }).click();
  await expect(screen(page).locator('.sim-inbox li').first()).toContainText('A: protocollo@pec.comune.example (indirizzo registrato nel profilo)');

  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await screen(page).getByRole('button', { name: 'CARNET/0000001' }).click();
  await screen(page).locator('[data-code]').first().click();
  await fill(page, FIRST);
  await page.getByRole('button', { name: 'Comunica' }).click();
  await expect(screen(page).getByRole('heading', { name: 'Smart CIG: Dettaglio CARNET' })).toBeVisible();
  await screen(page).locator('[data-code]').first().click();
  await expect(screen(page).getByRole('heading', { name: 'Dati comunicati del CIG' })).toBeVisible();
  await screen(page).getByRole('button', { name: 'Modifica' }).click();
  await expectFilled(page, FIRST);
  await fill(page, SECOND);
  await page.getByRole('button', { name: 'Salva le modifiche' }).click();
  await expect(screen(page).getByRole('heading', { name: 'Dati comunicati del CIG' })).toBeVisible();
  await expect(screen(page).getByRole('status')).toContainText('Modifiche salvate.');
  await expectDetail(page, SECOND, { fatt: /ART. 19 DEL D.LGS. 50\/2016/, motivo: /Soglie massime annuali/ });
});

test('a procedure the fattispecie does not allow is refused, naming both; out-of-service dates are refused with the range', async ({ page }) => {
  await open(page);
  await area(page).getByRole('button', { name: 'Gestione Smart CIG' }).click();
  // 2 May 2011: the 2011 form, with "cottimo fiduciario" and without the later fields
  await expect(proc(page).locator('option', { hasText: 'AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO' })).toHaveCount(1);
  await expect(central(page)).toHaveCount(0);
  await fatt(page).selectOption('LAVORI_INF_40000');
  await amount(page).fill('15.000');
  await subject(page).fill('rifacimento marciapiede');
  await proc(page).selectOption('PROCEDURA APERTA');
  await page.getByRole('radio', { name: 'Lavori' }).check();
  await page.getByRole('button', { name: 'Conferma ed ottieni CIG' }).click();
  await expect(page.locator('#sim-error-summary')).toBeFocused();
  const error = page.locator('#sim-proceduraSceltaContraente-error');
  await expect(error).toContainText('«PROCEDURA APERTA» non è ammessa per la fattispecie «CONTRATTI DI LAVORI DI IMPORTO INFERIORE A EURO 40.000');
  await axe(page, 'refused procedure');
  await proc(page).selectOption('AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO');
  await page.getByRole('button', { name: 'Conferma ed ottieni CIG' }).click();
  await expect(screen(page).getByRole('heading', { name: "Dettaglio dell'appalto" })).toBeVisible();

  await goTo(page, '2030-01-01');
  const summary = page.locator('#sim-goto-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('dal 2 maggio 2011 al 31 dicembre 2023');
  await expect(page.locator('#sim-goto-date-error')).toContainText('dal 2 maggio 2011 al 31 dicembre 2023');
  await expect(today(page)).toHaveAttribute('data-today', '2011-05-02');
  await axe(page, 'refused date');
  // back in time with a CIG already issued: refused, with the way out
  await goTo(page, '2016-04-19');
  await expect(today(page)).toHaveAttribute('data-today', '2016-04-19');
  await expect(page.locator('#sim-goto-error-summary')).toHaveCount(0);
  await goTo(page, '2012-01-01');
  await expect(page.locator('#sim-goto-date-error')).toContainText('non torna indietro');
  await expect(today(page)).toHaveAttribute('data-today', '2016-04-19');
});

test('keyboard only: each clock control keeps the focus, Enter twice moves twice; the May 2021 outage follows the date', async ({ page }) => {
  await open(page);
  const day = page.getByRole('button', { name: '+1 giorno' });
  await day.focus();
  await page.keyboard.press('Enter');
  await expect(today(page)).toHaveAttribute('data-today', '2011-05-03');
  await expect(day).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(today(page)).toHaveAttribute('data-today', '2011-05-04');
  await expect(day).toBeFocused();
  // the undo button names the move in Italian (review of issue 12: it said "day")
  await expect(page.getByRole('button', { name: "Annulla l'ultima azione (spostamento del calendario: avanti di 1 giorno)" })).toBeVisible();
  // Tab to the next control and use it twice
  await page.keyboard.press('Tab');
  const week = page.getByRole('button', { name: '+1 settimana' });
  await expect(week).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(today(page)).toHaveAttribute('data-today', '2011-05-18');
  await expect(week).toBeFocused();
  // the date field: type and Enter, the focus stays in the field
  const field = page.getByLabel('Data a cui portare il calendario');
  await field.focus();
  await field.fill('2021-05-02');
  await page.keyboard.press('Enter');
  await expect(today(page)).toHaveAttribute('data-today', '2021-05-02');
  await expect(field).toBeFocused();
  await expect(page.getByRole('button', { name: "Annulla l'ultima azione (spostamento del calendario: 02/05/2021)" })).toBeVisible();
  await expect(screen(page).getByRole('heading', { name: 'Smart CIG (simulazione)' })).toBeVisible();
  // 3 May 2021: the service is down, by date
  await day.focus();
  await page.keyboard.press('Enter');
  await expect(today(page)).toHaveAttribute('data-today', '2021-05-03');
  await expect(screen(page).getByRole('heading', { name: /Servizio non disponibile/ })).toBeVisible();
  await expect(screen(page).locator('[data-outage="maggio-2021"]')).toContainText('dal 3 maggio 2021 al 7 maggio 2021');
  await expect(day).toBeFocused();
  await axe(page, 'outage by date');
  await goTo(page, '2021-05-08');
  await expect(screen(page).getByRole('heading', { name: 'Smart CIG (simulazione)' })).toBeVisible();
});

test('an imported simulation dated 2030 is refused with the allowed range; a saved one without profile loads', async ({ page }) => {
  await open(page);
  const doc = await page.evaluate(() => localStorage.getItem('cig-advisor:simulatore'));
  const saved = JSON.parse(doc ?? '{}');
  await page.getByRole('button', { name: /^Mostra gli strumenti/ }).click(); // issue 12: the trainer tools open on request
  const input = page.getByLabel('Importa una simulazione (file JSON)');
  await input.setInputFiles({ name: 'futuro.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...saved, sim: { ...saved.sim, today: '2030-01-01' } })) });
  await expect(page.locator('#sim-import-error')).toContainText('la data simulata deve essere tra il 2 maggio 2011 e il 31 dicembre 2023');
  await expect(today(page)).toHaveAttribute('data-today', '2011-05-02');
  // a document of before the profile (issue 12): no "profile" key
  const old = { ...saved, sim: { ...saved.sim, today: '2016-04-19' } };
  delete old.profile;
  expect(Object.keys(old)).not.toContain('profile');
  await input.setInputFiles({ name: 'vecchia.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
  await expect(page.locator('#sim-import-error')).toHaveCount(0);
  await expect(today(page)).toHaveAttribute('data-today', '2016-04-19');
});
