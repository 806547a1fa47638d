/**
 * The engine: a scenario in, a decision out. Pure and synchronous; every rule it applies comes from
 * `rules/data.ts` with its period and source. What differs between periods is read from the regime
 * in force (its award and renewal rule ids, dispatched through the small tables below), never
 * branched on here. Conclusions are reasons as codes (`reasons.ts`); `src/copy/present.ts` puts
 * them into words (CONTRACT §2). Where the reference does not settle a point, the value is null and
 * `unverified` says what must be checked.
 */
import { euro, isAbove, isAtOrAbove, isBelow, sumAmounts, toFixed2 } from './money.ts';
import { formatDateIt, todayInRome, type IsoDate } from './dates.ts';
import { estimateValue, exceedsQuinto, quintoOf } from './estimate.ts';
import type { ContributionAmounts, DecidedItem, Decision, Fields, ItemKind, QuadroEconomico, QuadroKey, RegimeRef } from './advice.ts';
import { reason, type Reason } from './reasons.ts';
import type { ModificationScenario, NewInput, NewScenario, RenewalScenario, Scenario } from './scenario.ts';
import { adviseLots, asSingleContract, type LotEngine } from './lots.ts';
import { adviseFrameworkCall, type FrameworkCallEngine } from './framework-call.ts';
import { adviseSpecialAward } from './special-awards.ts';
import {
  CONTRIBUTION_TABLES, FIRST_SUPPORTED_DATE, OBJECT_LABEL,
  PROCEDURE_LABELS, REGIMES, SMART_CIG_LIMITS, VARIANT_PROCEDURE_LABEL,
  type AwardRuleId, type ContributionTable, type ObjectKind, type Procedure, type Regime, type RenewalRuleId, type SmartCigLimit, type SystemId,
} from './rules/data.ts';
import type { Authority, Sector } from './rules/eu-thresholds.ts';
import {
  AD3_CEILING_CHECKS, CIG_TIMING_BY_PHASE, CIG_TIMING_BY_SYSTEM, PCP_CHANNELS,
  type Ad3CeilingCheck, type ChannelRule, type CigTiming, type PcpCard, type PcpCardRow,
} from './rules/pcp-cards.ts';
import { PNRR_ROWS, type PnrrRow, type PnrrRuleId } from './rules/pnrr.ts';
import { inForce, requireInForce } from './rules/periods.ts';
import { assessProcedures, type ProcedureAssessment } from './procedures.ts';
import type { SourceId } from './rules/sources.ts';
import { adviseEvent, newWhy, nextOnOriginalCig, quintoRuleSpan, type RegimeAnswers, type Why } from './events.ts';
import { matchingCards, rowProcedures, type CardLimits } from './pcp-card-choice.ts';

export interface AdviseOptions {
  /** The date used when the scenario has none (default: today in Rome). */
  today?: IsoDate;
}

/** The rule set in force on a date; throws before the first supported date (parseScenario refuses those). */
function regimeOn(date: IsoDate): Regime {
  const r = inForce(REGIMES, date);
  if (!r) throw new RangeError(`Nessun insieme di regole per il ${date}: le date sono supportate dal ${formatDateIt(FIRST_SUPPORTED_DATE)}`);
  return r;
}

const regimeRef = (r: Regime): RegimeRef => ({ id: r.id, name: r.name, from: r.from, to: r.to });


// ---------------------------------------------------------------- look-ups in the dated tables

/** The Smart CIG limit for an object on a day whose regime awards with Smart CIG. */
function smartCigLimit(object: ObjectKind, date: IsoDate): SmartCigLimit {
  return requireInForce(SMART_CIG_LIMITS.filter((l) => l.object === object), date, `limite dello Smart CIG per ${object}`);
}

/** Smart CIG may be used: below the limit ("inferiore a") and for the procedures the period covers. */
function smartCigAllowed(value: string, limit: SmartCigLimit, procedure: Procedure): boolean {
  return isBelow(value, limit.below) && (limit.procedures === null || limit.procedures.includes(procedure));
}

function procedureLabel(procedure: Procedure, date: IsoDate): string | null {
  return inForce(PROCEDURE_LABELS.filter((l) => l.procedure === procedure), date)?.label ?? null;
}

type ContributionLookup =
  | { known: true; amounts: ContributionAmounts; sources: readonly SourceId[]; provisional: boolean }
  | { known: false; why: Reason };

const bandOf = (bands: ContributionTable['bands'], value: string) =>
  bands?.find((b) => isAtOrAbove(value, b.from) && (b.below === null || isBelow(value, b.below)));

const isExempt = (c: ContributionAmounts) => c.stazioneAppaltante === '0.00' && c.operatoreEconomico === '0.00';

/** Is the amount exempt in every table whose bands are known? */
function exemptInEveryTable(value: string): boolean {
  return CONTRIBUTION_TABLES.every((t) => {
    if (t.bands === null) return true;
    const b = bandOf(t.bands, value);
    return b !== undefined && isExempt({ stazioneAppaltante: toFixed2(b.stazioneAppaltante), operatoreEconomico: toFixed2(b.operatoreEconomico) });
  });
}

/**
 * The contribution for an amount on a date. Where the table of the period is not known, the latest
 * known one is applied when the row names it (marked provisional), else the contribution is unknown.
 */
function contributionFor(value: string, date: IsoDate): ContributionLookup {
  const table = requireInForce(CONTRIBUTION_TABLES, date, 'tabella dei contributi');
  const applied = table.bands === null && table.provisionallyApplies !== undefined
    ? CONTRIBUTION_TABLES.find((t) => t.id === table.provisionallyApplies)
    : table;
  const band = bandOf(applied?.bands ?? null, value);
  if (!applied || !band) return { known: false, why: reason('contributionTableUnknown', { note: table.note }) };
  const amounts = { stazioneAppaltante: toFixed2(band.stazioneAppaltante), operatoreEconomico: toFixed2(band.operatoreEconomico) };
  return {
    known: true, amounts,
    sources: ['l266-2005', ...applied.sources],
    // An amount exempt in every known table (below 40,000 EUR since 2018) is not provisional: no table could change it.
    provisional: applied !== table && !exemptInEveryTable(value),
  };
}

/** The contribution of an advice, and what is said about it. */
function contributionOf(c: Extract<ContributionLookup, { known: true }>, date: IsoDate, why: Why): NonNullable<Decision['contribution']> {
  if (!c.provisional) return { ...c.amounts, sources: c.sources };
  why.unverified.push(reason('contributionProvisional', { note: requireInForce(CONTRIBUTION_TABLES, date, 'tabella dei contributi').note }));
  return { ...c.amounts, sources: c.sources, provisional: true };
}


// ---------------------------------------------------------------- fields by system

/**
 * The procedure of a new contract as the award handlers read it (issue 9, CONTRACT §7.5): `used`, the
 * procedure that picks the system (the chosen one, or the only one the law allows; undefined when not
 * stated); `field`, the one the form's procedure field may name (null: left empty, with a note).
 */
interface ProcedureChoice {
  used: Procedure | undefined;
  field: Procedure | null;
  /** The procedures the law allows for the value, outright and under conditions (for a procedure not stated). */
  allowed: readonly Procedure[];
  conditional: readonly Procedure[];
}

function smartCigFields(value: string, object: ObjectKind, limit: SmartCigLimit, label: string | null, date: IsoDate, why: Why, labelOpen = true): Fields {
  if (limit.fattispecie === null) {
    const below = (o: ObjectKind) => smartCigLimit(o, date).below;
    why.unverified.push(reason('smartCigFattispecieUnknown', {
      since: limit.from, limits: { works: below('works'), services: below('services'), supplies: below('supplies') },
    }));
  }
  if (label === null && labelOpen) why.unverified.push(reason('smartCigProcedureLabelUnknown', {}));
  return {
    fattispecieContrattuale: limit.fattispecie,
    importo: toFixed2(value),
    proceduraSceltaContraente: label,
    oggettoPrincipale: OBJECT_LABEL[object],
  };
}

function simogFields(
  value: string, object: ObjectKind, label: string | null,
  opts: { safetyCosts?: string | undefined; prevedeRipetizioni: boolean; originalCig?: string },
): Fields {
  const fields: Fields = { importoBaseAsta: toFixed2(value) };
  if (opts.safetyCosts !== undefined) fields.diCuiSicurezza = toFixed2(opts.safetyCosts);
  fields.prevedeRipetizioni = opts.prevedeRipetizioni ? 'SI' : 'NO';
  fields.ripetizionePrecedenteContratto = opts.originalCig !== undefined ? 'SI' : 'NO';
  if (opts.originalCig !== undefined) fields.cigContrattoOriginario = opts.originalCig;
  fields.oggettoPrincipale = OBJECT_LABEL[object];
  fields.sceltaContraente = label;
  return fields;
}

const pcpFieldsWithoutCard = (value: string): Fields => ({ scheda: null, canale: 'PAD', importo: toFixed2(value) });

// ---------------------------------------------------------------- the PCP card of a new award

/** Keys that other concerns add to the scenario (CONTRACT §7.1), read when this build's schema has them. */
function scenarioKey(s: NewScenario, key: string): unknown {
  return Object.entries(s).find(([k]) => k === key)?.[1];
}

function authorityOf(s: NewScenario): Authority | undefined {
  const v = scenarioKey(s, 'authority');
  return v === 'central' || v === 'subCentral' ? v : undefined;
}

function sectorOf(s: NewScenario): Sector | undefined {
  const v = scenarioKey(s, 'sector');
  return v === 'ordinary' || v === 'special' ? v : undefined;
}

/** The one value all the rows agree on, or undefined when they differ (or there are none). */
function agreed<T>(rows: readonly PcpCardRow[], of: (r: PcpCardRow) => T): T | undefined {
  const values = [...new Set(rows.map(of))];
  return values.length === 1 ? values[0] : undefined;
}

/** What each channel rule of `rules/pcp-cards.ts` means for the card's channel, and what is said about it. */
const CHANNEL_RULES: Readonly<Record<ChannelRule, {
  canale: 'PAD' | 'PAD_O_INTERFACCIA_WEB';
  say(card: PcpCard, row: { from: IsoDate; to: IsoDate | null; sources: readonly SourceId[] }, why: Why): void;
}>> = {
  padOnly: { canale: 'PAD', say: () => {} },
  notYetDocumented: {
    canale: 'PAD',
    say: (card, row, why) => {
      if (row.to !== null) why.unverified.push(reason('pcpWebInterfaceNotYetAllowed', { from: row.from, to: row.to, card }));
    },
  },
  webInterface: { canale: 'PAD_O_INTERFACCIA_WEB', say: (card, row, why) => why.notes.push(reason('pcpWebInterface', { card, to: row.to }, ...row.sources)) },
  webInterfaceIfPadUnavailable: {
    canale: 'PAD_O_INTERFACCIA_WEB',
    say: (card, row, why) => why.notes.push(reason('pcpWebInterfaceIfPadUnavailable', { card }, ...row.sources)),
  },
};

/** The channel row of a card on a date; cards and days the table does not list go through a PAD only. */
function channelOf(card: PcpCard, date: IsoDate): { rule: ChannelRule; from: IsoDate; to: IsoDate | null; sources: readonly SourceId[] } {
  return inForce(PCP_CHANNELS.filter((c) => c.cards.includes(card)), date) ?? { rule: 'padOnly', from: date, to: date, sources: [] };
}

/** Does ANAC's AD3 check, as it stood on the date, let an amount at or above the legal limit through? */
const AD3_CEILING: Readonly<Record<Ad3CeilingCheck, (value: string, limit: string) => boolean>> = {
  none: () => true,
  blocksAbove: (value, limit) => !isAbove(value, limit),
};

/** Where ANAC's own checks on the direct-award cards differ from the law (research §3.3). */
function directAwardChecks(s: NewScenario, value: string, date: IsoDate, limits: CardLimits, why: Why): void {
  const limit = limits.amounts.directAward;
  const ceiling = requireInForce(AD3_CEILING_CHECKS, date, 'controllo ANAC sul tetto della scheda AD3');
  if (isAtOrAbove(value, limit) && AD3_CEILING[ceiling.check](value, limit)) {
    why.notes.push(reason('pcpAd3AnacAcceptsOverLimit',
      { value, limit: toFixed2(limit), object: s.object, check: ceiling.check, from: ceiling.from, to: ceiling.to },
      ...limits.sources.directAward, ...ceiling.sources));
  }
  const award = toFixed2(s.base);
  if (isBelow(award, limits.amounts.ad5) && !isBelow(value, limits.amounts.ad5)) {
    why.notes.push(reason('pcpAd5CheckNetOfOptions', { amount: award, value, below: limits.amounts.ad5 },
      'anac-npa-regole-ad5', 'anac-npa-dati-comuni', 'dlgs36-art14'));
  }
}

/** Which quadro economico amount each item of the estimated value goes to (the base is split apart). */
const QUADRO_OF_ITEM: Readonly<Record<Exclude<ItemKind, 'base'>, QuadroKey>> = {
  renewal: 'sommeOpzioniRinnovi',
  prorogaOption: 'sommeOpzioniRinnovi',
  otherOption: 'sommeOpzioniRinnovi',
  repetition: 'sommeRipetizioni',
  technicalExtension: 'sommeOpzioniRinnovi',
};

const QUADRO_COMPONENT: Readonly<Record<ObjectKind, QuadroKey>> = { works: 'impLavori', services: 'impServizi', supplies: 'impForniture' };

/** The repetitions of the scenario, where this build's schema has them (CONTRACT §7.1). */
function repetitionsOf(s: NewScenario): string[] {
  const v = scenarioKey(s, 'repetitions');
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * The quadro economico: the object's component is the base net of safety costs, the safety costs
 * their own amount, options and renewals one sum, repetitions another; together they make the
 * estimated value, as ANAC's rules add them up (REG5 of P2_16.dmn; npa#834).
 */
function quadroEconomico(s: NewScenario, items: readonly DecidedItem[], why: Why): QuadroEconomico {
  const q: QuadroEconomico = {};
  q[QUADRO_COMPONENT[s.object]] = toFixed2(euro(s.base).minus(s.safetyCosts ?? '0'));
  if (s.safetyCosts !== undefined) q.impTotaleSicurezza = toFixed2(s.safetyCosts);
  else why.notes.push(reason('pcpQuadroSafetyNotGiven', { object: s.object }, 'anac-npa-dati-comuni'));
  const sums = new Map<QuadroKey, string[]>();
  for (const i of items) {
    if (i.kind === 'base' || !i.counted) continue;
    const key = QUADRO_OF_ITEM[i.kind];
    sums.set(key, [...(sums.get(key) ?? []), i.amount]);
  }
  const repetitions = repetitionsOf(s);
  if (!sums.has('sommeRipetizioni') && repetitions.length > 0) sums.set('sommeRipetizioni', repetitions);
  for (const key of ['sommeOpzioniRinnovi', 'sommeRipetizioni'] as const) {
    const amounts = sums.get(key);
    if (amounts) q[key] = toFixed2(sumAmounts(amounts));
  }
  why.notes.push(reason('pcpQuadroEconomico', {}, 'anac-npa-dati-comuni', 'npa-issue-834'));
  return q;
}

interface PcpAward {
  fields: Fields;
  cigTiming: CigTiming | null;
  rows: PcpCardRow[];
}

/**
 * The PCP fields of a new award: the card from the rows of `rules/pcp-cards.ts` (or null, with the
 * candidates named), its channel, amount and quadro economico, and when the CIG exists.
 */
function pcpAward(s: NewScenario, choice: ProcedureChoice, items: readonly DecidedItem[], value: string, date: IsoDate, why: Why): PcpAward {
  const procedure = s.procedure;
  const query = { date, object: s.object, value, procedure, authority: authorityOf(s), sector: sectorOf(s) };
  // Not stated (CONTRACT §7.5): the candidates are the procedures the law allows, outright or under conditions;
  // when those it allows outright all lead to one card, the law settles it.
  const lawful = [...choice.allowed, ...choice.conditional];
  const { rows: candidates, limits } = matchingCards(procedure === undefined ? { ...query, among: lawful } : query);
  const outright = procedure === undefined ? matchingCards({ ...query, among: choice.allowed }).rows : candidates;
  const settled = agreed(outright, (r) => r.card) !== undefined;
  const rows = settled ? outright : candidates;
  const [first] = rows;
  if (first === undefined) throw new RangeError(`Dati mancanti: nessuna scheda PCP il ${date} per ${procedure ?? 'una procedura'} di ${value}`);
  const chosen = settled ? first : undefined;

  if (chosen) {
    const bandSources = [...chosen.band.atOrAbove, ...chosen.band.below].flatMap((l) => limits.sources[l]);
    why.notes.push(reason('pcpCard', { card: chosen.card, object: s.object, value, limits: limits.amounts },
      ...new Set([...chosen.sources, ...bandSources])));
    const others = procedure === undefined ? candidates.filter((r) => r.card !== chosen.card) : [];
    if (others.length > 0) {
      why.notes.push(reason('pcpCardOtherProcedures', {
        options: others.map((r) => ({ card: r.card, procedures: rowProcedures(r, undefined, choice.conditional), unstated: r.unstated })),
      }, ...new Set(others.flatMap((r) => r.sources))));
    }
  } else if (procedure === undefined) {
    why.unverified.push(reason('pcpCardNeedsProcedure', {
      options: rows.map((r) => ({ card: r.card, procedures: rowProcedures(r, undefined, lawful), unstated: r.unstated })),
    }));
  } else {
    why.unverified.push(reason('pcpCardDependsOn', { procedure, options: rows.map((r) => ({ card: r.card, unstated: r.unstated })) }));
  }
  if (procedure === 'direct') directAwardChecks(s, value, date, limits, why);

  const channels = rows.map((r) => CHANNEL_RULES[channelOf(r.card, date).rule].canale);
  const canale = chosen ? CHANNEL_RULES[channelOf(chosen.card, date).rule].canale : new Set(channels).size === 1 ? channels[0] ?? 'PAD' : 'PAD';
  if (chosen) CHANNEL_RULES[channelOf(chosen.card, date).rule].say(chosen.card, channelOf(chosen.card, date), why);

  const amounts = [...new Set(rows.map((r) => toFixed2(r.amount === 'netOfOptions' ? s.base : value)))];
  const importo = amounts.length === 1 ? amounts[0] ?? null : null;
  if (chosen?.amount === 'netOfOptions' && importo !== null && importo !== value) {
    why.notes.push(reason('pcpAd5AmountNetOfOptions', { amount: importo, value }, 'anac-npa-dati-comuni'));
  }

  const fields: Fields = { scheda: chosen?.card ?? null, canale, importo };
  if (rows.every((r) => r.quadroEconomico !== null)) fields.quadroEconomico = quadroEconomico(s, items, why);
  const phase = agreed(rows, (r) => r.phase);
  return { fields, cigTiming: phase === undefined ? null : CIG_TIMING_BY_PHASE[phase].timing, rows };
}

/** What a PNRR/PNC funding changes, by period (`rules/pnrr.ts`); `smartCigBlocked`: no Smart CIG for this award. */
const PNRR_RULES: Readonly<Record<PnrrRuleId, {
  smartCigBlocked(value: string, row: PnrrRow, why: Why): boolean;
  pcp(rows: readonly PcpCardRow[], row: PnrrRow, why: Why): void;
}>> = {
  noneKnown: {
    smartCigBlocked: (_value, row, why) => {
      if (row.to !== null) why.unverified.push(reason('pnrrNoRuleKnown', { until: row.to }));
      return false;
    },
    pcp: () => {},
  },
  ordinaryCigAlways: {
    smartCigBlocked: (_value, row, why) => {
      why.notes.push(reason('pnrrOrdinaryCig', {}, ...row.sources));
      return true;
    },
    pcp: () => {},
  },
  ordinaryCigAbove: {
    smartCigBlocked: (value, row, why) => {
      const above = row.above ?? '0';
      const blocked = isAbove(value, above);
      why.notes.push(reason(blocked ? 'pnrrOrdinaryCigAbove' : 'pnrrSmartCigAtOrBelow', { value, above: toFixed2(above) }, ...row.sources));
      return blocked;
    },
    pcp: () => {},
  },
  pcpCup: {
    smartCigBlocked: () => false,
    pcp: (rows, row, why) => {
      const cards = (rule: boolean) => [...new Set(rows.filter((r) => r.pnrrCupRule === rule).map((r) => r.card))];
      why.notes.push(reason('pnrrPcpCup', { withRule: cards(true), withoutRule: cards(false) }, ...row.sources));
    },
  },
};

const pnrrRowOn = (date: IsoDate) => requireInForce(PNRR_ROWS, date, 'regole per gli affidamenti PNRR/PNC');

// ---------------------------------------------------------------- rules by regime

interface Award {
  system: SystemId;
  alternatives: SystemId[];
  fields: Fields;
  cigTiming: CigTiming | null;
}

/** With SIMOG and Smart CIG the CIG is acquired before the procedure starts: said among the next steps. */
function simogEraTiming(system: Exclude<SystemId, 'PCP'>, why: Why): CigTiming {
  const t = CIG_TIMING_BY_SYSTEM[system];
  why.next.push(reason('cigTimingNext', { timing: t.timing, card: null }, ...t.sources));
  return t.timing;
}

/** One handler per award rule id of the regimes (`Regime.award`). */
const AWARD_RULES: Readonly<Record<AwardRuleId, {
  newContract(s: NewScenario, total: string, procedure: ProcedureChoice, date: IsoDate, why: Why, regime: Regime): Award;
  /** A modification above the quinto: the new CIG is chosen by the modification's own amount. */
  modification(s: ModificationScenario, date: IsoDate, why: Why, regime: Regime): Award;
}>> = {
  smartCigBelowLimitElseSimog: {
    newContract(s, total, procedure, date, why, regime) {
      const limit = smartCigLimit(s.object, date);
      const label = procedure.field === null ? null : procedureLabel(procedure.field, date);
      const labelOpen = procedure.field !== null;
      const { used } = procedure;
      const pnrr = s.pnrr === true ? pnrrRowOn(date) : undefined;
      const pnrrBlocksSmartCig = pnrr !== undefined && PNRR_RULES[pnrr.rule].smartCigBlocked(total, pnrr, why);
      const belowLimit = isBelow(total, limit.below);
      // Not stated (issue 9): Smart CIG below the limit; where it covered only some procedures, a note says which.
      if (belowLimit && (used === undefined || smartCigAllowed(total, limit, used))) {
        if (!pnrrBlocksSmartCig) {
          why.notes.push(reason('smartCigAllowed', { value: total, below: toFixed2(limit.below) }, limit.source));
          if (used === undefined && limit.procedures !== null) {
            why.notes.push(reason('smartCigDependsOnProcedure', { procedures: limit.procedures, since: limit.from }, limit.source));
          }
          const fields = smartCigFields(total, s.object, limit, label, date, why, labelOpen);
          return { system: 'SMART_CIG', alternatives: ['SIMOG'], fields, cigTiming: simogEraTiming('SMART_CIG', why) };
        }
      } else if (belowLimit && used !== undefined) {
        why.notes.push(reason('smartCigProcedureNotCovered', { procedure: used, since: limit.from }, limit.source));
        if (used === 'other') why.unverified.push(reason('smartCigOtherFattispecie', {}));
      } else {
        why.notes.push(reason('simogAtOrAboveLimit', { value: total, below: toFixed2(limit.below) }, limit.source, 'anac-faq-rinnovo'));
      }
      const renewalsForeseen = (s.renewals ?? []).length > 0;
      const repetitionsForeseen = (s.repetitions ?? []).length > 0;
      const fields = simogFields(total, s.object, label, { safetyCosts: s.safetyCosts, prevedeRipetizioni: renewalsForeseen || repetitionsForeseen });
      why.notes.push(reason('simogRepetitions', { renewalsForeseen }, 'anac-faq-rinnovo', 'simog-docs'));
      if (repetitionsForeseen) why.notes.push(reason('simogRepetitionsForeseen', {}, 'simog-docs', ...regime.estimate.repetitionSources));
      if (label === null && labelOpen) why.unverified.push(reason('simogProcedureLabelUnknown', {}));
      return { system: 'SIMOG', alternatives: [], fields, cigTiming: simogEraTiming('SIMOG', why) };
    },
    modification(s, date, why) {
      const limit = smartCigLimit(s.object, date);
      const data = { amount: toFixed2(s.amount), below: toFixed2(limit.below), label: VARIANT_PROCEDURE_LABEL };
      if (smartCigAllowed(s.amount, limit, 'direct')) {
        why.notes.push(reason('modificationSmartCig', data, limit.source, 'anac-faq-rinnovo'));
        const fields = smartCigFields(s.amount, s.object, limit, VARIANT_PROCEDURE_LABEL, date, why);
        return { system: 'SMART_CIG', alternatives: ['SIMOG'], fields, cigTiming: simogEraTiming('SMART_CIG', why) };
      }
      why.notes.push(reason('modificationSimog', data, limit.source, 'anac-faq-rinnovo'));
      const fields = simogFields(s.amount, s.object, VARIANT_PROCEDURE_LABEL, { prevedeRipetizioni: false });
      return { system: 'SIMOG', alternatives: [], fields, cigTiming: simogEraTiming('SIMOG', why) };
    },
  },
  pcpCertifiedPlatform: {
    // The card reads the procedure as stated: not stated, it is not assumed (CONTRACT §7.5).
    newContract(s, total, procedure, date, why, regime) {
      why.notes.push(reason('pcpOnlyCertifiedPlatforms', { since: regime.from }, 'anac-delibera-582-2023', 'dlgs36-art225'));
      // A procedure the law does not allow for the value: the card, which names a procedure, stays empty (procedureNotAllowed says why).
      if (procedure.used !== undefined && procedure.field === null) return { system: 'PCP', alternatives: [], fields: pcpFieldsWithoutCard(total), cigTiming: null };
      const { fields, cigTiming, rows } = pcpAward(s, procedure, estimateValue(s, regime).items, total, date, why);
      if (s.pnrr === true) {
        const pnrr = pnrrRowOn(date);
        PNRR_RULES[pnrr.rule].pcp(rows, pnrr, why);
      }
      const card = fields.scheda ?? null;
      const known = rows.find((r) => r.card === card);
      if (cigTiming !== null) {
        const sources = known ? CIG_TIMING_BY_PHASE[known.phase].sources : CIG_TIMING_BY_PHASE[rows[0]?.phase ?? 'pubblicazione'].sources;
        why.next.push(reason('cigTimingNext', { timing: cigTiming, card: known?.card ?? null }, ...sources));
      }
      return { system: 'PCP', alternatives: [], fields, cigTiming };
    },
    /** Not reached while the event rules answer every PCP-era modification on the original CIG (rules/events.ts). */
    modification(s, _date, why, regime) {
      why.notes.push(reason('pcpOnlyCertifiedPlatforms', { since: regime.from }, 'anac-delibera-582-2023'), reason('eventNewProcedure', {}, 'anac-npa-modifiche'));
      return { system: 'PCP', alternatives: [], fields: pcpFieldsWithoutCard(s.amount), cigTiming: null };
    },
  },
};

/** One handler per renewal rule id of the regimes (`Regime.renewal`). */
const RENEWAL_RULES: Readonly<Record<RenewalRuleId, {
  /** Said, for a new contract with renewals, about the day a renewal is exercised. */
  whenExercised: Reason;
  exercise(s: RenewalScenario, why: Why): Pick<Decision, 'newCig' | 'system' | 'alternatives' | 'fields' | 'cigTiming' | 'contribution'>;
}>> = {
  newSimogCig: {
    whenExercised: reason('nextRenewalSimog', {}, 'anac-faq-rinnovo'),
    exercise(s, why) {
      why.notes.push(
        reason('renewalNewSimogCig', {}, 'anac-faq-rinnovo'),
        reason('renewalSimogFields', {}, 'anac-faq-rinnovo', 'simog-docs'),
        reason('renewalNoContribution', {}, 'anac-faq-rinnovo'),
      );
      why.unverified.push(reason('renewalSimogProcedureUnknown', {}));
      return {
        newCig: true, system: 'SIMOG', alternatives: [],
        fields: simogFields(s.amount, s.object, null, { prevedeRipetizioni: false, originalCig: s.originalCig.trim().toUpperCase() }),
        cigTiming: simogEraTiming('SIMOG', why),
        contribution: { stazioneAppaltante: '0.00', operatoreEconomico: '0.00', sources: ['anac-faq-rinnovo'] },
      };
    },
  },
  pcpUnverified: {
    whenExercised: reason('nextRenewalPcp', {}, 'anac-npa-schede', 'npa-1880'),
    exercise(_s, why) {
      why.notes.push(reason('renewalPcpDeclared', {}, 'anac-npa-schede'));
      why.unverified.push(reason('renewalPcpNewCigUnverified', {}));
      // Nothing to acquire is settled: no system, no fields (CONTRACT §2).
      return { newCig: null, system: null, alternatives: [], fields: {}, contribution: null };
    },
  },
};

// ---------------------------------------------------------------- cases

/** Issue 9: the procedures the law allows for a new contract's estimated value, for the questionnaire's procedure question. */
export function procedureChoices(input: NewInput, options: AdviseOptions = {}): { estimatedValue: string; assessment: ProcedureAssessment } {
  const s = asSingleContract(input);
  const date = s.date ?? options.today ?? todayInRome();
  const { total } = estimateValue(s, regimeOn(date));
  return { estimatedValue: total, assessment: assessProcedures(total, s, date) };
}

function adviseNew(s: NewScenario, date: IsoDate, regime: Regime): Decision {
  const why = newWhy();
  const { items, total } = estimateValue(s, regime);

  const withOptions = items.some((i) => i.counted && i.kind !== 'base');
  why.notes.push(reason(withOptions ? 'estimateWithOptions' : 'estimateCertainPart', { total }, regime.estimate.law));
  const uncountedTechnical = items.find((i) => i.kind === 'technicalExtension' && !i.counted);
  if (uncountedTechnical && uncountedTechnical.amount !== null) {
    why.notes.push(reason('technicalExtensionNotCounted', { amount: uncountedTechnical.amount }, 'anac-faq-rinnovo', ...regime.modificationSources));
  }

  // issue 9: the procedures the law allows for the value (CONTRACT §7.2, §7.5: an omitted procedure is not stated)
  const assessment = assessProcedures(total, s, date);
  why.notes.push(...assessment.notes);
  why.unverified.push(...assessment.unverified);
  const procedure: ProcedureChoice = {
    used: s.procedure ?? assessment.fieldProcedure ?? undefined, field: assessment.fieldProcedure,
    allowed: assessment.procedures.allowed, conditional: assessment.conditional.map((c) => c.data.procedure),
  };
  const award = AWARD_RULES[regime.award].newContract(s, total, procedure, date, why, regime);

  const contribution = contributionFor(total, date);
  if (contribution.known) why.notes.push(reason('contributionDue', contribution.amounts, 'l266-2005'));
  else why.unverified.push(contribution.why);
  const contributionAdvice = contribution.known ? contributionOf(contribution, date, why) : null;

  // issue 9, events: where ANAC's rule of this date communicates later events on this CIG, say so (events.ts).
  const card = award.fields.scheda ?? null;
  if ((s.renewals ?? []).length > 0) why.next.push(nextOnOriginalCig('renewal', date, s.base, card) ?? RENEWAL_RULES[regime.renewal].whenExercised);
  const span = quintoRuleSpan(date);
  why.next.push(nextOnOriginalCig('modification', date, s.base, card) ?? reason('nextModificationQuinto', {
    base: toFixed2(s.base), fifth: toFixed2(quintoOf(s.base)), until: span?.until ?? null, pcpFrom: span?.pcpFrom ?? null,
  },
    'anac-faq-tracciabilita-a39', ...regime.modificationSources));
  if ((s.prorogaOptions ?? []).length > 0) why.next.push(nextOnOriginalCig('prorogaOption', date, s.base, card) ?? reason('nextProrogaOption', {}, 'anac-faq-rinnovo'));

  return {
    case: 'new', date, regime: regimeRef(regime),
    estimatedValue: total, items,
    newCig: true, ...award,
    contribution: contributionAdvice,
    ...why,
    procedures: assessment.procedures,
    euThreshold: assessment.euThreshold,
  };
}

/**
 * The answers of the rule set in force on the event's date, for the dates where ANAC's guidance keeps them
 * (events.ts dispatches; `modificationSources` is the governing law's, or null to use the regime's).
 */
function byRegime(date: IsoDate, regime: Regime): RegimeAnswers {
  return {
    renewal: (s, why) => RENEWAL_RULES[regime.renewal].exercise(s, why),
    modification(s, why, modificationSources) {
      const lawSources = modificationSources ?? regime.modificationSources;
      const quinto = { modification: s.case, amount: toFixed2(s.amount), fifth: toFixed2(quintoOf(s.contractAmount)) };
      const quintoSources: SourceId[] = ['anac-faq-tracciabilita-a39', 'anac-faq-rinnovo', ...lawSources];
      if (s.case === 'technicalExtension') {
        why.notes.push(reason('technicalExtensionPurpose', {}, 'anac-faq-rinnovo', ...lawSources));
      }
      if (!exceedsQuinto(s.amount, s.contractAmount)) {
        why.notes.push(reason('modificationWithinQuinto', quinto, ...quintoSources));
        return {
          newCig: false, system: null, alternatives: [], fields: {},
          contribution: { stazioneAppaltante: '0.00', operatoreEconomico: '0.00', sources: ['anac-faq-tracciabilita-a39'] },
        };
      }
      why.notes.push(reason('modificationOverQuinto', quinto, ...quintoSources));
      const award = AWARD_RULES[regime.award].modification(s, date, why, regime);
      const contribution = contributionFor(s.amount, date);
      if (contribution.known && isExempt(contribution.amounts)) why.notes.push(reason('contributionDue', contribution.amounts, 'l266-2005'));
      else if (contribution.known) why.unverified.push(reason('modificationContributionUnverified', contribution.amounts));
      else why.unverified.push(contribution.why);
      return {
        newCig: true, ...award,
        contribution: contribution.known && isExempt(contribution.amounts) ? contributionOf(contribution, date, why) : null,
      };
    },
  };
}

function adviseOnEvent(s: RenewalScenario | ModificationScenario, date: IsoDate, regime: Regime): Decision {
  return { case: s.case, date, regime: regimeRef(regime), ...adviseEvent(s, date, byRegime(date, regime)) };
}

/** Issue 11: what the lots module reuses of this engine (passed in, so the modules import each other in one direction only). */
const LOT_ENGINE: LotEngine = { adviseNew, simogFields, quadroEconomico };

/** Issue 11: what a contract under a framework agreement reuses of this engine. */
const FRAMEWORK_CALL_ENGINE: FrameworkCallEngine = {
  smartCigLimit,
  smartCigFields: (value, object, limit, label, date, why) => smartCigFields(value, object, limit, label, date, why),
  pcpChannel(card, date, why) {
    const row = channelOf(card, date);
    CHANNEL_RULES[row.rule].say(card, row, why);
    return CHANNEL_RULES[row.rule].canale;
  },
  contribution(value, date, why) {
    const c = contributionFor(value, date);
    if (!c.known) {
      why.unverified.push(c.why);
      return null;
    }
    if (isExempt(c.amounts)) why.notes.push(reason('contributionDue', c.amounts, 'l266-2005'));
    return contributionOf(c, date, why);
  },
};

/** The decision for a validated scenario. */
export function advise(s: Scenario, options: AdviseOptions = {}): Decision {
  const date = s.date ?? options.today ?? todayInRome();
  const regime = regimeOn(date);
  switch (s.case) {
    // issue 11: a contract in lots is advised on the sum of its lots, with one CIG per lot (lots.ts)
    case 'new': {
      // issue 11: an in-house award or a contract subject only to tracciabilità (special-awards.ts)
      const special = s.excluded ?? (s.procedure === 'inHouse' ? s.procedure : undefined);
      if (special !== undefined) return { case: 'new', date, regime: regimeRef(regime), ...adviseSpecialAward(special, asSingleContract(s), date, regime, FRAMEWORK_CALL_ENGINE) };
      const d = s.lots === undefined ? adviseNew(asSingleContract(s), date, regime) : adviseLots({ ...s, lots: s.lots }, date, regime, LOT_ENGINE);
      // issue 11: the framework agreement itself gets the CIG padre on its maximum value
      if (s.procedure !== 'frameworkAgreement') return d;
      return { ...d, notes: [reason('frameworkAgreementParent', {}, 'avcp-det-8-2010', regime.estimate.law), ...d.notes], unverified: [reason('frameworkAgreementProcedure', {}), ...d.unverified] };
    }
    case 'renewal':
    case 'variant':
    case 'technicalExtension': return adviseOnEvent(s, date, regime);
    case 'frameworkCall': return { case: s.case, date, regime: regimeRef(regime), ...adviseFrameworkCall(s, date, FRAMEWORK_CALL_ENGINE) };
  }
}
