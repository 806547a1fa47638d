/**
 * Issue 13: the frontmatter of an exercise (content/esercizi/*.mdx; the story is the MDX body), read
 * at build only. The scenario is checked apart, by the engine (src/lib/exercise-schema.ts).
 */
import * as z from 'zod/mini';
import { LEVELS, QUESTION_IDS, TOPICS } from './kinds.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The frontmatter of an exercise (the story is the MDX body). The scenario is checked by the engine apart. */
export const exerciseFrontmatter = z.strictObject({
  id: z.string({ error: () => 'Scrivi un id di sole minuscole, cifre e trattini, ad esempio "servizio-biennale-rinnovo"' }).check(
    z.regex(ID, { error: 'L\'id usa solo minuscole, cifre e trattini, ad esempio "servizio-biennale-rinnovo"' }),
  ),
  title: z.string({ error: () => 'Scrivi il titolo dell\'esercizio' }).check(z.minLength(10, { error: 'Il titolo deve avere almeno 10 caratteri' }), z.maxLength(90, { error: 'Il titolo deve stare in 90 caratteri' })),
  level: z.enum(LEVELS, { error: () => 'Indica il livello: "base", "intermedio" oppure "avanzato"' }),
  topics: z.array(z.enum(TOPICS, { error: () => `Indica un argomento tra: ${TOPICS.join(', ')}` })).check(z.minLength(1, { error: 'Indica almeno un argomento' })),
  scenario: z.record(z.string(), z.unknown(), { error: () => 'Scrivi lo scenario come oggetto, con le chiavi del contratto (case, date, object, base...)' }),
  questions: z.array(z.enum(QUESTION_IDS, { error: () => `Domanda sconosciuta: usa una di ${QUESTION_IDS.join(', ')}` }))
    .check(z.minLength(1, { error: 'Indica almeno una domanda' })),
});
export type ExerciseFrontmatter = z.infer<typeof exerciseFrontmatter>;

