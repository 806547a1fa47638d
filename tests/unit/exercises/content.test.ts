/**
 * Issue 13: the exercises as content. Every exercise passes the build's check, and every expected
 * answer equals what the command line (`cig advise`, the same engine and presenter) prints for its
 * scenario; a scenario the engine refuses, or a question it leaves open, fails with an Italian message
 * naming the file.
 */
import { describe, expect, it } from 'vitest';
import { checkExercise } from '../../../src/lib/exercise-schema.ts';
import { expectedAnswers } from '../../../src/domain/exercises/answers.ts';
import { LEVELS, TOPICS } from '../../../src/domain/exercises/kinds.ts';
import { runCommand } from '../../../src/cli/run.ts';
import { exerciseFiles } from './helpers.ts';

const TODAY = '2026-11-21';
const files = exerciseFiles();

/** The value of a question, read from the command line's JSON (CONTRACT §2 keys). */
function fromCli(advice: Record<string, any>, question: string): string | null | undefined {
  const fields = advice['fields'] ?? {};
  switch (question) {
    case 'estimatedValue': return advice['estimatedValue'];
    case 'system': return advice['system'];
    case 'newCig': return advice['newCig'] === null ? null : String(advice['newCig']);
    case 'contribution': return advice['contribution']?.stazioneAppaltante ?? null;
    case 'card': return advice['newCig'] === true ? fields['scheda'] : advice['communication']?.scheda;
    case 'procedureAllowed': return advice['procedures']?.chosenAllowed === null ? null : String(advice['procedures']?.chosenAllowed);
    case 'euThresholdReached': return String(advice['euThreshold']?.reached);
    default: return fields[question.slice('field:'.length)];
  }
}

describe('content/esercizi', () => {
  it('has at least 24 exercises, at three levels, on every topic, in every year from 2011 to 2026', () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
    const levels = new Set(files.map((f) => f.frontmatter['level']));
    expect([...levels].sort()).toEqual([...LEVELS].sort());
    const topics = new Set(files.flatMap((f) => f.frontmatter['topics'] as string[])); // checked by checkExercise below
    for (const t of TOPICS) expect(topics, t).toContain(t);
    const years = files.map((f) => Number(String((f.frontmatter['scenario'] as { date: string }).date).slice(0, 4)));
    expect(Math.min(...years)).toBe(2011);
    expect(Math.max(...years)).toBe(2026);
    expect(new Set(years).size).toBe(16); // every year from 2011 to 2026
  });

  for (const f of files) {
    it(`${f.file}: valid, named after its id, answers equal to the command line's`, () => {
      const e = checkExercise(f.frontmatter);
      expect(f.file).toBe(`${e.id}.mdx`);
      expect(f.body.trim().length).toBeGreaterThan(40);
      const r = expectedAnswers(e.scenario, e.questions, TODAY);
      if (!r.ok) throw new Error(`${f.file}: ${JSON.stringify(r)}`);
      const cli = runCommand(['advise'], () => JSON.stringify(e.scenario), { today: TODAY });
      expect(cli.exitCode).toBe(0);
      const advice = JSON.parse(JSON.stringify(cli.output));
      expect(r.answers.map((a) => a.question)).toEqual(e.questions);
      for (const a of r.answers) {
        expect(a.value, `${f.file} ${a.question}`).toBe(fromCli(advice, a.question));
        if (a.type === 'choice') expect(a.options).toContain(a.value);
      }
    });
  }
});

describe('the build check', () => {
  const good = files[0]?.frontmatter ?? {};
  it('names the file when the engine refuses the scenario', () => {
    expect(() => checkExercise({ ...good, id: 'prova', scenario: { case: 'new', date: '2010-01-01', object: 'services', base: '1000' } }))
      .toThrow(/Esercizio non valido \(content\/esercizi\/prova\.mdx\): il motore rifiuta lo scenario: La data deve essere dal 2 maggio 2011/);
    expect(() => checkExercise({ ...good, id: 'prova', scenario: { case: 'new', date: '2019-01-01', object: 'services', base: '30.000' } }))
      .toThrow(/content\/esercizi\/prova\.mdx.*Usa il punto per i decimali|content\/esercizi\/prova\.mdx.*il motore rifiuta/);
  });
  it('names the question the engine leaves open or that does not apply', () => {
    // a direct award of 150,000 EUR in 2026 is allowed only in the cases of art. 76: chosenAllowed is null
    expect(() => checkExercise({ ...good, id: 'prova', scenario: { case: 'new', date: '2026-02-02', object: 'services', base: '150000', procedure: 'direct' }, questions: ['procedureAllowed'] }))
      .toThrow(/prova\.mdx\): la domanda procedureAllowed il motore non la stabilisce \(da verificare\)/);
    expect(() => checkExercise({ ...good, id: 'prova', scenario: { case: 'variant', date: '2019-01-01', object: 'works', amount: '1000', contractAmount: '100000' }, questions: ['estimatedValue'] }))
      .toThrow(/la domanda estimatedValue non si pone per questo caso/);
  });
  it('refuses a bad frontmatter with the key and how to fix it', () => {
    expect(() => checkExercise({ ...good, level: 'difficile' })).toThrow(/level: Indica il livello: "base", "intermedio" oppure "avanzato"/);
    expect(() => checkExercise({ ...good, questions: ['valore'] })).toThrow(/Domanda sconosciuta/);
    const { date: _date, ...undated } = good['scenario'] as Record<string, unknown>;
    expect(() => checkExercise({ ...good, scenario: undated })).toThrow(/scrivi la data dello scenario/);
  });
});
