/**
 * Issue 11, lots (CONTRACT §7.1-7.2): a contract divided into lots. The estimated value is the sum of the
 * lots, and every threshold (procedures, EU threshold, Smart CIG limit, PCP card, contribution band) is
 * read on that sum (art. 35 c.9-10 d.lgs. 50/2016, art. 14 c.9-10 d.lgs. 36/2023); each lot gets its own
 * CIG, with the fields of its own amounts (SIMOG: one S02 card per lot; PCP: one CIG per lot when the
 * appalto is confirmed). The dated rows are `rules/lots.ts`.
 */
import { euro, isAbove, isBelow, sumAmounts, toFixed2 } from './money.ts';
import type { IsoDate } from './dates.ts';
import type { DecidedItem, DecidedLot, Decision, Fields } from './advice.ts';
import { reason } from './reasons.ts';
import type { Lot, LotsScenario, NewInput, NewScenario } from './scenario.ts';
import { estimateValue } from './estimate.ts';
import { newWhy, type Why } from './events.ts';
import { LOT_RULES, type LotRule } from './rules/lots.ts';
import { requireInForce } from './rules/periods.ts';
import type { ObjectKind, Procedure, Regime, SystemId } from './rules/data.ts';

/** What the lots reuse of the engine (advise.ts passes it in). */
export interface LotEngine {
  adviseNew(s: NewScenario, date: IsoDate, regime: Regime): Decision;
  simogFields(value: string, object: ObjectKind, label: string | null,
    opts: { safetyCosts?: string | undefined; prevedeRipetizioni: boolean }): Fields;
  quadroEconomico(s: NewScenario, items: readonly DecidedItem[], why: Why): NonNullable<Fields['quadroEconomico']>;
}

/** One contract as the engine reads it. With lots, the contract as a whole: its amounts are the lots' amounts together. */
export function asSingleContract(s: NewInput): NewScenario {
  const { lots, base, procedure, ...rest } = s;
  if (lots === undefined) {
    if (base === undefined) throw new RangeError('Scenario senza importo a base né lotti: parseScenario lo rifiuta');
    return { ...rest, ...ordinaryProcedure(procedure), base };
  }
  return wholeOf({ ...rest, ...ordinaryProcedure(procedure), lots });
}

/** The procedure as the procedures' table reads it: in-house and framework agreements are answered apart (issue 11). */
function ordinaryProcedure(p: NewInput['procedure']): { procedure?: Procedure } {
  return p === undefined || p === 'inHouse' || p === 'frameworkAgreement' ? {} : { procedure: p };
}

const listOf = (lots: readonly Lot[], key: 'renewals' | 'prorogaOptions' | 'otherOptions' | 'repetitions') => lots.flatMap((l) => l[key] ?? []);

/** The contract as a whole: the sum of the bases (and safety costs), every option of every lot. */
function wholeOf(s: LotsScenario): NewScenario {
  const { lots, procedure, ...rest } = s;
  const sum = (values: readonly string[]) => toFixed2(sumAmounts(values));
  const safety = lots.flatMap((l) => (l.safetyCosts === undefined ? [] : [l.safetyCosts]));
  const technical = lots.flatMap((l) => (l.technicalExtension === undefined ? [] : [l.technicalExtension]));
  const renewals = listOf(lots, 'renewals');
  const prorogaOptions = listOf(lots, 'prorogaOptions');
  const otherOptions = listOf(lots, 'otherOptions');
  const repetitions = listOf(lots, 'repetitions');
  return {
    ...rest,
    ...ordinaryProcedure(procedure),
    base: sum(lots.map((l) => l.base)),
    ...(safety.length > 0 && { safetyCosts: sum(safety) }),
    ...(renewals.length > 0 && { renewals }),
    ...(prorogaOptions.length > 0 && { prorogaOptions }),
    ...(otherOptions.length > 0 && { otherOptions }),
    ...(repetitions.length > 0 && { repetitions }),
    ...(technical.length > 0 && { technicalExtension: sum(technical) }),
  };
}

/** One lot as a contract of its own (same date, object, procedure and authority), for its value and fields. */
function lotContract(s: LotsScenario, lot: Lot): NewScenario {
  const { lots: _lots, procedure, ...rest } = s;
  const { label: _label, ...amounts } = lot;
  return { ...rest, ...ordinaryProcedure(procedure), ...amounts };
}

interface LotValue {
  lot: Lot;
  contract: NewScenario;
  items: DecidedItem[];
  total: string;
}

/** The fields of one lot's CIG, by the system the whole contract uses. */
const LOT_FIELDS: Readonly<Record<SystemId, (whole: Decision, lot: LotValue, engine: LotEngine) => Fields>> = {
  SMART_CIG: (whole, lot) => ({ ...whole.fields, importo: lot.total }),
  SIMOG: (whole, lot, engine) => engine.simogFields(lot.total, lot.contract.object, whole.fields.sceltaContraente ?? null, {
    safetyCosts: lot.lot.safetyCosts,
    prevedeRipetizioni: (lot.lot.renewals ?? []).length > 0 || (lot.lot.repetitions ?? []).length > 0,
  }),
  PCP(whole, lot, engine) {
    // The card's amount is the value, or (AD5) the value net of options: the lot's amount of the same kind.
    const wholeImporto = whole.fields.importo ?? null;
    const netOfOptions = wholeImporto !== null && wholeImporto !== whole.estimatedValue;
    const fields: Fields = {
      scheda: whole.fields.scheda ?? null,
      canale: whole.fields.canale ?? null,
      importo: wholeImporto === null ? null : netOfOptions ? toFixed2(lot.contract.base) : lot.total,
    };
    if (whole.fields.quadroEconomico !== undefined) fields.quadroEconomico = engine.quadroEconomico(lot.contract, lot.items, newWhy());
    return fields;
  },
};

/** Where the sources settle the contribution of a procedure in lots: below the first band it is zero for everyone. */
function lotsContribution(whole: Decision, lots: readonly LotValue[], why: Why): Decision['contribution'] {
  const c = whole.contribution;
  if (c === null) return null;
  if (c.stazioneAppaltante === '0.00' && c.operatoreEconomico === '0.00') return c;
  why.unverified.push(reason('lotsContributionUnverified', {
    total: whole.estimatedValue ?? '0', stazioneAppaltante: c.stazioneAppaltante,
    lots: lots.map((l, i) => ({ label: l.lot.label ?? null, index: i + 1, value: l.total })),
  }));
  return null;
}

/** The derogation for small lots (art. 14 c.11 d.lgs. 36/2023), said when the sum reaches the EU threshold. */
function smallLots(rule: LotRule, s: LotsScenario, lots: readonly LotValue[], total: string, euReached: boolean, why: Why): void {
  if (!euReached) return;
  if (rule.smallLots === null) {
    why.unverified.push(reason('lotsSmallLotsUnverified', { from: rule.from, to: rule.to }));
    return;
  }
  const below = rule.smallLots.below[s.object];
  const small = lots.map((l, i) => ({ index: i + 1, label: l.lot.label ?? null, value: l.total })).filter((l) => isBelow(l.value, below));
  if (small.length === 0) return;
  const together = toFixed2(sumAmounts(small.map((l) => l.value)));
  const cap = toFixed2(euro(total).times(rule.smallLots.share));
  why.notes.push(reason('lotsSmallLots', {
    object: s.object, below: toFixed2(below), share: rule.smallLots.share, lots: small, together, cap, allFit: !isAbove(together, cap),
  }, ...rule.smallLots.sources));
}

/** The decision for a contract in lots: the whole on the sum, then one CIG per lot. */
export function adviseLots(s: LotsScenario, date: IsoDate, regime: Regime, engine: LotEngine): Decision {
  const rule = requireInForce(LOT_RULES, date, 'regole sui lotti');
  const whole = engine.adviseNew(wholeOf(s), date, regime);
  const lots: LotValue[] = s.lots.map((lot) => {
    const contract = lotContract(s, lot);
    const { items, total } = estimateValue(contract, regime);
    return { lot, contract, items, total };
  });
  const total = whole.estimatedValue ?? toFixed2(sumAmounts(lots.map((l) => l.total)));
  const why: Why = newWhy();
  const values = lots.map((l) => l.total);
  if (rule.sumSources !== null) why.notes.push(reason('lotsValueOnSum', { count: lots.length, total, values }, ...rule.sumSources));
  else why.unverified.push(reason('lotsSumLawUnverified', { to: rule.to, count: lots.length, total, values }));
  const system = whole.system;
  if (system !== null) why.notes.push(reason('lotsOneCigEach', { count: lots.length, system }, ...rule.cigSources));
  smallLots(rule, s, lots, total, whole.euThreshold?.reached === true, why);
  const contribution = lotsContribution(whole, lots, why);
  const decided: DecidedLot[] = lots.map((l) => ({
    label: l.lot.label ?? null, estimatedValue: l.total, items: l.items, newCig: true,
    fields: system === null ? {} : LOT_FIELDS[system](whole, l, engine),
  }));
  const notes = contribution === null ? whole.notes.filter((n) => n.code !== 'contributionDue') : whole.notes;
  return {
    ...whole,
    contribution,
    notes: [...why.notes, ...notes],
    unverified: [...why.unverified, ...whole.unverified],
    lots: decided,
  };
}
