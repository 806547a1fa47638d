/**
 * Reasons as codes: what the engine concluded and why, as data. A decision never writes a sentence;
 * it returns a code, the values the explanation needs (amounts as two-decimal plain strings, dates
 * as ISO dates) and the ids of the sources it rests on. `src/copy/explain.ts` turns each code into
 * Italian; one table there has an entry for every code, or it does not compile.
 */
import type { IsoDate } from './dates.ts';
import type { ObjectKind, Procedure } from './rules/kinds.ts';
import type { SourceId } from './rules/sources.ts';
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
  modificationPcp: { since: IsoDate };
  modificationPcpCardUnknown: None;
  modificationContributionUnverified: { stazioneAppaltante: string; operatoreEconomico: string };
  // next events of a new contract
  nextRenewalPcp: None;
  nextRenewalSimog: None;
  nextModificationQuinto: { base: string; fifth: string };
  nextProrogaOption: None;
}

export type ReasonCode = keyof ReasonData;

/** One reason; `Reason` alone is the union over every code, discriminated by `code`. */
export type Reason<C extends ReasonCode = ReasonCode> = {
  [K in C]: { code: K; data: ReasonData[K]; sources: readonly SourceId[] };
}[C];

export function reason<C extends ReasonCode>(code: C, data: ReasonData[C], ...sources: SourceId[]): Reason<C> {
  return { code, data, sources };
}
