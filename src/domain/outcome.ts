/**
 * The outcome of the questionnaire: the engine's decision for the answers given, and the topics it
 * touches (for the page's further reading). Loaded only when the outcome is shown (it pulls in the
 * engine and decimal.js), never by the question pages.
 */
import { advise, procedureChoices } from './advise.ts';
import type { Decision } from './advice.ts';
import type { ProcedureAssessment } from './procedures.ts';
import { scenarioFromAnswers, withAnswer, type Answers } from './questions.ts';
import { parseScenario, type CaseId, type InputError, type ScenarioParse } from './scenario.ts';
import type { SystemId } from './rules/kinds.ts';
import { FIRST_SUPPORTED_DATE } from './rules/supported.ts';
import { formatDateIt, isIsoDate } from './dates.ts';

/** The answers as the engine reads them (parseScenario on the answers that apply). */
function scenarioOf(answers: Answers): ScenarioParse {
  return parseScenario(scenarioFromAnswers(answers));
}

/**
 * Issue 14: a scenario without a date is advised on the device's date; with the device's clock
 * before the first supported day (or not read yet) there are no rules to apply. An Italian refusal
 * naming the date key, never an exception that leaves the page empty.
 */
function clockTooEarly(date: string | undefined, today: string): InputError | null {
  if (date !== undefined || (isIsoDate(today) && today >= FIRST_SUPPORTED_DATE)) return null;
  const message = isIsoDate(today)
    ? `La data dell'affidamento non è indicata e la data di oggi di questo dispositivo (${formatDateIt(today)}) è precedente al ${formatDateIt(FIRST_SUPPORTED_DATE)}, da cui valgono le regole: indica la data dell'affidamento o correggi l'orologio del dispositivo`
    : `La data dell'affidamento non è indicata e la data di oggi di questo dispositivo non si può leggere: indica la data dell'affidamento`;
  return { code: 'DATE_OUT_OF_RANGE', message, issues: [{ path: 'date', message }] };
}

export type Outcome = { ok: true; advice: Decision } | { ok: false; error: InputError };

export function adviceFor(answers: Answers, today: string): Outcome {
  const parsed = scenarioOf(answers);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const early = clockTooEarly(parsed.scenario.date, today); // issue 14
  if (early) return { ok: false, error: early };
  return { ok: true, advice: advise(parsed.scenario, { today }) };
}

/**
 * Issue 9: for the procedure question (loaded on demand when it is shown), the procedures the law
 * allows for the estimated value of the answers given so far; null when they are not a new contract yet.
 */
export function procedureOptionsFor(answers: Answers, today: string): (ProcedureAssessment & { estimatedValue: string }) | null {
  const parsed = scenarioOf(withAnswer(answers, 'procedure', undefined));
  if (!parsed.ok || parsed.scenario.case !== 'new' || clockTooEarly(parsed.scenario.date, today)) return null;
  const { estimatedValue, assessment } = procedureChoices(parsed.scenario, { today });
  return { ...assessment, estimatedValue };
}

/** What an advice is about, for the reading that explains it. */
export type Topic = 'cig' | 'contribution' | 'estimatedValue' | 'renewal' | 'modification' | 'smartCig' | 'pcp' | 'procedures'
  // issue 11
  | 'lots' | 'framework';

const CASE_TOPICS: Readonly<Record<CaseId, readonly Topic[]>> = {
  new: ['estimatedValue', 'procedures'],
  renewal: ['estimatedValue', 'renewal'],
  variant: ['modification'],
  technicalExtension: ['estimatedValue', 'modification'],
  frameworkCall: ['framework'],
};

/** The topics of the system advised or offered as an alternative. */
const SYSTEM_TOPICS: Readonly<Record<SystemId, readonly Topic[]>> = { SMART_CIG: ['smartCig'], SIMOG: [], PCP: ['pcp'] };

export function topicsOf(d: Decision): Set<Topic> {
  const systems = d.system === null ? d.alternatives : [d.system, ...d.alternatives];
  return new Set<Topic>(['cig', 'contribution', ...CASE_TOPICS[d.case], ...systems.flatMap((s) => SYSTEM_TOPICS[s]), ...(d.lots ? ['lots' as const] : [])]);
}
