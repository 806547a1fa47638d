/**
 * The public address of a page file in src/pages, for sitemap.xml. Null for files that are not a
 * listed page: dynamic route templates ([slug]), the 404 page, and files or folders starting with _.
 * './faq/index.astro' -> '/faq/'; './verifica-cig.astro' -> '/verifica-cig/'; './index.astro' -> '/'
 */
export function routeOf(file: string): string | null {
  const p = file.replace(/^\.\//, '').replace(/\.(astro|md|mdx)$/, '');
  if (p.includes('[') || p === '404' || p.split('/').some((s) => s.startsWith('_'))) return null;
  const path = p === 'index' ? '' : p.replace(/\/index$/, '');
  return path ? `/${path}/` : '/';
}
