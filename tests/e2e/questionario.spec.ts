import { test, expect, type Page } from '@playwright/test';
import { axe, heading, ready } from './helpers.ts';

const SEED = 'case=new&date=2019-10-01&object=services&base=30000&renewals=30000&pnrr=false&sector=ordinary&authority=subCentral&procedure=direct';

async function choose(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continua' }).click();
}

async function amount(page: Page, value: string) {
  await page.locator('main input[type="text"]').first().fill(value);
  await page.getByRole('button', { name: 'Continua' }).click();
}

/** The seed example (a service of 30.000 with a renewal of 30.000, October 2019), checking axe on every step. */
async function answerSeed(page: Page, check = false) {
  const a = check ? (w: string) => axe(page, w) : async () => {};
  await expect(heading(page)).toHaveText('Cosa devi fare?');
  await a('case');
  await choose(page, 'Affidare un nuovo contratto');
  await expect(heading(page)).toHaveText('Quando parte la procedura?');
  await a('date');
  await page.getByLabel('Giorno').fill('1');
  await page.getByLabel('Mese').fill('10');
  await page.getByLabel('Anno').fill('2019');
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(heading(page)).toHaveText("Qual è l'oggetto principale del contratto?");
  await a('object');
  await choose(page, 'Servizi');
  // issue 11: the kind of award, then the lots; without lots the single contract's amounts follow
  await expect(heading(page)).toHaveText('Che tipo di affidamento è?');
  await a('awardKind');
  await choose(page, 'Un contratto ordinario');
  await expect(heading(page)).toHaveText('Il contratto è diviso in lotti?');
  await a('lots');
  await choose(page, 'No');
  await expect(heading(page)).toHaveText("Qual è l'importo a base del contratto?");
  await a('base');
  await amount(page, '30.000');
  await expect(heading(page)).toContainText('oneri per la sicurezza');
  await a('safetyCosts');
  await amount(page, '');
  await expect(heading(page)).toHaveText('I documenti di gara prevedono rinnovi?');
  await page.getByLabel('Sì', { exact: true }).check();
  await page.getByLabel('Importo 1').fill('€ 30.000');
  await a('renewals');
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(heading(page)).toHaveText("I documenti di gara prevedono un'opzione di proroga?");
  await a('prorogaOptions');
  await choose(page, 'No');
  await expect(heading(page)).toHaveText('I documenti di gara prevedono altre opzioni?');
  await choose(page, 'No');
  await expect(heading(page)).toHaveText('I documenti di gara prevedono la ripetizione di lavori o servizi analoghi?');
  await a('repetitions');
  await choose(page, 'No');
  await expect(heading(page)).toHaveText('I documenti di gara prevedono la proroga tecnica?');
  await a('technicalExtension');
  await choose(page, 'No');
  await expect(heading(page)).toHaveText('Il contratto è finanziato, anche in parte, con fondi PNRR o PNC?');
  await a('pnrr');
  await choose(page, 'No');
  await expect(heading(page)).toHaveText('In quale settore affidi il contratto?');
  await a('sector');
  await choose(page, 'Settori ordinari');
  await expect(heading(page)).toHaveText('Chi affida il contratto?');
  await a('authority');
  await choose(page, 'Comune, regione, ASL, scuola o altra amministrazione non centrale');
  await expect(heading(page)).toHaveText('Con quale procedura affidi il contratto?');
  // the law's answer for 60.000 of services in October 2019 is loaded on demand, then shown first
  await expect(page.locator('main .inset')).toContainText('procedura negoziata senza bando con almeno 5 operatori');
  await a('procedure');
  await choose(page, 'Affidamento diretto');
  await expect(heading(page)).toHaveText('Le tue risposte');
  await a('check');
}

async function expectSeedOutcome(page: Page) {
  await expect(heading(page)).toHaveText('Il risultato');
  await expect(page.locator('#esito')).toContainText('60.000,00');
  await expect(page.locator('#esito')).toContainText('SIMOG');
  await expect(page.locator('tr[data-field="importoBaseAsta"] td').first()).toHaveText('60.000,00');
  await expect(page.locator('tr[data-field="prevedeRipetizioni"] td').first()).toHaveText('SI');
}

test('the seed example from the start page to 60.000,00 and SIMOG, with axe on every step', async ({ page }) => {
  // Long: many steps (and an axe run on each); 2 cores under CI load need more than the default 30 s.
  test.setTimeout(120_000);
  await page.goto('/');
  await axe(page, 'start');
  await page.getByRole('button', { name: 'Inizia ora' }).click();
  await expect(page).toHaveURL(/\/questionario\/$/);
  await ready(page);
  await answerSeed(page, true);
  await page.getByRole('button', { name: 'Vedi il risultato' }).click();
  await expectSeedOutcome(page);
  await expect(page.getByRole('rowheader', { name: "L'appalto prevede ripetizioni" })).toBeVisible();
  await expect(heading(page)).toBeFocused();
  await axe(page, 'outcome');
  // the address carries the whole scenario
  expect(new URL(page.url()).search).toBe(`?${SEED}`);
});

test('browser back and "Indietro" keep the answers; reload keeps the step', async ({ page }) => {
  await page.goto('/questionario/');
  await ready(page);
  await answerSeed(page);
  await page.goBack();
  await expect(heading(page)).toHaveText('Con quale procedura affidi il contratto?');
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await expect(heading(page)).toHaveText('I documenti di gara prevedono la proroga tecnica?');
  for (let i = 0; i < 4; i++) await page.goBack();
  await expect(heading(page)).toHaveText('I documenti di gara prevedono rinnovi?');
  await expect(page.getByLabel('Importo 1')).toHaveValue('30.000');
  await page.getByRole('link', { name: 'Indietro' }).click();
  await expect(heading(page)).toContainText('oneri per la sicurezza');
  await page.getByRole('link', { name: 'Indietro' }).click();
  await expect(page.locator('main input[type="text"]')).toHaveValue('30.000');
  // The address follows the step once the page has rendered it: reload only after it has.
  await expect(page).toHaveURL(/[?&]step=base(&|$)/);
  await page.reload();
  await ready(page);
  await expect(heading(page)).toHaveText("Qual è l'importo a base del contratto?");
  await expect(page.locator('main input[type="text"]')).toHaveValue('30.000');
});

test('"Modifica" returns to the answers with the later answers kept', async ({ page }) => {
  await page.goto(`/questionario/?${SEED}&step=check`);
  await ready(page);
  await expect(heading(page)).toHaveText('Le tue risposte');
  await page.getByRole('link', { name: 'Modifica importo a base' }).click();
  await expect(heading(page)).toHaveText("Qual è l'importo a base del contratto?");
  await amount(page, '45.000,50');
  await expect(heading(page)).toHaveText('Le tue risposte');
  await expect(page.locator('.summary-list')).toContainText('€ 45.000,50');
  await expect(page.locator('.summary-list')).toContainText('Rinnovi€ 30.000');
  await page.getByRole('button', { name: 'Vedi il risultato' }).click();
  await expect(page.locator('#esito')).toContainText('75.000,50');
});

test('a shared link opens on the outcome with the answers above it, and survives a reload', async ({ page }) => {
  await page.goto(`/questionario/?${SEED}`);
  await ready(page);
  await expectSeedOutcome(page);
  await expect(page.locator('.summary-list')).toContainText('1 ottobre 2019');
  await page.reload();
  await ready(page);
  await expectSeedOutcome(page);
});

test('an incomplete link opens on the first missing question, an invalid value is reported on its question', async ({ page }) => {
  await page.goto('/questionario/?case=new&date=2019-10-01&object=services');
  await ready(page);
  await expect(heading(page)).toHaveText("Qual è l'importo a base del contratto?");
  await page.goto('/questionario/?case=new&date=2019-10-01&object=services&base=30,000');
  await ready(page);
  await expect(heading(page)).toHaveText("Qual è l'importo a base del contratto?");
  await expect(page.locator('.error-summary')).toContainText("C'è un problema");
  await expect(page.locator('.error-summary')).toContainText('La virgola indica i decimali');
  await expect(page).toHaveTitle(/^Errore: /);
  await axe(page, 'link error');
});

test('error summary: title, focus, link to the field', async ({ page }) => {
  await page.goto('/questionario/?case=new&date=2019-10-01&object=services&step=base');
  await ready(page);
  await amount(page, 'trentamila');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Errore: Qual è l'importo a base/);
  await expect(page.locator('.error-message')).toBeVisible();
  await axe(page, 'error');
  await summary.getByRole('link').click();
  await expect(page.locator('#q-base-amount')).toBeFocused();
  await amount(page, '39.999,99');
  await expect(page).not.toHaveTitle(/^Errore/);
  await expect(page.locator('.error-summary')).toHaveCount(0);
});

test('keyboard only: the first questions with Tab, Space and Enter', async ({ page }) => {
  await page.goto('/questionario/');
  await ready(page);
  const first = page.getByLabel('Affidare un nuovo contratto', { exact: true });
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Quando parte la procedura?');
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Giorno')).toBeFocused();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2019');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText("Qual è l'oggetto principale del contratto?");
});

test('the outage answer explains the 2021 guidance', async ({ page }) => {
  await page.goto('/questionario/?case=outage');
  await ready(page);
  await expect(heading(page)).toHaveText('Se la piattaforma ANAC non funziona');
  await expect(page.locator('main')).toContainText('in fase di acquisizione');
  await expect(page.locator('main')).toContainText('riserva');
  await axe(page, 'outage');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('questions and outcome fit without sideways scrolling', async ({ page }) => {
    await page.goto('/questionario/?case=new&date=2019-10-01&object=services&base=30000&step=renewals');
    await ready(page);
    await page.getByLabel('Sì', { exact: true }).check();
    const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await noOverflow()).toBe(true);
    await page.goto(`/questionario/?${SEED}`);
    await ready(page);
    await expectSeedOutcome(page);
    expect(await noOverflow()).toBe(true);
    await axe(page, 'phone outcome');
  });
});

test('a 2018 services award of 60.000 euro: a direct award is not allowed, the allowed procedures are listed first (issue 9)', async ({ page }) => {
  const before = 'case=new&date=2018-10-01&object=services&base=60000&sector=ordinary&authority=subCentral';
  await page.goto(`/questionario/?${before}&step=procedure`);
  await ready(page);
  await expect(heading(page)).toHaveText('Con quale procedura affidi il contratto?');
  const law = page.locator('main .inset');
  await expect(law).toContainText('procedura negoziata senza bando con almeno 5 operatori');
  await expect(law).toContainText('221.000,00');
  // allowed first, then the others with the reason
  const labels = page.locator('main .radio label');
  await expect(labels.first()).toHaveText('Procedura negoziata senza bando');
  await expect(page.locator('main .radio').filter({ hasText: 'Affidamento diretto' })).toContainText('Non ammessa dalla legge');
  await axe(page, 'procedure by law');
  await choose(page, 'Affidamento diretto');
  await page.getByRole('button', { name: 'Vedi il risultato' }).click();
  await expect(heading(page)).toHaveText('Il risultato');
  const procedures = page.locator('[data-procedures] li');
  await expect(procedures).toHaveText(['Procedura negoziata senza bando', 'Procedura aperta', 'Procedura ristretta']);
  await expect(page.locator('[data-chosen-allowed="false"]')).toContainText('non ammessa');
  await expect(page.locator('[data-eu-threshold="notReached"]')).toContainText('221.000,00');
  await expect(page.locator('tr[data-field="sceltaContraente"] td').first()).toHaveText('Da scegliere tra le procedure ammesse');
  await axe(page, 'outcome with a procedure not allowed');
});

test('a 2026 services tender of 990.000 euro: EU threshold reached, qualification needed (issue 9)', async ({ page }) => {
  await page.goto('/questionario/?case=new&date=2026-02-02&object=services&base=990000&sector=ordinary&authority=subCentral&procedure=open');
  await ready(page);
  await expect(heading(page)).toHaveText('Il risultato');
  await expect(page.locator('[data-eu-threshold="reached"]')).toContainText('216.000,00');
  await expect(page.locator('[data-procedures] li')).toHaveText(['Procedura aperta', 'Procedura ristretta']);
  await expect(page.locator('[data-chosen-allowed="true"]')).toBeVisible();
  await expect(page.locator('[data-qualification]')).toContainText('stazione appaltante qualificata');
  await axe(page, 'outcome above the EU threshold');
});

test('a 2026 services tender of 990.000 € shows card P1_16 and the quadro economico with a copy button per amount; axe clean', async ({ page }) => {
  await page.goto('/questionario/?case=new&date=2026-03-01&object=services&procedure=open&base=990000&safetyCosts=10000&renewals=100000');
  await ready(page);
  await expect(heading(page)).toHaveText('Il risultato');
  await expect(page.locator('tr[data-field="scheda"] td').first()).toHaveText('P1_16');
  const quadro = page.getByRole('region', { name: 'Quadro economico della scheda PCP' });
  await expect(quadro.locator('tr[data-quadro="impServizi"] td').first()).toHaveText('980.000,00');
  await expect(quadro.locator('tr[data-quadro="impTotaleSicurezza"] td').first()).toHaveText('10.000,00');
  await expect(quadro.locator('tr[data-quadro="sommeOpzioniRinnovi"] td').first()).toHaveText('100.000,00');
  await expect(quadro.getByRole('button', { name: /^Copia/ })).toHaveCount(3);
  await expect(page.getByText("Alla conferma dell'appalto sulla PCP", { exact: false })).toBeVisible();
  await axe(page, 'outcome P1_16');
});
