/** The exercises of content/esercizi as files: frontmatter (JSON, which is YAML too) and story. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../../../content/esercizi');

export interface ExerciseFile { file: string; frontmatter: Record<string, unknown>; body: string }

export function exerciseFiles(): ExerciseFile[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.mdx')).sort().map((file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!m) throw new Error(`${file}: no frontmatter`);
    return { file, frontmatter: JSON.parse(m[1] ?? ''), body: m[2] ?? '' };
  });
}
