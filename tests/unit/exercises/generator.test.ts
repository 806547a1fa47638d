/**
 * Issue 13: the generator. Over 10,000 seeds (levels, topics and year ranges drawn by fast-check) it never
 * gives a scenario the engine refuses nor a question the engine leaves open; the same seed gives the
 * same set; the link parameters are validated with Italian messages.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateExercises } from '../../../src/domain/exercises/generator.ts';
import { expectedAnswers } from '../../../src/domain/exercises/answers.ts';
import { LEVELS, TOPICS, YEAR_MAX, YEAR_MIN, parseSetParams } from '../../../src/domain/exercises/kinds.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';

const TODAY = '2026-11-21';
const options = fc.record({
  seed: fc.nat({ max: 0xffffffff }),
  level: fc.constantFrom(...LEVELS),
  topic: fc.option(fc.constantFrom(...TOPICS), { nil: undefined }),
  from: fc.integer({ min: YEAR_MIN, max: YEAR_MAX }),
  span: fc.integer({ min: 0, max: YEAR_MAX - YEAR_MIN }),
});

describe('generateExercises', () => {
  it('10,000 seeds: only scenarios the engine accepts, only questions it settles, dates in the range asked', () => {
    let n = 0;
    fc.assert(fc.property(options, (o) => {
      const to = Math.min(YEAR_MAX, o.from + o.span);
      const [e] = generateExercises({ seed: o.seed, count: 1, level: o.level, topic: o.topic, from: o.from, to, today: TODAY });
      n++;
      if (!e) return false;
      const parsed = parseScenario(e.scenario);
      if (!parsed.ok) return false;
      const again = expectedAnswers(e.scenario, e.answers.map((a) => a.question), TODAY);
      const year = Number(e.scenario.date?.slice(0, 4));
      return again.ok && e.answers.length > 0 && e.answers.every((a) => a.value !== '') && year >= o.from && year <= to;
    }), { numRuns: 10_000, seed: 13 });
    expect(n).toBe(10_000);
  }, 60_000);

  it('the same seed gives the same set; another seed another set', () => {
    const o = { seed: 4242, count: 8, level: 'avanzato' as const, today: TODAY };
    expect(generateExercises(o)).toEqual(generateExercises(o));
    expect(generateExercises({ ...o, seed: 4243 })).not.toEqual(generateExercises(o));
  });

  it('keeps to the topic when a template has it, and to the years asked', () => {
    const set = generateExercises({ seed: 7, count: 20, level: 'intermedio', topic: 'rinnovi-proroghe', from: 2016, to: 2023, today: TODAY });
    for (const e of set) {
      expect(e.topics).toContain('rinnovi-proroghe');
      expect(Number(e.scenario.date?.slice(0, 4))).toBeGreaterThanOrEqual(2016);
      expect(Number(e.scenario.date?.slice(0, 4))).toBeLessThanOrEqual(2023);
    }
  });
});

describe('parseSetParams', () => {
  it('reads a link', () => {
    expect(parseSetParams({ seed: '12', level: 'base', topic: 'lotti', from: '2016', to: '2023', count: '3' }))
      .toEqual({ ok: true, params: { seed: 12, level: 'base', topic: 'lotti', from: 2016, to: 2023, count: 3 } });
  });
  it.each([
    [{ seed: 'abc', level: 'base' }, /Il seme è un numero intero/],
    [{ seed: '4294967296', level: 'base' }, /Il seme è un numero intero/],
    [{ seed: '1', level: 'esperto' }, /Indica il livello/],
    [{ seed: '1', level: 'base', from: '2010' }, /Gli anni vanno dal 2011 al 2026/],
    [{ seed: '1', level: 'base', from: '2020', to: '2016' }, /L'anno iniziale non può venire dopo quello finale/],
    [{ seed: '1', level: 'base', count: '0' }, /Il numero di esercizi va da 1 a 50/],
    [{ seed: '1', level: 'base', colore: 'blu' }, /colore: Parametro non previsto: colore/],
  ])('refuses %j', (raw, message) => {
    const r = parseSetParams(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => `${i.path}: ${i.message}`).join(' ')).toMatch(message);
  });
});
