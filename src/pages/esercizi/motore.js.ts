/**
 * Issue 13: the exercises' application for the browser (/esercizi/motore.js): the answering pages, the
 * engine and Preact, bundled at build by esbuild from src/components/esercizi/App.tsx and loaded on
 * demand by the page's script when a set is opened. A bundle of its own, apart from Vite's chunks:
 * inside them it would share the engine's and Preact's small modules with the questionnaire and the
 * simulator and split their first-view chunks (measured: +0.2 to +1 KB gzip each, over their budgets).
 */
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** From the project's root, where astro runs (import.meta.url points into the build's own output). */
const entry = resolve(process.cwd(), 'src/components/esercizi/App.tsx');

export const GET: APIRoute = async () => {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false, target: 'es2022', legalComments: 'none', jsx: 'automatic', jsxImportSource: 'preact' });
  const [file] = out.outputFiles;
  return new Response(file?.text ?? '', { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
