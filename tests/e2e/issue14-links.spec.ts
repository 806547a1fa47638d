/**
 * Issue 14, defects 1 to 3 in the browser: a link's values are read by one parse for the question and the
 * outcome alike; built-in names are refused on their question without losing the other answers.
 */
import { test, expect, type Page } from '@playwright/test';
import { heading, ready } from './helpers.ts';

const REST = 'date=2019-10-01&object=services&renewals=30000&pnrr=false&sector=ordinary&authority=subCentral&procedure=direct';

/** Fails the test on any script error of the page. */
function noPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('an amount with a space before it, or in the Italian form, gives the outcome with the amount read once', async ({ page }) => {
  const errors = noPageErrors(page);
  for (const base of ['%2030000', '30.000,00', '%E2%82%AC%2030.000']) {
    await page.goto(`/questionario/?case=new&base=${base}&${REST}`);
    await ready(page);
    await expect(page.locator('#esito')).toContainText('60.000,00');
    await expect(page.locator('.summary-list')).toContainText('€ 30.000');
    await expect(page.locator('main')).not.toContainText('30,000,00');
  }
  expect(errors).toEqual([]);
});

test('a date not in the AAAA-MM-GG form opens on the date question, as the outcome refuses it', async ({ page }) => {
  await page.goto(`/questionario/?case=new&base=30000&${REST.replace('date=2019-10-01', 'date=2024-2-9')}`);
  await ready(page);
  await expect(heading(page)).toHaveText('Quando parte la procedura?');
  await expect(page.locator('.error-summary')).toContainText('2024-2-9');
});

for (const name of ['constructor', '__proto__', 'toString']) {
  test(`case=${name} is refused on the first question; the other answers stay in the address and come back`, async ({ page }) => {
    const errors = noPageErrors(page);
    await page.goto(`/questionario/?case=${name}&base=30000&${REST}`);
    await ready(page);
    await expect(heading(page)).toHaveText('Cosa devi fare?');
    await expect(page.locator('.error-summary')).toBeVisible();
    await expect(page).toHaveURL(/base=30000/);
    await page.reload();
    await ready(page);
    await page.getByLabel('Affidare un nuovo contratto', { exact: true }).check();
    await page.getByRole('button', { name: 'Continua' }).click();
    await expect(page).toHaveURL(/base=30000/);
    await expect(page).toHaveURL(/object=services/);
    expect(errors).toEqual([]);
  });
}
