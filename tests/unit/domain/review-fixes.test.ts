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

describe('2. newCig null always says why: a SIMOG-era contract without its CIG, above the quinto under the PCP', () => {
  const variant = (amount: string, extra: Record<string, unknown> = {}) =>
    run({ case: 'variant', date: '2025-06-10', object: 'services', amount, contractAmount: '100000', originalDate: '2019-05-01', ...extra });
  it.each([
    ['40000', null],
    ['20000.01', null],
    ['20000', false],
    ['19999.99', false],
  ] as const)('%s on 100,000', (amount, newCig) => {
    const a = variant(amount);
    expect(a.newCig).toBe(newCig);
    if (newCig === null) {
      expect(a.unverified.join('\n')).toMatch(/supera il quinto dell'importo del contratto \(€ 20\.000,00\).*da verificare/);
      expect(a.unverified.join('\n')).toMatch(/Se il contratto originario ha uno Smart CIG/);
    } else {
      expect(a.notes.map((n) => n.text).join('\n')).toMatch(/non supera il quinto/);
    }
  });
  it('with the SIMOG CIG the same open point', () => {
    const a = variant('40000', { originalCig: '1234567CE7' });
    expect(a.newCig).toBeNull();
    expect(a.unverified.join('\n')).toMatch(/supera il quinto.*da verificare/);
  });
  it('every newCig null of an event has an unverified reason', () => {
    for (const date of ['2024-01-01', '2025-01-14', '2025-10-20', '2026-01-20']) {
      for (const c of ['variant', 'technicalExtension', 'renewal'] as const) {
        for (const originalDate of [undefined, '2019-05-01', '2023-12-31', '2024-01-01']) {
          const raw: Record<string, unknown> = { case: c, date, object: 'services', amount: '40000' };
          if (c === 'renewal') raw.originalCig = '1234567CE7';
          else raw.contractAmount = '100000';
          if (originalDate !== undefined && c !== 'renewal') raw.originalDate = originalDate;
          const a = run(raw);
          if (a.newCig === null) expect(a.unverified.length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('3. a direct award above the art. 50 limit: conditional (art. 76), with AD2_25 or AD1_25', () => {
  it.each([
    ['services', '139999.99', true, 'AD3', 'WITH_AWARD_CARD'],
    ['services', '140000', null, 'AD2_25', 'WITH_AWARD_CARD'],
    ['services', '140000.01', null, 'AD2_25', 'WITH_AWARD_CARD'],
    ['services', '215999.99', null, 'AD2_25', 'WITH_AWARD_CARD'],
    ['services', '216000', null, 'AD1_25', 'WITH_AWARD_CARD'],
    ['works', '149999.99', true, 'AD3', 'WITH_AWARD_CARD'],
    ['works', '150000', null, 'AD2_25', 'WITH_AWARD_CARD'],
    ['works', '150000.01', null, 'AD2_25', 'WITH_AWARD_CARD'],
  ] as const)('%s %s direct', (object, base, chosenAllowed, card, timing) => {
    const a = run({ case: 'new', date: '2026-03-01', object, base, procedure: 'direct' });
    expect(a.procedures?.chosenAllowed).toBe(chosenAllowed);
    expect(a.fields.scheda).toBe(card);
    expect(a.cigTiming).toBe(timing);
    const text = a.notes.map((n) => n.text).join('\n');
    expect(text).not.toMatch(/il campo della procedura resta vuoto/i);
    if (chosenAllowed === null) expect(text).toMatch(/art\. 76/);
  });
  it('2023-06-30 (d.lgs. 50/2016 rows) keeps the direct award above the limit refused', () => {
    const a = run({ case: 'new', date: '2023-06-30', object: 'services', base: '140000', procedure: 'direct' });
    expect(a.procedures?.chosenAllowed).toBe(false);
  });
});

describe('4. procedure not stated: the card the allowed procedures agree on', () => {
  it.each([
    // value, card, cigTiming
    ['990000', 'P1_16', 'AT_CONFIRMATION'],
    ['216000', 'P1_16', 'AT_CONFIRMATION'],
    ['215999.99', null, null],
    ['30000', null, null],
  ] as const)('services %s in 2026', (base, card, timing) => {
    const a = run({ case: 'new', date: '2026-03-01', object: 'services', base });
    expect(a.fields.scheda).toBe(card);
    expect(a.cigTiming).toBe(timing);
    const open = a.unverified.join('\n');
    // never offers a card "per affidamento diretto" unless the law allows the direct award, outright or under conditions
    if (base === '990000') {
      expect(open).not.toMatch(/AD1_25 per affidamento diretto/);
      expect(a.notes.map((n) => n.text).join('\n')).toMatch(/solo a certe condizioni la scheda sarebbe un'altra: AD1_25 per affidamento diretto/);
    }
  });
  it('2018 SIMOG-era values are not touched (no card)', () => {
    expect(run({ case: 'new', date: '2018-10-01', object: 'services', base: '60000' }).fields.scheda).toBeUndefined();
  });
});

describe('5. the 139,000 EUR limit of D.L. 77/2021 and its application clause are da verificare', () => {
  it.each([
    ['2021-05-31', '100000', false],
    ['2021-06-01', '100000', true],
    ['2021-06-01', '138999.99', true],
    ['2021-06-01', '139000', true],
    ['2021-06-02', '139000.01', true],
    ['2023-06-30', '100000', true],
    ['2023-07-01', '100000', false],
  ] as const)('%s services %s direct', (date, base, open) => {
    const a = run({ case: 'new', date, object: 'services', base, procedure: 'direct' });
    const text = a.unverified.join('\n');
    expect(/139\.000 € .*non è stato riletto/.test(text)).toBe(open);
    expect(/D\.L\. 77\/2021 \(art\. 51\) si applicano/.test(text)).toBe(open);
  });
  it('works in the period: the application clause only', () => {
    const text = run({ case: 'new', date: '2022-01-10', object: 'works', base: '100000', procedure: 'direct' }).unverified.join('\n');
    expect(text).toMatch(/D\.L\. 77\/2021 \(art\. 51\) si applicano/);
    expect(text).not.toMatch(/139\.000 €/);
  });
});

describe('6. above the quinto on a PCP CIG before ANAC said so (2025-10-20): newCig false, the caveat in unverified', () => {
  const PCP_B = 'B0123AB2CE';
  it.each([
    ['2024-01-01', '20000.01', true],
    ['2025-10-19', '40000', true],
    ['2025-10-19', '20000', false],
    ['2025-10-20', '40000', false],
  ] as const)('%s, %s on 100,000', (date, amount, inUnverified) => {
    const a = run({ case: 'variant', date, object: 'services', amount, contractAmount: '100000', originalCig: PCP_B });
    expect(a.newCig).toBe(false);
    const caveat = /ANAC lo ha indicato in modo esplicito solo il 20 ottobre 2025/;
    expect(a.unverified.some((u) => caveat.test(u))).toBe(inUnverified);
    if (!inUnverified && date < '2025-10-20') expect(a.notes.some((n) => caveat.test(n.text))).toBe(true);
  });
});

describe('7. a 2024 renewal (before ANAC\'s answer of 2025-01-14): newCig null, so no system and no fields', () => {
  it.each([
    ['2024-01-01', null],
    ['2025-01-13', null],
    ['2025-01-14', false],
  ] as const)('%s on a PCP CIG', (date, newCig) => {
    const a = run({ case: 'renewal', date, object: 'services', amount: '30000', originalCig: 'B0123AB2CE' });
    expect(a.newCig).toBe(newCig);
    expect(a.system).toBeNull();
    expect(a.fields).toEqual({});
    if (newCig === null) expect(a.unverified.length).toBeGreaterThan(0);
  });
  it('2023-12-31 keeps the SIMOG answer (a new SIMOG CIG)', () => {
    const a = run({ case: 'renewal', date: '2023-12-31', object: 'services', amount: '30000', originalCig: '1234567CE7' });
    expect(a).toMatchObject({ newCig: true, system: 'SIMOG' });
  });
});

describe('8. the next steps of a SIMOG-era award date the quinto rule (until 31-12-2023)', () => {
  it.each([
    ['2019-03-01', true],
    ['2023-12-31', true],
    ['2024-01-01', false],
  ] as const)('%s', (date, dated) => {
    const next = nextText(run({ case: 'new', date, object: 'services', base: '100000', procedure: 'negotiated' }));
    if (dated) {
      expect(next).toMatch(/fino al 31 dicembre 2023 \(finché il SIMOG rilascia i CIG\) serve un nuovo CIG/);
      expect(next).toMatch(/Dal 1° gennaio 2024 il SIMOG non rilascia più CIG.*da verificare/);
      expect(next).not.toMatch(/oltre € 20\.000,00\), servirà un nuovo CIG/);
    } else {
      expect(next).not.toMatch(/finché il SIMOG/);
    }
  });
});

describe('9. a PCP CIG with an original start date before 2024 does not fit', () => {
  it.each([
    ['2023-12-31', true],
    ['2024-01-01', false],
    ['2019-05-01', true],
  ] as const)('originalDate %s', (originalDate, mismatch) => {
    const a = run({ case: 'variant', date: '2026-02-01', object: 'services', amount: '10000', contractAmount: '100000', originalCig: 'B0123AB2CE', originalDate });
    expect(a.unverified.some((u) => /i due dati non tornano/.test(u))).toBe(mismatch);
  });
  it('a SIMOG CIG with a 2019 date fits', () => {
    const a = run({ case: 'variant', date: '2026-02-01', object: 'services', amount: '10000', contractAmount: '100000', originalCig: '1234567CE7', originalDate: '2019-05-01' });
    expect(a.unverified.some((u) => /i due dati non tornano/.test(u))).toBe(false);
  });
});

describe('10. an amount exempt in every known contribution table is not provisional', () => {
  it.each([
    ['3500', false],
    ['39999.99', false],
    ['40000', true],
  ] as const)('2026, %s', (base, provisional) => {
    const a = run({ case: 'new', date: '2026-03-01', object: 'services', base, procedure: 'direct' });
    expect(a.contribution?.provisional ?? false).toBe(provisional);
    expect(a.unverified.some((u) => /provvisorio/.test(u))).toBe(provisional);
  });
  it('2025-12-31 (a known table) is never provisional', () => {
    expect(run({ case: 'new', date: '2025-12-31', object: 'services', base: '40000', procedure: 'direct' }).contribution?.provisional).toBeUndefined();
  });
});

describe('11. wording', () => {
  const all = (a: Advice) => [...a.notes.map((n) => n.text), ...a.unverified, ...a.next.map((n) => n.text), a.procedures?.why ?? ''].join('\n');
  it('"dei lavori", never "di i lavori"', () => {
    const a = run({ case: 'new', date: '2026-03-01', object: 'works', base: '150000', procedure: 'direct' });
    expect(all(a)).toMatch(/affidamento diretto dei lavori/);
    expect(all(a)).not.toMatch(/di i lavori/);
  });
  it('a proroga tecnica within the quinto does not say "anche oltre il quinto"', () => {
    const within = run({ case: 'technicalExtension', date: '2026-02-01', object: 'services', amount: '20000', contractAmount: '100000', originalCig: 'B0123AB2CE' });
    expect(all(within)).not.toMatch(/non supera il quinto[^\n]*anche oltre il quinto/);
    const above = run({ case: 'technicalExtension', date: '2026-02-01', object: 'services', amount: '20000.01', contractAmount: '100000', originalCig: 'B0123AB2CE' });
    expect(all(above)).toMatch(/supera il quinto[^\n]*anche oltre il quinto/);
  });
  it('no capital letter after "provvisorio:" nor after "CIG non valido:"', () => {
    const a = run({ case: 'new', date: '2026-03-01', object: 'services', base: '50000', procedure: 'direct' });
    expect(all(a)).toMatch(/Contributo ANAC provvisorio: la delibera/);
    const p = parseScenario({ case: 'renewal', date: '2026-03-01', object: 'services', amount: '1000', originalCig: '1234567CE8' });
    expect(p.ok).toBe(false);
    expect(JSON.stringify(p)).not.toMatch(/CIG non valido: [A-Z]/);
  });
  it('the procedures summary says each condition in words', () => {
    const why = run({ case: 'new', date: '2026-03-01', object: 'services', base: '30000', procedure: 'direct' }).procedures?.why ?? '';
    expect(why).not.toMatch(/Solo a certe condizioni: [^.]*altra procedura\./);
    expect(why).toMatch(/altra procedura, solo se ricorrono i presupposti che la legge fissa per quella procedura/);
  });
});
