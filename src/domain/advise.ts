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
import type { SourceId } from './rules/sources.ts';
import { adviseEvent, newWhy, nextOnOriginalCig, type RegimeAnswers, type Why } from './events.ts';

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

function smartCigFields(value: string, object: ObjectKind, limit: SmartCigLimit, label: string | null, date: IsoDate, why: Why): Fields {
  if (limit.fattispecie === null) {
    const below = (o: ObjectKind) => smartCigLimit(o, date).below;
    why.unverified.push(reason('smartCigFattispecieUnknown', {
      since: limit.from, limits: { works: below('works'), services: below('services'), supplies: below('supplies') },
    }));
  }
  if (label === null) why.unverified.push(reason('smartCigProcedureLabelUnknown', {}));
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

function pcpFields(value: string, object: ObjectKind, procedure: Procedure, date: IsoDate, why: Why): Fields {
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
  newContract(s: NewScenario, total: string, procedure: Procedure, date: IsoDate, why: Why, regime: Regime): Award;
  /** A modification above the quinto: the new CIG is chosen by the modification's own amount. */
  modification(s: ModificationScenario, date: IsoDate, why: Why, regime: Regime): Award;
}>> = {
  smartCigBelowLimitElseSimog: {
    newContract(s, total, procedure, date, why) {
      const limit = smartCigLimit(s.object, date);
      const label = procedureLabel(procedure, date);
      if (smartCigAllowed(total, limit, procedure)) {
        why.notes.push(reason('smartCigAllowed', { value: total, below: toFixed2(limit.below) }, limit.source));
        return { system: 'SMART_CIG', alternatives: ['SIMOG'], fields: smartCigFields(total, s.object, limit, label, date, why) };
      }
      if (isBelow(total, limit.below)) {
        why.notes.push(reason('smartCigProcedureNotCovered', { procedure, since: limit.from }, limit.source));
        if (procedure === 'other') why.unverified.push(reason('smartCigOtherFattispecie', {}));
      } else {
        why.notes.push(reason('simogAtOrAboveLimit', { value: total, below: toFixed2(limit.below) }, limit.source, 'anac-faq-rinnovo'));
      }
      const renewalsForeseen = (s.renewals ?? []).length > 0;
      const fields = simogFields(total, s.object, label, { safetyCosts: s.safetyCosts, prevedeRipetizioni: renewalsForeseen });
      why.notes.push(reason('simogRepetitions', { renewalsForeseen }, 'anac-faq-rinnovo', 'simog-docs'));
      if (label === null) why.unverified.push(reason('simogProcedureLabelUnknown', {}));
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
      return { system: 'PCP', alternatives: [], fields: pcpFields(total, s.object, procedure, date, why) };
    },
    /** Not reached while the event rules answer every PCP-era modification on the original CIG (rules/events.ts). */
    modification(s, _date, why, regime) {
      why.notes.push(reason('pcpOnlyCertifiedPlatforms', { since: regime.from }, 'anac-delibera-582-2023'), reason('eventNewProcedure', {}, 'anac-npa-modifiche'));
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
    whenExercised: reason('nextRenewalPcp', {}, 'anac-npa-schede', 'npa-1880'),
    exercise(s, why) {
      why.notes.push(reason('renewalPcpDeclared', {}, 'anac-npa-schede'));
      why.unverified.push(reason('renewalPcpNewCigUnverified', {}));
      return { newCig: null, system: 'PCP', alternatives: [], fields: pcpFieldsWithoutCard(s.amount), contribution: null };
    },
  },
};

// ---------------------------------------------------------------- cases

function adviseNew(s: NewScenario, date: IsoDate, regime: Regime): Decision {
  const why = newWhy();
  const procedure = s.procedure ?? 'direct';
  const { items, total } = estimateValue(s, regime);

  const withOptions = items.some((i) => i.counted && i.kind !== 'base');
  why.notes.push(reason(withOptions ? 'estimateWithOptions' : 'estimateCertainPart', { total }, regime.estimate.law));
  const uncountedTechnical = items.find((i) => i.kind === 'technicalExtension' && !i.counted);
  if (uncountedTechnical) {
    why.notes.push(reason('technicalExtensionNotCounted', { amount: uncountedTechnical.amount }, 'anac-faq-rinnovo', ...regime.modificationSources));
  }

  const award = AWARD_RULES[regime.award].newContract(s, total, procedure, date, why, regime);

  const contribution = contributionFor(total, date);
  if (contribution.known) why.notes.push(reason('contributionDue', contribution.amounts, 'l266-2005'));
  else why.unverified.push(contribution.why);

  // issue 9, events: where ANAC's rule of this date communicates later events on this CIG, say so (events.ts).
  if ((s.renewals ?? []).length > 0) why.next.push(nextOnOriginalCig('renewal', date, s.base) ?? RENEWAL_RULES[regime.renewal].whenExercised);
  why.next.push(nextOnOriginalCig('modification', date, s.base) ?? reason('nextModificationQuinto', { base: toFixed2(s.base), fifth: toFixed2(quintoOf(s.base)) },
    'anac-faq-tracciabilita-a39', ...regime.modificationSources));
  if ((s.prorogaOptions ?? []).length > 0) why.next.push(nextOnOriginalCig('prorogaOption', date, s.base) ?? reason('nextProrogaOption', {}, 'anac-faq-rinnovo'));

  return {
    case: 'new', date, regime: regimeRef(regime),
    estimatedValue: total, items,
    newCig: true, ...award,
    contribution: contribution.known ? { ...contribution.amounts, sources: contribution.sources } : null,
    ...why,
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
        contribution: contribution.known && isExempt(contribution.amounts) ? { ...contribution.amounts, sources: contribution.sources } : null,
      };
    },
  };
}

function adviseOnEvent(s: RenewalScenario | ModificationScenario, date: IsoDate, regime: Regime): Decision {
  return { case: s.case, date, regime: regimeRef(regime), ...adviseEvent(s, date, byRegime(date, regime)) };
}

/** The decision for a validated scenario. */
export function advise(s: Scenario, options: AdviseOptions = {}): Decision {
  const date = s.date ?? options.today ?? todayInRome();
  const regime = regimeOn(date);
  switch (s.case) {
    case 'new': return adviseNew(s, date, regime);
    case 'renewal':
    case 'variant':
    case 'technicalExtension': return adviseOnEvent(s, date, regime);
  }
}
