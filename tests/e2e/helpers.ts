/** What the browser tests share: waiting for the islands, the page's heading, and an axe check (WCAG 2.1 AA). */
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Resolves once every island on the page has hydrated. */
export async function ready(page: Page) {
  await page.waitForSelector('astro-island:not([ssr])');
}

/** The page's main heading. */
export const heading = (page: Page) => page.locator('main h1');

/** No WCAG 2.1 A/AA violation on the page as it is now; `where` names the step in the failure message. */
export async function axe(page: Page, where: string) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(r.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
