/** Issue 13: every topic of the exercises names FAQ pages that exist, so each link list lands on a real page. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ESERCIZI } from '../../../src/copy/esercizi.ts';

const faqSlugs = new Set(readdirSync(new URL('../../../content/faq/', import.meta.url)).map((f) => f.replace(/\.mdx?$/, '')));

describe('FAQ pages of each exercise topic', () => {
  it.each(Object.entries(ESERCIZI.faqOfTopic))('%s names existing FAQ pages', (_topic, slugs) => {
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) expect(faqSlugs, slug).toContain(slug);
  });
  it('the Smart CIG page carries the exercises on systems', () => {
    expect(ESERCIZI.faqOfTopic.sistemi).toContain('smart-cig-e-carnet');
  });
});
