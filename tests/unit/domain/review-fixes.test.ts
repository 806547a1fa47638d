/**
 * Issue 9, fixes after review: each defect the reviewer found, as the exact scenario and its boundary
 * neighbours (one cent below, at, above a limit; the day before, of and after a date).
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/domain/advise.ts';
import type { Advice } from '../../../src/domain/advice.ts';
import { presentAdvice } from '../../../src/copy/present.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';

function run(raw: Record<string, unknown>): Advice {
  const p = parseScenario(raw);
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  return presentAdvice(advise(p.scenario, { today: '2026-11-21' }));
}

const nextText = (a: Advice) => a.next.map((n) => n.text).join('\n');

describe('1. no M card after AD5 (orchestrator: CO2, CM2, ANN, S4, ID follow it)', () => {
  it.each([
    ['renewal within AD5', { base: '2000', renewals: ['2000'] }, 'AD5'],
    ['4999.99', { base: '4999.99' }, 'AD5'],
    ['5000.00: AD3, M2 follows', { base: '5000' }, 'AD3'],
  ] as const)('%s', (_label, amounts, card) => {
    const a = run({ case: 'new', date: '2026-03-01', object: 'services', procedure: 'direct', ...amounts });
    expect(a.fields.scheda).toBe(card);
    const next = nextText(a);
    if (card === 'AD5') {
      expect(next).not.toMatch(/invierai la scheda di modifica|si invia la scheda di modifica \(M1 o M2\)/);
      expect(next).toMatch(/dopo la scheda AD5 l'orchestratore di ANAC non prevede una scheda di modifica/);
      expect(next).toMatch(/CM2/);
      expect(next).toMatch(/da verificare/);
    } else {
      expect(next).toMatch(/scheda di modifica \(M1 o M2\)/);
    }
  });
});
