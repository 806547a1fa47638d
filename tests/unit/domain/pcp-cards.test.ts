/**
 * The PCP card of a new award, its channel, quadro economico and cigTiming, PNRR/PNC by period:
 * table tests at every limit (one cent below, at, above) and every date where a row changes
 * (the day before, of, after), and properties that the law would notice.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { advise } from '../../../src/domain/advise.ts';
import type { Advice } from '../../../src/domain/advice.ts';
import { presentAdvice } from '../../../src/copy/present.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';
import { matchingCards } from '../../../src/domain/pcp-card-choice.ts';
import { PCP_CARDS, PCP_CHANNELS, type PcpCard } from '../../../src/domain/rules/pcp-cards.ts';
import { inForce } from '../../../src/domain/rules/periods.ts';
import { SOURCES } from '../../../src/domain/rules/sources.ts';

function run(raw: Record<string, unknown>): Advice {
  const p = parseScenario(raw);
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  return presentAdvice(advise(p.scenario, { today: '2026-11-21' }));
}
const neu = (date: string, object: string, base: string, extra: Record<string, unknown> = {}) => run({ case: 'new', date, object, base, ...extra });
const cardsOf = (date: string, object: 'works' | 'services' | 'supplies', value: string, procedure: 'direct' | 'negotiated' | 'open' | undefined,
  authority?: 'central' | 'subCentral', sector?: 'ordinary' | 'special') =>
  matchingCards({ date, object, value, procedure, authority, sector }).rows.map((r) => r.card);

describe('direct award: AD5, AD3, AD2_25, AD1_25 at every limit', () => {
  // [date, object, value, card]
  const rows: [string, string, string, PcpCard][] = [];
  for (const date of ['2024-01-01', '2025-12-31', '2026-01-01', '2026-11-21']) {
    for (const object of ['works', 'services', 'supplies']) {
      rows.push([date, object, '4999.99', 'AD5'], [date, object, '5000', 'AD3'], [date, object, '5000.01', 'AD3']);
    }
    rows.push([date, 'works', '149999.99', 'AD3'], [date, 'works', '150000', 'AD2_25'], [date, 'works', '150000.01', 'AD2_25']);
    for (const object of ['services', 'supplies']) rows.push([date, object, '139999.99', 'AD3'], [date, object, '140000', 'AD2_25'], [date, object, '140000.01', 'AD2_25']);
  }
  // EU thresholds (sub-central): works 5,538,000 then 5,404,000; services and supplies 221,000 then 216,000
  rows.push(
    ['2025-12-31', 'works', '5537999.99', 'AD2_25'], ['2025-12-31', 'works', '5538000', 'AD1_25'], ['2025-12-31', 'works', '5538000.01', 'AD1_25'],
    ['2026-01-01', 'works', '5403999.99', 'AD2_25'], ['2026-01-01', 'works', '5404000', 'AD1_25'], ['2025-12-31', 'works', '5404000', 'AD2_25'],
    ['2025-12-31', 'services', '220999.99', 'AD2_25'], ['2025-12-31', 'services', '221000', 'AD1_25'], ['2025-12-31', 'services', '216000', 'AD2_25'],
    ['2026-01-01', 'services', '215999.99', 'AD2_25'], ['2026-01-01', 'services', '216000', 'AD1_25'], ['2026-01-01', 'supplies', '216000.01', 'AD1_25'],
  );
  it.each(rows)('%s %s %s → %s', (date, object, value, card) => {
    const a = neu(date, object, value, { procedure: 'direct' });
    expect(a.fields.scheda).toBe(card);
    expect(a.cigTiming).toBe('WITH_AWARD_CARD');
    expect(a.next.map((n) => n.text).join(' ')).toContain(`scheda di affidamento ${card}`);
  });
  it('central authorities: the EU threshold for services and supplies (143,000 in 2024-25, 140,000 from 2026)', () => {
    expect(cardsOf('2025-12-31', 'services', '142999.99', 'direct', 'central')).toEqual(['AD2_25']);
    expect(cardsOf('2025-12-31', 'services', '143000', 'direct', 'central')).toEqual(['AD1_25']);
    // 2026: the threshold equals the direct-award limit, so nothing lies between AD3 and AD1_25
    expect(cardsOf('2026-01-01', 'services', '139999.99', 'direct', 'central')).toEqual(['AD3']);
    expect(cardsOf('2026-01-01', 'services', '140000', 'direct', 'central')).toEqual(['AD1_25']);
  });
  it('special sectors: AD2_26 and AD1_26 around 443,000 then 432,000', () => {
    expect(cardsOf('2025-12-31', 'services', '442999.99', 'direct', undefined, 'special')).toEqual(['AD2_26']);
    expect(cardsOf('2025-12-31', 'services', '443000', 'direct', undefined, 'special')).toEqual(['AD1_26']);
    expect(cardsOf('2026-01-01', 'services', '431999.99', 'direct', undefined, 'special')).toEqual(['AD2_26']);
    expect(cardsOf('2026-01-01', 'services', '432000', 'direct', undefined, 'special')).toEqual(['AD1_26']);
    expect(cardsOf('2026-01-01', 'services', '4999.99', 'direct', undefined, 'special')).toEqual(['AD5']);
  });
  it('AD5 takes the award net of options and has no quadro economico; a value with options at 5,000 gets AD3 and says why', () => {
    const ad5 = neu('2026-11-21', 'services', '3000', { procedure: 'direct', renewals: ['1999.99'] });
    expect(ad5.fields).toEqual({ scheda: 'AD5', canale: 'PAD_O_INTERFACCIA_WEB', importo: '3000.00' });
    expect(ad5.notes.map((n) => n.text).join(' ')).toMatch(/al netto di opzioni e rinnovi: € 3\.000,00/);
    const ad3 = neu('2026-11-21', 'services', '3000', { procedure: 'direct', renewals: ['2000'] });
    expect(ad3.fields).toMatchObject({ scheda: 'AD3', importo: '5000.00', quadroEconomico: { impServizi: '3000.00', sommeOpzioniRinnovi: '2000.00' } });
    const note = ad3.notes.find((n) => n.text.includes('accetterebbe AD5'));
    expect(note?.source).toMatch(/AD5\.dmn/);
  });
});

describe('procedures with a call and negotiated procedures', () => {
  it.each([
    ['2026-01-01', 'services', '215999.99', 'open', 'P2_16'], ['2026-01-01', 'services', '216000', 'open', 'P1_16'],
    ['2026-01-01', 'services', '216000.01', 'restricted', 'P1_16'], ['2025-12-31', 'services', '216000', 'other', 'P2_16'],
    ['2025-12-31', 'supplies', '221000', 'open', 'P1_16'], ['2026-01-01', 'works', '5403999.99', 'open', 'P2_16'],
    ['2026-01-01', 'works', '5404000', 'open', 'P1_16'], ['2024-01-01', 'works', '1', 'open', 'P2_16'],
  ])('%s %s %s %s → %s, CIG at confirmation', (date, object, value, procedure, card) => {
    const a = neu(date, object, value, { procedure });
    expect(a.fields.scheda).toBe(card);
    expect(a.cigTiming).toBe('AT_CONFIRMATION');
  });
  it('negotiated below the threshold: P7_1_3 (market-survey notice) or P7_2 (invitations), not stated, so null with both named', () => {
    const a = neu('2026-01-01', 'services', '215999.99', { procedure: 'negotiated' });
    expect(a.fields.scheda).toBeNull();
    expect(a.cigTiming).toBe('AT_CONFIRMATION');
    const why = a.unverified.join(' ');
    expect(why).toMatch(/P7_1_3 \(se pubblichi un avviso di indagine di mercato\)/);
    expect(why).toMatch(/P7_2 \(se inviti direttamente gli operatori/);
    expect(a.fields.quadroEconomico).toEqual({ impServizi: '215999.99' });
  });
  it('negotiated at the threshold: P7_1_1, P7_1_2 or P7_2', () => {
    expect(cardsOf('2026-01-01', 'services', '216000', 'negotiated')).toEqual(['P7_1_1', 'P7_1_2', 'P7_2']);
    expect(cardsOf('2026-01-01', 'services', '215999.99', 'negotiated')).toEqual(['P7_1_3', 'P7_2']);
  });
  it('the 2026 services tender of 990,000 EUR: P1_16, its quadro economico, CIG at confirmation', () => {
    const a = neu('2026-03-01', 'services', '990000', { procedure: 'open', safetyCosts: '10000' });
    expect(a.fields).toEqual({ scheda: 'P1_16', canale: 'PAD', importo: '990000.00', quadroEconomico: { impServizi: '980000.00', impTotaleSicurezza: '10000.00' } });
    expect(a.cigTiming).toBe('AT_CONFIRMATION');
  });
  it('no procedure stated: scheda null with each procedure\'s card, asking to choose (CONTRACT §7.5)', () => {
    const a = neu('2026-11-21', 'works', '4000');
    expect(a.fields.scheda).toBeNull();
    expect(a.cigTiming).toBeNull();
    expect(a.unverified.join(' ')).toMatch(/AD5 per affidamento diretto; P2_16 per procedura aperta.*Indica la procedura/);
    expect(a.fields.importo).toBe('4000.00');
    expect(a.fields.quadroEconomico).toBeUndefined(); // AD5 has none, P2_16 has one
  });
});

describe('where ANAC\'s AD3 check differs from the law', () => {
  it.each([
    ['2026-06-29', '140000', 'none'], ['2026-06-29', '140000.01', 'none'], ['2026-06-30', '140000', 'blocksAbove'],
    ['2026-06-30', '140000.01', null], ['2026-07-01', '140000', 'blocksAbove'], ['2026-06-30', '139999.99', null],
  ])('%s, services, %s → note: %s', (date, value, check) => {
    const a = neu(date, 'services', value, { procedure: 'direct' });
    const note = a.notes.find((n) => n.text.includes('AD3') && n.text.startsWith('Attenzione'));
    if (check === null) expect(note).toBeUndefined();
    else {
      expect(note?.text).toMatch(check === 'none' ? /non controllava un tetto/ : /blocca solo gli importi superiori a € 140\.000,00/);
      expect(note?.source).toMatch(check === 'none' ? /2515/ : /AD3\.dmn.*3017|3017/);
    }
  });
  it('works: exactly 150,000 passes ANAC\'s rule from 2026-06-30, but the card is AD2_25', () => {
    const a = neu('2026-06-30', 'works', '150000', { procedure: 'direct' });
    expect(a.fields.scheda).toBe('AD2_25');
    expect(a.notes.map((n) => n.text).join(' ')).toMatch(/150\.000,00 passa il controllo/);
  });
});

describe('channel by date', () => {
  it.each([
    ['2024-01-09', 'PAD', /non risulta ancora consentito/], ['2024-01-10', 'PAD_O_INTERFACCIA_WEB', /in deroga fino al 30 giugno 2025/],
    ['2025-06-30', 'PAD_O_INTERFACCIA_WEB', /in deroga fino al 30 giugno 2025/], ['2025-07-01', 'PAD_O_INTERFACCIA_WEB', /impossibile o difficile/],
    ['2026-11-21', 'PAD_O_INTERFACCIA_WEB', /impossibile o difficile/],
  ])('AD5 on %s → %s', (date, canale, said) => {
    const a = neu(date, 'supplies', '1000', { procedure: 'direct' });
    expect(a.fields.canale).toBe(canale);
    expect([...a.notes.map((n) => n.text), ...a.unverified].join(' ')).toMatch(said);
  });
  it.each(['2024-01-10', '2025-06-30', '2025-07-01'])('AD3, P-cards: PAD only on %s', (date) => {
    expect(neu(date, 'supplies', '5000', { procedure: 'direct' }).fields.canale).toBe('PAD');
    expect(neu(date, 'supplies', '5000', { procedure: 'open' }).fields.canale).toBe('PAD');
  });
  const channelOn = (card: PcpCard, date: string) => inForce(PCP_CHANNELS.filter((c) => c.cards.includes(card)), date)?.rule ?? 'padOnly';
  it.each([
    ['AD4', '2024-01-01', 'webInterface'], ['AD4', '2025-06-30', 'webInterface'], ['AD4', '2025-07-01', 'padOnly'],
    ['A3_6', '2024-06-30', 'padOnly'], ['A3_6', '2024-07-01', 'webInterface'], ['A3_6', '2025-06-30', 'webInterface'], ['A3_6', '2025-07-01', 'padOnly'],
    ['P5', '2024-01-01', 'webInterface'], ['P5', '2026-11-21', 'webInterface'], ['P6_2', '2024-06-01', 'padOnly'],
  ] as const)('%s on %s → %s (rows for later questions)', (card, date, rule) => {
    expect(channelOn(card, date)).toBe(rule);
  });
});

describe('cigTiming before the PCP', () => {
  it.each([['2011-05-02', 'SMART_CIG'], ['2019-10-01', 'SIMOG'], ['2023-12-31', 'SMART_CIG']])('%s: %s, before the procedure', (date, system) => {
    const a = neu(date, 'services', system === 'SIMOG' ? '50000' : '1000', { procedure: 'direct' });
    expect(a.system).toBe(system);
    expect(a.cigTiming).toBe('BEFORE_PROCEDURE');
    expect(a.next[0]?.text).toMatch(/prima di avviare la procedura/);
  });
  it('no new CIG, no cigTiming', () => {
    expect(run({ case: 'variant', date: '2019-10-01', object: 'works', amount: '1000', contractAmount: '100000' }).cigTiming).toBeUndefined();
  });
});

describe('PNRR/PNC by period', () => {
  it.each([
    ['2022-03-15', '1000', 'SMART_CIG', /fino al 15 marzo 2022.*da verificare/],
    ['2022-03-16', '1000', 'SIMOG', /non si usa lo Smart CIG/],
    ['2023-02-24', '1000', 'SIMOG', /non si usa lo Smart CIG/],
    ['2023-02-25', '4999.99', 'SMART_CIG', /non superiore a € 5\.000,00/],
    ['2023-02-25', '5000', 'SMART_CIG', /non superiore a € 5\.000,00/],
    ['2023-02-25', '5000.01', 'SIMOG', /superiore a € 5\.000,00: serve un CIG ordinario/],
    ['2023-12-31', '5000.01', 'SIMOG', /superiore a € 5\.000,00: serve un CIG ordinario/],
    ['2023-12-31', '5000', 'SMART_CIG', /non superiore/],
  ])('%s, %s €, pnrr → %s', (date, base, system, said) => {
    const a = neu(date, 'services', base, { procedure: 'direct', pnrr: true });
    expect(a.system).toBe(system);
    expect(a.alternatives).toEqual(system === 'SMART_CIG' ? ['SIMOG'] : []);
    expect([...a.notes.map((n) => n.text), ...a.unverified].join(' ')).toMatch(said);
  });
  it('without pnrr nothing changes', () => {
    expect(neu('2022-03-16', 'services', '1000', { procedure: 'direct' }).system).toBe('SMART_CIG');
    expect(neu('2022-03-16', 'services', '1000', { procedure: 'direct', pnrr: false }).system).toBe('SMART_CIG');
  });
  it('from 2024: the CUP on the card (REG18), none on AD5', () => {
    const ad3 = neu('2024-01-01', 'services', '5000', { procedure: 'direct', pnrr: true });
    expect(ad3.notes.find((n) => n.text.includes('CUP'))?.source).toMatch(/REG18/);
    const ad5 = neu('2024-01-01', 'services', '4999.99', { procedure: 'direct', pnrr: true });
    expect(ad5.notes.map((n) => n.text).join(' ')).toMatch(/La scheda AD5 non ha il campo sul PNRR/);
  });
  it('the key is a boolean', () => {
    expect(parseScenario({ case: 'new', object: 'services', base: '1', pnrr: 'true' }).ok).toBe(false);
  });
});

describe('the rows', () => {
  it('name the cards CONTRACT §7.3 asks for, each with ANAC\'s files as sources', () => {
    const cards = new Set(PCP_CARDS.map((r) => r.card));
    for (const c of ['AD5', 'AD3', 'AD2_25', 'AD1_25', 'P2_16', 'P1_16', 'P7_1_3', 'P7_2', 'AD4', 'P6_2', 'A3_6', 'P5'] as const) expect(cards.has(c), c).toBe(true);
    for (const r of PCP_CARDS) {
      expect(r.sources, r.card).toContain('anac-npa-codice-scheda');
      for (const id of r.sources) expect(Object.hasOwn(SOURCES, id)).toBe(true);
    }
    expect(SOURCES['anac-npa-codice-scheda'].url).toContain('21f8640c6c6770f6ed0e035e91dfe88b6d21d269/docs/modello-dati/tipologiche/codiceScheda.json');
  });
  it('every procedure of a scenario gets at least one card at every value (no hole in the bands)', () => {
    for (const date of ['2024-01-01', '2025-12-31', '2026-01-01']) for (const object of ['works', 'services', 'supplies'] as const) {
      for (const value of ['0.01', '4999.99', '5000', '139999.99', '140000', '149999.99', '150000', '215999.99', '216000', '5404000', '99999999']) {
        for (const procedure of ['direct', 'negotiated', 'open'] as const) {
          for (const authority of ['central', 'subCentral'] as const) for (const sector of ['ordinary', 'special'] as const) {
            expect(cardsOf(date, object, value, procedure, authority, sector).length, `${date} ${object} ${value} ${procedure} ${authority} ${sector}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});

describe('properties', () => {
  const amount = fc.tuple(fc.integer({ min: 1, max: 6_000_000 }), fc.integer({ min: 0, max: 99 })).map(([i, c]) => `${i}.${String(c).padStart(2, '0')}`);
  const scenario = fc.record({
    date: fc.constantFrom('2024-01-01', '2025-07-01', '2025-12-31', '2026-01-01', '2026-11-21'),
    object: fc.constantFrom('works', 'services', 'supplies'),
    base: amount, renewals: fc.array(amount, { maxLength: 2 }), otherOptions: fc.array(amount, { maxLength: 1 }),
    technicalExtension: fc.option(amount, { nil: undefined }), countTechnicalExtension: fc.boolean(),
    procedure: fc.option(fc.constantFrom('direct', 'negotiated', 'open', 'restricted', 'other'), { nil: undefined }),
  }).map(({ technicalExtension, procedure, ...r }) => ({
    case: 'new', ...r, ...(technicalExtension !== undefined && { technicalExtension }), ...(procedure !== undefined && { procedure }),
  }));
  it('the quadro economico adds up to the estimated value', () => {
    fc.assert(fc.property(scenario, (raw) => {
      const a = run(raw);
      const q = a.fields.quadroEconomico;
      if (q === undefined) return;
      const sum = Object.values(q).reduce((acc, v) => acc.plus(v), new Decimal(0));
      expect(sum.toFixed(2)).toBe(a.estimatedValue);
    }), { numRuns: 300 });
  });
  it('a direct-award card below art. 50\'s limit (AD5, AD3) only for a value the law allows directly, and only for a direct award', () => {
    fc.assert(fc.property(scenario, (raw) => {
      const a = run(raw);
      const limit = raw.object === 'works' ? '150000' : '140000';
      if (a.fields.scheda === 'AD5' || a.fields.scheda === 'AD3') {
        expect(new Decimal(a.estimatedValue ?? '0').lessThan(limit)).toBe(true);
        expect(raw.procedure).toBe('direct');
      }
      if (a.fields.scheda === 'AD5') expect(new Decimal(a.estimatedValue ?? '0').lessThan('5000')).toBe(true);
      if (raw.procedure !== 'direct') expect(a.fields.scheda ?? '').not.toMatch(/^AD/);
    }), { numRuns: 300 });
  });
});
