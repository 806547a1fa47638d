/**
 * Issue 9: the words of the procedure question once the law's answer for the value is known: the
 * procedures in the order the law allows them, why, and a hint for those it does not allow. Loaded
 * with a dynamic import when the question is shown (it pulls in the engine and decimal.js).
 */
import { procedureOptionsFor } from '../domain/outcome.ts';
import type { Answers } from '../domain/questions.ts';
import { QUESTIONS } from '../domain/question-table.ts';
import type { Procedure } from '../domain/rules/kinds.ts';
import { explain } from './explain.ts';

const WORDS = {
  notAllowed: 'Non ammessa dalla legge per questo valore a questa data: puoi sceglierla, il risultato lo segnalerà.',
} as const;

export interface ProcedureOptionsWords {
  /** Every procedure: first those allowed, then those allowed only under conditions, then the others. */
  order: readonly Procedure[];
  allowed: readonly Procedure[];
  /** Why the list is what it is (the value's band and the EU threshold). */
  why: readonly string[];
  hints: Readonly<Partial<Record<Procedure, string>>>;
}

export function procedureOptionsWords(answers: Answers, today: string): ProcedureOptionsWords | null {
  const a = procedureOptionsFor(answers, today);
  if (a === null) return null;
  const { allowed } = a.procedures;
  const hints: Partial<Record<Procedure, string>> = {};
  for (const r of a.conditional) hints[r.data.procedure] = explain(r);
  const conditional = a.conditional.map((r) => r.data.procedure);
  const rest = QUESTIONS.procedure.options.filter((p) => !allowed.includes(p) && !conditional.includes(p));
  for (const p of rest) hints[p] = WORDS.notAllowed;
  const threshold = a.notes.find((n) => n.code === 'euThreshold');
  return {
    order: [...allowed, ...conditional, ...rest], allowed,
    why: [explain(a.procedures.why), ...(threshold ? [explain(threshold)] : [])],
    hints,
  };
}
