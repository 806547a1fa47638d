/**
 * Content collections. The FAQ lives in the top-level content/faq/ folder (MDX); its frontmatter is
 * validated at build by the schema of src/lib/faq-schema.ts (Italian messages).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { faqSchema } from './lib/faq-schema.ts';

const faq = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/faq' }),
  schema: faqSchema,
});

export const collections = { faq };
