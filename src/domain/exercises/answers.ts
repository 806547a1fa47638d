/**
 * Issue 13: the expected answers of an exercise, computed by the engine (never written by hand). The
 * scenario goes through `parseScenario` and `advise`, the functions of the command line and of the
 * questionnaire; each question reads one value of the decision. A question whose answer the engine
 * leaves open (null: "da verificare") has no answer to check, so it is refused like a bad scenario.
 */
import { advise } from '../advise.ts';
import type { Decision } from '../advice.ts';
import type { Reason } from '../reasons.ts';
import { parseScenario, type Scenario } from '../scenario.ts';
import type { SourceId } from '../rules/sources.ts';
import { AMOUNT_FIELDS, CHOICE_FIELDS, type AmountField, type ChoiceField, type QuestionId } from './kinds.ts';
import { cardOptions } from './cards.ts';

const SYSTEM_CHOICES = ['SMART_CIG', 'SIMOG', 'PCP'] as const;
const YES_NO = ['true', 'false'] as const;

export interface ExpectedAnswer {
  question: QuestionId;
  /** amount: a two-decimal plain amount; choice: one of `options`. */
  type: 'amount' | 'choice';
  value: string;
  options: readonly string[];
  /** Why, as the engine's reasons (worded by src/copy/explain.ts), and further sources. */
  why: readonly Reason[];
  sources: readonly SourceId[];
}

/** Why a question cannot be asked of a scenario (the caller words it). */
type Unanswerable = { question: QuestionId; problem: 'notAsked' | 'open' };

export type AnswersResult =
  | { ok: true; scenario: Scenario; decision: Decision; answers: ExpectedAnswer[] }
  | { ok: false; refused: string; unanswerable: Unanswerable[] };

const isAmountField = (f: string): f is AmountField => AMOUNT_FIELDS.some((a) => a === f);
const isChoiceField = (f: string): f is ChoiceField => Object.hasOwn(CHOICE_FIELDS, f);

type Answer = { type: 'amount' | 'choice'; value: string | null | undefined; options?: readonly string[]; why: readonly Reason[]; sources?: readonly SourceId[] };

/** One question read from a decision; undefined when the question does not apply to the case. */
function read(question: QuestionId, d: Decision): Answer | undefined {
  const notes = d.notes;
  switch (question) {
    case 'estimatedValue':
      return d.estimatedValue === undefined ? undefined : { type: 'amount', value: d.estimatedValue, why: (d.items ?? []).map((i) => i.why) };
    case 'system':
      return d.newCig === true ? { type: 'choice', value: d.system, options: SYSTEM_CHOICES, why: notes } : undefined;
    case 'newCig':
      return { type: 'choice', value: d.newCig === null ? null : String(d.newCig), options: YES_NO, why: notes };
    case 'contribution':
      return d.contribution === null
        ? { type: 'amount', value: null, why: [] }
        : { type: 'amount', value: d.contribution.stazioneAppaltante, why: [], sources: d.contribution.sources };
    case 'card': {
      const card = d.newCig === true ? d.fields.scheda : d.communication?.scheda;
      if (card === undefined) return undefined;
      return { type: 'choice', value: card, options: card === null ? [] : cardOptions(card), why: notes };
    }
    case 'procedureAllowed':
      if (d.procedures === undefined || d.procedures.chosen === null) return undefined;
      return { type: 'choice', value: d.procedures.chosenAllowed === null ? null : String(d.procedures.chosenAllowed), options: YES_NO, why: [d.procedures.why] };
    case 'euThresholdReached':
      return d.euThreshold === undefined ? undefined : { type: 'choice', value: String(d.euThreshold.reached), options: YES_NO, why: [], sources: d.euThreshold.sources };
    default: {
      const field = question.slice('field:'.length);
      if (d.newCig !== true || !Object.hasOwn(d.fields, field)) return undefined;
      const value = isAmountField(field) || isChoiceField(field) ? d.fields[field] : undefined;
      if (isAmountField(field)) return { type: 'amount', value, why: notes };
      if (isChoiceField(field)) return { type: 'choice', value, options: CHOICE_FIELDS[field], why: notes };
      return undefined;
    }
  }
}

/** The engine's answers to the questions of a scenario (raw, as in content or links). */
export function expectedAnswers(raw: unknown, questions: readonly QuestionId[], today: string): AnswersResult {
  const parsed = parseScenario(raw);
  if (!parsed.ok) return { ok: false, refused: parsed.error.message, unanswerable: [] };
  const decision = advise(parsed.scenario, { today });
  const answers: ExpectedAnswer[] = [];
  const unanswerable: Unanswerable[] = [];
  for (const question of questions) {
    const a = read(question, decision);
    if (a === undefined) unanswerable.push({ question, problem: 'notAsked' });
    else if (a.value === null || a.value === undefined) unanswerable.push({ question, problem: 'open' });
    else answers.push({ question, type: a.type, value: a.value, options: a.options ?? [], why: a.why, sources: a.sources ?? [] });
  }
  if (unanswerable.length > 0) return { ok: false, refused: '', unanswerable };
  return { ok: true, scenario: parsed.scenario, decision, answers };
}
