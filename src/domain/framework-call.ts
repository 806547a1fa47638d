/**
 * Issue 11: a contract under a framework agreement or convention (case frameworkCall, CONTRACT §7.1). It
 * gets its own CIG derivato, which names the agreement's CIG padre (checked with ANAC's algorithm when the
 * scenario is parsed). Where and how, by the contract's date: the rows of `rules/frameworks.ts`, dispatched
 * through the handler table below. The contribution a derived contract owes is not settled by the sources
 * above the first band: null, with what is known in `unverified`.
 */
import { isBelow, toFixed2 } from './money.ts';
import type { IsoDate } from './dates.ts';
import type { Decision, Fields } from './advice.ts';
import { reason } from './reasons.ts';
import type { FrameworkCallScenario } from './scenario.ts';
import { newWhy, type Why } from './events.ts';
import { FRAMEWORK_CALL_ENTRIES, FRAMEWORK_CALL_RULES, type FrameworkCallRow, type FrameworkCallRuleId } from './rules/frameworks.ts';
import { CIG_TIMING_BY_PHASE, CIG_TIMING_BY_SYSTEM, PCP_CARDS, type PcpCard } from './rules/pcp-cards.ts';
import { periodContains, requireInForce } from './rules/periods.ts';
import { OBJECT_LABEL, type ObjectKind, type SmartCigLimit } from './rules/data.ts';

/** What the derived contract reuses of the engine (advise.ts passes it in). */
export interface FrameworkCallEngine {
  smartCigLimit(object: ObjectKind, date: IsoDate): SmartCigLimit;
  smartCigFields(value: string, object: ObjectKind, limit: SmartCigLimit, label: string | null, date: IsoDate, why: Why): Fields;
  /** The card's channel (PAD, or also ANAC's web interface), with what is said about it. */
  pcpChannel(card: PcpCard, date: IsoDate, why: Why): 'PAD' | 'PAD_O_INTERFACCIA_WEB';
  /** The contribution of the table in force for an amount; null where it is not known. */
  contribution(value: string, date: IsoDate, why: Why): Decision['contribution'];
}

type Answer = Pick<Decision, 'system' | 'alternatives' | 'fields' | 'cigTiming'>;

const FRAMEWORK_CALL_HANDLERS: Readonly<Record<FrameworkCallRuleId, (s: FrameworkCallScenario, row: FrameworkCallRow, date: IsoDate, why: Why, engine: FrameworkCallEngine) => Answer>> = {
  smartCigOrSimog(s, row, date, why, engine) {
    const parentCig = s.parentCig.trim().toUpperCase();
    const entry = FRAMEWORK_CALL_ENTRIES[s.withCompetition === true ? 'withCompetition' : 'withoutCompetition'];
    const limit = engine.smartCigLimit(s.object, date);
    const amount = toFixed2(s.amount);
    if (isBelow(amount, limit.below)) {
      why.notes.push(reason('frameworkCallSmartCig', { amount, below: toFixed2(limit.below), parentCig }, limit.source, ...row.sources));
      const fields = { ...engine.smartCigFields(amount, s.object, limit, entry.label, date, why), cigAccordoQuadro: parentCig };
      const t = CIG_TIMING_BY_SYSTEM.SMART_CIG;
      why.next.push(reason('cigTimingNext', { timing: t.timing, card: null }, ...t.sources));
      return { system: 'SMART_CIG', alternatives: ['SIMOG'], fields, cigTiming: t.timing };
    }
    why.notes.push(reason('frameworkCallSimog', { amount, below: toFixed2(limit.below), parentCig, modalita: entry.modalitaRealizzazione },
      limit.source, ...row.sources, ...entry.sources));
    const fields: Fields = {
      importoBaseAsta: amount, oggettoPrincipale: OBJECT_LABEL[s.object], sceltaContraente: entry.label,
      modalitaRealizzazione: entry.modalitaRealizzazione, cigAccordoQuadro: parentCig,
    };
    const t = CIG_TIMING_BY_SYSTEM.SIMOG;
    why.next.push(reason('cigTimingNext', { timing: t.timing, card: null }, ...t.sources));
    return { system: 'SIMOG', alternatives: [], fields, cigTiming: t.timing };
  },
  pcpCard(s, row, date, why, engine) {
    const withCompetition = s.withCompetition === true;
    const card = PCP_CARDS.find((r) => r.award.kind === 'frameworkCall' && r.award.withCompetition === withCompetition && periodContains(r, date));
    if (card === undefined) throw new RangeError(`Dati mancanti: nessuna scheda PCP per un contratto derivato il ${date}`);
    why.notes.push(reason('frameworkCallPcpCard', { card: card.card, withCompetition, parentCig: s.parentCig.trim().toUpperCase() },
      ...new Set([...row.sources, ...card.sources])));
    why.unverified.push(reason('frameworkCallCardLabel', { card: card.card }));
    const canale = engine.pcpChannel(card.card, date, why);
    const timing = CIG_TIMING_BY_PHASE[card.phase];
    why.next.push(reason('cigTimingNext', { timing: timing.timing, card: card.card }, ...timing.sources));
    return { system: 'PCP', alternatives: [], fields: { scheda: card.card, canale, importo: toFixed2(s.amount) }, cigTiming: timing.timing };
  },
};

export function adviseFrameworkCall(s: FrameworkCallScenario, date: IsoDate, engine: FrameworkCallEngine): Omit<Decision, 'case' | 'date' | 'regime'> {
  const why = newWhy();
  const row = requireInForce(FRAMEWORK_CALL_RULES, date, 'regole per i contratti derivati da accordi quadro');
  why.notes.push(reason('frameworkCallNewCig', { parentCig: s.parentCig.trim().toUpperCase() }, 'avcp-det-8-2010', 'anac-cig-algoritmo'));
  const answer = FRAMEWORK_CALL_HANDLERS[row.rule](s, row, date, why, engine);
  const contribution = engine.contribution(toFixed2(s.amount), date, why);
  const exempt = contribution !== null && contribution.stazioneAppaltante === '0.00' && contribution.operatoreEconomico === '0.00';
  if (contribution !== null && !exempt) {
    why.unverified.push(reason('frameworkCallContributionUnverified', {
      amount: toFixed2(s.amount), stazioneAppaltante: contribution.stazioneAppaltante, operatoreEconomico: contribution.operatoreEconomico,
    }));
  }
  return { newCig: true, ...answer, contribution: exempt ? contribution : null, ...why };
}
