import { readdirSync, readFileSync } from 'node:fs';
import { RULES_CHECKED } from '../../../src/domain/rules/checked.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { faqSchema, sourceId } from '../../../src/lib/faq-schema.ts';
import { SOURCES, sourceIds } from '../../../src/domain/rules/sources.ts';
import { isIsoDate } from '../../../src/domain/dates.ts';


const FAQ_DIR = join(import.meta.dirname, '../../../content/faq');

/** The ids under `fonti:` in a page's frontmatter (one "  - id" line each). */
function citedIds(mdx: string): string[] {
  const front = mdx.split(/^---$/m)[1] ?? '';
  const block = /^fonti:\n((?: {2}- .*\n)+)/m.exec(front);
  return block?.[1]?.trim().split('\n').map((line) => line.replace(/^\s*- /, '').trim()) ?? [];
}

const page = {
  title: 'Una domanda frequente di prova',
  description: 'Una descrizione abbastanza lunga da superare il minimo di cinquanta caratteri richiesto.',
  aggiornato: '2026-11-21',
  ordine: 1,
};

describe('FAQ frontmatter cites sources by id', () => {
  it('refuses an id that is not in the registry, naming it in Italian', () => {
    const r = faqSchema.safeParse({ ...page, fonti: ['l136-2010', 'legge-136-2010'] });
    expect(r.success).toBe(false);
    const issue = r.error?.issues[0];
    expect(issue?.path).toEqual(['fonti', 1]);
    expect(issue?.message).toContain('Fonte sconosciuta: "legge-136-2010"');
    expect(issue?.message).toContain('src/domain/rules/sources.ts');
  });

  it('refuses a source written as free text, as the pages did before', () => {
    expect(faqSchema.safeParse({ ...page, fonti: [{ titolo: 'Legge 13 agosto 2010, n. 136, art. 3' }] }).success).toBe(false);
  });

  it('refuses a page without sources', () => {
    const r = faqSchema.safeParse({ ...page, fonti: [] });
    expect(r.error?.issues[0]?.message).toBe('Ogni pagina cita almeno una fonte');
  });

  it('accepts every id of the registry', () => {
    for (const id of Object.keys(SOURCES)) expect(sourceId.safeParse(id).success, id).toBe(true);
    expect(faqSchema.safeParse({ ...page, fonti: sourceIds() }).success).toBe(true);
  });

  const files = readdirSync(FAQ_DIR).filter((f) => f.endsWith('.mdx'));
  it.each(files)('%s cites at least one source, every one in the registry', (file) => {
    const ids = citedIds(readFileSync(join(FAQ_DIR, file), 'utf8'));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(sourceId.safeParse(id).success, `${file}: ${id}`).toBe(true);
  });
});

describe('the registry of sources', () => {
  const entries = Object.entries(SOURCES);

  it('gives each document one name: no two ids share a title', () => {
    const byTitle = new Map<string, string[]>();
    for (const [id, s] of entries) byTitle.set(s.title, [...(byTitle.get(s.title) ?? []), id]);
    expect([...byTitle.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });

  it('dates every source with a real calendar day no later than the last check, or null', () => {
    for (const [id, s] of entries) {
      if (s.date === null) continue;
      expect(isIsoDate(s.date), id).toBe(true);
      expect(s.date <= RULES_CHECKED, id).toBe(true);
    }
  });

  it('links only to https addresses', () => {
    for (const [id, s] of entries) if (s.url !== null) expect(s.url, id).toMatch(/^https:\/\/[^\s]+$/);
  });
});
