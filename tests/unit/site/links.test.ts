import { describe, expect, it } from 'vitest';
import { queryToRaw, scenarioToQuery, questionnaireHref } from '../../../src/domain/links.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';

const SEED_60K = 'case=new&date=2019-10-01&object=services&base=30000&renewals=30000';
const SEED_45K = 'case=new&date=2019-10-01&object=services&base=30000&prorogaOptions=15000';

describe('queryToRaw', () => {
  it('turns the seed renewal link into a scenario the engine accepts', () => {
    const raw = queryToRaw(SEED_60K);
    expect(raw).toEqual({ case: 'new', date: '2019-10-01', object: 'services', base: '30000', renewals: ['30000'] });
    expect(parseScenario(raw).ok).toBe(true);
  });

  it('accepts a leading question mark and URLSearchParams alike', () => {
    expect(queryToRaw('?' + SEED_45K)).toEqual(queryToRaw(new URLSearchParams(SEED_45K)));
  });

  it('collects repeated keys of the list fields in order, even a single one', () => {
    const raw = queryToRaw('case=new&object=works&base=100&renewals=10&renewals=20&otherOptions=5&prorogaOptions=7');
    expect(raw['renewals']).toEqual(['10', '20']);
    expect(raw['otherOptions']).toEqual(['5']);
    expect(raw['prorogaOptions']).toEqual(['7']);
  });

  it('keeps the first value of a repeated scalar key and skips empty values', () => {
    expect(queryToRaw('base=100&base=200&date=&object=works')).toEqual({ base: '100', object: 'works' });
  });

  it("reads countTechnicalExtension as a boolean and leaves anything else for the schema to refuse", () => {
    expect(queryToRaw('countTechnicalExtension=true')['countTechnicalExtension']).toBe(true);
    expect(queryToRaw('countTechnicalExtension=false')['countTechnicalExtension']).toBe(false);
    const raw = queryToRaw('case=new&object=services&base=30000&countTechnicalExtension=si');
    expect(raw['countTechnicalExtension']).toBe('si');
    const r = parseScenario(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]?.path).toBe('countTechnicalExtension');
  });

  // issue 14, defect 2: an Italian amount ("30.000,00") is now read as the question reads it; one that could be read two ways is refused
  it('keeps amounts as text, so an amount that could be read two ways is reported with a message in Italian', () => {
    const raw = queryToRaw('case=new&object=services&base=30,000');
    expect(raw['base']).toBe('30,000');
    const r = parseScenario(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues.map((i) => i.path)).toContain('base');
      expect(r.error.message).toMatch(/[a-zà-ù]/i);
    }
  });

  it('lets the engine report an unknown key (a typo in a link)', () => {
    const r = parseScenario(queryToRaw('case=new&object=services&base=30000&renewal=30000'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('renewal');
  });

  it('does not mangle encoded characters', () => {
    expect(queryToRaw('originalCig=X3A000262F%20&object=servizi%20e%20forniture')).toEqual({ originalCig: 'X3A000262F ', object: 'servizi e forniture' });
  });
});

describe('scenarioToQuery', () => {
  it('writes keys in the order the questionnaire asks them, arrays as repeated keys', () => {
    const q = scenarioToQuery({ renewals: ['30000', '30000'], base: '30000', object: 'services', case: 'new', date: '2019-10-01' });
    expect(q).toBe('case=new&date=2019-10-01&object=services&base=30000&renewals=30000&renewals=30000');
  });

  it('leaves out undefined and null, writes booleans as true/false', () => {
    expect(scenarioToQuery({ case: 'new', object: 'works', base: '1', safetyCosts: undefined, technicalExtension: null, countTechnicalExtension: false }))
      .toBe('case=new&object=works&base=1&countTechnicalExtension=false');
  });

  it('keeps unknown keys at the end, so that the engine can still refuse them', () => {
    expect(scenarioToQuery({ foo: 'x', case: 'renewal' })).toBe('case=renewal&foo=x');
  });

  it.each([
    { case: 'new', date: '2019-10-01', object: 'services', base: '30000', renewals: ['30000'] },
    { case: 'new', object: 'works', base: '39999.99', safetyCosts: '1000', prorogaOptions: ['15000', '2000.5'], otherOptions: ['1'], technicalExtension: '5000', countTechnicalExtension: true, procedure: 'negotiated' },
    { case: 'renewal', date: '2020-02-03', object: 'supplies', amount: '30000', originalCig: 'X3A000262F' },
    { case: 'variant', object: 'services', contractAmount: '100000', amount: '25000' },
    { case: 'technicalExtension', date: '2024-05-01', object: 'services', contractAmount: '100000', amount: '8000', originalCig: '1234567CE7' },
  ])('round trip: $case', (scenario) => {
    const back = queryToRaw(scenarioToQuery(scenario));
    expect(back).toEqual(scenario);
    const r = parseScenario(back);
    expect(r.ok).toBe(true);
  });

  it('questionnaireHref points at /questionario/ with the query', () => {
    expect(questionnaireHref({ case: 'new', object: 'services', base: '30000' })).toBe('/questionario/?case=new&object=services&base=30000');
    expect(questionnaireHref({})).toBe('/questionario/');
  });
});
