/**
 * Issue 11: in-house awards (`procedure: "inHouse"`) and contracts subject only to tracciabilità
 * (`excluded: "traceabilityOnly"`), by the rows of `rules/special-awards.ts` (CONTRACT §7.1). The value is the
 * estimated value of the contract; no procedure of the Code is chosen, so the answer names the card or the entry.
 */
import { isBelow, toFixed2 } from './money.ts';
import type { IsoDate } from './dates.ts';
import type { Decision, Fields } from './advice.ts';
import { reason } from './reasons.ts';
import type { NewScenario } from './scenario.ts';
import { newWhy, type Why } from './events.ts';
import { estimateValue } from './estimate.ts';
import { IN_HOUSE_LABEL, SPECIAL_AWARD_RULES, type SpecialAward, type SpecialAwardRow, type SpecialRuleId } from './rules/special-awards.ts';
import { CIG_TIMING_BY_PHASE, CIG_TIMING_BY_SYSTEM, PCP_CARDS, type CigTiming, type PcpCardRow } from './rules/pcp-cards.ts';
import { periodContains, requireInForce } from './rules/periods.ts';
import { OBJECT_LABEL, type Regime } from './rules/data.ts';
import type { FrameworkCallEngine } from './framework-call.ts';

type Answer = Pick<Decision, 'newCig' | 'system' | 'alternatives' | 'fields' | 'cigTiming'>;

const isCardOf = (award: SpecialAward) => (r: PcpCardRow) =>
  award === 'inHouse' ? r.award.kind === 'procedure' && r.award.procedures.includes('inHouse') : r.award.kind === 'traceabilityOnly';

function simogEraTiming(system: 'SMART_CIG' | 'SIMOG', why: Why): CigTiming {
  const t = CIG_TIMING_BY_SYSTEM[system];
  why.next.push(reason('cigTimingNext', { timing: t.timing, card: null }, ...t.sources));
  return t.timing;
}

const SPECIAL_HANDLERS: Readonly<Record<SpecialRuleId, (value: string, s: NewScenario, row: SpecialAwardRow, date: IsoDate, why: Why, engine: FrameworkCallEngine) => Answer>> = {
  pcpCard(value, _s, row, date, why, engine) {
    const card = PCP_CARDS.find((r) => isCardOf(row.award)(r) && periodContains(r, date));
    if (card === undefined) throw new RangeError(`Dati mancanti: nessuna scheda PCP per ${row.award} il ${date}`);
    why.notes.push(reason('specialAwardPcpCard', { award: row.award, card: card.card }, ...new Set([...row.sources, ...card.sources])));
    const canale = engine.pcpChannel(card.card, date, why);
    const timing = CIG_TIMING_BY_PHASE[card.phase];
    why.next.push(reason('cigTimingNext', { timing: timing.timing, card: card.card }, ...timing.sources));
    return { newCig: true, system: 'PCP', alternatives: [], fields: { scheda: card.card, canale, importo: value }, cigTiming: timing.timing };
  },
  simogEraInHouse(value, s, row, date, why, engine) {
    const limit = engine.smartCigLimit(s.object, date);
    why.unverified.push(reason('inHouseCigBefore2024Unverified', { label: IN_HOUSE_LABEL.label }));
    if (isBelow(value, limit.below)) {
      why.notes.push(reason('smartCigAllowed', { value, below: toFixed2(limit.below) }, limit.source));
      const fields = engine.smartCigFields(value, s.object, limit, IN_HOUSE_LABEL.label, date, why);
      return { newCig: null, system: 'SMART_CIG', alternatives: ['SIMOG'], fields, cigTiming: simogEraTiming('SMART_CIG', why) };
    }
    why.notes.push(reason('simogAtOrAboveLimit', { value, below: toFixed2(limit.below) }, limit.source, ...row.sources));
    const fields: Fields = { importoBaseAsta: value, oggettoPrincipale: OBJECT_LABEL[s.object], sceltaContraente: IN_HOUSE_LABEL.label };
    return { newCig: null, system: 'SIMOG', alternatives: [], fields, cigTiming: simogEraTiming('SIMOG', why) };
  },
  simogEraTraceability(value, s, row, _date, why) {
    why.notes.push(reason('traceabilityOnlyCig', {}, ...row.sources));
    why.unverified.push(reason('traceabilityOnlyFattispecieUnverified', {}));
    const fields: Fields = { fattispecieContrattuale: null, importo: value, proceduraSceltaContraente: null, oggettoPrincipale: OBJECT_LABEL[s.object] };
    return { newCig: true, system: 'SMART_CIG', alternatives: ['SIMOG'], fields, cigTiming: simogEraTiming('SMART_CIG', why) };
  },
};

/** The decision for an in-house award or a contract subject only to tracciabilità. */
export function adviseSpecialAward(award: SpecialAward, s: NewScenario, date: IsoDate, regime: Regime, engine: FrameworkCallEngine): Omit<Decision, 'case' | 'date' | 'regime'> {
  const why = newWhy();
  const row = requireInForce(SPECIAL_AWARD_RULES.filter((r) => r.award === award), date, `regole per ${award}`);
  const { items, total } = estimateValue(s, regime);
  why.notes.push(reason(items.some((i) => i.counted && i.kind !== 'base') ? 'estimateWithOptions' : 'estimateCertainPart', { total }, regime.estimate.law));
  const answer = SPECIAL_HANDLERS[row.rule](total, s, row, date, why, engine);
  const table = engine.contribution(total, date, newWhy());
  const CONTRIBUTION: Readonly<Record<SpecialAwardRow['contribution'], () => Decision['contribution']>> = {
    table: () => {
      if (table !== null) why.notes.push(reason('specialAwardContributionDue', { award, stazioneAppaltante: table.stazioneAppaltante, operatoreEconomico: table.operatoreEconomico }, ...row.contributionSources));
      return table && { ...table, sources: [...table.sources, ...row.contributionSources] };
    },
    none: () => {
      why.notes.push(reason('specialAwardNoContribution', { award }, ...row.contributionSources));
      return { stazioneAppaltante: '0.00', operatoreEconomico: '0.00', sources: row.contributionSources };
    },
    unverified: () => {
      why.unverified.push(reason('specialAwardContributionUnverified', { award, from: row.from, to: row.to }));
      return null;
    },
  };
  const contribution = CONTRIBUTION[row.contribution]();
  return { estimatedValue: total, items, ...answer, contribution, ...why };
}
