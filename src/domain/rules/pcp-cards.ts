/**
 * The PCP cards (schede) that give the CIG of a new award, from 1 January 2024, as rows read from
 * ANAC's own files in the public repository anticorruzione/npa at commit
 * 21f8640c6c6770f6ed0e035e91dfe88b6d21d269: the list of cards (`codiceScheda.json`), the orchestrator
 * (`schema-cronologia-schede.xlsx`: phase, `attribuisceCIG`, scope), the decision guide
 * (`2026_03_20_Guida_schedeANAC_rev3.xlsx`) and the data model (quadro economico by card).
 *
 * A row says when a card applies: what the award is (a procedure, or a call under a framework, or a
 * contract subject only to traceability), the value band between the limits in force on the date
 * (the AD5 limit, the direct-award limit of art. 50 c.1 a-b, the EU threshold), the sector, and any
 * condition the scenario does not state (a market-survey notice, invitations only). The engine keeps
 * every row that matches; one card is the answer, several are named in `unverified`.
 *
 * Rows for AD4, P6_2, A3_6 and P5 are data for later questions (framework calls, in-house, contracts
 * subject only to traceability): no scenario reaches them yet.
 */
import type { Procedure, SystemId } from './kinds.ts';
import type { Period } from './periods.ts';
import type { Sector } from './eu-thresholds.ts';
import type { SourceId } from './sources.ts';

export type PcpCard =
  | 'AD5' | 'AD3' | 'AD2_25' | 'AD2_26' | 'AD1_25' | 'AD1_26'
  | 'P2_16' | 'P2_17' | 'P1_16' | 'P1_17' | 'P7_1_1' | 'P7_1_2' | 'P7_1_3' | 'P7_2'
  | 'AD4' | 'P6_2' | 'A3_6' | 'P5';

/** The limits a band is drawn against: AD5's 5,000 EUR, art. 50's direct-award limit, the EU threshold. */
export type Limit = 'ad5' | 'directAward' | 'euThreshold';

/** The procedures a card row names: the scenario's, and in-house awards (CONTRACT §7.1, not asked yet). */
export type CardProcedure = Procedure | 'inHouse';

type CardAward =
  | { kind: 'procedure'; procedures: readonly CardProcedure[] }
  | { kind: 'frameworkCall'; withCompetition: boolean }
  | { kind: 'traceabilityOnly' };

/**
 * What tells two cards of the same procedure and band apart and the scenario does not say:
 * a notice of market survey published before inviting (P7_1_x), or operators invited directly
 * (P7_2); above the threshold, whether the award notice then goes to the TED (P7_1_1) or not (P7_1_2).
 */
export type Unstated = 'marketSurveyNotice' | 'invitationOnly' | 'tedAwardNotice' | 'noTedAwardNotice';

/** The orchestrator's phase of the card: the call (pubblicazione) or the award (affidamento). */
export type CardPhase = 'pubblicazione' | 'affidamento';

/** When the CIG exists (CONTRACT §7.2). */
export type CigTiming = 'BEFORE_PROCEDURE' | 'AT_CONFIRMATION' | 'WITH_AWARD_CARD';

export interface PcpCardRow extends Period {
  card: PcpCard;
  award: CardAward;
  /** The value band: at or above every limit of `atOrAbove`, below every limit of `below` ("inferiore a"). */
  band: { atOrAbove: readonly Limit[]; below: readonly Limit[] };
  /** null: every sector. */
  sector: Sector | null;
  unstated: readonly Unstated[];
  phase: CardPhase;
  /** The orchestrator's `attribuisceCIG`: every card listed here gives the CIG ("SI"). */
  attribuisceCig: true;
  /** The card's quadro economico in ANAC's data model; null where the card has none (AD5, P5). */
  quadroEconomico: 'QuadroEconomicoType' | 'QuadroEconomicoP7Type' | null;
  /** The amount the card takes: the estimated value, or the award net of options and renewals (AD5). */
  amount: 'estimatedValue' | 'netOfOptions';
  /** ANAC's rule REG18 on the card: the CUP is required when the contract is funded by PNRR/PNC. */
  pnrrCupRule: boolean;
  sources: readonly SourceId[];
}

const PCP_FROM = '2024-01-01';
const CARD_FILES: readonly SourceId[] = ['anac-npa-codice-scheda', 'anac-npa-orchestratore'];
const WITH_CALL: readonly CardProcedure[] = ['open', 'restricted', 'other'];

/** A card row in force for the whole PCP period. */
const row = (r: Omit<PcpCardRow, 'from' | 'to' | 'attribuisceCig'>): PcpCardRow => ({ from: PCP_FROM, to: null, attribuisceCig: true, ...r });

export const PCP_CARDS: readonly PcpCardRow[] = [
  row({ card: 'AD5', award: { kind: 'procedure', procedures: ['direct'] }, band: { atOrAbove: [], below: ['ad5'] }, sector: null, unstated: [],
    phase: 'affidamento', quadroEconomico: null, amount: 'netOfOptions', pnrrCupRule: false,
    sources: [...CARD_FILES, 'anac-npa-regole-ad5', 'anac-npa-dati-comuni'] }),
  row({ card: 'AD3', award: { kind: 'procedure', procedures: ['direct'] }, band: { atOrAbove: ['ad5'], below: ['directAward', 'euThreshold'] }, sector: null, unstated: [],
    phase: 'affidamento', quadroEconomico: 'QuadroEconomicoP7Type', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede', 'npa-issue-714', 'dlgs36-art50'] }),
  row({ card: 'AD2_25', award: { kind: 'procedure', procedures: ['direct'] }, band: { atOrAbove: ['directAward'], below: ['euThreshold'] }, sector: 'ordinary', unstated: [],
    phase: 'affidamento', quadroEconomico: 'QuadroEconomicoP7Type', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede', 'npa-issue-714'] }),
  row({ card: 'AD2_26', award: { kind: 'procedure', procedures: ['direct'] }, band: { atOrAbove: ['directAward'], below: ['euThreshold'] }, sector: 'special', unstated: [],
    phase: 'affidamento', quadroEconomico: 'QuadroEconomicoP7Type', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede', 'npa-issue-714'] }),
  row({ card: 'AD1_25', award: { kind: 'procedure', procedures: ['direct'] }, band: { atOrAbove: ['euThreshold'], below: [] }, sector: 'ordinary', unstated: [],
    phase: 'affidamento', quadroEconomico: 'QuadroEconomicoP7Type', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede', 'npa-issue-714'] }),
  row({ card: 'AD1_26', award: { kind: 'procedure', procedures: ['direct'] }, band: { atOrAbove: ['euThreshold'], below: [] }, sector: 'special', unstated: [],
    phase: 'affidamento', quadroEconomico: 'QuadroEconomicoP7Type', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede', 'npa-issue-714'] }),
  row({ card: 'P2_16', award: { kind: 'procedure', procedures: WITH_CALL }, band: { atOrAbove: [], below: ['euThreshold'] }, sector: 'ordinary', unstated: [],
    phase: 'pubblicazione', quadroEconomico: 'QuadroEconomicoType', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
  row({ card: 'P2_17', award: { kind: 'procedure', procedures: WITH_CALL }, band: { atOrAbove: [], below: ['euThreshold'] }, sector: 'special', unstated: [],
    phase: 'pubblicazione', quadroEconomico: 'QuadroEconomicoType', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
  row({ card: 'P1_16', award: { kind: 'procedure', procedures: WITH_CALL }, band: { atOrAbove: ['euThreshold'], below: [] }, sector: 'ordinary', unstated: [],
    phase: 'pubblicazione', quadroEconomico: 'QuadroEconomicoType', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
  row({ card: 'P1_17', award: { kind: 'procedure', procedures: WITH_CALL }, band: { atOrAbove: ['euThreshold'], below: [] }, sector: 'special', unstated: [],
    phase: 'pubblicazione', quadroEconomico: 'QuadroEconomicoType', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
  row({ card: 'P7_1_3', award: { kind: 'procedure', procedures: ['negotiated'] }, band: { atOrAbove: [], below: ['euThreshold'] }, sector: null, unstated: ['marketSurveyNotice'],
    phase: 'pubblicazione', quadroEconomico: 'QuadroEconomicoP7Type', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
  row({ card: 'P7_1_1', award: { kind: 'procedure', procedures: ['negotiated'] }, band: { atOrAbove: ['euThreshold'], below: [] }, sector: null, unstated: ['marketSurveyNotice', 'tedAwardNotice'],
    phase: 'pubblicazione', quadroEconomico: 'QuadroEconomicoP7Type', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
  row({ card: 'P7_1_2', award: { kind: 'procedure', procedures: ['negotiated'] }, band: { atOrAbove: ['euThreshold'], below: [] }, sector: null, unstated: ['marketSurveyNotice', 'noTedAwardNotice'],
    phase: 'pubblicazione', quadroEconomico: 'QuadroEconomicoP7Type', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
  row({ card: 'P7_2', award: { kind: 'procedure', procedures: ['negotiated'] }, band: { atOrAbove: [], below: [] }, sector: null, unstated: ['invitationOnly'],
    phase: 'pubblicazione', quadroEconomico: 'QuadroEconomicoType', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
  // Framework calls: the cards' labels still say "solo per ... bando pubblicato entro il 31/12/2023", while the
  // guide of 2026 routes every adhesion to them (research §3.1 note 2): to be said when a scenario reaches them.
  row({ card: 'AD4', award: { kind: 'frameworkCall', withCompetition: false }, band: { atOrAbove: [], below: [] }, sector: null, unstated: [],
    phase: 'affidamento', quadroEconomico: 'QuadroEconomicoP7Type', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
  row({ card: 'P6_2', award: { kind: 'frameworkCall', withCompetition: true }, band: { atOrAbove: [], below: [] }, sector: null, unstated: [],
    phase: 'pubblicazione', quadroEconomico: 'QuadroEconomicoType', amount: 'estimatedValue', pnrrCupRule: true,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
  row({ card: 'A3_6', award: { kind: 'procedure', procedures: ['inHouse'] }, band: { atOrAbove: [], below: [] }, sector: null, unstated: [],
    phase: 'affidamento', quadroEconomico: 'QuadroEconomicoP7Type', amount: 'estimatedValue', pnrrCupRule: false,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
  // P5: the orchestrator files it under the phase "pubblicazione" although no call precedes it.
  row({ card: 'P5', award: { kind: 'traceabilityOnly' }, band: { atOrAbove: [], below: [] }, sector: null, unstated: [],
    phase: 'pubblicazione', quadroEconomico: null, amount: 'estimatedValue', pnrrCupRule: false,
    sources: [...CARD_FILES, 'anac-npa-guida-schede'] }),
];

/**
 * When the CIG exists: before the procedure with SIMOG and Smart CIG (delibera 1/2017); under the PCP,
 * when the appalto is confirmed for a card of the call, with the card itself for an award card.
 */
export const CIG_TIMING_BY_SYSTEM: Readonly<Record<Exclude<SystemId, 'PCP'>, { timing: CigTiming; sources: readonly SourceId[] }>> = {
  SMART_CIG: { timing: 'BEFORE_PROCEDURE', sources: ['anac-delibera-1-2017'] },
  SIMOG: { timing: 'BEFORE_PROCEDURE', sources: ['anac-delibera-1-2017'] },
};

export const CIG_TIMING_BY_PHASE: Readonly<Record<CardPhase, { timing: CigTiming; sources: readonly SourceId[] }>> = {
  pubblicazione: { timing: 'AT_CONFIRMATION', sources: ['anac-npa-specifiche-servizi', 'anac-npa-orchestratore'] },
  affidamento: { timing: 'WITH_AWARD_CARD', sources: ['anac-npa-orchestratore'] },
};

// ---------------------------------------------------------------- channel

/**
 * How a card may reach the PCP besides a certified platform (PAD):
 * - `padOnly`: only through a PAD;
 * - `notYetDocumented`: the sources do not say yet that ANAC's web interface may be used;
 * - `webInterface`: also ANAC's web interface (a derogation of a comunicato);
 * - `webInterfaceIfPadUnavailable`: the web interface only where using a PAD is impossible or difficult.
 */
export type ChannelRule = 'padOnly' | 'notYetDocumented' | 'webInterface' | 'webInterfaceIfPadUnavailable';

export interface PcpChannelRow extends Period {
  cards: readonly PcpCard[];
  rule: ChannelRule;
  sources: readonly SourceId[];
}

/** Cards and days not listed here: PAD only. Research §3.4 (REFERENCE §2). */
export const PCP_CHANNELS: readonly PcpChannelRow[] = [
  { cards: ['AD5'], from: '2024-01-01', to: '2024-01-09', rule: 'notYetDocumented', sources: ['anac-delibera-582-2023'] },
  { cards: ['AD5'], from: '2024-01-10', to: '2025-06-30', rule: 'webInterface',
    sources: ['anac-comunicato-2024-01-10', 'anac-comunicato-2024-06-28', 'anac-comunicato-2024-12-18'] },
  { cards: ['AD5'], from: '2025-07-01', to: null, rule: 'webInterfaceIfPadUnavailable', sources: ['anac-comunicato-2025-06-18'] },
  // Framework adhesions without competition (a derogation of delibera 582/2023), extended to 30 June 2025.
  { cards: ['AD4'], from: '2024-01-01', to: '2025-06-30', rule: 'webInterface',
    sources: ['anac-delibera-582-2023', 'anac-comunicato-2024-06-28', 'anac-comunicato-2024-12-18'] },
  { cards: ['A3_6'], from: '2024-07-01', to: '2025-06-30', rule: 'webInterface', sources: ['anac-comunicato-2024-06-28', 'anac-comunicato-2024-12-18'] },
  { cards: ['P5'], from: '2024-01-01', to: null, rule: 'webInterface', sources: ['anac-delibera-582-2023', 'anac-comunicato-2024-12-18'] },
];

// ---------------------------------------------------------------- where ANAC's checks differ from the law

/**
 * ANAC's ceiling on the AD3 amount, by period: none before its rules REG144/REG145 went live; from
 * 30 June 2026 (roadmap item 61141) an amount is blocked only when "superiore" (`>`) to 150,000 EUR
 * for works and 140,000 EUR for services and supplies, while art. 50 c.1 a-b allows a direct award only
 * "inferiore" to them: an amount exactly at the limit passes ANAC's check (npa#3017, open).
 */
export type Ad3CeilingCheck = 'none' | 'blocksAbove';

export interface Ad3CeilingRow extends Period {
  check: Ad3CeilingCheck;
  sources: readonly SourceId[];
}

export const AD3_CEILING_CHECKS: readonly Ad3CeilingRow[] = [
  { from: '2024-01-01', to: '2026-06-29', check: 'none', sources: ['npa-issue-2515', 'anac-npa-roadmap'] },
  { from: '2026-06-30', to: null, check: 'blocksAbove', sources: ['anac-npa-regole-ad3', 'anac-npa-roadmap', 'npa-issue-3017'] },
];
