/**
 * Issue 11: awards the procedures' table does not cover, by date (CONTRACT §7.1):
 * - `procedure: "inHouse"` (affidamento in house): under the PCP the card A3_6; before 2024 the SIMOG and Smart CIG
 *   entry "AFFIDAMENTO DIRETTO A SOCIETA' IN HOUSE", where our sources do not say whether the CIG was required;
 * - `excluded: "traceabilityOnly"` (contracts outside the Code, subject only to tracciabilità, delibere 584 and
 *   585 of 2023): under the PCP the card P5 (CIG yes, contribution no); before 2024 a CIG for tracciabilità
 *   (L. 136/2010, det. AVCP 4/2011), whose Smart CIG fattispecie is not verified.
 * The contribution of an in-house award is due by delibera 598/2024 art. 1 c.4 (2025); other years: da verificare.
 */
import type { Period } from './periods.ts';
import type { SourceId } from './sources.ts';

export type SpecialAward = 'inHouse' | 'traceabilityOnly';

/** How the CIG of the award is given in the period. */
export type SpecialRuleId = 'pcpCard' | 'simogEraInHouse' | 'simogEraTraceability';

/** Whether the contribution is due: as the table says, not due, or not settled by the sources. */
type SpecialContribution = 'table' | 'none' | 'unverified';

export interface SpecialAwardRow extends Period {
  award: SpecialAward;
  rule: SpecialRuleId;
  contribution: SpecialContribution;
  sources: readonly SourceId[];
  contributionSources: readonly SourceId[];
}

export const SPECIAL_AWARD_RULES: readonly SpecialAwardRow[] = [
  { award: 'inHouse', from: '2011-05-02', to: '2023-12-31', rule: 'simogEraInHouse', contribution: 'unverified', sources: ['simog-docs'], contributionSources: [] },
  { award: 'inHouse', from: '2024-01-01', to: '2024-12-31', rule: 'pcpCard', contribution: 'unverified', sources: ['anac-npa-codice-scheda', 'anac-npa-guida-schede'], contributionSources: [] },
  { award: 'inHouse', from: '2025-01-01', to: '2025-12-31', rule: 'pcpCard', contribution: 'table', sources: ['anac-npa-codice-scheda', 'anac-npa-guida-schede'], contributionSources: ['anac-delibera-598-2024'] },
  { award: 'inHouse', from: '2026-01-01', to: null, rule: 'pcpCard', contribution: 'unverified', sources: ['anac-npa-codice-scheda', 'anac-npa-guida-schede'], contributionSources: [] },
  { award: 'traceabilityOnly', from: '2011-05-02', to: '2023-12-31', rule: 'simogEraTraceability', contribution: 'unverified', sources: ['l136-2010', 'avcp-det-4-2011'], contributionSources: [] },
  { award: 'traceabilityOnly', from: '2024-01-01', to: null, rule: 'pcpCard', contribution: 'none', sources: ['anac-delibera-584-2023', 'anac-delibera-585-2023', 'anac-npa-codice-scheda', 'anac-npa-guida-schede'], contributionSources: ['anac-delibera-584-2023', 'anac-npa-guida-schede'] },
];

/** The SIMOG and Smart CIG procedure entry of an in-house award (code 24 of the scelta contraente list). */
export const IN_HOUSE_LABEL = { label: "AFFIDAMENTO DIRETTO A SOCIETA' IN HOUSE", sources: ['simog-docs'] } as const;
