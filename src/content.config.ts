/**
 * Content collections. The FAQ lives in the top-level content/faq/ folder (MDX); its frontmatter is
 * validated at build by the schema of src/lib/faq-schema.ts (Italian messages).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { faqSchema } from './lib/faq-schema.ts';
import { exerciseSchema } from './lib/exercise-schema.ts';

const faq = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/faq' }),
  schema: faqSchema,
});


// ---- issue 13, exercises: content/esercizi/*.mdx; the engine computes every expected answer at build
// and a scenario it refuses stops the build (src/lib/exercise-schema.ts)
const esercizi = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/esercizi' }),
  schema: exerciseSchema,
});

export const collections = { faq, esercizi };
