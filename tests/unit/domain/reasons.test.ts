/**
 * Reasons as codes: every code the engine can give is reached by some scenario, is put into words
 * (no hole such as "undefined" in the sentence) and cites only sources of the registry.
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/domain/advise.ts';
import type { Decision } from '../../../src/domain/advice.ts';
import type { Reason, ReasonCode } from '../../../src/domain/reasons.ts';
import { parseScenario } from '../../../src/domain/scenario.ts';
import { SOURCES } from '../../../src/domain/rules/sources.ts';
import { explain } from '../../../src/copy/explain.ts';

/** Every code, once: the compiler refuses this table when a code is added or removed. */
const ALL_CODES = {
  estimateCertainPart: true, estimateWithOptions: true, technicalExtensionNotCounted: true, itemBase: true, itemRenewal: true,
  itemProrogaOption: true, itemOtherOption: true, itemTechnicalExtensionCounted: true, itemTechnicalExtensionNotCounted: true, itemTechnicalExtensionForeseen: true,
  smartCigAllowed: true, smartCigProcedureNotCovered: true, smartCigOtherFattispecie: true, smartCigFattispecieUnknown: true,
  smartCigProcedureLabelUnknown: true, simogAtOrAboveLimit: true, simogRepetitions: true, simogProcedureLabelUnknown: true,
  pcpOnlyCertifiedPlatforms: true, pcpWebInterfaceNotYetAllowed: true, contributionDue: true, contributionTableUnknown: true,
  renewalPcpDeclared: true, renewalPcpNewCigUnverified: true, renewalNewSimogCig: true, renewalSimogFields: true,
  renewalNoContribution: true, renewalSimogProcedureUnknown: true, technicalExtensionPurpose: true, modificationWithinQuinto: true,
  modificationOverQuinto: true, modificationSmartCig: true, modificationSimog: true,
  modificationContributionUnverified: true, nextRenewalPcp: true, nextRenewalSimog: true,
  nextModificationQuinto: true, nextProrogaOption: true,
  // issue 9, events
  eventLaw: true, eventLawFromPcpCig: true, eventLawUnknown: true, eventLawBeforeData: true, eventSystemFromCig: true,
  eventSystemFromDate: true, eventSystemUnknown: true, eventSmartCig: true, quintoUnderLaw: true, renewalOriginalCigCard: true,
  modificationPcpCard: true, technicalExtensionPcpCard: true, eventStatedLater: true, eventNewProcedure: true,
  modificationSimogWithinQuinto: true, modificationSimogOverQuinto: true, variantReasonByKind: true,
  technicalExtensionReasonUnnamed: true, technicalExtensionReasonOpen: true, modificationCard: true, modificationCardNotYet: true,
  modificationCardNone: true, modificationCardUnknown: true, nextOnOriginalCig: true, modificationCardNeedsContract: true,
  proceduresForValue: true, procedureNotStated: true, procedureNotAllowed: true,
  procedureConditional: true, procedurePeriodNote: true, procedureBandUnverified: true, procedurePeriodUnverified: true,
  proceduresSpecialSector: true, euThreshold: true, qualificationNeeded: true, qualificationDerogations: true, itemRepetition: true,
  simogRepetitionsForeseen: true, smartCigDependsOnProcedure: true,
  pcpCard: true, pcpCardNeedsProcedure: true, pcpCardDependsOn: true, pcpWebInterface: true, pcpWebInterfaceIfPadUnavailable: true,
  pcpAd3AnacAcceptsOverLimit: true, pcpAd5CheckNetOfOptions: true, pcpAd5AmountNetOfOptions: true, pcpQuadroEconomico: true,
  pcpQuadroSafetyNotGiven: true, cigTimingNext: true, pnrrNoRuleKnown: true, pnrrOrdinaryCig: true, pnrrOrdinaryCigAbove: true,
  pnrrSmartCigAtOrBelow: true, pnrrPcpCup: true, contributionProvisional: true,
  nextNoModificationCard: true, pcpCardOtherProcedures: true, eventCigDateMismatch: true,
  // issue 11, lots
  lotsValueOnSum: true, lotsSumLawUnverified: true, lotsOneCigEach: true, lotsSmallLots: true, lotsSmallLotsUnverified: true,
  lotsContributionUnverified: true,
  frameworkCallNewCig: true, frameworkCallSmartCig: true, frameworkCallSimog: true, frameworkCallPcpCard: true,
  frameworkCallCardLabel: true, frameworkCallContributionUnverified: true,
  frameworkAgreementParent: true, frameworkAgreementProcedure: true, specialAwardPcpCard: true, inHouseCigBefore2024Unverified: true,
  traceabilityOnlyCig: true, traceabilityOnlyFattispecieUnverified: true, specialAwardContributionDue: true, specialAwardNoContribution: true,
  specialAwardContributionUnverified: true,
} as const satisfies Record<ReasonCode, true>;

const DATES = ['2011-06-01', '2011-07-12', '2017-06-01', '2019-10-01', '2020-06-01', '2023-09-01', '2024-01-05', '2024-06-01', '2025-02-01', '2026-11-21', '2027-03-01'];
const OBJECTS = ['works', 'services', 'supplies'];
const PROCEDURES = ['direct', 'negotiated', 'open', 'restricted', 'other'];

function* scenarios(): Generator<Record<string, unknown>> {
  for (const date of DATES) for (const object of OBJECTS) {
    for (const base of ['1000', '4999.99', '30000', '100000', '200000']) for (const procedure of PROCEDURES) {
      yield { case: 'new', date, object, base, procedure };
      yield { case: 'new', date, object, base, procedure, renewals: ['1000'], prorogaOptions: ['1000'], otherOptions: ['1000'], safetyCosts: '100', technicalExtension: '500' };
      yield { case: 'new', date, object, base, procedure, technicalExtension: '500', countTechnicalExtension: true };
    }
    for (const c of ['variant', 'technicalExtension']) for (const amount of ['1000', '30000', '50000', '200000']) {
      yield { case: c, date, object, amount, contractAmount: '100000' };
      yield { case: c, date, object, amount, contractAmount: '1000000' };
    }
    yield { case: 'renewal', date, object, amount: '30000', originalCig: '1234567CE7' };
    yield { case: 'new', date, object, base: '30000' };
    yield { case: 'new', date, object, base: '30000', technicalExtensionForeseen: true }; // issue 10
  }
  // issue 9, events: every original CIG series, card and start date, on both sides of ANAC's answers
  for (const date of ['2019-10-01', '2023-09-01', '2024-06-01', '2025-06-01', '2026-03-01', '2026-11-21']) {
    for (const originalCig of ['1234567CE7', 'A00F1C2211', 'B0123AB2CE', 'X3A000262F', undefined]) {
      for (const originalCard of ['AD3', 'AD5', 'A3_6', 'P1_16', undefined]) {
        for (const originalDate of ['2005-01-01', '2015-01-01', '2019-01-01', '2024-02-01', undefined]) {
          const extra = { ...(originalCig && { originalCig }), ...(originalCard && { originalCard }), ...(originalDate && originalDate <= date && { originalDate }) };
          if (originalCig) yield { case: 'renewal', date, object: 'services', amount: '30000', ...extra };
          for (const c of ['variant', 'technicalExtension']) for (const amount of ['10000', '30000']) {
            yield { case: c, date, object: 'services', amount, contractAmount: '100000', ...extra };
          }
        }
      }
    }
  }
  // issue 9: procedures not stated, repetitions, sectors, authorities and the open points of each period
  for (const date of ['2011-05-05', '2011-06-01', '2017-06-01', '2019-02-01', '2019-05-01', '2019-10-01', '2021-07-01', '2023-09-01', '2026-11-21']) {
    for (const object of OBJECTS) for (const base of ['1000', '60000', '100000', '400000', '2000000', '6000000']) {
      yield { case: 'new', date, object, base };
      yield { case: 'new', date, object, base, repetitions: ['1000'], sector: 'special', authority: 'central' };
    }
  }
  // PNRR/PNC by period, and the AD3 ceiling exactly at the limit once ANAC checks it
  for (const date of ['2019-10-01', '2022-06-01', '2023-03-01', '2024-06-01']) {
    for (const base of ['1000', '5000', '5000.01']) yield { case: 'new', date, object: 'services', base, pnrr: true, procedure: 'direct' };
  }
  yield { case: 'new', date: '2026-07-01', object: 'services', base: '140000', procedure: 'direct' };
  // issue 11, lots: each system, with and without small lots, below and above the first contribution band
  for (const date of ['2014-06-01', '2019-10-01', '2023-09-01', '2026-03-01']) {
    for (const lots of [[{ base: '10000' }, { base: '15000', label: 'Lotto B' }], [{ base: '150000' }, { base: '50000', renewals: ['10000'] }, { base: '30000' }]]) {
      yield { case: 'new', date, object: 'services', procedure: 'open', lots };
    }
  }
  // issue 11, framework calls: each period, below and above the Smart CIG limit and the first contribution band
  for (const date of ['2014-06-01', '2019-10-01', '2024-06-01', '2025-10-01']) for (const amount of ['10000', '60000']) {
    for (const withCompetition of [true, false]) yield { case: 'frameworkCall', date, object: 'supplies', parentCig: '1234567CE7', amount, withCompetition };
  }
  // issue 11: in house, traceability only, the framework agreement itself, in each period
  for (const date of ['2014-06-01', '2019-10-01', '2024-06-01', '2025-10-01', '2026-03-01']) for (const base of ['10000', '60000']) {
    yield { case: 'new', date, object: 'services', base, procedure: 'inHouse' };
    yield { case: 'new', date, object: 'services', base, excluded: 'traceabilityOnly' };
    yield { case: 'new', date, object: 'services', base, procedure: 'frameworkAgreement', renewals: ['1000'] };
  }
}

function decisions(): Decision[] {
  return [...scenarios()].map((raw) => {
    const p = parseScenario(raw);
    if (!p.ok) throw new Error(JSON.stringify(p.error));
    return advise(p.scenario);
  });
}

const reasonsOf = (d: Decision): Reason[] => [
  ...d.notes, ...d.unverified, ...d.next, ...(d.items ?? []).map((i) => i.why), ...(d.procedures ? [d.procedures.why] : []),
];

describe('reasons as codes', () => {
  const all = decisions().flatMap(reasonsOf);
  it('every code is given for some scenario', () => {
    const given = new Set<string>(all.map((r) => r.code));
    expect(Object.keys(ALL_CODES).filter((c) => !given.has(c))).toEqual([]);
  });
  it('every reason given reads as a whole Italian sentence, without holes', () => {
    for (const r of all) {
      const text = explain(r);
      expect(text, r.code).toMatch(/^[A-ZÈ€"].*[.)]$/s);
      expect(text, r.code).not.toMatch(/undefined|\bnull\b|NaN|\[object/);
    }
  });
  it('every source cited exists in the registry, and a conclusion cites at least one', () => {
    for (const r of all) {
      for (const id of r.sources) expect(Object.hasOwn(SOURCES, id), `${r.code}: ${id}`).toBe(true);
    }
    const unsourcedNotes = decisions().flatMap((d) => [...d.notes, ...d.next]).filter((r) => r.sources.length === 0);
    expect(unsourcedNotes.map((r) => r.code)).toEqual([]);
  });
});
