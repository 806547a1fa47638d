/**
 * What rests on each source, for the /fonti/ pages: the FAQ pages citing it (their frontmatter), the
 * rule rows citing it (src/domain/rules/citations.ts) and the engine's notes (an id quoted in a
 * domain module outside rules/). Build time only.
 */
import { getCollection } from 'astro:content';
import { whatRestsOn, type SourceUse } from '../../domain/rules/citations.ts';

export async function sourceUses(): Promise<{ uses: SourceUse[]; titles: ReadonlyMap<string, string> }> {
  const faq = (await getCollection('faq')).sort((a, b) => a.data.ordine - b.data.ordine);
  // The engine's and the simulator's own modules (not the rule data, whose rows are read through RULE_TABLES).
  const engineTexts = Object.values(import.meta.glob<string>(['../../domain/**/*.ts', '!../../domain/rules/**'], { query: '?raw', import: 'default', eager: true }));
  return {
    uses: whatRestsOn(faq.map((e) => ({ slug: e.id, fonti: e.data.fonti })), engineTexts),
    titles: new Map(faq.map((e) => [e.id, e.data.title])),
  };
}
