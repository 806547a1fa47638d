/**
 * The questionnaire's routing. One state per question (state id = question id = scenario key),
 * "check" (Le tue risposte), "outcome" and "outage". Guards and actions call the pure functions of
 * src/domain/questions.ts; the machine itself decides nothing about the rules, and the outcome is
 * the engine's advice for `scenarioOf(context.answers)`, computed where it is shown.
 */
import { assign, setup } from 'xstate';
import {
  CHECK, OUTAGE, OUTCOME, QUESTION_IDS, STEP_IDS,
  checkAnswer, isComplete, nextStep, previousStep, resumeStep, withAnswer,
  type Answers, type FieldError, type FormValues, type QuestionId, type StepId,
} from '../domain/questions.ts';

export interface QuestionarioContext {
  /** Raw answers keyed by scenario keys. */
  answers: Answers;
  /** Problems with the answer just given (or with a value from the link). */
  errors: FieldError[];
  /** What the user typed, re-shown with the errors; null: show the stored answer. */
  form: FormValues | null;
  /** True after "Modifica": the next answer returns to "Le tue risposte". */
  returning: boolean;
  /** Where RESTORE lands. */
  resume: StepId;
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

const keyOf = (params: { key: QuestionId }) => params.key;

const base = setup({
  types: {
    context: {} as QuestionarioContext,
    events: {} as QuestionarioEvent,
    input: {} as QuestionarioInput,
  },
  guards: {
    answerInvalid: ({ context, event }, params: { key: QuestionId }) =>
      event.type === 'ANSWER' && !checkAnswer(keyOf(params), event.values, context.answers).ok,
    nextIs: ({ context, event }, params: { key: QuestionId; target: StepId }) => {
      if (event.type !== 'ANSWER') return false;
      const r = checkAnswer(params.key, event.values, context.answers);
      if (!r.ok) return false;
      return nextStep(params.key, withAnswer(context.answers, params.key, r.value), context.returning) === params.target;
    },
    previousIs: ({ context }, params: { step: StepId; target: StepId }) =>
      previousStep(params.step, context.answers, context.returning) === params.target,
    resumeIs: ({ context }, params: { target: StepId }) => context.resume === params.target,
    changeIs: ({ event }, params: { key: QuestionId }) => event.type === 'CHANGE' && event.key === params.key,
    complete: ({ context }) => isComplete(context.answers),
  },
  actions: {
    storeAnswer: assign(({ context, event }, params: { key: QuestionId }) => {
      if (event.type !== 'ANSWER') return {};
      const r = checkAnswer(params.key, event.values, context.answers);
      if (!r.ok) return {};
      return { answers: withAnswer(context.answers, params.key, r.value), errors: [], form: null };
    }),
    storeErrors: assign(({ context, event }, params: { key: QuestionId }) => {
      if (event.type !== 'ANSWER') return {};
      const r = checkAnswer(params.key, event.values, context.answers);
      return { errors: r.ok ? [] : r.errors, form: event.values };
    }),
    restore: assign(({ event }) => {
      if (event.type !== 'RESTORE') return {};
      const r = resumeStep(event.answers, event.step);
      return { answers: event.answers, resume: r.step, errors: r.errors, form: null, returning: false };
    }),
    clearErrors: assign({ errors: [], form: null }),
    startReturning: assign({ returning: true, errors: [], form: null }),
    stopReturning: assign({ returning: false }),
    reset: assign({ answers: EMPTY, errors: [], form: null, returning: false, resume: 'case' as StepId }),
  },
});

type Transition = Record<string, unknown>;

/** Every step a question can lead to. */
const TARGETS: readonly StepId[] = [...QUESTION_IDS, CHECK, OUTAGE];

function questionState(key: QuestionId) {
  const answer: Transition[] = [
    { guard: { type: 'answerInvalid', params: { key } }, actions: { type: 'storeErrors', params: { key } } },
    ...TARGETS.filter((target) => target !== key).map((target) => ({
      guard: { type: 'nextIs', params: { key, target } },
      target,
      actions: [{ type: 'storeAnswer', params: { key } }, ...(target === CHECK ? ['stopReturning'] : [])],
    })),
  ];
  const back: Transition[] = [
    ...STEP_IDS.filter((t) => t !== key).map((target) => ({
      guard: { type: 'previousIs', params: { step: key, target } },
      target,
      actions: ['clearErrors', ...(target === CHECK ? ['stopReturning'] : [])],
    })),
  ];
  return { on: { ANSWER: answer, BACK: back } };
}

const resumeTransitions = STEP_IDS.map((target) => ({ guard: { type: 'resumeIs', params: { target } }, target }));

const config = {
  id: 'questionario',
  context: ({ input }: { input: QuestionarioInput }) => {
    const answers = input?.answers ?? EMPTY;
    const r = resumeStep(answers, input?.step ?? null);
    return { answers, errors: r.errors, form: null, returning: false, resume: r.step };
  },
  initial: 'start',
  on: {
    RESTORE: { target: '.start', actions: 'restore' },
    RESTART: { target: '.case', actions: 'reset' },
    CHANGE: QUESTION_IDS.map((key) => ({ guard: { type: 'changeIs', params: { key } }, target: `.${key}`, actions: 'startReturning' })),
  },
  states: {
    start: { always: resumeTransitions },
    ...Object.fromEntries(QUESTION_IDS.map((key) => [key, questionState(key)])),
    [CHECK]: {
      on: {
        CONFIRM: { guard: 'complete', target: OUTCOME },
        BACK: STEP_IDS.map((target) => ({ guard: { type: 'previousIs', params: { step: CHECK, target } }, target })),
      },
    },
    [OUTCOME]: { on: { BACK: { target: CHECK } } },
    [OUTAGE]: { on: { BACK: { target: 'case', actions: 'reset' } } },
  },
};

/** The questionnaire machine. */
export const questionarioMachine = base.createMachine(config as unknown as Parameters<typeof base.createMachine>[0]);
