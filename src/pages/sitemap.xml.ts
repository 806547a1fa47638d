/**
 * sitemap.xml: every page of the site. Static pages come from the files in src/pages (so a page
 * added by any helper is listed without editing this file), FAQ pages from the collection, the
 * pages of the sources by kind from their list.
 * The 404 page and dynamic routes' templates are left out.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { routeOf } from '../lib/routes.ts';
import { FONTI, KIND_ORDER } from '../copy/fonti.ts';

const pageFiles = Object.keys(import.meta.glob('./**/*.{astro,md,mdx}'));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost/');
  const faq = await getCollection('faq');
  const entries = new Map<string, string | undefined>();
  for (const f of pageFiles) {
    const r = routeOf(f);
    if (r) entries.set(r, undefined);
  }
  for (const e of faq) entries.set(`/faq/${e.id}/`, e.data.aggiornato.toISOString().slice(0, 10));
  for (const kind of KIND_ORDER) entries.set(`/fonti/${FONTI.kindSlug[kind]}/`, undefined);
  // issue 13: one page per exercise
  for (const e of await getCollection('esercizi')) entries.set(`/esercizi/${e.data.id}/`, undefined);
  const urls = [...entries.keys()].sort().map((path) => {
    const lastmod = entries.get(path);
    return `  <url><loc>${escape(new URL(path, base).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
