/**
 * Issue 11, contracts under a framework agreement or convention (case frameworkCall, CONTRACT §7.1): each
 * gets its own CIG derivato (figlio) that names the agreement's CIG padre (det. AVCP 8/2010; MIT parere 3180
 * of 3 April 2025, a ministry opinion). Where the CIG derivato is acquired, by the date of the contract:
 * - until 31 December 2023 (`smartCigOrSimog`): Smart CIG below its limit, with the form's "CIG accordo
 *   quadro" filled in, or SIMOG, whose gara card S01 names the agreement's CIG (field 14) when the modalità
 *   di realizzazione is 2 (with a new competition) or 11 (without);
 * - from 1 January 2024 (`pcpCard`): the PCP cards AD4 (without competition) and P6_2 (with), rows of
 *   `pcp-cards.ts`.
 */
import type { Period } from './periods.ts';
import type { SourceId } from './sources.ts';

export type FrameworkCallRuleId = 'smartCigOrSimog' | 'pcpCard';

export interface FrameworkCallRow extends Period {
  rule: FrameworkCallRuleId;
  sources: readonly SourceId[];
}

export const FRAMEWORK_CALL_RULES: readonly FrameworkCallRow[] = [
  { from: '2011-05-02', to: '2023-12-31', rule: 'smartCigOrSimog', sources: ['avcp-det-8-2010', 'simog-docs', 'infn-wiki-smartcig'] },
  { from: '2024-01-01', to: null, rule: 'pcpCard', sources: ['avcp-det-8-2010', 'mit-parere-3180-2025', 'anac-npa-codice-scheda', 'anac-npa-guida-schede', 'npa-issue-399'] },
];

/** With or without a new competition among the agreement's operators. */
export type Competition = 'withCompetition' | 'withoutCompetition';

/**
 * The SIMOG and Smart CIG entries of a derived contract: the procedure ("scelta del contraente" codes 26
 * and 27 of the L.190 list, also seen on Smart CIGs) and SIMOG's modalità di realizzazione (2 or 11).
 */
export const FRAMEWORK_CALL_ENTRIES: Readonly<Record<Competition, { label: string; modalitaRealizzazione: string; sources: readonly SourceId[] }>> = {
  withoutCompetition: { label: 'AFFIDAMENTO DIRETTO IN ADESIONE AD ACCORDO QUADRO/CONVENZIONE', modalitaRealizzazione: '11', sources: ['simog-docs'] },
  withCompetition: { label: 'CONFRONTO COMPETITIVO IN ADESIONE AD ACCORDO QUADRO/CONVENZIONE', modalitaRealizzazione: '2', sources: ['simog-docs'] },
};
