import { createActor } from 'xstate';
import { questionarioMachine, type QuestionarioEvent } from '../../../src/machines/questionario.machine.ts';
import type { Answers, FieldError, FormValues } from '../../../src/domain/questions.ts';
import { problemText } from '../../../src/copy/questionario.ts';

/** An actor resumed at a question with the given earlier answers (as a link would). */
export function at(step: string | null, answers: Answers) {
  const actor = createActor(questionarioMachine, { input: { answers, step } }).start();
  return actor;
}

export function answer(step: string, answers: Answers, values: FormValues) {
  const actor = at(step, answers);
  if (actor.getSnapshot().context.step !== step) throw new Error(`not at ${step} but ${actor.getSnapshot().context.step}`);
  actor.send({ type: 'ANSWER', values } satisfies QuestionarioEvent);
  return actor.getSnapshot();
}

export const NEW_BASE: Answers = { case: 'new', date: '2019-10-01', object: 'services', procedure: 'direct' };
export const WITH_BASE: Answers = { ...NEW_BASE, base: '30000' };

/** An error as the page shows it: the field and the words. */
export function shown(e: FieldError) {
  return { field: e.field, message: problemText(e.problem) };
}
