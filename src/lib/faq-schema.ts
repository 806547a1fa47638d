/**
 * The frontmatter of a FAQ page (content/faq/*.mdx), checked at build by src/content.config.ts: a typo,
 * a description too long for search results, a source that is not in the registry or a questionnaire
 * preset that the engine would refuse stops the build with an Italian message. Kept apart from the
 * collection so that the unit tests can run it without Astro.
 */
import { z } from 'astro/zod';
import { linkScenario } from '../domain/links.ts';
import { parseScenario } from '../domain/scenario.ts';
import { sourceIds } from '../domain/rules/sources.ts';

/** A questionnaire preset: the shareable-link query string of CONTRACT §5, checked with the engine. */
const scenario = z.strictObject({
  etichetta: z.string().min(3, 'Scrivi un\'etichetta per il link al questionario'),
  query: z.string().min(1).superRefine((query, ctx) => {
    if (query.startsWith('?') || query.includes('/questionario/')) {
      ctx.addIssue({ code: 'custom', message: `Scrivi solo la query string, senza "?" né indirizzo: ${query}` });
      return;
    }
    const r = parseScenario(linkScenario(query));
    if (!r.ok) {
      // Fail the build outright: a preset the engine refuses must never reach the site.
      throw new Error(`Scenario non valido nella FAQ ("${query}"): ${r.error.message}`);
    }
  }),
});

/** A source, cited by its id in the registry (src/domain/rules/sources.ts): title, link and date come from there. */
export const sourceId = z.enum(sourceIds(), {
  error: (issue) => `Fonte sconosciuta: ${JSON.stringify(issue.input)}. Usa l'id di una fonte di src/domain/rules/sources.ts, oppure aggiungi lì la fonte con titolo, data, indirizzo e grado di verifica.`,
});

export const faqSchema = z.strictObject({
  title: z.string().min(10).max(90),
  description: z.string().min(50).max(160, 'La descrizione deve stare in 160 caratteri (è quella che mostrano i motori di ricerca)'),
  aggiornato: z.coerce.date(),
  ordine: z.number().int().min(1),
  fonti: z.array(sourceId).min(1, 'Ogni pagina cita almeno una fonte'),
  scenari: z.array(scenario).optional(),
});
