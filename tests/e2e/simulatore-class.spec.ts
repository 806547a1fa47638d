/**
 * Issue 12 (simclass): nothing lost (confirmation, undo, bulk annul), mistakes shown (activity log),
 * class mode, reload returning to the screen, no sideways scrolling at 320 px; axe on each new screen.
 */
import { test, expect, type Page } from '@playwright/test';
import { axe } from './helpers.ts';
import { SCENARIOS } from '../../src/domain/simulation/scenarios.ts';
import { requestSmartCig } from '../../src/domain/simulation/state.ts';
import { serialiseDoc } from '../../src/domain/simulation/storage.ts';

const KEY = 'cig-advisor:simulatore';
const area = (page: Page) => page.getByRole('navigation', { name: 'Aree del servizio simulato' });
const screen = (page: Page) => page.locator('.sim-screen');
const tools = (page: Page) => page.locator('.sim-tools');

async function open(page: Page, path = '/simulatore/') {
  await page.goto(path);
  await page.waitForSelector('.sim-clock');
}

async function showTools(page: Page) {
  const button = tools(page).getByRole('button', { name: /^Mostra gli strumenti/ });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(tools(page).getByRole('button', { name: 'Nascondi gli strumenti' })).toHaveAttribute('aria-expanded', 'true');
}

async function loadScenario(page: Page, title: string) {
  await showTools(page);
  await tools(page).getByRole('button', { name: `Carica: ${title}` }).click();
  await expect(screen(page).locator('.sim-notice')).toContainText('Simulazione caricata');
}

async function counts(page: Page) {
  const get = (k: string) => screen(page).locator(`[data-count="${k}"]`).innerText();
  return [await get('nonRendicontati'), await get('comunicati'), await get('annullati')].map(Number);
}

async function openCarnet(page: Page) {
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await screen(page).getByRole('button', { name: 'CARNET/0000001' }).click();
  await expect(screen(page).getByRole('heading', { name: 'Smart CIG: Dettaglio CARNET' })).toBeVisible();
}

test('a mistaken "Annulla" asks first, and "Annulla l\'ultima azione" brings the CIG back', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await loadScenario(page, 'Carnet con dati scaduti');
  await openCarnet(page);
  expect(await counts(page)).toEqual([7, 2, 1]);
  const row = screen(page).locator('tbody tr', { hasText: 'CIG NON RENDICONTATO' }).first();
  const code = await row.locator('[data-code]').getAttribute('data-code');
  await row.locator('[data-code]').click();
  await page.getByRole('button', { name: 'Annulla il CIG' }).click();
  // the confirmation: the consequence stated, focus on its heading, nothing changed yet
  const question = screen(page).getByRole('heading', { name: `Vuoi annullare il CIG ${code}?` });
  await expect(question).toBeFocused();
  await expect(screen(page)).toContainText('non si può più usare');
  await axe(page, 'confirmation');
  await screen(page).getByRole('button', { name: 'Torna indietro' }).click();
  await expect(screen(page).getByRole('heading', { name: /Utilizza il CIG/ })).toBeVisible();
  await page.getByRole('button', { name: 'Annulla il CIG' }).click();
  await screen(page).getByRole('button', { name: 'Conferma' }).click();
  expect(await counts(page)).toEqual([6, 2, 2]);
  // the mistake undone
  const undo = page.getByRole('button', { name: `Annulla l'ultima azione (annullamento di un CIG: ${code})` });
  await undo.click();
  await expect(screen(page).locator('.sim-notice')).toContainText('Azione annullata');
  expect(await counts(page)).toEqual([7, 2, 1]);
  await expect(screen(page).locator('tbody tr', { hasText: code ?? '' })).toContainText('CIG NON RENDICONTATO');
  // the undo survives a reload: the scenario's load is still there to undo
  await page.waitForFunction(() => (localStorage.getItem('cig-advisor:simulatore:sessione') ?? '').includes('"undo"'));
  await page.reload();
  await expect(page.getByRole('button', { name: "Annulla l'ultima azione (caricamento di uno scenario: Carnet con dati scaduti)" })).toBeVisible();
  // the log shows what happened, with the simulated date
  await area(page).getByRole('button', { name: 'Registro attività' }).click();
  const log = screen(page).locator('table.sim-log tbody tr');
  await expect(log).toHaveCount(3);
  await expect(log.nth(1)).toContainText('annullamento di un CIG');
  await expect(log.nth(1)).toContainText('05/09/2011');
  await expect(log.nth(2)).toContainText("annullamento dell'ultima azione (annullamento di un CIG)");
  await axe(page, 'log');
});

test('bulk annul on a carnet lifts the block in one confirmed action; the block and the refusal are in the log', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await loadScenario(page, 'Carnet con dati scaduti');
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await expect(screen(page).locator('[data-blocked="CARNET_BLOCKED"]')).toContainText('CARNET/0000001');
  await expect(screen(page).locator('[data-blocked="CARNET_BLOCKED"]')).toContainText('restano 7 CIG non rendicontati');
  // the carnet goes to the PEC address of the profile
  await area(page).getByRole('button', { name: 'Profilo' }).click();
  await page.getByLabel('Nome e cognome (simulati)').fill('Maria Rossi');
  await page.getByLabel('Indirizzo PEC registrato (simulato)').fill('a@pec.example.it');
  await page.getByRole('button', { name: 'Salva il profilo' }).click();
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await screen(page).getByRole('button', { name: 'Richiedi nuovo' }).click();
  await page.getByRole('button', { name: 'Genera' }).click();
  await expect(page.locator('[data-refusal-code]')).toHaveAttribute('data-refusal-code', 'CARNET_BLOCKED');
  await openCarnet(page);
  await screen(page).getByRole('button', { name: 'Annulla i CIG non utilizzati (7)' }).click();
  await expect(screen(page).getByRole('heading', { name: 'Vuoi annullare i 7 CIG non utilizzati del CARNET/0000001?' })).toBeFocused();
  await screen(page).getByRole('button', { name: 'Conferma' }).click();
  expect(await counts(page)).toEqual([0, 2, 8]);
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await expect(screen(page).locator('[data-blocked]')).toHaveCount(0);
  await area(page).getByRole('button', { name: 'Registro attività' }).click();
  const refused = screen(page).locator('table.sim-log tbody tr[data-ok="false"]');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText('nuovi carnet bloccati per dati in ritardo');
  await expect(screen(page).locator('table.sim-log tbody tr').last()).toContainText('annullamento dei CIG non utilizzati');
  const [csv] = await Promise.all([page.waitForEvent('download'), screen(page).getByRole('button', { name: 'Scarica il registro (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toBe('registro-simulazione-2011-09-05.csv');
});

test('class-mode link: scenario loaded, trainer tools hidden; unknown scenario explained; work is not overwritten silently', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await showTools(page);
  const link = tools(page).getByRole('button', { name: 'Copia il link per la classe: Carnet con dati scaduti' });
  await link.click();
  // copied, or (no clipboard permission) shown to copy by hand
  const status = tools(page).locator('.sim-copied');
  await expect(status).toContainText('/simulatore/?classe=1&scenario=dati-scaduti');
  const url = new URL((await status.innerText()).replace(/^[^:]+:\s*/, ''));
  await axe(page, 'trainer tools');
  await open(page, `${url.pathname}${url.search}`);
  await expect(page.locator('[data-today]')).toHaveAttribute('data-today', '2011-09-05');
  await expect(page).toHaveURL(/\/simulatore\/\?classe=1$/);
  await expect(page.getByText('Modalità classe')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Strumenti per chi fa formazione' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Mostra gli strumenti/ })).toHaveCount(0);
  // review of issue 12: each learner's simulator is their own, so the class moves its own calendar and reads
  // the scenario's task (three scenarios' goals need the calendar: it was hidden and the goal not shown)
  await expect(page.locator('[data-class-brief="dati-scaduti"]')).toContainText('Carnet con dati scaduti');
  await expect(page.locator('[data-class-brief="dati-scaduti"]')).toContainText('Obiettivo: Annulla i CIG non usati');
  await page.getByRole('button', { name: '+1 giorno' }).click();
  await expect(page.locator('[data-today]')).toHaveAttribute('data-today', '2011-09-06');
  await page.getByRole('button', { name: /^Annulla l'ultima azione \(spostamento del calendario/ }).click();
  await expect(page.locator('[data-today]')).toHaveAttribute('data-today', '2011-09-05');
  await expect(page.getByRole('button', { name: /^Carica/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Esporta/ })).toHaveCount(0);
  await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
  await expect(screen(page).locator('[data-blocked="CARNET_BLOCKED"]')).toBeVisible();
  await axe(page, 'class mode');
  await area(page).getByRole('button', { name: 'Registro attività' }).click();
  await expect(screen(page).getByRole('button', { name: /Scarica il registro/ })).toHaveCount(0);
  // the learner has work: a second class link asks before replacing it
  await open(page, '/simulatore/?classe=1&scenario=in-scadenza');
  await expect(screen(page).getByRole('heading', { name: 'Vuoi caricare «Carnet in scadenza»?' })).toBeVisible();
  await expect(page.locator('[data-today]')).toHaveAttribute('data-today', '2011-09-05');
  await screen(page).getByRole('button', { name: 'Torna indietro' }).click();
  await expect(page.locator('[data-today]')).toHaveAttribute('data-today', '2011-09-05');
  // an unknown scenario: an Italian message, the simulator as it was
  await open(page, '/simulatore/?classe=1&scenario=non-esiste');
  await expect(page.locator('[data-class-problem]')).toContainText('Lo scenario «non-esiste» indicato nel link non esiste');
  await expect(page.locator('[data-today]')).toHaveAttribute('data-today', '2011-09-05');
});

test('importing a file over work asks first; going back keeps the work', async ({ page }) => {
  await open(page);
  await loadScenario(page, 'Carnet con dati scaduti');
  const doc = SCENARIOS.find((s) => s.id === 'in-scadenza')!.build();
  await tools(page).getByLabel('Importa una simulazione (file JSON)').setInputFiles({ name: 'lezione.json', mimeType: 'application/json', buffer: Buffer.from(serialiseDoc(doc)) });
  await expect(screen(page).getByRole('heading', { name: 'Vuoi caricare «lezione.json»?' })).toBeFocused();
  await screen(page).getByRole('button', { name: 'Torna indietro' }).click();
  await expect(page.locator('[data-today]')).toHaveAttribute('data-today', '2011-09-05');
  await tools(page).getByLabel('Importa una simulazione (file JSON)').setInputFiles({ name: 'lezione.json', mimeType: 'application/json', buffer: Buffer.from(serialiseDoc(doc)) });
  await screen(page).getByRole('button', { name: 'Conferma' }).click();
  await expect(page.locator('[data-today]')).toHaveAttribute('data-today', '2011-07-30');
  await expect(page.getByRole('button', { name: "Annulla l'ultima azione (importazione di una simulazione: lezione.json)" })).toBeVisible();
});

test('reload returns to the screen the user was on, or to Inizio when it no longer exists', async ({ page }) => {
  await open(page);
  await loadScenario(page, 'Carnet con dati scaduti');
  await openCarnet(page);
  await screen(page).locator('tbody tr', { hasText: 'CIG COMUNICATO' }).first().locator('[data-code]').click();
  await expect(screen(page).getByRole('heading', { name: 'Dati comunicati del CIG' })).toBeVisible();
  await page.waitForFunction(() => (localStorage.getItem('cig-advisor:simulatore:sessione') ?? '').includes('"cigDetail"'));
  await page.reload();
  await expect(screen(page).getByRole('heading', { name: 'Dati comunicati del CIG' })).toBeVisible();
  await expect(page.locator('.sim-screen')).toHaveAttribute('data-screen', 'cigDetail');
  // the saved screen points to a carnet that is gone: back to Inizio
  await page.evaluate(() => {
    const k = 'cig-advisor:simulatore:sessione';
    localStorage.setItem(k, (localStorage.getItem(k) ?? '').replace(/"carnet":"CARNET\/0000001"/, '"carnet":"CARNET/0000009"'));
  });
  await page.reload();
  await expect(screen(page).getByRole('heading', { name: 'Smart CIG (simulazione)' })).toBeVisible();
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  test('no simulator screen scrolls sideways', async ({ page }) => {
    test.setTimeout(120_000);
    // a carnet past its data deadline and a single Smart CIG
    const doc = SCENARIOS.find((s) => s.id === 'dati-scaduti')!.build();
    const t = requestSmartCig(doc.sim, '2011-09-06', {
      fattispecieContrattuale: 'INF_40000', importo: '12000', oggetto: 'manutenzione straordinaria degli impianti di riscaldamento della sede',
      proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO', oggettoPrincipale: 'SERVIZI',
    }, { amountForm: 'plain' });
    expect(t.ok).toBe(true);
    if (t.ok) doc.sim = t.state;
    await page.addInitScript(([key, text]) => {
      if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, text); sessionStorage.setItem('seeded', '1'); }
    }, [KEY, serialiseDoc(doc)] as const);
    await open(page);
    const fits = async (where: string) => {
      await expect(screen(page).locator('h2').first()).toBeVisible();
      const w = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(w[0], `${where}: page ${w[0]} px wide at ${w[1]} px`).toBeLessThanOrEqual(w[1]!);
    };
    await fits('Inizio');
    await area(page).getByRole('button', { name: 'Gestione Smart CIG' }).click();
    await fits('richiesta CIG');
    await screen(page).getByRole('button', { name: 'Visualizza lista' }).click();
    await fits('lista Smart CIG');
    await screen(page).locator('[data-code]').first().click();
    await fits('dettaglio Smart CIG');
    await screen(page).getByRole('button', { name: 'Modifica' }).click();
    await fits('modifica Smart CIG');
    await area(page).getByRole('button', { name: 'Gestione carnet di Smart CIG' }).click();
    await fits('lista carnet');
    await screen(page).getByRole('button', { name: 'Richiedi nuovo' }).click();
    await fits('richiesta carnet');
    await openCarnet(page);
    await fits('dettaglio carnet');
    await screen(page).locator('tbody tr', { hasText: 'CIG NON RENDICONTATO' }).first().locator('[data-code]').click();
    await fits('utilizza il CIG');
    await page.getByRole('button', { name: 'Annulla il CIG' }).click();
    await fits('conferma');
    await screen(page).getByRole('button', { name: 'Conferma' }).click();
    await screen(page).locator('tbody tr', { hasText: 'CIG COMUNICATO' }).first().locator('[data-code]').click();
    await fits('dati comunicati');
    await area(page).getByRole('button', { name: /Casella PEC simulata/ }).click();
    await fits('casella PEC');
    await area(page).getByRole('button', { name: 'Registro attività' }).click();
    await fits('registro');
    await showTools(page);
    await fits('strumenti');
    await tools(page).getByRole('button', { name: 'Prepara la situazione da stampare' }).click();
    await fits('situazione da stampare');
    await expect(screen(page)).toContainText('CARNET/0000001');
    await axe(page, 'handout at 320 px');
    // printed: the state only, with no buttons and no tools
    await page.emulateMedia({ media: 'print' });
    await expect(screen(page).getByRole('heading', { name: 'Situazione della simulazione' })).toBeVisible();
    await expect(screen(page).getByRole('cell', { name: 'CIG ANNULLATO' }).first()).toBeVisible();
    for (const hidden of ['.sim-clock', '.sim-areas', '.sim-tools', '.sim-undo']) await expect(page.locator(hidden)).toBeHidden();
    await expect(screen(page).getByRole('button', { name: 'Stampa' })).toBeHidden();
  });
});
