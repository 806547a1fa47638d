/**
 * The estimated value of a contract (valore stimato): the base, plus every renewal, proroga option
 * and other option stated in the tender documents, and every repetition foreseen in them (issue 9); the proroga tecnica is shown but counted only
 * when the RUP chooses to count an estimate of it.
 */
import { euro, isAbove, sumAmounts, toFixed2 } from './money.ts';
import type { DecidedItem } from './advice.ts';
import { reason } from './reasons.ts';
import type { NewScenario } from './scenario.ts';
import { QUINTO, type Regime } from './rules/data.ts';
import type { SourceId } from './rules/sources.ts';

interface Estimate {
  items: DecidedItem[];
  /** Sum of the counted items, two decimals. */
  total: string;
}

export function estimateValue(s: NewScenario, regime: Regime): Estimate {
  const { law, prorogaOptionSources } = regime.estimate;
  const technical: SourceId[] = ['anac-faq-rinnovo', ...regime.modificationSources];
  const items: DecidedItem[] = [
    { kind: 'base', amount: toFixed2(s.base), counted: true,
      why: reason('itemBase', { safetyCosts: s.safetyCosts === undefined ? null : toFixed2(s.safetyCosts) }, law) },
    ...(s.renewals ?? []).map((r): DecidedItem => ({
      kind: 'renewal', amount: toFixed2(r), counted: true, why: reason('itemRenewal', {}, law, 'anac-faq-rinnovo') })),
    ...(s.prorogaOptions ?? []).map((p): DecidedItem => ({
      kind: 'prorogaOption', amount: toFixed2(p), counted: true, why: reason('itemProrogaOption', {}, law, ...prorogaOptionSources) })),
    ...(s.otherOptions ?? []).map((o): DecidedItem => ({
      kind: 'otherOption', amount: toFixed2(o), counted: true, why: reason('itemOtherOption', {}, law) })),
    // issue 9: repetitions of similar works or services foreseen in the documents are counted in the value
    ...(s.repetitions ?? []).map((r): DecidedItem => ({
      kind: 'repetition', amount: toFixed2(r), counted: true, why: reason('itemRepetition', {}, law, ...regime.estimate.repetitionSources) })),
  ];
  if (s.technicalExtension === undefined && s.technicalExtensionForeseen === true) {
    // issue 10: foreseen without an estimate: shown, not counted (there is nothing to count)
    items.push({ kind: 'technicalExtension', amount: null, counted: false, why: reason('itemTechnicalExtensionForeseen', {}, ...technical) });
  }
  if (s.technicalExtension !== undefined) {
    const counted = s.countTechnicalExtension === true;
    items.push({
      kind: 'technicalExtension', amount: toFixed2(s.technicalExtension), counted,
      why: counted
        ? reason('itemTechnicalExtensionCounted', {}, ...technical, 'anac-air-bando-tipo-1')
        : reason('itemTechnicalExtensionNotCounted', {}, ...technical),
    });
  }
  const total = toFixed2(sumAmounts(items.flatMap((i) => (i.counted ? [i.amount] : []))));
  return { items, total };
}

/** One fifth of the contract amount, exact (not rounded). */
export function quintoOf(contractAmount: string) {
  return euro(contractAmount).times(QUINTO);
}

/** "oltre il quinto": the modification is strictly greater than one fifth of the contract amount. */
export function exceedsQuinto(amount: string, contractAmount: string): boolean {
  return isAbove(amount, quintoOf(contractAmount));
}
