/**
 * Content collections. The FAQ lives in the top-level content/faq/ folder (MDX), validated here at
 * build: a typo in the frontmatter, a description too long for search results, or a questionnaire
 * preset that the engine would refuse stops the build with an Italian message.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { queryToRaw } from './domain/links.ts';
import { parseScenario } from './domain/scenario.ts';

/** A questionnaire preset: the shareable-link query string of CONTRACT §5, checked with the engine. */
const scenario = z.strictObject({
  etichetta: z.string().min(3, 'Scrivi un\'etichetta per il link al questionario'),
  query: z.string().min(1).superRefine((query, ctx) => {
    if (query.startsWith('?') || query.includes('/questionario/')) {
      ctx.addIssue({ code: 'custom', message: `Scrivi solo la query string, senza "?" né indirizzo: ${query}` });
      return;
    }
    const r = parseScenario(queryToRaw(query));
    if (!r.ok) {
      // Fail the build outright: a preset the engine refuses must never reach the site.
      throw new Error(`Scenario non valido nella FAQ ("${query}"): ${r.error.message}`);
    }
  }),
});

const fonte = z.strictObject({
  titolo: z.string().min(3),
  url: z.url({ message: 'L\'indirizzo della fonte deve essere un URL completo, https://…' }).optional(),
});

const faq = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/faq' }),
  schema: z.strictObject({
    title: z.string().min(10).max(90),
    description: z.string().min(50).max(160, 'La descrizione deve stare in 160 caratteri (è quella che mostrano i motori di ricerca)'),
    aggiornato: z.coerce.date(),
    ordine: z.number().int().min(1),
    fonti: z.array(fonte).min(1, 'Ogni pagina cita almeno una fonte'),
    scenari: z.array(scenario).optional(),
  }),
});

export const collections = { faq };
