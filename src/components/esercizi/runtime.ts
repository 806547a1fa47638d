/**
 * Issue 13: what the exercises' island loads on demand (dynamic import, not on the first view): the
 * engine's answers for a set, the checking, the corrections' words and the exports.
 */
import { expectedAnswers, type ExpectedAnswer } from '../../domain/exercises/answers.ts';
import { generateExercises } from '../../domain/exercises/generator.ts';
import { parseSetParams, type GeneratedSetParams } from '../../domain/exercises/kinds.ts';
import { ESERCIZI as W } from '../../copy/esercizi.ts';
import { storyOf } from '../../copy/esercizi-correzione.ts';
import type { CatalogEntry } from './catalog.ts';

export { checkAnswer } from '../../domain/exercises/check.ts';
export { answerText, choiceText, whyOf } from '../../copy/esercizi-correzione.ts';
export { emptyProgress, loadAll, saveSet } from './progress.ts';

export interface Prepared {
  id: string;
  title: string;
  story: readonly string[];
  answers: readonly ExpectedAnswer[];
}

/** The exercises of the content with the engine's answers (the build has already refused any it cannot answer). */
function prepareCatalog(entries: readonly CatalogEntry[], today: string): Prepared[] {
  return entries.flatMap((e) => {
    const r = expectedAnswers(e.scenario, e.questions, today);
    return r.ok ? [{ id: e.id, title: e.title, story: e.story, answers: r.answers }] : [];
  });
}

const DEFAULT_COUNT = 5;

function prepareGenerated(p: GeneratedSetParams, today: string): Prepared[] {
  return generateExercises({ seed: p.seed, count: p.count ?? DEFAULT_COUNT, level: p.level, topic: p.topic, from: p.from, to: p.to, today })
    .map((g, i) => ({ id: g.id, title: `${W.randomTitle} ${i + 1}`, story: [storyOf(g.scenario, g.template)], answers: g.answers }));
}

/** A file for trainers, built on demand. */
export async function exportSet(kind: 'moodle' | 'gift', exercises: readonly Prepared[]): Promise<Blob> {
  const m = await import('../../copy/esercizi-export.ts');
  return kind === 'moodle'
    ? new Blob([m.toMoodleXml(exercises)], { type: 'application/xml' })
    : new Blob([m.toGift(exercises)], { type: 'text/plain' });
}

type Request = { key: string; load: (today: string) => Prepared[] };

/** The set the link asks for, or why the link is not valid. */
export function requestOf(params: URLSearchParams, catalog: readonly CatalogEntry[]): Request | { error: string } {
  const set = params.get('set');
  if (set !== null) {
    const ids = set.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const unknown = ids.find((id) => !catalog.some((e) => e.id === id));
    if (unknown !== undefined || ids.length === 0) return { error: `${W.badLink} ${W.unknownExercise(unknown ?? '')}` };
    const entries = ids.flatMap((id) => catalog.filter((e) => e.id === id));
    return { key: `set:${ids.join(',')}`, load: (today) => prepareCatalog(entries, today) };
  }
  const raw: Record<string, string> = {};
  for (const [k, v] of params) if (v !== '') raw[k] = v;
  const r = parseSetParams(raw);
  if (!r.ok) return { error: `${W.badLink} ${r.issues.map((i) => i.message).join('; ')}` };
  const p = r.params;
  return { key: `seed:${p.seed}:${p.level}:${p.topic ?? ''}:${p.from ?? ''}:${p.to ?? ''}:${p.count ?? ''}`, load: (today) => prepareGenerated(p, today) };
}

