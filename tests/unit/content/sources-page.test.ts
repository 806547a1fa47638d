import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedIdsOf, RULE_TABLES, rowsBySource, unknownCitedIds, whatRestsOn, type RuleTable } from '../../../src/domain/rules/citations.ts';
import { SOURCES, sourceIds } from '../../../src/domain/rules/sources.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FAQ_DIR = join(ROOT, 'content/faq');
const DOMAIN_DIR = join(ROOT, 'src/domain');

/** The ids under `fonti:` in a page's frontmatter (one "  - id" line each). */
function fontiOf(mdx: string): string[] {
  const front = mdx.split(/^---$/m)[1] ?? '';
  const block = /^fonti:\n((?: {2}- .*\n)+)/m.exec(front);
  return block?.[1]?.trim().split('\n').map((line) => line.replace(/^\s*- /, '').trim()) ?? [];
}

const faq = readdirSync(FAQ_DIR).filter((f) => f.endsWith('.mdx')).map((f) => ({
  slug: f.replace(/\.mdx$/, ''),
  fonti: fontiOf(readFileSync(join(FAQ_DIR, f), 'utf8')),
}));
// As /fonti/ reads them: every module of src/domain outside rules/.
const engineTexts = readdirSync(DOMAIN_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.startsWith('rules'))
  .map((f) => readFileSync(join(DOMAIN_DIR, f), 'utf8'));

describe('every source cited by a rule row or a FAQ page is in the registry', () => {
  it('finds source ids in the rule tables', () => {
    expect(rowsBySource().size).toBeGreaterThan(10);
  });

  it('no rule row cites an id the registry does not hold', () => {
    expect(unknownCitedIds()).toEqual([]);
  });

  it.each(faq)('$slug cites only registered ids', ({ slug, fonti }) => {
    expect(fonti.length, slug).toBeGreaterThan(0);
    for (const id of fonti) expect(Object.hasOwn(SOURCES, id), `${slug}: ${id}`).toBe(true);
  });
});

describe('/fonti/ lists every source with what rests on it', () => {
  const uses = whatRestsOn(faq, engineTexts);

  it('lists every registry id once, in registry order', () => {
    expect(uses.map((u) => u.id)).toEqual(sourceIds());
  });

  it('lists every id cited by a FAQ page or a rule row, with that page and those rows', () => {
    const byId = new Map(uses.map((u) => [u.id, u]));
    for (const p of faq) for (const id of p.fonti) expect(byId.get(id as never)?.faq, id).toContain(p.slug);
    for (const [id, rows] of rowsBySource()) expect(byId.get(id as never)?.rows, id).toEqual(rows);
  });

  it('names each rule table that a row comes from', () => {
    const keys = new Set(RULE_TABLES.map((t) => t.key));
    for (const u of uses) for (const r of u.rows) expect(keys.has(r.table), r.table).toBe(true);
  });

  it('shows the EU thresholds of 2026-2027 resting on their regulations, dated', () => {
    const u = uses.find((x) => x.id === 'ue-soglie-2026-2027');
    expect(u?.rows).toEqual([{ table: 'EU_THRESHOLDS', row: 8, id: null, period: { from: '2026-01-01', to: '2027-12-31' } }]);
  });

  it('sees the engine\'s own citations (the ANAC FAQ on renewals is quoted in advise.ts)', () => {
    expect(uses.find((x) => x.id === 'anac-faq-rinnovo')?.engine).toBe(true);
  });

  it('leaves no source with nothing resting on it', () => {
    expect(uses.filter((u) => u.faq.length === 0 && u.rows.length === 0 && !u.engine).map((u) => u.id)).toEqual([]);
  });
});

describe('RULE_TABLES holds every rule table that cites a source', () => {
  const RULES_DIR = join(DOMAIN_DIR, 'rules');
  // citations.ts lists the tables; sources.ts is the registry itself.
  const modules = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'citations.ts' && f !== 'sources.ts');

  it.each(modules)('every exported table of rules/%s that cites a source is registered in RULE_TABLES', async (file) => {
    const mod: Record<string, unknown> = await import(join(RULES_DIR, file));
    const registered = (v: unknown) => RULE_TABLES.some((t) => t.rows === v || (Array.isArray(t.rows) && t.rows.some((r) => r === v)));
    const cites = (name: string, v: unknown) => typeof v === 'object' && v !== null
      && (citedIdsOf(Array.isArray(v) ? v : [v]).length > 0 || name.endsWith('_SOURCES'));
    const missing = Object.entries(mod)
      .filter(([name, v]) => cites(name, v))
      .filter(([, v]) => !registered(v))
      .map(([name]) => name);
    expect(missing, 'add these to RULE_TABLES in src/domain/rules/citations.ts').toEqual([]);
  });
});

describe('rowsBySource reads a new table without code of its own', () => {
  const table: RuleTable = {
    key: 'NEW_TABLE', name: 'Una tabella nuova',
    rows: [
      { from: '2024-01-01', to: null, source: 'dlgs36-art50', note: { extraSources: ['dlgs36-art14'] } },
      { from: '2023-07-01', to: '2023-12-31', sources: ['dlgs36-art50', 'dlgs36-art50'], law: 'not-an-id' },
      { id: 'dlgs50', title: 'an id field is not a citation' },
    ],
  };

  it('collects source, sources, law and *Sources at any depth, once per row', () => {
    const m = rowsBySource([table]);
    expect(m.get('dlgs36-art50')?.map((r) => r.row)).toEqual([0, 1]);
    expect(m.get('dlgs36-art14')?.map((r) => r.row)).toEqual([0]);
    expect(m.has('dlgs50')).toBe(false);
    expect(unknownCitedIds([table])).toEqual(['not-an-id']);
  });

  it('reads a table keyed by name, each key a row', () => {
    const keyed: RuleTable = { key: 'NOTE_SOURCES', name: 'Note', rows: { inEconomia: ['dlgs163-art125'], other: { timing: 'x', sources: ['dlgs50'] } } };
    const m = rowsBySource([keyed]);
    expect(m.get('dlgs163-art125')).toEqual([{ table: 'NOTE_SOURCES', row: 0, id: 'inEconomia', period: null }]);
    expect(m.get('dlgs50')?.[0]?.id).toBe('other');
  });

  it('names a PCP card row by its card', () => {
    const cards: RuleTable = { key: 'CARDS', name: 'Schede', label: 'key', rows: [{ card: 'AD5', from: '2024-01-01', to: null, sources: ['anac-npa-schede'] }] };
    expect(rowsBySource([cards]).get('anac-npa-schede')?.[0]?.id).toBe('AD5');
  });

  it('citedIdsOf ignores numbers and objects under a source key', () => {
    expect(citedIdsOf({ sources: ['a', 3, { b: 1 }], x: { y: [{ source: 'c' }] } })).toEqual(['a', 'c']);
  });

  it('citedIdsOf also finds a registry id under any other property, but not a row\'s own id', () => {
    expect(citedIdsOf({ id: 'dlgs50', transition: 'dlgs36-art226', label: 'AFFIDAMENTO DIRETTO' })).toEqual(['dlgs36-art226']);
  });
});
