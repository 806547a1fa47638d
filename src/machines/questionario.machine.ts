/**
 * The questionnaire's routing, and its one owner. The context holds the step shown (a question id
 * = scenario key, "check" for Le tue risposte, "outcome" or "outage") and where its back link
 * leads; every event runs one action that asks the domain (src/domain/questions.ts, which reads the
 * table of questions) for the new step, checking an answer once, and then the machine settles in
 * the state of that step. The machine decides nothing about the rules; the outcome is the engine's
 * advice for the answers, computed where it is shown.
 */
import { assertEvent, assign, setup } from 'xstate';
import {
  CHECK, OUTCOME,
  checkAnswer, isComplete, isQuestionId, nextStep, previousStep, resumeStep, withAnswer,
  type Answers, type FieldError, type FormValues, type QuestionId, type StepId,
} from '../domain/questions.ts';

export interface QuestionarioContext {
  /** Raw answers keyed by scenario keys. */
  answers: Answers;
  /** The step shown. */
  step: StepId;
  /** Where "Indietro" leads from it (null: out of the questionnaire). */
  back: StepId | null;
  /** Problems with the answer just given (or with a value from the link). */
  errors: FieldError[];
  /** What the user typed, re-shown with the errors; null: show the stored answer. */
  form: FormValues | null;
  /** True after "Modifica": the next answer returns to "Le tue risposte". */
  returning: boolean;
}

export type QuestionarioEvent =
  | { type: 'ANSWER'; values: FormValues }
  | { type: 'BACK' }
  | { type: 'CHANGE'; key: QuestionId }
  | { type: 'CONFIRM' }
  | { type: 'RESTORE'; answers: Answers; step: string | null }
  | { type: 'RESTART' };

export interface QuestionarioInput {
  answers?: Answers;
  step?: string | null;
}

const EMPTY: Answers = {};

/** The context at a step: its back link follows, and reaching "check" ends a return. */
function landOn(step: StepId, answers: Answers, returning: boolean) {
  const stillReturning = returning && step !== CHECK;
  return { step, answers, returning: stillReturning, back: previousStep(step, answers, stillReturning), errors: [], form: null };
}

function opening(answers: Answers, requested: string | null): QuestionarioContext {
  const r = resumeStep(answers, requested);
  return { ...landOn(r.step, answers, false), errors: r.errors };
}

export const questionarioMachine = setup({
  // xstate's way to declare the machine's types: this empty object is never read.
  types: {} as { context: QuestionarioContext; events: QuestionarioEvent; input: QuestionarioInput },
  guards: {
    atQuestion: ({ context }) => isQuestionId(context.step),
    atCheck: ({ context }) => context.step === CHECK,
    atOutcome: ({ context }) => context.step === OUTCOME,
    hasBack: ({ context }) => context.back !== null,
    complete: ({ context }) => isComplete(context.answers),
  },
  actions: {
    /** Checks the answer once: refused, it stays with the problems; accepted, it is stored and the next step follows. */
    answer: assign(({ context, event }) => {
      assertEvent(event, 'ANSWER');
      const key = context.step;
      if (!isQuestionId(key)) return {};
      const r = checkAnswer(key, event.values, context.answers);
      if (!r.ok) return { errors: r.errors, form: event.values };
      const answers = withAnswer(context.answers, key, r.value);
      return landOn(nextStep(key, answers, context.returning), answers, context.returning);
    }),
    goBack: assign(({ context }) => (context.back === null ? {} : landOn(context.back, context.answers, context.returning))),
    change: assign(({ context, event }) => {
      assertEvent(event, 'CHANGE');
      return landOn(event.key, context.answers, true);
    }),
    confirm: assign(({ context }) => landOn(OUTCOME, context.answers, false)),
    restore: assign(({ event }) => {
      assertEvent(event, 'RESTORE');
      return opening(event.answers, event.step);
    }),
    restart: assign(() => landOn('case', EMPTY, false)),
  },
}).createMachine({
  id: 'questionario',
  context: ({ input }) => opening(input.answers ?? EMPTY, input.step ?? null),
  initial: 'route',
  on: {
    RESTORE: { target: '.route', actions: 'restore' },
    RESTART: { target: '.route', actions: 'restart' },
    CHANGE: { target: '.route', actions: 'change' },
  },
  states: {
    /** Settles in the state of the step in the context. */
    route: {
      always: [
        { guard: 'atQuestion', target: 'question' },
        { guard: 'atCheck', target: 'check' },
        { guard: 'atOutcome', target: 'outcome' },
        { target: 'outage' },
      ],
    },
    question: {
      on: {
        ANSWER: { target: 'route', actions: 'answer' },
        BACK: { guard: 'hasBack', target: 'route', actions: 'goBack' },
      },
    },
    check: {
      on: {
        CONFIRM: { guard: 'complete', target: 'route', actions: 'confirm' },
        BACK: { target: 'route', actions: 'goBack' },
      },
    },
    outcome: { on: { BACK: { target: 'route', actions: 'goBack' } } },
    outage: { on: { BACK: { target: 'route', actions: 'restart' } } },
  },
});
