/**
 * Issue 14, defect 7: a 250-character word (the longest oggetto the form accepts) made the carnet
 * detail 4,423 px wide. Now long words wrap: the page never scrolls sideways, on a desktop or a phone.
 * A right-to-left override typed in the form is refused with an Italian message.
 */
import { test, expect, type Page } from '@playwright/test';
import { communicate, initialState, requestCarnet } from '../../src/domain/simulation/state.ts';
import { carnetMessage, emptyDoc, serialiseDoc } from '../../src/domain/simulation/storage.ts';
import { KEY, fillProfile, openSimulator, simArea, simScreen } from './sim-helpers.ts';

const WORD = 'x'.repeat(250);
const PEC = `${'p'.repeat(60)}@${'q'.repeat(120)}.example.it`;

function seededDoc(): string {
  const t = requestCarnet(initialState(), '2011-05-04', 3, PEC);
  if (!t.ok) throw new Error(t.error.message);
  const u = communicate(t.state, '2011-05-10', { carnet: 'CARNET/0000001', cig: 1 },
    { oggetto: WORD, importo: '1500', oggettoPrincipale: 'FORNITURE', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO' }, { amountForm: 'plain' });
  if (!u.ok) throw new Error(u.error.message);
  return serialiseDoc({ ...emptyDoc(), sim: u.state, inbox: u.state.carnets.map(carnetMessage) });
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test(`a 250-character word keeps the carnet detail and the inbox within ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const doc = seededDoc();
    await page.addInitScript(([k, v]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, v); }, [KEY, doc] as const);
    await openSimulator(page);
    await simArea(page, 'Gestione carnet di Smart CIG').click();
    await simScreen(page).getByRole('button', { name: 'CARNET/0000001' }).click();
    await expect(page.locator('.sim-screen td', { hasText: WORD })).toHaveCount(1);
    expect(await sideways(page), 'carnet detail scrolls sideways').toBeLessThanOrEqual(0);
    const cell = await page.locator('.sim-screen td', { hasText: WORD }).boundingBox();
    expect((cell?.x ?? 0) + (cell?.width ?? Infinity)).toBeLessThanOrEqual(viewport.width);
    await simArea(page, /Casella PEC simulata/).click();
    await expect(page.locator('.sim-screen')).toContainText(PEC.slice(0, 30));
    expect(await sideways(page), 'inbox scrolls sideways').toBeLessThanOrEqual(0);
  });
}

test('a right-to-left override in the PEC address is refused, naming the character', async ({ page }) => {
  await openSimulator(page);
  await fillProfile(page, 'uffici\u202Eo@pec.example.it');
  await expect(page.locator('#sim-error-summary')).toContainText('U+202E');
});
