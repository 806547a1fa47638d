/**
 * Issue 14, defect 8: with the device clock before 2011, a result without a date threw and the page
 * stayed empty. Now the outcome says, in Italian, that the date is missing and the device's date is
 * before the rules; the page keeps working (the answers can still be changed).
 */
import { test, expect } from '@playwright/test';
import { ready } from './helpers.ts';

test('device clock in 2010, link without a date: an Italian message naming the date, not an empty page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.setFixedTime(new Date('2010-06-01T10:00:00+02:00'));
  await page.goto('/questionario/?case=new&object=services&base=30000');
  await ready(page);
  await expect(page.locator('main')).toContainText("La data dell'affidamento non è indicata");
  await expect(page.locator('main')).toContainText('1 giugno 2010');
  await expect(page.locator('main')).toContainText("orologio del dispositivo");
  expect(errors).toEqual([]);
});
