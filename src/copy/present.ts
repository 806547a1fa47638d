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

// ---- issue 14, cli: the same citations and the same data-free sentences recur in every advice; they are kept
// once made (the words depend only on the sources, or on the code when a reason has no data), at most MEMO_SIZE of each.
const MEMO_SIZE = 1024;
const citations = new Map<string, string>();
const fixedWords = new Map<string, string>();
const remember = (memo: Map<string, string>, key: string, make: () => string): string => {
  let text = memo.get(key);
  if (text === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    text = make();
    memo.set(key, text);
  }
  return text;
};
const sourcesOf = (r: Reason): string => remember(citations, r.sources.join(' '), () => cite(...r.sources));
const hasData = (r: Reason): boolean => {
  for (const _ in r.data) return true;
  return false;
};
const words = (r: Reason): string => (hasData(r) ? explain(r) : remember(fixedWords, r.code, () => explain(r)));

const note = (r: Reason): Note => ({ text: words(r), source: sourcesOf(r) });
const item = (i: DecidedItem) => ({ kind: i.kind, amount: i.amount, counted: i.counted, why: words(i.why), source: sourcesOf(i.why) });

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
    unverified: d.unverified.map(words),
    next: d.next.map(note),
    // ---- issue 9, procedures (CONTRACT §7.2)
    ...(d.procedures !== undefined && {
      procedures: {
        allowed: d.procedures.allowed, chosen: d.procedures.chosen, chosenAllowed: d.procedures.chosenAllowed,
        why: words(d.procedures.why), source: sourcesOf(d.procedures.why),
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
