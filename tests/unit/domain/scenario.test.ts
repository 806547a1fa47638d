import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/domain/scenario.ts';

const ok = { case: 'new', object: 'services', base: '30000' };

describe('scenario validation', () => {
  it('accepts a minimal new award and a complete one', () => {
    expect(parseScenario(ok).ok).toBe(true);
    expect(parseScenario({ ...ok, date: '2019-10-01', safetyCosts: '1000', renewals: ['30000'], prorogaOptions: ['15000'], otherOptions: ['500'],
      technicalExtension: '5000', countTechnicalExtension: true, procedure: 'open' }).ok).toBe(true);
  });
  it.each([
    [{ ...ok, base: 30000 }, 'base', /virgolette/],
    [{ ...ok, base: '30,000' }, 'base', /39999\.99/],
    [{ ...ok, base: '0' }, 'base', /maggiore di zero/],
    [{ ...ok, bse: '1' }, 'bse', /Chiave non prevista: bse/],
    [{ ...ok, amount: '1' }, 'amount', /Chiave non prevista/],
    [{ ...ok, case: 'nuovo' }, 'case', /"new"/],
    [{ ...ok, object: 'lavori' }, 'object', /works/],
    [{ ...ok, date: '2023-02-29' }, 'date', /AAAA-MM-GG/],
    [{ ...ok, renewals: '30000' }, 'renewals', /parentesi quadre/],
    [{ ...ok, renewals: ['30000', 'x'] }, 'renewals.1', /importo/],
    [{ ...ok, safetyCosts: '30000.01' }, 'safetyCosts', /non possono superarlo/],
    [{ ...ok, countTechnicalExtension: 'true' }, 'countTechnicalExtension', /true oppure false/],
    [{ case: 'renewal', object: 'services', amount: '30000' }, 'originalCig', /CIG/],
    [{ case: 'renewal', object: 'services', amount: '30000', originalCig: 'X11000277E' }, 'originalCig', /CIG non valido/],
    [{ case: 'variant', object: 'works', amount: '1' }, 'contractAmount', /contratto/],
  ])('refuses %j on %s', (raw, path, message) => {
    const r = parseScenario(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      const issue = r.error.issues.find((i) => i.path === path);
      expect(issue?.message, JSON.stringify(r.error.issues)).toMatch(message);
    }
  });
  it('names, for an unknown key, the keys the case accepts, in the order the questionnaire asks them', () => {
    const variant = parseScenario({ case: 'variant', object: 'works', contractAmount: '2', amount: '1', base: '3' });
    expect(!variant.ok && variant.error.message).toBe('Chiave non prevista: base. Per "variant" sono ammesse: case, date, object, contractAmount, amount, originalCig, originalDate, originalCard');
    const award = parseScenario({ ...ok, originalCig: '1234567CE7' });
    expect(!award.ok && award.error.message).toBe('Chiave non prevista: originalCig. Per "new" sono ammesse: case, date, object, excluded, lots, base, safetyCosts, renewals, prorogaOptions, otherOptions, repetitions, technicalExtension, countTechnicalExtension, pnrr, sector, authority, procedure');
  });
  it('refuses dates before Smart CIG existed with DATE_OUT_OF_RANGE', () => {
    expect(parseScenario({ ...ok, date: '2011-05-01' })).toMatchObject({ ok: false, error: { code: 'DATE_OUT_OF_RANGE', issues: [{ path: 'date' }] } });
    expect(parseScenario({ ...ok, date: '2011-05-02' }).ok).toBe(true);
  });
  it('never throws on garbage', () => {
    for (const raw of [null, 42, 'x', [], { case: null }, { case: 'new', object: {}, base: [] }]) {
      const r = parseScenario(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
    }
  });
});
