/**
 * The contract's life (issue 9, "events" concern): what governs a renewal, a modification or a
 * proroga tecnica of an awarded contract, as dated rows with their sources.
 *
 * Three things decide the answer, and each is data here:
 * - the event's date picks ANAC's guidance in force (`EVENT_RULES`: a new ANAC answer is a new row);
 * - the original contract's start date picks the law (`CONTRACT_LAWS`, art. 226 c.2 d.lgs. 36/2023 and
 *   art. 216 c.1 d.lgs. 50/2016: a procedure stays under the code in force when it started);
 * - the original CIG picks the system the event is communicated in (`CIG_SERIES`), and the PCP card that
 *   awarded the contract picks the modification card (`MODIFICATION_CARDS`).
 *
 * Kept free of heavy imports: the questionnaire's pages read `CIG_SERIES` and `EVENTS_UNDER_PCP_FROM`.
 */
import type { IsoDate } from '../dates.ts';
import type { Period } from './periods.ts';
import type { SourceId } from './sources.ts';

type EventKind = 'renewal' | 'variant' | 'technicalExtension';

// ---------------------------------------------------------------- the law of the original contract

export type ContractLawId = 'dlgs163' | 'dlgs50' | 'dlgs36';

export interface ContractLaw extends Period {
  id: ContractLawId;
  /** The norms on modifications, proroga tecnica and the quinto under this law, when the reference names them. */
  modificationSources: readonly SourceId[];
  /**
   * The quinto d'obbligo: `withoutClause` (art. 106 c.12 d.lgs. 50/2016: the contracting authority may impose it
   * at the same conditions), `ifDocumentsProvide` (art. 120 c.9 d.lgs. 36/2023: only if the initial documents
   * say so); null where the reference does not give the rule.
   */
  quinto: 'withoutClause' | 'ifDocumentsProvide' | null;
  /** The norm that keeps procedures started before `from` under the previous law. */
  transition: SourceId | null;
}

/** By the day the original procedure started (bando or avviso published, or invitations sent). */
export const CONTRACT_LAWS: readonly ContractLaw[] = [
  { id: 'dlgs163', from: '2006-07-01', to: '2016-04-18', modificationSources: [], quinto: null, transition: null },
  { id: 'dlgs50', from: '2016-04-19', to: '2023-06-30', modificationSources: ['dlgs50-art106'], quinto: 'withoutClause', transition: 'dlgs50-art216' },
  { id: 'dlgs36', from: '2023-07-01', to: null, modificationSources: ['dlgs36-art120'], quinto: 'ifDocumentsProvide', transition: 'dlgs36-art226' },
];

// ---------------------------------------------------------------- the system of the original CIG

/** Where a CIG lives: SIMOG (first and second version), Smart CIG, or the PCP. */
export type CigSystem = 'SIMOG' | 'SMART_CIG' | 'PCP';

interface CigSeriesRow {
  /** The first characters this row covers: a digit, or letters. */
  first: RegExp;
  system: CigSystem;
  /** What the project knows of when the series was issued (REFERENCE §1.3). */
  issued: string;
  source: SourceId;
}

/**
 * The series of a CIG tells its system (REFERENCE §1.3, dates observed in ANAC's open data, read as
 * interpretation [P]): numeric codes are SIMOG's first version; A… SIMOG's second version (from about
 * 1 August 2023); B… and later letters the PCP (from 1 January 2024; first B code published 2024-01-10);
 * X, Y and Z Smart CIG (last one on 2023-12-30).
 */
export const CIG_SERIES: readonly CigSeriesRow[] = [
  { first: /^[0-9]/, system: 'SIMOG', issued: 'fino al 2023', source: 'cig-serie' },
  { first: /^A/, system: 'SIMOG', issued: 'dall\'agosto al dicembre 2023', source: 'cig-serie' },
  { first: /^[B-U]/, system: 'PCP', issued: 'dal 1° gennaio 2024', source: 'cig-serie' },
  { first: /^[XYZ]/, system: 'SMART_CIG', issued: 'fino al 30 dicembre 2023', source: 'cig-serie' },
];

/**
 * Events dated from this day are answered under the PCP (delibera ANAC 582/2023): the questionnaire asks for
 * the original card only then. The same day as the regime `dlgs36-pcp` (a data test checks it).
 */
export const EVENTS_UNDER_PCP_FROM: IsoDate = '2024-01-01';

// ---------------------------------------------------------------- ANAC's guidance by the event's date

/**
 * How an event is answered. Each id has one handler in `src/domain/events.ts`.
 * - `byRegime`: as the rule set in force on the event's date says (renewal: `Regime.renewal`; modification:
 *   the quinto, then a new CIG chosen by the modification's own amount);
 * - `originalCigCard`: no new CIG; the event is communicated on the original CIG (PCP: an M card; SIMOG: its
 *   modification), as ANAC answered on its PCP tracker.
 */
export type EventRuleId = 'byRegime' | 'originalCigCard';

/** The eForms list `motiviModifica` of the PCP (`docs/modello-dati/tipologiche/motiviModifica.json`). */
type MotivoModifica = 'add-wss' | 'mod-cir' | 'mod-minv' | 'mod-nons' | 'mod-repl' | 'mod-rev';

export interface EventRule extends Period {
  event: EventKind;
  rule: EventRuleId;
  /** The M card's reason for a PCP CIG, when ANAC has named it for this event; null otherwise. */
  pcpReason: MotivoModifica | null;
  /** SIMOG's "motivi modifica contrattuale" value for a SIMOG CIG, when ANAC has named it. */
  simogReason: string | null;
  /**
   * The day ANAC stated the rule this row applies. A row before that day applies it with a note saying so
   * (the research's recommendation for 2024-2025 events); the day itself is where the next row starts.
   */
  statedOn: IsoDate | null;
  sources: readonly SourceId[];
  /** The domain reference's mark for the row. */
  confidence: 'V' | 'P' | 'U';
}

export const EVENT_RULES: readonly EventRule[] = [
  // Renewals and options exercised (REFERENCE §9.1).
  { event: 'renewal', from: '2011-05-02', to: '2025-01-13', rule: 'byRegime', pcpReason: null, simogReason: null, statedOn: null, sources: ['anac-faq-rinnovo', 'npa-1226', 'npa-1692'], confidence: 'P' },
  {
    event: 'renewal', from: '2025-01-14', to: null, rule: 'originalCigCard', pcpReason: 'mod-rev', simogReason: 'rinnovo previsto nei documenti di gara',
    statedOn: '2025-01-14', sources: ['npa-1880', 'npa-2025', 'npa-2702'], confidence: 'P',
  },
  // Modifications and variants (REFERENCE §9.2): before 2024 the quinto decides; under the PCP only M1/M2,
  // stated by ANAC on 2025-10-20, applied from 2024 with a note (research §5.2).
  { event: 'variant', from: '2011-05-02', to: '2023-12-31', rule: 'byRegime', pcpReason: null, simogReason: null, statedOn: null, sources: ['anac-faq-tracciabilita-a39'], confidence: 'V' },
  { event: 'variant', from: '2024-01-01', to: '2025-10-19', rule: 'originalCigCard', pcpReason: null, simogReason: null, statedOn: '2025-10-20', sources: ['npa-2249', 'npa-2562'], confidence: 'P' },
  { event: 'variant', from: '2025-10-20', to: null, rule: 'originalCigCard', pcpReason: null, simogReason: null, statedOn: '2025-10-20', sources: ['npa-2562', 'anac-comunicato-2025-01-30'], confidence: 'P' },
  // Proroga tecnica (REFERENCE §9.3): same CIG, M card with numGiorniProroga; its reason named on 2026-01-20.
  { event: 'technicalExtension', from: '2011-05-02', to: '2023-12-31', rule: 'byRegime', pcpReason: null, simogReason: null, statedOn: null, sources: ['anac-faq-tracciabilita-a39'], confidence: 'V' },
  { event: 'technicalExtension', from: '2024-01-01', to: '2026-01-19', rule: 'originalCigCard', pcpReason: null, simogReason: null, statedOn: '2026-01-20', sources: ['anac-npa-modifiche', 'npa-1740'], confidence: 'P' },
  { event: 'technicalExtension', from: '2026-01-20', to: null, rule: 'originalCigCard', pcpReason: 'mod-rev', simogReason: null, statedOn: '2026-01-20', sources: ['npa-2702', 'npa-2615'], confidence: 'P' },
];

// ---------------------------------------------------------------- M1 or M2, by the card that awarded the contract

/** The PCP cards that award a contract (CONTRACT §7.3), as `originalCard` takes them. */
export const ORIGINAL_CARDS = ['AD5', 'AD3', 'AD2_25', 'AD1_25', 'P2_16', 'P1_16', 'P7_1_3', 'P7_2', 'AD4', 'P6_2', 'A3_6', 'P5'] as const;
export type OriginalCard = (typeof ORIGINAL_CARDS)[number];

export type ModificationCard = 'M1' | 'M2';

interface ModificationCardRow {
  /** The modification card that follows the award card; null: the orchestrator has none. */
  card: ModificationCard | null;
  /** The orchestrator's flow (`flussoAppartenenza`) of the award card. */
  flow: string;
  /** The cards that follow instead, when there is no M card. */
  next?: string;
  /** The day the orchestrator accepts this M card for the flow, when it was added later (roadmap 81541). */
  acceptedFrom?: IsoDate;
}

/**
 * ANAC's orchestrator `docs/orchestratore/schema-cronologia-schede.xlsx` @ 72c84b2 (2026-06-08), columns
 * `schedaCodice` and `flussoAppartenenza` [V]: M1 follows the above-threshold procedures with a published
 * notice, M2 every other flow; no M card follows AD5, AD1_25 or P5.
 */
export const MODIFICATION_CARDS: Readonly<Record<OriginalCard, ModificationCardRow>> = {
  P1_16: { card: 'M1', flow: '116' },
  P2_16: { card: 'M2', flow: '216' },
  AD3: { card: 'M2', flow: '30' },
  AD2_25: { card: 'M2', flow: '225' },
  AD4: { card: 'M2', flow: '40' },
  P6_2: { card: 'M2', flow: '62' },
  P7_1_3: { card: 'M2', flow: '713' },
  P7_2: { card: 'M2', flow: '72' },
  A3_6: { card: 'M2', flow: '36', acceptedFrom: '2026-06-30' },
  AD5: { card: null, flow: '50', next: 'CO2, CM2, ANN, S4, ID' },
  AD1_25: { card: null, flow: '125' },
  P5: { card: null, flow: '5', next: 'CM1, ANN' },
};
