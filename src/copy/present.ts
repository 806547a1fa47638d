/**
 * The one presenter of the engine's decisions: a `Decision` (values and reasons as codes) becomes
 * the advice of CONTRACT §2, with every reason explained in Italian and every source cited by its
 * title. The command line prints it; the questionnaire's outcome page shows it. Keys keep the
 * contract's order.
 */
import type { Advice, Decision, Note } from '../domain/advice.ts';
import type { Reason } from '../domain/reasons.ts';
import { cite } from '../domain/rules/sources.ts';
import { explain } from './explain.ts';

const note = (r: Reason): Note => ({ text: explain(r), source: cite(...r.sources) });

export function presentAdvice(d: Decision): Advice {
  return {
    case: d.case,
    date: d.date,
    regime: d.regime,
    ...(d.estimatedValue !== undefined && { estimatedValue: d.estimatedValue }),
    ...(d.items !== undefined && {
      items: d.items.map((i) => ({ kind: i.kind, amount: i.amount, counted: i.counted, why: explain(i.why), source: cite(...i.why.sources) })),
    }),
    newCig: d.newCig,
    system: d.system,
    alternatives: d.alternatives,
    fields: d.fields,
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
  };
}
