/**
 * Issue 11: a contract under a framework agreement or convention gets its CIG derivato, by date: Smart CIG
 * with "CIG accordo quadro" or SIMOG with the agreement's CIG (until 2023), PCP cards AD4 / P6_2 (from 2024).
 * The parent CIG is checked with ANAC's algorithm.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/domain/advise.ts';
import type { Decision } from '../../../src/domain/advice.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';
import { checkCig } from '../../../src/domain/cig.ts';

const PARENT = '1234567CE7';
function decide(raw: Record<string, unknown>): Decision {
  const p = parseScenario({ case: 'frameworkCall', object: 'supplies', parentCig: PARENT, ...raw });
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  return advise(p.scenario);
}

describe('frameworkCall: the system by date', () => {
  it.each([
    ['2023-12-31', '39999.99', 'SMART_CIG'],
    ['2023-12-31', '40000', 'SIMOG'],
    ['2024-01-01', '39999.99', 'PCP'],
    ['2024-01-02', '40000', 'PCP'],
  ])('on %s, %s €: %s', (date, amount, system) => {
    const d = decide({ date, amount });
    expect(d.newCig).toBe(true);
    expect(d.system).toBe(system);
    if (system === 'SMART_CIG') expect(d.fields).toMatchObject({ cigAccordoQuadro: PARENT, importo: '39999.99', proceduraSceltaContraente: 'AFFIDAMENTO DIRETTO IN ADESIONE AD ACCORDO QUADRO/CONVENZIONE' });
    if (system === 'SIMOG') expect(d.fields).toMatchObject({ cigAccordoQuadro: PARENT, importoBaseAsta: '40000.00', modalitaRealizzazione: '11' });
    if (system === 'PCP') expect(d.fields).toMatchObject({ scheda: 'AD4' });
  });
  it('with a new competition: P6_2 (CIG at confirmation), SIMOG modalità 2 and the competition label', () => {
    const pcp = decide({ date: '2025-03-01', amount: '100000', withCompetition: true });
    expect(pcp.fields.scheda).toBe('P6_2');
    expect(pcp.cigTiming).toBe('AT_CONFIRMATION');
    const simog = decide({ date: '2019-10-01', amount: '100000', withCompetition: true });
    expect(simog.fields).toMatchObject({ modalitaRealizzazione: '2', sceltaContraente: 'CONFRONTO COMPETITIVO IN ADESIONE AD ACCORDO QUADRO/CONVENZIONE' });
  });
  it.each([['2025-06-30', 'PAD_O_INTERFACCIA_WEB'], ['2025-07-01', 'PAD']])('AD4 on %s: channel %s', (date, canale) => {
    expect(decide({ date, amount: '1000' }).fields.canale).toBe(canale);
  });
});

describe('frameworkCall: the contribution', () => {
  it.each([['39999.99', true], ['40000', false]])('%s €: settled %s', (amount, settled) => {
    const d = decide({ date: '2025-03-01', amount });
    if (settled) expect(d.contribution).toMatchObject({ stazioneAppaltante: '0.00', operatoreEconomico: '0.00' });
    else {
      expect(d.contribution).toBeNull();
      expect(d.unverified.map((r) => r.code)).toContain('frameworkCallContributionUnverified');
    }
  });
});

describe('frameworkCall: the parent CIG is validated', () => {
  it('refuses a parent CIG that fails ANAC\'s algorithm, and keys of other cases', () => {
    expect(parseScenario({ case: 'frameworkCall', object: 'supplies', parentCig: '1234567CE8', amount: '1000' }).ok).toBe(false);
    expect(parseScenario({ case: 'frameworkCall', object: 'supplies', amount: '1000' }).ok).toBe(false);
    expect(parseScenario({ case: 'frameworkCall', object: 'supplies', parentCig: PARENT, amount: '1000', base: '1000' }).ok).toBe(false);
  });
  it('property: any 10-character code is accepted as parent exactly when ANAC\'s algorithm accepts it', () => {
    const chars = '0123456789ABCDEF'.split('');
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { minLength: 10, maxLength: 10 }).map((a) => a.join('')), (code) => {
      const parsed = parseScenario({ case: 'frameworkCall', object: 'services', parentCig: code, amount: '1000', date: '2025-01-01' });
      expect(parsed.ok).toBe(checkCig(code).valid);
      if (parsed.ok) expect(advise(parsed.scenario).notes.map((n) => n.code)).toContain('frameworkCallNewCig');
    }), { numRuns: 300 });
  });
});
