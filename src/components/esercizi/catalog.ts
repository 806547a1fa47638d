/** Issue 13: an exercise of content/esercizi as the page embeds it for the island (the answers are computed, not stored). */
import type { Level, QuestionId, Topic } from '../../domain/exercises/kinds.ts';

export interface CatalogEntry {
  id: string;
  title: string;
  level: Level;
  topics: readonly Topic[];
  story: readonly string[];
  scenario: Readonly<Record<string, unknown>>;
  questions: readonly QuestionId[];
}

/** The MDX body of an exercise is plain paragraphs: the story as the island shows it. */
export function storyParagraphs(body: string | undefined): string[] {
  return (body ?? '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
}
