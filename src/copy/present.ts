/**
 * The one presenter of the engine's decisions: a `Decision` (values and reasons as codes) becomes
 * the advice of CONTRACT §2, with every reason explained in Italian and every source cited by its
 * title. The command line prints it; the questionnaire's outcome page shows it. Keys keep the
 * contract's order.
 */
import type { Advice, DecidedItem, Decision, Note } from '../domain/advice.ts';
import type { Reason } from '../domain/reasons.ts';
import { cite } from '../domain/rules/sources.ts';
import { explain } from './explain.ts';

const note = (r: Reason): Note => ({ text: explain(r), source: cite(...r.sources) });
const item = (i: DecidedItem) => ({ kind: i.kind, amount: i.amount, counted: i.counted, why: explain(i.why), source: cite(...i.why.sources) });

export function presentAdvice(d: Decision): Advice {
  return {
    case: d.case,
    date: d.date,
    regime: d.regime,
    ...(d.estimatedValue !== undefined && { estimatedValue: d.estimatedValue }),
    ...(d.items !== undefined && {
      items: d.items.map(item),
    }),
    newCig: d.newCig,
    system: d.system,
    alternatives: d.alternatives,
    fields: d.fields,
    ...(d.communication !== undefined && { communication: d.communication }),
    ...(d.cigTiming !== undefined && { cigTiming: d.cigTiming }),
    contribution: d.contribution && {
      stazioneAppaltante: d.contribution.stazioneAppaltante,
      operatoreEconomico: d.contribution.operatoreEconomico,
      source: cite(...d.contribution.sources),
      ...(d.contribution.provisional && { provisional: true as const }),
    },
    notes: d.notes.map(note),
    unverified: d.unverified.map(explain),
    next: d.next.map(note),
    // ---- issue 9, procedures (CONTRACT §7.2)
    ...(d.procedures !== undefined && {
      procedures: {
        allowed: d.procedures.allowed, chosen: d.procedures.chosen, chosenAllowed: d.procedures.chosenAllowed,
        why: explain(d.procedures.why), source: cite(...d.procedures.why.sources),
      },
    }),
    ...(d.euThreshold !== undefined && {
      euThreshold: { amount: d.euThreshold.amount, reached: d.euThreshold.reached, source: cite(...d.euThreshold.sources) },
    }),
    // ---- issue 11, lots (CONTRACT §7.2)
    ...(d.lots !== undefined && {
      lots: d.lots.map((l, i) => ({
        label: l.label ?? `Lotto ${i + 1}`, estimatedValue: l.estimatedValue, items: l.items.map(item), newCig: l.newCig, fields: l.fields,
      })),
    }),
  };
}
