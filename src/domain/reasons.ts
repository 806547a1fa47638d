/**
 * Reasons as codes: what the engine concluded and why, as data. A decision never writes a sentence;
 * it returns a code, the values the explanation needs (amounts as two-decimal plain strings, dates
 * as ISO dates) and the ids of the sources it rests on. `src/copy/explain.ts` turns each code into
 * Italian; one table there has an entry for every code, or it does not compile.
 */
import type { IsoDate } from './dates.ts';
import type { ObjectKind, Procedure, SystemId } from './rules/kinds.ts';
import type { CigSystem, ContractLawId, ModificationCard, OriginalCard } from './rules/events.ts';
import type { Authority, Sector } from './rules/eu-thresholds.ts';
import type { BandOpenPoint, ConditionId, LowerEnd, Offer, PeriodNote, PeriodOpenPoint, UpperEnd } from './rules/procedures.ts';
import type { SourceId } from './rules/sources.ts';
import type { SpecialAward } from './rules/special-awards.ts';
import type { Ad3CeilingCheck, CigTiming, Limit, PcpCard, Unstated } from './rules/pcp-cards.ts';

type None = Record<string, never>;

/** For each code, the data its explanation reads. */
export interface ReasonData {
  // the estimated value and its items
  estimateCertainPart: { total: string };
  estimateWithOptions: { total: string };
  technicalExtensionNotCounted: { amount: string };
  itemBase: { safetyCosts: string | null };
  itemRenewal: None;
  itemProrogaOption: None;
  itemOtherOption: None;
  itemTechnicalExtensionCounted: None;
  itemTechnicalExtensionNotCounted: None;
  // issue 10: the proroga tecnica is foreseen in the documents, without an estimate
  itemTechnicalExtensionForeseen: None;
  // Smart CIG or SIMOG
  smartCigAllowed: { value: string; below: string };
  /** `since`: the first day of the Smart CIG limit that leaves the procedure out. */
  smartCigProcedureNotCovered: { procedure: Procedure; since: IsoDate };
  smartCigOtherFattispecie: None;
  /** `since`: the first day of the undocumented fattispecie; `limits`: the Smart CIG limit of each object then. */
  smartCigFattispecieUnknown: { since: IsoDate; limits: Readonly<Record<ObjectKind, string>> };
  smartCigProcedureLabelUnknown: None;
  simogAtOrAboveLimit: { value: string; below: string };
  simogRepetitions: { renewalsForeseen: boolean };
  simogProcedureLabelUnknown: None;
  // PCP
  pcpOnlyCertifiedPlatforms: { since: IsoDate };
  pcpWebInterfaceNotYetAllowed: { from: IsoDate; to: IsoDate; card: PcpCard };
  // contribution
  contributionDue: { stazioneAppaltante: string; operatoreEconomico: string };
  contributionTableUnknown: { note: string };
  // ---- issue 9 (cards helper): PCP cards, channel, ANAC's checks vs the law, quadro economico, cigTiming, PNRR,
  // provisional contribution
  /** `limits`: the AD5 limit, the art. 50 direct-award limit and the EU threshold in force. */
  pcpCard: { card: PcpCard; object: ObjectKind; value: string; limits: Readonly<Record<Limit, string>> };
  /** The procedure is not stated: the card of each. */
  pcpCardNeedsProcedure: { options: readonly { card: PcpCard; procedures: readonly Procedure[]; unstated: readonly Unstated[] }[] };
  /** The procedure is stated, but the card depends on what the scenario does not say. */
  pcpCardDependsOn: { procedure: Procedure; options: readonly { card: PcpCard; unstated: readonly Unstated[] }[] };
  pcpWebInterface: { card: PcpCard; to: IsoDate | null };
  pcpWebInterfaceIfPadUnavailable: { card: PcpCard };
  /** A direct award at or above art. 50's limit that ANAC's AD3 check lets through (none, or ">" only). */
  pcpAd3AnacAcceptsOverLimit: { value: string; limit: string; object: ObjectKind; check: Ad3CeilingCheck; from: IsoDate; to: IsoDate | null };
  /** ANAC's AD5 check reads the award net of options (`amount`, below `below`); the value with them is not below. */
  pcpAd5CheckNetOfOptions: { amount: string; value: string; below: string };
  pcpAd5AmountNetOfOptions: { amount: string; value: string };
  pcpQuadroEconomico: None;
  pcpQuadroSafetyNotGiven: { object: ObjectKind };
  cigTimingNext: { timing: CigTiming; card: PcpCard | null };
  pnrrNoRuleKnown: { until: IsoDate };
  pnrrOrdinaryCig: None;
  pnrrOrdinaryCigAbove: { value: string; above: string };
  pnrrSmartCigAtOrBelow: { value: string; above: string };
  pnrrPcpCup: { withRule: readonly PcpCard[]; withoutRule: readonly PcpCard[] };
  contributionProvisional: { note: string };
  // renewal
  renewalPcpDeclared: None;
  renewalPcpNewCigUnverified: None;
  renewalNewSimogCig: None;
  renewalSimogFields: None;
  renewalNoContribution: None;
  renewalSimogProcedureUnknown: None;
  // modification and proroga tecnica
  technicalExtensionPurpose: None;
  modificationWithinQuinto: { modification: 'variant' | 'technicalExtension'; amount: string; fifth: string };
  modificationOverQuinto: { modification: 'variant' | 'technicalExtension'; amount: string; fifth: string };
  modificationSmartCig: { amount: string; below: string; label: string };
  modificationSimog: { amount: string; below: string; label: string };
  modificationContributionUnverified: { stazioneAppaltante: string; operatoreEconomico: string };
  // next events of a new contract
  nextRenewalPcp: None;
  nextRenewalSimog: None;
  /** `until`: the last day of the quinto rule (SIMOG issued CIGs until then); `pcpFrom`: events under the PCP from then. */
  nextModificationQuinto: { base: string; fifth: string; until: IsoDate | null; pcpFrom: IsoDate | null };
  nextProrogaOption: None;
  // ---- issue 9, events: the law and system of the original contract, ANAC's guidance by date, the M card
  /** The law of the original contract, from its start date (art. 226 c.2 d.lgs. 36/2023, art. 216 c.1 d.lgs. 50/2016). */
  eventLaw: { law: ContractLawId; originalDate: IsoDate; eventLaw: ContractLawId | null };
  /** The law inferred from a PCP CIG: the procedure started under the PCP, so under d.lgs. 36/2023. */
  eventLawFromPcpCig: { law: ContractLawId };
  /** Open point: the original contract's start date is not given and the candidate laws differ. `since`: the first day of the event date's law. */
  eventLawUnknown: { eventLaw: ContractLawId; previous: ContractLawId; since: IsoDate };
  /** Open point: the original start date is before the laws the rules know. */
  eventLawBeforeData: { originalDate: IsoDate; first: IsoDate };
  /** The system of the original CIG, from its series. */
  eventSystemFromCig: { cig: string; system: CigSystem; issued: string };
  /** The system of the original CIG, from the original start date (no CIG given). */
  eventSystemFromDate: { originalDate: IsoDate; pcp: boolean; pcpFrom: IsoDate };
  /** Open point: neither the original CIG nor its start date is given. */
  eventSystemUnknown: { pcpFrom: IsoDate };
  /** Open point: an event under the PCP on a Smart CIG contract. */
  eventSmartCig: { pcpFrom: IsoDate; candidate: boolean };
  /** The quinto d'obbligo under the governing law. */
  quintoUnderLaw: { law: ContractLawId; quinto: 'withoutClause' | 'ifDocumentsProvide' };
  /** Renewal or option exercised from 14 January 2025: no new CIG, the original CIG's modification card. */
  renewalOriginalCigCard: { system: 'PCP' | 'SIMOG'; statedOn: IsoDate };
  /** Modification under the PCP: only the M1/M2 card of the original CIG, also above the quinto. */
  modificationPcpCard: { modification: 'variant' | 'technicalExtension'; amount: string; fifth: string; above: boolean };
  /** Proroga tecnica under the PCP: the M card with numGiorniProroga and, where known, cigNuovaProcedura. */
  technicalExtensionPcpCard: None;
  /** The rule applied before ANAC stated it (the day of the statement). */
  eventStatedLater: { statedOn: IsoDate };
  /** A new CIG only when a new procedure is needed. */
  eventNewProcedure: None;
  /** A modification of a SIMOG contract under the PCP, within the quinto: same CIG, modification in SIMOG. */
  modificationSimogWithinQuinto: { modification: 'variant' | 'technicalExtension'; amount: string; fifth: string };
  /** Open point: above the quinto on a SIMOG (or Smart CIG) contract under the PCP. */
  modificationSimogOverQuinto: { modification: 'variant' | 'technicalExtension'; amount: string; fifth: string; pcpFrom: IsoDate };
  /** Open point: the variant's motiviModifica depends on the kind of modification. */
  variantReasonByKind: None;
  /** Open point: the proroga tecnica's reason code before ANAC named it. */
  technicalExtensionReasonUnnamed: { statedOn: IsoDate };
  /** Open point: the proroga tecnica's reason code is still asked on the tracker. */
  technicalExtensionReasonOpen: None;
  /** The modification card that follows the award card. */
  modificationCard: { originalCard: OriginalCard; card: ModificationCard; flow: string };
  /** Open point: the orchestrator accepts that M card for the flow only from a later day. */
  modificationCardNotYet: { originalCard: OriginalCard; card: ModificationCard; from: IsoDate };
  /** Open point: no M card follows the award card. */
  modificationCardNone: { originalCard: OriginalCard; next: string | null };
  /** Open point: the award card is not given, so M1 or M2 is not known. */
  modificationCardUnknown: None;
  /** The M card names the contract by the id the contract-signature card returned. */
  modificationCardNeedsContract: None;
  /** For a new contract: a later renewal, option or modification is communicated on this CIG (ANAC's rule of the date). */
  nextOnOriginalCig: { event: 'renewal' | 'prorogaOption'; statedOn: IsoDate } | { event: 'modification'; statedOn: IsoDate; fifth: string };
  // ---- issue 9, fixes (review of issue 9)
  /** For a new contract whose award card has no M card after it (orchestrator): a later event cannot go on M1/M2. */
  nextNoModificationCard: { event: 'renewal' | 'prorogaOption' | 'modification'; card: string; next: string | null };
  /** Procedure not stated, card settled by the procedures allowed outright: the cards of those allowed only under conditions. */
  /** Open point: a PCP CIG with an original start date before the PCP; the system follows the CIG, the law the date. */
  eventCigDateMismatch: { cig: string; originalDate: IsoDate; pcpFrom: IsoDate };
  pcpCardOtherProcedures: { options: readonly { card: PcpCard; procedures: readonly Procedure[]; unstated: readonly Unstated[] }[] };
  // ---- issue 9, procedures: allowed procedures, EU threshold, qualification, repetitions
  /** The band of the value: `upper` null means "below the EU threshold" (or, with `aboveEu`, at or above it). */
  proceduresForValue: {
    value: string; object: ObjectKind; lower: LowerEnd | null; upper: UpperEnd | null; euAmount: string; aboveEu: boolean;
    allowed: readonly Offer[]; conditional: readonly { procedure: Procedure; condition: ConditionId }[];
  };
  procedureNotStated: { allowed: readonly Procedure[] };
  procedureNotAllowed: { procedure: Procedure; allowed: readonly Procedure[] };
  procedureConditional: { procedure: Procedure; condition: ConditionId };
  procedurePeriodNote: { note: PeriodNote };
  procedureBandUnverified: { point: BandOpenPoint; from: IsoDate; to: IsoDate | null };
  procedurePeriodUnverified: { point: PeriodOpenPoint; from: IsoDate };
  proceduresSpecialSector: None;
  euThreshold: { value: string; amount: string; reached: boolean; object: ObjectKind; authority: Authority; sector: Sector; from: IsoDate; to: IsoDate | null };
  qualificationNeeded: { value: string; object: ObjectKind; notAbove: string };
  qualificationDerogations: None;
  itemRepetition: None;
  simogRepetitionsForeseen: None;
  /** Smart CIG covered only some procedures and the procedure is not stated: Smart CIG for those, SIMOG otherwise. */
  smartCigDependsOnProcedure: { procedures: readonly Procedure[]; since: IsoDate };
  // ---- issue 11, lots
  lotsValueOnSum: { count: number; total: string; values: readonly string[] };
  lotsSumLawUnverified: { to: IsoDate | null; count: number; total: string; values: readonly string[] };
  lotsOneCigEach: { count: number; system: SystemId };
  lotsSmallLots: {
    object: ObjectKind; below: string; share: string; together: string; cap: string; allFit: boolean;
    lots: readonly { index: number; label: string | null; value: string }[];
  };
  lotsSmallLotsUnverified: { from: IsoDate; to: IsoDate | null };
  lotsContributionUnverified: { total: string; stazioneAppaltante: string; lots: readonly { index: number; label: string | null; value: string }[] };
  // ---- issue 11, framework agreements and conventions
  frameworkCallNewCig: { parentCig: string };
  frameworkCallSmartCig: { amount: string; below: string; parentCig: string };
  frameworkCallSimog: { amount: string; below: string; parentCig: string; modalita: string };
  frameworkCallPcpCard: { card: PcpCard; withCompetition: boolean; parentCig: string };
  frameworkCallCardLabel: { card: PcpCard };
  frameworkCallContributionUnverified: { amount: string; stazioneAppaltante: string; operatoreEconomico: string };
  frameworkAgreementParent: None;
  frameworkAgreementProcedure: None;
  // ---- issue 11, in-house awards and contracts subject only to tracciabilità
  specialAwardPcpCard: { award: SpecialAward; card: PcpCard };
  inHouseCigBefore2024Unverified: { label: string };
  traceabilityOnlyCig: None;
  traceabilityOnlyFattispecieUnverified: None;
  specialAwardContributionDue: { award: SpecialAward; stazioneAppaltante: string; operatoreEconomico: string };
  specialAwardNoContribution: { award: SpecialAward };
  specialAwardContributionUnverified: { award: SpecialAward; from: IsoDate; to: IsoDate | null };
}

export type ReasonCode = keyof ReasonData;

/** One reason; `Reason` alone is the union over every code, discriminated by `code`. */
export type Reason<C extends ReasonCode = ReasonCode> = {
  [K in C]: { code: K; data: ReasonData[K]; sources: readonly SourceId[] };
}[C];

export function reason<C extends ReasonCode>(code: C, data: ReasonData[C], ...sources: SourceId[]): Reason<C> {
  return { code, data, sources };
}
