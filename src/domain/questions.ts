/**
 * The questionnaire's questions as pure functions: which apply (derived from CASE_KEYS), how an
 * answer typed in a form is checked and stored, which question comes next, and where a link
 * resumes. String-only: nothing here loads decimal.js, so the question pages stay light.
 *
 * Answers are stored as strings keyed by scenario keys (amounts in the plain form "30000",
 * dates "2019-10-01", lists as string arrays, countTechnicalExtension as "true"/"false").
 */
import { CASE_KEYS, CASES, type CaseId } from './cases.ts';
import { parseUserAmount, comparePlain, formatAmountIt, isZeroAmount } from './amount-text.ts';
import { isIsoDate } from './dates.ts';
import { checkCig, normaliseCig } from './cig.ts';
import { FIRST_SUPPORTED_DATE } from './rules/supported.ts';
import { ARRAY_KEYS } from './links.ts';
import { ERRORS } from '../copy/questionario.ts';

/** Every question, in the order it is asked. */
export const QUESTION_IDS = [
  'case', 'date', 'object', 'procedure', 'base', 'safetyCosts', 'renewals', 'prorogaOptions', 'otherOptions',
  'technicalExtension', 'countTechnicalExtension', 'contractAmount', 'amount', 'originalCig',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The pages that are not questions. */
export const CHECK = 'check';
export const OUTCOME = 'outcome';
export const OUTAGE = 'outage';
export type StepId = QuestionId | typeof CHECK | typeof OUTCOME | typeof OUTAGE;
export const STEP_IDS: readonly StepId[] = [...QUESTION_IDS, CHECK, OUTCOME, OUTAGE];

/** The first question's extra answer: the platform is down (no scenario, an explanation). */
export const OUTAGE_CASE = 'outage';
export const CASE_CHOICES: readonly string[] = [...CASES, OUTAGE_CASE];

export type Answers = Readonly<Record<string, string | readonly string[]>>;
export type FormValues = Readonly<Record<string, string | readonly string[]>>;
export interface FieldError { field: string; message: string }
export type AnswerCheck =
  | { ok: true; value: string | readonly string[] | undefined }
  | { ok: false; errors: FieldError[] };

const CHOICES: Readonly<Record<string, readonly string[]>> = {
  case: CASE_CHOICES,
  object: ['works', 'services', 'supplies'],
  procedure: ['direct', 'negotiated', 'open', 'restricted', 'other'],
};
const LIST_KEYS: readonly string[] = ARRAY_KEYS;
const REQUIRED_AMOUNTS: readonly string[] = ['base', 'amount', 'contractAmount'];

export function isStepId(s: unknown): s is StepId {
  return typeof s === 'string' && (STEP_IDS as readonly string[]).includes(s);
}

export function isQuestionId(s: unknown): s is QuestionId {
  return typeof s === 'string' && (QUESTION_IDS as readonly string[]).includes(s);
}

function caseOf(answers: Answers): CaseId | undefined {
  const c = answers['case'];
  return typeof c === 'string' && (CASES as readonly string[]).includes(c) ? (c as CaseId) : undefined;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Does this question apply to these answers? The keys of the case, in CASE_KEYS. */
export function applies(key: QuestionId, answers: Answers): boolean {
  if (key === 'case') return true;
  const c = caseOf(answers);
  if (!c || !CASE_KEYS[c].includes(key)) return false;
  // Whether to count the proroga tecnica is asked only when an estimate was given.
  if (key === 'countTechnicalExtension') return str(answers['technicalExtension']) !== '';
  return true;
}

/** The questions that apply, in order (only 'case' until the case is known). */
export function applicableQuestions(answers: Answers): QuestionId[] {
  return QUESTION_IDS.filter((q) => applies(q, answers));
}

/** Must this question be answered for the scenario to be complete? */
export function isRequired(key: QuestionId, answers: Answers): boolean {
  if (key === 'case' || key === 'object') return true;
  if (REQUIRED_AMOUNTS.includes(key)) return true;
  return key === 'originalCig' && caseOf(answers) === 'renewal';
}

// ---------------------------------------------------------------- checking one answer

function checkChoice(key: string, choice: string): AnswerCheck {
  const allowed = CHOICES[key] ?? ['yes', 'no'];
  if (!allowed.includes(choice)) return { ok: false, errors: [{ field: 'choice', message: ERRORS.choose[key] ?? 'Seleziona una risposta' }] };
  return { ok: true, value: choice };
}

function checkAmount(input: string, field: string): { ok: true; value: string } | { ok: false; error: FieldError } {
  const r = parseUserAmount(input);
  if (!r.ok) return { ok: false, error: { field, message: r.message } };
  if (isZeroAmount(r.value)) return { ok: false, error: { field, message: ERRORS.amountZero } };
  return { ok: true, value: r.value };
}

const DIGITS = /^\d+$/;

/** Day, month and year as typed → an ISO date, or a message saying what to fix. */
export function checkDate(form: FormValues): AnswerCheck {
  if (str(form['dontKnow']) !== '') {
    const today = str(form['today']);
    return isIsoDate(today) ? { ok: true, value: today } : { ok: false, errors: [{ field: 'day', message: ERRORS.dateMissing }] };
  }
  const parts = { day: str(form['day']).trim(), month: str(form['month']).trim(), year: str(form['year']).trim() };
  const invalidLink = str(form['invalid']);
  const missing = (Object.keys(parts) as (keyof typeof parts)[]).filter((k) => parts[k] === '');
  if (missing.length === 3) return { ok: false, errors: [{ field: 'day', message: invalidLink ? ERRORS.dateInLink(invalidLink) : ERRORS.dateMissing }] };
  if (missing.length > 0) return { ok: false, errors: [{ field: missing[0]!, message: ERRORS.dateNeeds(missing.map((m) => ERRORS.dateParts[m]!)) }] };
  const bad = (Object.keys(parts) as (keyof typeof parts)[]).find((k) => !DIGITS.test(parts[k]));
  if (bad) return { ok: false, errors: [{ field: bad, message: ERRORS.dateNumbers }] };
  if (parts.year.length !== 4) return { ok: false, errors: [{ field: 'year', message: ERRORS.dateYear }] };
  const iso = `${parts.year}-${parts.month.padStart(2, '0').slice(-2)}-${parts.day.padStart(2, '0').slice(-2)}`;
  if (parts.day.length > 2 || parts.month.length > 2 || !isIsoDate(iso)) return { ok: false, errors: [{ field: 'day', message: ERRORS.dateReal }] };
  if (iso < FIRST_SUPPORTED_DATE) return { ok: false, errors: [{ field: 'day', message: ERRORS.dateTooEarly }] };
  return { ok: true, value: iso };
}

/**
 * Checks what the user typed for one question and gives the value to store (undefined: the
 * optional answer is left out). `answers` are the other answers (for rules across questions).
 */
export function checkAnswer(key: QuestionId, form: FormValues, answers: Answers): AnswerCheck {
  switch (key) {
    case 'case':
    case 'object':
    case 'procedure':
      return checkChoice(key, str(form['choice']));
    case 'date':
      return checkDate(form);
    case 'base':
    case 'amount':
    case 'contractAmount': {
      const r = checkAmount(str(form['amount']), 'amount');
      return r.ok ? { ok: true, value: r.value } : { ok: false, errors: [r.error] };
    }
    case 'safetyCosts': {
      const input = str(form['amount']);
      if (input.trim() === '') return { ok: true, value: undefined };
      const r = parseUserAmount(input);
      if (!r.ok) return { ok: false, errors: [{ field: 'amount', message: r.message }] };
      const base = str(answers['base']);
      if (base && comparePlain(r.value, base) > 0) return { ok: false, errors: [{ field: 'amount', message: ERRORS.safetyOverBase(formatAmountIt(base)) }] };
      return { ok: true, value: r.value };
    }
    case 'renewals':
    case 'prorogaOptions':
    case 'otherOptions': {
      const choice = checkChoice(key, str(form['choice']));
      if (!choice.ok) return choice;
      if (choice.value === 'no') return { ok: true, value: undefined };
      const raw = form['amounts'];
      const list = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : []) as readonly string[];
      const values: string[] = [];
      const errors: FieldError[] = [];
      list.forEach((input, i) => {
        if (input.trim() === '' && list.length > 1) return; // an empty extra row is ignored
        const r = checkAmount(input, `amounts-${i}`);
        if (r.ok) values.push(r.value);
        else errors.push(r.error);
      });
      if (errors.length) return { ok: false, errors };
      if (values.length === 0) return { ok: false, errors: [{ field: 'amounts-0', message: ERRORS.listEmpty }] };
      return { ok: true, value: values };
    }
    case 'technicalExtension': {
      const choice = checkChoice(key, str(form['choice']));
      if (!choice.ok) return choice;
      const input = str(form['amount']);
      if (choice.value === 'no' || input.trim() === '') return { ok: true, value: undefined };
      const r = checkAmount(input, 'amount');
      return r.ok ? { ok: true, value: r.value } : { ok: false, errors: [r.error] };
    }
    case 'countTechnicalExtension': {
      const choice = checkChoice(key, str(form['choice']));
      if (!choice.ok) return choice;
      return { ok: true, value: choice.value === 'yes' ? 'true' : 'false' };
    }
    case 'originalCig': {
      const input = str(form['cig']).trim();
      if (input === '') {
        return isRequired('originalCig', answers) ? { ok: false, errors: [{ field: 'cig', message: ERRORS.cigMissing }] } : { ok: true, value: undefined };
      }
      const r = checkCig(input);
      return r.valid ? { ok: true, value: normaliseCig(input) } : { ok: false, errors: [{ field: 'cig', message: ERRORS.cigInvalid(r.reason) }] };
    }
  }
}

/** The stored answer of a question as the form shows it (amounts in the Italian form). */
export function storedToForm(key: QuestionId, value: string | readonly string[] | undefined): FormValues {
  const v = value;
  const amountIt = (s: string) => (/^\d+(\.\d{1,2})?$/.test(s) ? formatAmountIt(s) : s);
  switch (key) {
    case 'case':
    case 'object':
    case 'procedure':
      return { choice: str(v) };
    case 'date': {
      const s = str(v);
      const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
      if (m) return { day: String(parseInt(m[3]!, 10)), month: String(parseInt(m[2]!, 10)), year: m[1]! };
      return s ? { day: '', month: '', year: '', invalid: s } : {};
    }
    case 'base':
    case 'amount':
    case 'contractAmount':
    case 'safetyCosts':
      return { amount: amountIt(str(v)) };
    case 'renewals':
    case 'prorogaOptions':
    case 'otherOptions': {
      const list = Array.isArray(v) ? (v as readonly string[]) : typeof v === 'string' ? [v] : [];
      return list.length ? { choice: 'yes', amounts: list.map(amountIt) } : {};
    }
    case 'technicalExtension':
      return str(v) ? { choice: 'yes', amount: amountIt(str(v)) } : {};
    case 'countTechnicalExtension':
      return str(v) === 'true' ? { choice: 'yes' } : str(v) === 'false' ? { choice: 'no' } : {};
    case 'originalCig':
      return { cig: str(v) };
  }
}

/** Stores a checked value (undefined removes the key). */
export function withAnswer(answers: Answers, key: QuestionId, value: string | readonly string[] | undefined): Answers {
  const next: Record<string, string | readonly string[]> = { ...answers };
  if (value === undefined) delete next[key];
  else next[key] = value;
  // Without an estimate there is nothing to count.
  if (key === 'technicalExtension' && value === undefined) delete next['countTechnicalExtension'];
  return next;
}

function isAnswered(key: QuestionId, answers: Answers): boolean {
  const v = answers[key];
  return Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v !== '';
}

/** The problem with a stored answer (from a link), or null when it is fine or not given. */
export function storedProblem(key: QuestionId, answers: Answers): FieldError[] | null {
  if (!isAnswered(key, answers)) return null;
  const form = storedToForm(key, answers[key]);
  // Stored amounts are plain; check the link's own text, not the Italian rendering of it.
  const raw = answers[key];
  const linkForm: FormValues = 'amount' in form ? { ...form, amount: str(raw) } : 'amounts' in form ? { ...form, amounts: raw as readonly string[] } : form;
  const r = checkAnswer(key, linkForm, answers);
  return r.ok ? null : r.errors;
}

/** The scenario (raw, for parseScenario) made of the answers that apply. */
export function scenarioFromAnswers(answers: Answers): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of applicableQuestions(answers)) {
    if (!isAnswered(key, answers)) continue;
    const v = answers[key];
    if (key === 'countTechnicalExtension') raw[key] = v === 'true';
    else if (LIST_KEYS.includes(key)) raw[key] = Array.isArray(v) ? [...v] : [v];
    else raw[key] = v;
  }
  return raw;
}

/** The first question that applies and is missing (when required) or invalid. */
export function firstProblem(answers: Answers): { key: QuestionId; errors: FieldError[] } | null {
  for (const key of applicableQuestions(answers)) {
    if (!isAnswered(key, answers)) {
      if (isRequired(key, answers)) return { key, errors: [] };
      continue;
    }
    const problem = storedProblem(key, answers);
    if (problem) return { key, errors: problem };
  }
  return null;
}

export function isOutage(answers: Answers): boolean {
  return answers['case'] === OUTAGE_CASE;
}

/**
 * Are the answers a complete, valid scenario? Every question that applies is checked here with the
 * same rules as the schema (the engine's parseScenario runs again when the outcome is computed).
 */
export function isComplete(answers: Answers): boolean {
  return !isOutage(answers) && caseOf(answers) !== undefined && firstProblem(answers) === null;
}

/**
 * Where to go after answering `key`. In order: the outage page; when returning from "Le tue
 * risposte", straight back there unless a required answer is now missing; else the next question.
 */
export function nextStep(key: QuestionId, answers: Answers, returning: boolean): StepId {
  if (key === 'case' && isOutage(answers)) return OUTAGE;
  const list = applicableQuestions(answers);
  if (returning) {
    const p = firstProblem(answers);
    return p ? p.key : CHECK;
  }
  const i = list.indexOf(key);
  return list[i + 1] ?? CHECK;
}

/** Where the back link leads from a step. */
export function previousStep(step: StepId, answers: Answers, returning: boolean): StepId | null {
  if (step === OUTCOME) return CHECK;
  if (step === OUTAGE) return 'case';
  const list = applicableQuestions(answers);
  if (step === CHECK) return list[list.length - 1] ?? 'case';
  if (returning) return CHECK;
  const i = list.indexOf(step);
  return i > 0 ? list[i - 1]! : null;
}

/**
 * Where a link (or a reload) opens. With a `step`, that step, unless an earlier question is missing
 * or invalid; without one, the outcome when the scenario is complete, else the first problem.
 */
export function resumeStep(answers: Answers, requested: string | null): { step: StepId; key?: QuestionId; errors: FieldError[] } {
  if (isOutage(answers)) return { step: OUTAGE, errors: [] };
  if (Object.keys(answers).length === 0) return { step: 'case', errors: [] };
  const problem = firstProblem(answers);
  const list = applicableQuestions(answers);
  if (isStepId(requested) && requested !== OUTAGE) {
    if (isQuestionId(requested) && list.includes(requested)) {
      if (!problem || list.indexOf(problem.key) >= list.indexOf(requested)) {
        const own = storedProblem(requested, answers);
        return { step: requested, key: requested, errors: own ?? [] };
      }
    } else if (!isQuestionId(requested) && isComplete(answers)) {
      return { step: requested, errors: [] };
    }
  }
  if (problem) return { step: problem.key, key: problem.key, errors: problem.errors };
  return { step: OUTCOME, errors: [] };
}

/** The answers a link carries, kept to the known question keys. */
export function answersFromRaw(raw: Record<string, unknown>): Answers {
  const answers: Record<string, string | readonly string[]> = {};
  for (const key of QUESTION_IDS) {
    const v = raw[key];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) answers[key] = v.map(String);
    else answers[key] = String(v);
  }
  return answers;
}

/** The address's query for these answers at this step (the outcome carries no step). */
export function answersToLinkObject(answers: Answers, step: StepId): Record<string, unknown> {
  if (step === OUTAGE) return { case: OUTAGE_CASE };
  const obj: Record<string, unknown> = {};
  for (const key of applicableQuestions(answers)) {
    if (isAnswered(key, answers)) obj[key] = answers[key];
  }
  if (step !== OUTCOME && !(step === 'case' && Object.keys(obj).length === 0)) obj['step'] = step;
  return obj;
}
