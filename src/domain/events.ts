/**
 * Events on an awarded contract (issue 9): a renewal or option exercised, a modification, a proroga
 * tecnica. Three look-ups in `rules/events.ts` decide the answer:
 * - ANAC's guidance in force on the event's date (`EVENT_RULES`), dispatched through `EVENT_HANDLERS`;
 * - the law of the original contract, by its start date (art. 226 c.2 d.lgs. 36/2023): it names the norm
 *   on modifications and the quinto, whatever the event's date;
 * - the system of the original CIG, by its series (or, without it, by the original start date), and the
 *   modification card by the card that awarded the contract.
 * Where the inputs do not settle a point, the value is null and `unverified` says what is known.
 */
import { toFixed2 } from './money.ts';
import type { IsoDate } from './dates.ts';
import { exceedsQuinto, quintoOf } from './estimate.ts';
import type { Communication, Decision } from './advice.ts';
import { reason, type Reason } from './reasons.ts';
import { normaliseCig } from './cig.ts';
import type { ModificationScenario, RenewalScenario } from './scenario.ts';
import { inForce, requireInForce } from './rules/periods.ts';
import {
  CIG_SERIES, CONTRACT_LAWS, EVENTS_UNDER_PCP_FROM, EVENT_RULES, MODIFICATION_CARDS,
  type CigSystem, type ContractLaw, type EventRule, type EventRuleId, type ModificationCard, type OriginalCard,
} from './rules/events.ts';
import type { SourceId } from './rules/sources.ts';

/** Notes, open points and next events, gathered while a case is worked out. */
export interface Why {
  notes: Reason[];
  unverified: Reason[];
  next: Reason[];
}

export const newWhy = (): Why => ({ notes: [], unverified: [], next: [] });

export type EventScenario = RenewalScenario | ModificationScenario;

/** What an event's answer decides (the head, case, date and regime, is the caller's). */
export type EventOutcome = Pick<Decision, 'newCig' | 'system' | 'alternatives' | 'fields' | 'contribution'> & { communication: Communication | null };

/** Today's answers by the regime in force on the event's date (advise.ts), for the `byRegime` rows. */
export interface RegimeAnswers {
  renewal(s: RenewalScenario, why: Why): Omit<EventOutcome, 'communication'>;
  /** `modificationSources`: the norms on modifications of the governing law, or of the event date's regime when unknown. */
  modification(s: ModificationScenario, why: Why, modificationSources: readonly SourceId[] | null): Omit<EventOutcome, 'communication'>;
}

const NO_CONTRIBUTION = (...sources: SourceId[]) => ({ stazioneAppaltante: '0.00', operatoreEconomico: '0.00', sources });

// ---------------------------------------------------------------- the original contract: law and system

interface Original {
  /** The law governing the event; null when the inputs do not settle it. */
  law: ContractLaw | null;
  /** Where the original CIG lives; 'PRE_PCP': SIMOG or Smart CIG (by date, without the CIG); null: unknown. */
  system: CigSystem | 'PRE_PCP' | null;
}

const lawOn = (date: IsoDate) => inForce(CONTRACT_LAWS, date);

/** The laws that came into force after the original contract's, up to the event: their transition norms keep it. */
function transitionSources(law: ContractLaw, eventDate: IsoDate): SourceId[] {
  const later = CONTRACT_LAWS.filter((l) => l.from > law.from && l.from <= eventDate);
  const sources = later.flatMap((l) => (l.transition === null ? [] : [l.transition]));
  return sources.length > 0 ? sources : [...law.modificationSources, 'dlgs36-art226'];
}

function cigSystem(cig: string | undefined): { cig: string; system: CigSystem; issued: string; source: SourceId } | null {
  if (cig === undefined) return null;
  const code = normaliseCig(cig);
  const row = CIG_SERIES.find((r) => r.first.test(code));
  return row ? { cig: code, system: row.system, issued: row.issued, source: row.source } : null;
}

/**
 * The law of the original contract. Said in a note when the start date is given; inferred from a PCP CIG;
 * otherwise an open point, for modifications only and only where the candidate laws treat the quinto differently.
 */
function lawOf(s: EventScenario, date: IsoDate, why: Why): ContractLaw | null {
  const eventLaw = lawOn(date) ?? null;
  if (s.originalDate !== undefined) {
    const law = lawOn(s.originalDate);
    const first = CONTRACT_LAWS[0];
    if (!law) {
      if (first) why.unverified.push(reason('eventLawBeforeData', { originalDate: s.originalDate, first: first.from }));
      return null;
    }
    why.notes.push(reason('eventLaw', { law: law.id, originalDate: s.originalDate, eventLaw: eventLaw?.id ?? null }, ...transitionSources(law, date)));
    return law;
  }
  const pcp = cigSystem(s.originalCig);
  if (pcp?.system === 'PCP' && date >= EVENTS_UNDER_PCP_FROM) {
    const law = lawOn(EVENTS_UNDER_PCP_FROM) ?? null;
    if (law) why.notes.push(reason('eventLawFromPcpCig', { law: law.id }, pcp.source, 'dlgs36-art226'));
    return law;
  }
  if (s.case !== 'renewal' && eventLaw) {
    const previous = CONTRACT_LAWS.filter((l) => l.to !== null && l.to < eventLaw.from).at(-1);
    if (previous && previous.quinto !== null && previous.quinto !== eventLaw.quinto) {
      why.unverified.push(reason('eventLawUnknown', { eventLaw: eventLaw.id, previous: previous.id, since: eventLaw.from }));
    }
  }
  return null;
}

/** The system of the original CIG: by its series, else by the original start date; said in a note or an open point. */
function systemOf(s: EventScenario, why: Why): Original['system'] {
  const bySeries = cigSystem(s.originalCig);
  if (bySeries) {
    why.notes.push(reason('eventSystemFromCig', { cig: bySeries.cig, system: bySeries.system, issued: bySeries.issued }, bySeries.source));
    // A PCP CIG cannot belong to a procedure started before the PCP: the two inputs do not fit together.
    if (bySeries.system === 'PCP' && s.originalDate !== undefined && s.originalDate < EVENTS_UNDER_PCP_FROM) {
      why.unverified.push(reason('eventCigDateMismatch', { cig: bySeries.cig, originalDate: s.originalDate, pcpFrom: EVENTS_UNDER_PCP_FROM }));
    }
    return bySeries.system;
  }
  if (s.originalDate !== undefined) {
    const pcp = s.originalDate >= EVENTS_UNDER_PCP_FROM;
    why.notes.push(reason('eventSystemFromDate', { originalDate: s.originalDate, pcp, pcpFrom: EVENTS_UNDER_PCP_FROM }, 'anac-delibera-582-2023', 'anac-delibera-1-2017'));
    return pcp ? 'PCP' : 'PRE_PCP';
  }
  why.unverified.push(reason('eventSystemUnknown', { pcpFrom: EVENTS_UNDER_PCP_FROM }));
  return null;
}

// ---------------------------------------------------------------- the modification card

function modificationCard(s: EventScenario, date: IsoDate, why: Why): ModificationCard | null {
  if (s.originalCard === undefined) {
    why.unverified.push(reason('modificationCardUnknown', {}));
    return null;
  }
  const row = MODIFICATION_CARDS[s.originalCard];
  if (row.card === null) {
    why.unverified.push(reason('modificationCardNone', { originalCard: s.originalCard, next: row.next ?? null }));
    return null;
  }
  const sources: SourceId[] = s.originalCard === 'AD3' ? ['anac-npa-orchestratore-flussi', 'npa-1692'] : ['anac-npa-orchestratore-flussi'];
  why.notes.push(reason('modificationCard', { originalCard: s.originalCard, card: row.card, flow: row.flow }, ...sources));
  if (row.acceptedFrom !== undefined && date < row.acceptedFrom) {
    why.unverified.push(reason('modificationCardNotYet', { originalCard: s.originalCard, card: row.card, from: row.acceptedFrom }));
  }
  return row.card;
}

// ---------------------------------------------------------------- the rules

type SystemKnown = CigSystem;

/** What the original-CIG rule answers on one system (the unknown cases merge these). */
interface OnSystem {
  newCig: boolean | null;
  communication: Communication | null;
  /** Reasons to add when this system is the one. */
  notes: Reason[];
  unverified: Reason[];
}

function quintoData(s: ModificationScenario) {
  return { modification: s.case, amount: toFixed2(s.amount), fifth: toFixed2(quintoOf(s.contractAmount)) };
}

/** The original-CIG rule, on a known system. */
/** `candidate`: the system is one of those the original could be on, not known. */
function onSystem(system: SystemKnown, s: EventScenario, date: IsoDate, rule: EventRule, candidate = false): OnSystem {
  const ruleSources: readonly SourceId[] = rule.sources;
  if (system === 'SMART_CIG') {
    return { newCig: s.case === 'renewal' || exceedsQuinto(s.amount, s.contractAmount) ? null : false, communication: null, notes: [], unverified: [reason('eventSmartCig', { pcpFrom: EVENTS_UNDER_PCP_FROM, candidate })] };
  }
  if (system === 'SIMOG') {
    if (s.case === 'renewal') {
      return {
        newCig: false, communication: { system: 'SIMOG', scheda: null, fields: { motiviModifica: rule.simogReason } },
        notes: [reason('renewalOriginalCigCard', { system: 'SIMOG', statedOn: rule.statedOn ?? rule.from }, ...ruleSources)], unverified: [],
      };
    }
    const q = quintoData(s);
    if (exceedsQuinto(s.amount, s.contractAmount)) {
      return { newCig: null, communication: { system: 'SIMOG', scheda: null, fields: {} }, notes: [], unverified: [reason('modificationSimogOverQuinto', { ...q, pcpFrom: EVENTS_UNDER_PCP_FROM })] };
    }
    return {
      newCig: false, communication: { system: 'SIMOG', scheda: null, fields: {} },
      notes: [reason('modificationSimogWithinQuinto', q, 'anac-faq-tracciabilita-a39', 'npa-1880', 'npa-2025')], unverified: [],
    };
  }
  // PCP: no new CIG; the M card of the original CIG.
  const notes: Reason[] = [];
  const unverified: Reason[] = [];
  if (rule.statedOn !== null && date < rule.statedOn) {
    // Before ANAC's answer (REFERENCE §9 applies it from its date): no new CIG above the quinto is the best reading, not settled.
    const unsettled = s.case !== 'renewal' && exceedsQuinto(s.amount, s.contractAmount);
    (unsettled ? unverified : notes).push(reason('eventStatedLater', { statedOn: rule.statedOn }, ...rule.sources));
  }
  const scheda = modificationCard(s, date, { notes, unverified, next: [] });
  notes.push(reason('modificationCardNeedsContract', {}, 'anac-npa-motivi-modifica'));
  if (s.case === 'renewal') {
    notes.unshift(reason('renewalOriginalCigCard', { system: 'PCP', statedOn: rule.statedOn ?? rule.from }, ...ruleSources));
    return { newCig: false, communication: { system: 'PCP', scheda, fields: { motiviModifica: rule.pcpReason } }, notes, unverified };
  }
  const q = quintoData(s);
  notes.unshift(reason('modificationPcpCard', { ...q, above: exceedsQuinto(s.amount, s.contractAmount) }, ...ruleSources, 'anac-npa-orchestratore-flussi'));
  if (s.case === 'technicalExtension') notes.push(reason('technicalExtensionPcpCard', {}, 'anac-npa-motivi-modifica', 'npa-1740'));
  notes.push(reason('eventNewProcedure', {}, 'anac-npa-modifiche', 'npa-2562'));
  if (s.case === 'variant') unverified.push(reason('variantReasonByKind', {}));
  else if (rule.pcpReason === null) unverified.push(reason('technicalExtensionReasonUnnamed', { statedOn: rule.statedOn ?? rule.from }));
  else unverified.push(reason('technicalExtensionReasonOpen', {}));
  const fields: Communication['fields'] = s.case === 'technicalExtension'
    ? { motiviModifica: rule.pcpReason, numGiorniProroga: null }
    : { motiviModifica: rule.pcpReason };
  return { newCig: false, communication: { system: 'PCP', scheda, fields }, notes, unverified };
}

/** The systems an unknown original could be on. */
const CANDIDATES: Readonly<Record<'PRE_PCP' | 'UNKNOWN', readonly SystemKnown[]>> = {
  PRE_PCP: ['SIMOG', 'SMART_CIG'],
  UNKNOWN: ['PCP', 'SIMOG', 'SMART_CIG'],
};

const EVENT_HANDLERS: Readonly<Record<EventRuleId, (s: EventScenario, date: IsoDate, rule: EventRule, why: Why, byRegime: RegimeAnswers) => EventOutcome>> = {
  byRegime(s, date, _rule, why, byRegime) {
    if (s.case === 'renewal') return { ...byRegime.renewal(s, why), communication: null };
    const law = lawOf(s, date, why);
    if (law?.quinto) why.notes.push(reason('quintoUnderLaw', { law: law.id, quinto: law.quinto }, ...law.modificationSources));
    return { ...byRegime.modification(s, why, law ? law.modificationSources : null), communication: null };
  },
  originalCigCard(s, date, rule, why) {
    // The law matters for modifications (the norm and the quinto); for a renewal it is said only when the start date is given.
    const law = s.case === 'renewal' && s.originalDate === undefined ? null : lawOf(s, date, why);
    const system = systemOf(s, why);
    if (law?.quinto && s.case !== 'renewal') why.notes.push(reason('quintoUnderLaw', { law: law.id, quinto: law.quinto }, ...law.modificationSources));
    const norms = (law ?? lawOn(date))?.modificationSources ?? [];
    if (s.case === 'technicalExtension') why.notes.push(reason('technicalExtensionPurpose', {}, 'anac-faq-rinnovo', ...norms));
    const known = system === null || system === 'PRE_PCP' ? null : system;
    let newCig: boolean | null;
    let communication: Communication | null;
    if (known) {
      const r = onSystem(known, s, date, rule);
      why.notes.push(...r.notes);
      why.unverified.push(...r.unverified);
      newCig = r.newCig;
      communication = r.communication;
    } else {
      const answers = CANDIDATES[system === 'PRE_PCP' ? 'PRE_PCP' : 'UNKNOWN'].map((c) => onSystem(c, s, date, rule, true));
      const each = answers.map((a) => a.newCig);
      const [first] = each;
      newCig = first !== undefined && each.every((v) => v === first) ? first : null;
      communication = null;
      if (s.case !== 'renewal' && !exceedsQuinto(s.amount, s.contractAmount)) {
        why.notes.push(reason('modificationWithinQuinto', quintoData(s), 'anac-faq-tracciabilita-a39', ...norms));
      }
      // Unsettled: say why, with what each candidate system leaves open (CONTRACT §2).
      if (newCig === null) {
        const open = answers.filter((a) => a.newCig === null).flatMap((a) => a.unverified);
        why.unverified.push(...open.filter((r, i) => open.findIndex((x) => x.code === r.code) === i));
      }
    }
    return {
      newCig, system: null, alternatives: [], fields: {}, communication,
      contribution: newCig === false ? NO_CONTRIBUTION('l266-2005', ...rule.sources) : null,
    };
  },
};

/** The answer to an event, by the rule of the event's date. */
export function adviseEvent(s: EventScenario, date: IsoDate, byRegime: RegimeAnswers): EventOutcome & Why {
  const why = newWhy();
  const rule = requireInForce(EVENT_RULES.filter((r) => r.event === s.case), date, `regola ANAC per l'evento ${s.case}`);
  const outcome = EVENT_HANDLERS[rule.rule](s, date, rule, why, byRegime);
  return { ...outcome, ...why };
}

// ---------------------------------------------------------------- for a new contract: what a later event will need

type LaterEvent = 'renewal' | 'prorogaOption' | 'modification';

/** The ANAC rule row of a later event's kind (options are exercised like renewals, npa#1880). */
const LATER_KIND = { renewal: 'renewal', prorogaOption: 'renewal', modification: 'variant' } as const satisfies Record<LaterEvent, EventScenario['case']>;

/** The M card row of a PCP card that awards a contract, if the orchestrator table lists it. */
function modificationRowOf(card: string | null): (typeof MODIFICATION_CARDS)[OriginalCard] | undefined {
  return Object.entries(MODIFICATION_CARDS).find(([k]) => k === card)?.[1];
}

const NEXT_BY_RULE: Readonly<Record<EventRuleId, (event: LaterEvent, rule: EventRule, fifth: string, card: string | null) => Reason | null>> = {
  byRegime: () => null,
  originalCigCard: (event, rule, fifth, card) => {
    // No M card follows some award cards (MODIFICATION_CARDS, from ANAC's orchestrator): say so instead of M1/M2.
    const row = modificationRowOf(card);
    if (card !== null && row !== undefined && row.card === null) {
      return reason('nextNoModificationCard', { event, card, next: row.next ?? null }, 'anac-npa-orchestratore-flussi');
    }
    return event === 'modification'
      ? reason('nextOnOriginalCig', { event, statedOn: rule.statedOn ?? rule.from, fifth }, ...rule.sources)
      : reason('nextOnOriginalCig', { event, statedOn: rule.statedOn ?? rule.from }, ...rule.sources);
  },
};

/**
 * For a new contract of `date`: what its later renewal, option or modification will need, when ANAC's rule of
 * that date is to communicate it on this CIG; null where the regime's own words apply (advise.ts). `card`: the
 * PCP card that awards the contract, when known.
 */
export function nextOnOriginalCig(event: LaterEvent, date: IsoDate, base: string, card: string | null = null): Reason | null {
  const rule = inForce(EVENT_RULES.filter((r) => r.event === LATER_KIND[event]), date);
  return rule ? NEXT_BY_RULE[rule.rule](event, rule, toFixed2(quintoOf(base)), card) : null;
}

/**
 * For a new contract of `date` whose later modification is answered by the regime (the quinto decides): until
 * when that rule holds (the last day of the modification row in force, 31-12-2023 while SIMOG issued CIGs), and
 * from when events are answered under the PCP. Null when ANAC's rule of the date is another.
 */
export function quintoRuleSpan(date: IsoDate): { until: IsoDate | null; pcpFrom: IsoDate } | null {
  const rule = inForce(EVENT_RULES.filter((r) => r.event === LATER_KIND.modification), date);
  return rule?.rule === 'byRegime' ? { until: rule.to, pcpFrom: EVENTS_UNDER_PCP_FROM } : null;
}
