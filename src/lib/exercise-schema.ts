/**
 * Issue 13: the frontmatter of an exercise (content/esercizi/*.mdx), checked at build by
 * src/content.config.ts. The fields are checked by the exercises' own schema (zod/mini, Italian
 * messages); then the engine computes the expected answers: a scenario it refuses, or a question it
 * leaves open, stops the build with an Italian message naming the file. Apart from the collection so
 * that unit tests can run it without Astro.
 */
import { z } from 'astro/zod';
import { exerciseFrontmatter, type ExerciseFrontmatter } from '../domain/exercises/content.ts';
import { expectedAnswers } from '../domain/exercises/answers.ts';
import { todayInRome } from '../domain/dates.ts';

const PROBLEM = { notAsked: 'non si pone per questo caso', open: 'il motore non la stabilisce (da verificare)' } as const;

/** Throws with an Italian message naming the file when the exercise is not valid or the engine refuses it. */
export function checkExercise(raw: unknown): ExerciseFrontmatter {
  const parsed = exerciseFrontmatter.safeParse(raw);
  const file = (id: unknown) => `content/esercizi/${typeof id === 'string' ? id : '?'}.mdx`;
  const rawId = raw !== null && typeof raw === 'object' && 'id' in raw ? raw.id : undefined;
  if (!parsed.success) {
    throw new Error(`Esercizio non valido (${file(rawId)}): ${parsed.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  if (typeof e.scenario['date'] !== 'string') throw new Error(`Esercizio non valido (${file(e.id)}): scrivi la data dello scenario (date), ad esempio '2019-10-01': senza, la risposta cambierebbe con il giorno`);
  const r = expectedAnswers(e.scenario, e.questions, todayInRome());
  if (!r.ok) {
    const why = r.refused !== '' ? `il motore rifiuta lo scenario: ${r.refused}` : r.unanswerable.map((u) => `la domanda ${u.question} ${PROBLEM[u.problem]}`).join('; ');
    throw new Error(`Esercizio non valido (${file(e.id)}): ${why}. Correggi lo scenario o togli la domanda.`);
  }
  return e;
}

export const exerciseSchema = z.unknown().transform((raw) => checkExercise(raw));
