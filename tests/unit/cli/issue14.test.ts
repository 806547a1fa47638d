/**
 * Issue 14, defects 1 to 3 (one parse per kind of value): each test here failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/run.ts';
import { linkScenario, queryToRaw } from '../../../src/domain/links.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';
import { answersFromRaw, answersToLinkObject, isComplete, resumeStep } from '../../../src/domain/questions.ts';
import { adviceFor } from '../../../src/domain/outcome.ts';

const today = '2026-11-21';
const advise = (input: unknown) => runCommand(['advise'], () => JSON.stringify(input), { today });

// Whitespace a user can paste around a value: space, line feed, tab, NBSP, BOM, ideographic space.
const SPACES = [' ', '\n', '\t', '\u00a0', '\ufeff', '\u3000'];

describe('defect 1: amounts with surrounding spaces', () => {
  it.each(SPACES)('%j around every amount is trimmed, not an internal error', (w) => {
    const r = advise({ case: 'new', date: '2019-10-01', object: 'services', base: `${w}30000${w}`, renewals: [`${w}1000${w}`], safetyCosts: `${w}10${w}` });
    expect(r.exitCode).toBe(0);
    expect(r.output).toMatchObject({ estimatedValue: '31000.00' });
  });
  it('in a batch each item keeps its own answer or error, in its place', () => {
    const r = advise([
      { case: 'new', date: '2019-10-01', object: 'services', base: ' 30000 ' },
      { case: 'new', date: '2019-10-01', object: 'services', base: 'trentamila' },
      { case: 'variant', date: '2019-10-01', object: 'works', amount: '\u00a020000', contractAmount: '100000\ufeff' },
    ]);
    expect(r.exitCode).toBe(2);
    expect(r.output).toMatchObject([
      { estimatedValue: '30000.00' },
      { error: { code: 'INVALID_INPUT', issues: [{ path: 'base' }] } },
      { newCig: false },
    ]);
  });
  it('a link with a space before the amount gives the outcome', () => {
    const p = parseScenario(linkScenario('case=new&date=2019-10-01&object=services&base=%2030000'));
    expect(p.ok).toBe(true);
    expect(p.ok && p.scenario.case === 'new' && p.scenario.base).toBe('30000');
  });
});

describe('defect 2: the question check and the outcome read a link alike', () => {
  it.each([
    'base=30.000,00', 'base=%E2%82%AC%2030.000', 'base=30000,5', 'base=30%20000', 'base=%C2%A030000',
    'base=30000&date=2024-2-9', 'base=30000&date=2024-02-09%20', 'base=30000&date=2024-02-30', 'base=30,000',
  ])('%s', (q) => {
    const answers = answersFromRaw(queryToRaw(`case=new&object=services&${q}`));
    expect(adviceFor(answers, today).ok).toBe(isComplete(answers));
  });
  it('an Italian amount in a link is read as the question reads it', () => {
    const answers = answersFromRaw(queryToRaw('case=new&object=services&date=2019-10-01&base=30.000,00'));
    const o = adviceFor(answers, today);
    expect(o.ok && o.advice.estimatedValue).toBe('30000.00');
  });
});

describe('defect 3: built-in names', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('case=%s is refused at the first question, the other answers kept in the address', (name) => {
    const answers = answersFromRaw(queryToRaw(`case=${name}&object=works&base=1000`));
    const r = resumeStep(answers, null);
    expect(r.step).toBe('case');
    expect(r.errors).toHaveLength(1);
    expect(answersToLinkObject(answers, 'case')).toMatchObject({ object: 'works', base: '1000' });
  });
  it.each(['constructor', '__proto__', 'toString'])('a link key %s is refused by name, not dropped', (name) => {
    const p = parseScenario(linkScenario(`case=new&object=works&base=1000&${name}=1`));
    expect(p.ok).toBe(false);
    expect(!p.ok && p.error.issues.map((i) => i.path).join(' ')).toContain(name);
  });
  it.each([
    [{ case: 'constructor', object: 'works', base: '1' }, 'case'],
    [{ case: 'new', object: 'toString', base: '1' }, 'object'],
    [{ case: 'new', object: 'works', base: '1', procedure: '__proto__' }, 'procedure'],
    [{ case: 'renewal', object: 'works', amount: '1', originalCig: '1234567CE7', originalCard: 'constructor' }, 'originalCard'],
  ])('the command line refuses %j naming %s', (input, key) => {
    const r = advise(input);
    expect(r.exitCode).toBe(2);
    expect(JSON.stringify(r.output)).toContain(`"path":"${key}"`);
  });
});
