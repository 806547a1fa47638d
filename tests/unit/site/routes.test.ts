import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../src/lib/routes.ts';

describe('routeOf (sitemap.xml)', () => {
  it.each([
    ['./index.astro', '/'],
    ['./faq/index.astro', '/faq/'],
    ['./verifica-cig.astro', '/verifica-cig/'],
    ['./questionario/index.astro', '/questionario/'],
    ['./guide/pagina.mdx', '/guide/pagina/'],
  ])('%s is listed as %s', (file, route) => {
    expect(routeOf(file)).toBe(route);
  });

  it.each(['./404.astro', './faq/[slug].astro', './_parziale.astro', './_bozze/pagina.astro'])('%s is not listed', (file) => {
    expect(routeOf(file)).toBeNull();
  });
});
