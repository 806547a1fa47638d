/**
 * The outcome of the questionnaire: the engine's advice for the answers given. Loaded only when the
 * outcome is shown (it pulls in the engine and decimal.js), never by the question pages.
 */
import { advise } from './advise.ts';
import type { Advice } from './advice.ts';
import { scenarioFromAnswers, type Answers } from './questions.ts';
import { parseScenario, type InputError, type ScenarioParse } from './scenario.ts';

/** The answers as the engine reads them (parseScenario on the answers that apply). */
export function scenarioOf(answers: Answers): ScenarioParse {
  return parseScenario(scenarioFromAnswers(answers));
}

export type Outcome = { ok: true; advice: Advice } | { ok: false; error: InputError };

export function adviceFor(answers: Answers, today: string): Outcome {
  const parsed = scenarioOf(answers);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return { ok: true, advice: advise(parsed.scenario, { today }) };
}
