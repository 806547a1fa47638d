/**
 * The engine: a scenario in, a decision out. Pure and synchronous; every rule it applies comes from
 * `rules/data.ts` with its period and source. What differs between periods is read from the regime
 * in force (its award and renewal rule ids, dispatched through the small tables below), never
 * branched on here. Conclusions are reasons as codes (`reasons.ts`); `src/copy/present.ts` puts
 * them into words (CONTRACT §2). Where the reference does not settle a point, the value is null and
 * `unverified` says what must be checked.
 */
import { isAtOrAbove, isBelow, toFixed2 } from './money.ts';
import { formatDateIt, todayInRome, type IsoDate } from './dates.ts';
import { estimateValue, exceedsQuinto, quintoOf } from './estimate.ts';
import type { ContributionAmounts, Decision, Fields, RegimeRef } from './advice.ts';
import { reason, type Reason } from './reasons.ts';
import type { ModificationScenario, NewScenario, RenewalScenario, Scenario } from './scenario.ts';
import {
  CONTRIBUTION_TABLES, DIRECT_AWARD_LIMITS, FIRST_SUPPORTED_DATE, OBJECT_LABEL, PCP_AD5_BELOW, PCP_SMALL_DIRECT_AWARD_CHANNEL,
  PROCEDURE_LABELS, REGIMES, SMART_CIG_LIMITS, VARIANT_PROCEDURE_LABEL,
  type AwardRuleId, type ObjectKind, type Procedure, type Regime, type RenewalRuleId, type SmartCigLimit, type SystemId,
} from './rules/data.ts';
import { inForce, requireInForce } from './rules/periods.ts';
import { assessProcedures, type ProcedureAssessment } from './procedures.ts';
import type { SourceId } from './rules/sources.ts';

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

/** Notes, open points and next events, gathered while a case is worked out. */
interface Why {
  notes: Reason[];
  unverified: Reason[];
  next: Reason[];
}

const newWhy = (): Why => ({ notes: [], unverified: [], next: [] });

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
  | { known: true; amounts: ContributionAmounts; sources: readonly SourceId[] }
  | { known: false; why: Reason };

/** The contribution for an amount on a date; unknown when the table of that period is not known. */
function contributionFor(value: string, date: IsoDate): ContributionLookup {
  const table = inForce(CONTRIBUTION_TABLES, date);
  if (!table) return { known: false, why: reason('contributionNoData', { date }) };
  const band = table.bands?.find((b) => isAtOrAbove(value, b.from) && (b.below === null || isBelow(value, b.below)));
  if (!band) return { known: false, why: reason('contributionTableUnknown', { note: table.note }) };
  return {
    known: true,
    amounts: { stazioneAppaltante: toFixed2(band.stazioneAppaltante), operatoreEconomico: toFixed2(band.operatoreEconomico) },
    sources: ['l266-2005', ...table.sources],
  };
}

const isExempt = (c: ContributionAmounts) => c.stazioneAppaltante === '0.00' && c.operatoreEconomico === '0.00';

// ---------------------------------------------------------------- fields by system

/**
 * The procedure of a new contract as the award handlers read it (issue 9, CONTRACT §7.5): `used`, the
 * procedure that picks the system (the chosen one, or the only one the law allows; undefined when not
 * stated); `field`, the one the form's procedure field may name (null: left empty, with a note).
 */
interface ProcedureChoice {
  used: Procedure | undefined;
  field: Procedure | null;
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

function pcpFields(value: string, object: ObjectKind, procedure: Procedure | undefined, date: IsoDate, why: Why): Fields {
  // issue 9 (minimal): without a stated procedure there is no card to name
  if (procedure === undefined) {
    why.unverified.push(reason('pcpCardProcedureNotStated', {}, 'anac-npa-schede'));
    return pcpFieldsWithoutCard(value);
  }
  if (procedure === 'direct' && isBelow(value, PCP_AD5_BELOW)) {
    const channel = requireInForce(PCP_SMALL_DIRECT_AWARD_CHANNEL, date, 'canale della scheda AD5');
    why.notes.push(reason('pcpAd5', { canale: channel.canale, below: PCP_AD5_BELOW }, 'anac-npa-schede', channel.source));
    if (channel.webInterfaceUnverified && channel.to !== null) {
      why.unverified.push(reason('pcpWebInterfaceNotYetAllowed', { from: channel.from, to: channel.to, below: PCP_AD5_BELOW }));
    }
    return { scheda: 'AD5', canale: channel.canale, importo: toFixed2(value) };
  }
  const limit = inForce(DIRECT_AWARD_LIMITS.filter((l) => l.object === object), date);
  if (procedure === 'direct' && limit && isBelow(value, limit.below)) {
    why.notes.push(reason('pcpAd3', { from: PCP_AD5_BELOW, below: toFixed2(limit.below) }, 'anac-npa-schede', limit.source));
    return { scheda: 'AD3', canale: 'PAD', importo: toFixed2(value) };
  }
  if (procedure === 'direct' && limit) {
    why.notes.push(reason('pcpDirectAwardOverLimit', { value: toFixed2(value), object, below: toFixed2(limit.below) }, limit.source));
  }
  why.unverified.push(reason('pcpCardByProcedure', { procedure }));
  return pcpFieldsWithoutCard(value);
}

// ---------------------------------------------------------------- rules by regime

interface Award {
  system: SystemId;
  alternatives: SystemId[];
  fields: Fields;
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
      if (used === undefined && limit.procedures !== null && isBelow(total, limit.below)) {
        // Not stated, and Smart CIG covered only some procedures: Smart CIG for those, SIMOG otherwise.
        why.notes.push(reason('smartCigAllowed', { value: total, below: toFixed2(limit.below) }, limit.source));
        why.notes.push(reason('smartCigDependsOnProcedure', { procedures: limit.procedures, since: limit.from }, limit.source));
        return { system: 'SMART_CIG', alternatives: ['SIMOG'], fields: smartCigFields(total, s.object, limit, label, date, why, labelOpen) };
      }
      if (used === undefined ? isBelow(total, limit.below) : smartCigAllowed(total, limit, used)) {
        why.notes.push(reason('smartCigAllowed', { value: total, below: toFixed2(limit.below) }, limit.source));
        return { system: 'SMART_CIG', alternatives: ['SIMOG'], fields: smartCigFields(total, s.object, limit, label, date, why, labelOpen) };
      }
      if (used !== undefined && isBelow(total, limit.below)) {
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
      return { system: 'SIMOG', alternatives: [], fields };
    },
    modification(s, date, why) {
      const limit = smartCigLimit(s.object, date);
      const data = { amount: toFixed2(s.amount), below: toFixed2(limit.below), label: VARIANT_PROCEDURE_LABEL };
      if (smartCigAllowed(s.amount, limit, 'direct')) {
        why.notes.push(reason('modificationSmartCig', data, limit.source, 'anac-faq-rinnovo'));
        return { system: 'SMART_CIG', alternatives: ['SIMOG'], fields: smartCigFields(s.amount, s.object, limit, VARIANT_PROCEDURE_LABEL, date, why) };
      }
      why.notes.push(reason('modificationSimog', data, limit.source, 'anac-faq-rinnovo'));
      return { system: 'SIMOG', alternatives: [], fields: simogFields(s.amount, s.object, VARIANT_PROCEDURE_LABEL, { prevedeRipetizioni: false }) };
    },
  },
  pcpCertifiedPlatform: {
    newContract(s, total, procedure, date, why, regime) {
      why.notes.push(reason('pcpOnlyCertifiedPlatforms', { since: regime.from }, 'anac-delibera-582-2023', 'dlgs36-art225'));
      return { system: 'PCP', alternatives: [], fields: pcpFields(total, s.object, procedure.used, date, why) };
    },
    modification(s, _date, why, regime) {
      why.notes.push(reason('modificationPcp', { since: regime.from }, 'anac-delibera-582-2023'));
      why.unverified.push(reason('modificationPcpCardUnknown', {}));
      return { system: 'PCP', alternatives: [], fields: pcpFieldsWithoutCard(s.amount) };
    },
  },
};

/** One handler per renewal rule id of the regimes (`Regime.renewal`). */
const RENEWAL_RULES: Readonly<Record<RenewalRuleId, {
  /** Said, for a new contract with renewals, about the day a renewal is exercised. */
  whenExercised: Reason;
  exercise(s: RenewalScenario, why: Why): Pick<Decision, 'newCig' | 'system' | 'alternatives' | 'fields' | 'contribution'>;
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
        contribution: { stazioneAppaltante: '0.00', operatoreEconomico: '0.00', sources: ['anac-faq-rinnovo'] },
      };
    },
  },
  pcpUnverified: {
    whenExercised: reason('nextRenewalPcp', {}, 'anac-npa-schede'),
    exercise(s, why) {
      why.notes.push(reason('renewalPcpDeclared', {}, 'anac-npa-schede'));
      why.unverified.push(reason('renewalPcpNewCigUnverified', {}));
      return { newCig: null, system: 'PCP', alternatives: [], fields: pcpFieldsWithoutCard(s.amount), contribution: null };
    },
  },
};

// ---------------------------------------------------------------- cases

/** Issue 9: the procedures the law allows for a new contract's estimated value, for the questionnaire's procedure question. */
export function procedureChoices(s: NewScenario, options: AdviseOptions = {}): { estimatedValue: string; assessment: ProcedureAssessment } {
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
  if (uncountedTechnical) {
    why.notes.push(reason('technicalExtensionNotCounted', { amount: uncountedTechnical.amount }, 'anac-faq-rinnovo', ...regime.modificationSources));
  }

  // issue 9: the procedures the law allows for the value (CONTRACT §7.2, §7.5: an omitted procedure is not stated)
  const assessment = assessProcedures(total, s, date);
  why.notes.push(...assessment.notes);
  why.unverified.push(...assessment.unverified);
  const procedure: ProcedureChoice = { used: s.procedure ?? assessment.fieldProcedure ?? undefined, field: assessment.fieldProcedure };
  const award = AWARD_RULES[regime.award].newContract(s, total, procedure, date, why, regime);

  const contribution = contributionFor(total, date);
  if (contribution.known) why.notes.push(reason('contributionDue', contribution.amounts, 'l266-2005'));
  else why.unverified.push(contribution.why);

  if ((s.renewals ?? []).length > 0) why.next.push(RENEWAL_RULES[regime.renewal].whenExercised);
  why.next.push(reason('nextModificationQuinto', { base: toFixed2(s.base), fifth: toFixed2(quintoOf(s.base)) },
    'anac-faq-tracciabilita-a39', ...regime.modificationSources));
  if ((s.prorogaOptions ?? []).length > 0) why.next.push(reason('nextProrogaOption', {}, 'anac-faq-rinnovo'));

  return {
    case: 'new', date, regime: regimeRef(regime),
    estimatedValue: total, items,
    newCig: true, ...award,
    contribution: contribution.known ? { ...contribution.amounts, sources: contribution.sources } : null,
    ...why,
    procedures: assessment.procedures,
    euThreshold: assessment.euThreshold,
  };
}

function adviseRenewal(s: RenewalScenario, date: IsoDate, regime: Regime): Decision {
  const why = newWhy();
  const outcome = RENEWAL_RULES[regime.renewal].exercise(s, why);
  return { case: 'renewal', date, regime: regimeRef(regime), ...outcome, ...why };
}

function adviseModification(s: ModificationScenario, date: IsoDate, regime: Regime): Decision {
  const why = newWhy();
  const head = { case: s.case, date, regime: regimeRef(regime) };
  const quinto = { modification: s.case, amount: toFixed2(s.amount), fifth: toFixed2(quintoOf(s.contractAmount)) };
  const quintoSources: SourceId[] = ['anac-faq-tracciabilita-a39', 'anac-faq-rinnovo', ...regime.modificationSources];
  if (s.case === 'technicalExtension') {
    why.notes.push(reason('technicalExtensionPurpose', {}, 'anac-faq-rinnovo', ...regime.modificationSources));
  }
  if (!exceedsQuinto(s.amount, s.contractAmount)) {
    why.notes.push(reason('modificationWithinQuinto', quinto, ...quintoSources));
    return {
      ...head, newCig: false, system: null, alternatives: [], fields: {},
      contribution: { stazioneAppaltante: '0.00', operatoreEconomico: '0.00', sources: ['anac-faq-tracciabilita-a39'] },
      ...why,
    };
  }
  why.notes.push(reason('modificationOverQuinto', quinto, ...quintoSources));
  const award = AWARD_RULES[regime.award].modification(s, date, why, regime);
  const contribution = contributionFor(s.amount, date);
  if (contribution.known && isExempt(contribution.amounts)) why.notes.push(reason('contributionDue', contribution.amounts, 'l266-2005'));
  else if (contribution.known) why.unverified.push(reason('modificationContributionUnverified', contribution.amounts));
  else why.unverified.push(contribution.why);
  return {
    ...head, newCig: true, ...award,
    contribution: contribution.known && isExempt(contribution.amounts) ? { ...contribution.amounts, sources: contribution.sources } : null,
    ...why,
  };
}

/** The decision for a validated scenario. */
export function advise(s: Scenario, options: AdviseOptions = {}): Decision {
  const date = s.date ?? options.today ?? todayInRome();
  const regime = regimeOn(date);
  switch (s.case) {
    case 'new': return adviseNew(s, date, regime);
    case 'renewal': return adviseRenewal(s, date, regime);
    case 'variant':
    case 'technicalExtension': return adviseModification(s, date, regime);
  }
}
