/**
 * Issue 14, fuzzing in the test run: the command line's function (runCommand, what `npm run cig` runs) on
 * arbitrary JSON and strings for every key, and the link codec on arbitrary query strings. Never an
 * internal error, never an English message, the same answer alone and in a batch; a link the question
 * check accepts is one the outcome answers. Bounded: a few hundred runs each, a few seconds in all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/run.ts';
import { linkScenario, queryToRaw, scenarioToQuery } from '../../../src/domain/links.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';
import { answersFromRaw, answersToLinkObject, isComplete, resumeStep } from '../../../src/domain/questions.ts';
import { adviceFor } from '../../../src/domain/outcome.ts';
import { problemText } from '../../../src/copy/questionario.ts';

const TODAY = '2026-11-21';
const RUNS = 250;

/** Words of Node's, zod's or JavaScript's own English messages (a heuristic). */
const ENGLISH = /\b(Invalid|invalid input|Expected|expected|undefined|is not|received|Unexpected|Required|Unrecognized|NaN|Cannot|must be|object Object)\b/;

/** Every message and reason in an output. */
function messages(x: unknown): string[] {
  if (Array.isArray(x)) return x.flatMap(messages);
  if (typeof x !== 'object' || x === null) return [];
  return Object.entries(x).flatMap(([k, v]) => (typeof v === 'string' && (k === 'message' || k === 'reason') ? [v] : messages(v)));
}

const KEYS = [
  'case', 'date', 'object', 'base', 'safetyCosts', 'renewals', 'prorogaOptions', 'otherOptions', 'technicalExtension',
  'countTechnicalExtension', 'technicalExtensionForeseen', 'procedure', 'repetitions', 'authority', 'sector', 'pnrr', 'excluded',
  'lots', 'amount', 'contractAmount', 'originalCig', 'originalDate', 'originalCard', 'parentCig', 'withCompetition',
  'constructor', '__proto__', 'toString', 'bse',
] as const;

/** Values that are nearly right: valid ones with spaces around them, Italian forms, built-in names. */
const SPACE = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\ufeff', '\u3000', '\u200b', '');
const NEAR = fc.tuple(SPACE, fc.constantFrom(
  'new', 'renewal', 'variant', 'technicalExtension', 'frameworkCall', 'works', 'services', 'supplies', 'direct', 'open',
  '30000', '39999.99', '30.000,00', '€ 30.000', '30000,5', '30,000', '1e5', '-5', '0', '2019-10-01', '2024-2-9', '2024-02-30',
  '1234567CE7', 'x3a000262f', 'AD5', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'true', 'false',
), SPACE).map(([a, v, b]) => `${a}${v}${b}`);
const VALUE = fc.oneof(NEAR, fc.array(NEAR, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }), fc.string(), fc.array(fc.record({ base: NEAR }), { maxLength: 2 }));

/** A scenario-like object: a case (often a valid one) and arbitrary values for arbitrary keys. */
const scenario = fc.tuple(
  fc.oneof(fc.constantFrom('new', 'renewal', 'variant', 'technicalExtension', 'frameworkCall'), NEAR, fc.jsonValue({ maxDepth: 1 })),
  fc.dictionary(fc.constantFrom(...KEYS), VALUE, { maxKeys: 6 }),
).map(([c, rest]) => ({ case: c, ...rest }));

const answer = (input: unknown, command = 'advise') => runCommand([command], () => JSON.stringify(input), { today: TODAY });

describe('fuzzing the command line (runCommand)', () => {
  it('advise: never an internal error nor an English message, for arbitrary values of every key', () => {
    fc.assert(fc.property(fc.oneof(scenario, fc.jsonValue({ maxDepth: 3 })), (input) => {
      const r = answer(input);
      expect(r.exitCode).not.toBe(1);
      for (const m of messages(r.output)) expect(m).not.toMatch(ENGLISH);
    }), { numRuns: RUNS });
  });
  it('advise: the same answer alone and in a batch', () => {
    fc.assert(fc.property(fc.array(scenario, { minLength: 1, maxLength: 4 }), (inputs) => {
      const batch = answer(inputs);
      expect(batch.output).toEqual(inputs.map((i) => answer(i).output));
      expect(batch.exitCode).toBe(Math.max(...inputs.map((i) => answer(i).exitCode)));
    }), { numRuns: 100 });
  });
  it('any text as input: an Italian refusal or an answer, never an internal error', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.constantFrom('advise', 'carnet'), (text, command) => {
      const r = runCommand([command], () => text, { today: TODAY });
      expect(r.exitCode).not.toBe(1);
      for (const m of messages(r.output)) expect(m).not.toMatch(ENGLISH);
    }), { numRuns: RUNS });
  });
  it('carnet: arbitrary actions never give an internal error nor an English message', () => {
    const action = fc.record({
      date: fc.oneof(fc.constantFrom('2011-05-04', '2011-07-12', ' 2012-01-01', '2024-01-01'), fc.jsonValue({ maxDepth: 0 })),
      type: fc.oneof(fc.constantFrom('requestCarnet', 'communicate', 'cancel', 'modify', 'requestSmartCig', 'constructor'), fc.jsonValue({ maxDepth: 0 })),
      carnet: fc.oneof(fc.constant('CARNET/0000001'), fc.string({ maxLength: 5 })),
      cig: fc.oneof(fc.integer({ min: -1, max: 60 }), fc.jsonValue({ maxDepth: 0 })),
      data: fc.oneof(fc.dictionary(fc.constantFrom('importo', 'oggetto', 'oggettoPrincipale', 'proceduraSceltaContraente', 'fattispecieContrattuale', 'toString'), NEAR), fc.jsonValue({ maxDepth: 1 })),
    }, { requiredKeys: ['date', 'type'] });
    fc.assert(fc.property(fc.record({ actions: fc.array(action, { maxLength: 6 }) }, { requiredKeys: [] }), (script) => {
      const r = answer(script, 'carnet');
      expect(r.exitCode).not.toBe(1);
      for (const m of messages(r.output)) expect(m).not.toMatch(ENGLISH);
    }), { numRuns: 150 });
  });
});

/** A query string: known keys (and built-in names) with nearly right or arbitrary values, percent-encoded or not. */
const query = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(fc.tuple(fc.constantFrom(...KEYS, 'step', 'awardKind'), fc.oneof(NEAR, fc.string({ maxLength: 8 }))), { maxLength: 8 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
  fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(NEAR, fc.string({ maxLength: 8 }))), { maxLength: 8 })
    .map((pairs) => `case=new&object=works&${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);

describe('fuzzing the link codec', () => {
  it('an answer that applies only because of an amount still to be corrected is not written to the address (found by this fuzzing)', () => {
    // countTechnicalExtension follows technicalExtension, whose value is refused and so cannot travel in the address
    const q = 'case=new&object=works&technicalExtension= new &lots= new &countTechnicalExtension= new ';
    const answers = answersFromRaw(queryToRaw(q));
    const address = scenarioToQuery(answersToLinkObject(answers, resumeStep(answers, null).step));
    expect(address).not.toContain('countTechnicalExtension');
    const reloaded = answersFromRaw(queryToRaw(address));
    expect(scenarioToQuery(answersToLinkObject(reloaded, resumeStep(reloaded, 'lots').step))).toBe(address);
  });
  it('never throws; the question check and the outcome agree; refusals are Italian', () => {
    fc.assert(fc.property(query, (q) => {
      const raw = queryToRaw(q);
      const parsed = parseScenario(linkScenario(q));
      if (!parsed.ok) for (const m of messages(parsed.error)) expect(m).not.toMatch(ENGLISH);
      const answers = answersFromRaw(raw);
      const opened = resumeStep(answers, null);
      for (const e of opened.errors) expect(problemText(e.problem)).not.toMatch(ENGLISH);
      const outcome = adviceFor(answers, TODAY);
      if (isComplete(answers)) expect(outcome.ok).toBe(true);
      // the address the page writes, read back and written again, is the same address (nothing drifts on reload)
      const address = scenarioToQuery(answersToLinkObject(answers, opened.step));
      const reloaded = answersFromRaw(queryToRaw(address));
      expect(scenarioToQuery(answersToLinkObject(reloaded, resumeStep(reloaded, opened.step).step))).toBe(address);
    }), { numRuns: 400 });
  });
});
