// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';

// The public address is only used for canonical links, Open Graph and sitemap.xml.
const site = process.env.SITE_URL ?? 'https://cig-advisor.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [preact(), mdx()],
  // DIST_DIR lets several builds live side by side (each with its own preview port in e2e runs).
  outDir: process.env.DIST_DIR ?? './dist',
  build: { inlineStylesheets: 'always' },
});
