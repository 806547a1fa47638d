/**
 * The questionnaire's rules, read from the table of questions (question-table.ts): which questions
 * apply, how an answer typed in a form is checked and stored, which step comes next, and where a
 * link resumes. String-only: nothing here loads decimal.js, so the question pages stay light.
 *
 * Answers are stored as strings keyed by scenario keys (amounts in the plain form "30000", dates
 * "2019-10-01", lists as string arrays, yes/no answers as "true"/"false"). A refused answer gives
 * problems as codes; src/copy/questionario.ts says them in Italian.
 */
import { isCaseId, type CaseId } from './cases.ts';
import { comparePlain, formatAmountIt, isZeroAmount } from './amount-text.ts';
import { isIsoDate } from './dates.ts';
import { checkCig, normaliseCig } from './cig.ts';
import { normaliseText, parseAmountText } from './normalise.ts';
import { FIRST_SUPPORTED_DATE } from './rules/supported.ts';
import { CIG_SERIES, EVENTS_UNDER_PCP_FROM } from './rules/events.ts';
import {
  AWARD_KIND_KEYS, LINK_FORM, OUTAGE_CASE, QUESTIONS, QUESTION_IDS, YES_NO, rowOf, withoutAmountKey,
  listInScenario, type AskedIf, type BoundedId, type Kind, type QuestionId, type RadioId,
} from './question-table.ts';

export { OUTAGE_CASE, type QuestionId };

/** The pages that are not questions. */
export const CHECK = 'check';
export const OUTCOME = 'outcome';
export const OUTAGE = 'outage';
export type StepId = QuestionId | typeof CHECK | typeof OUTCOME | typeof OUTAGE;
const STEP_IDS: readonly StepId[] = [...QUESTION_IDS, CHECK, OUTCOME, OUTAGE];

export type Answers = Readonly<Record<string, string | readonly string[]>>;

/**
 * Issue 10: the stored answer of a yesNoAmount question answered "Sì" without an amount, where its row
 * has a key for it (`withoutAmount`): the scenario and the link carry that key as `true` instead.
 */
export const YES_WITHOUT_AMOUNT = 'yesWithoutAmount';
export type FormValues = Readonly<Record<string, string | readonly string[]>>;

export type DatePart = 'day' | 'month' | 'year';

/** Why an answer is refused (the words are in src/copy/questionario.ts). */
export type Problem =
  | { code: 'choose'; question: RadioId }
  | { code: 'amountText'; text: string } // the amount parser's own message
  | { code: 'amountZero' }
  | { code: 'notAbove'; question: BoundedId; limit: string }
  | { code: 'listEmpty' }
  | { code: 'dateMissing' }
  | { code: 'dateInLink'; value: string }
  | { code: 'dateNeeds'; parts: DatePart[] }
  | { code: 'dateNumbers' }
  | { code: 'dateYear' }
  | { code: 'dateReal' }
  | { code: 'dateTooEarly' }
  | { code: 'dateAfter'; limit: string }
  | { code: 'cigMissing' }
  | { code: 'cigInvalid'; reason: string };

/** A problem and the form field it belongs to. */
export interface FieldError { field: string; problem: Problem }

export type AnswerCheck =
  | { ok: true; value: string | readonly string[] | undefined }
  | { ok: false; errors: FieldError[] };

function isStepId(s: unknown): s is StepId {
  return STEP_IDS.some((id) => id === s);
}

export function isQuestionId(s: unknown): s is QuestionId {
  return QUESTION_IDS.some((id) => id === s);
}

function caseOf(answers: Answers): CaseId | undefined {
  const c = answers['case'];
  return isCaseId(c) ? c : undefined;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): readonly string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

function isAnswered(key: QuestionId, answers: Answers): boolean {
  const v = answers[key];
  return Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v !== '';
}

// ---- issue 9, events: the conditions of `askedIf`, one predicate per name
const ASKED_IF: Readonly<Record<AskedIf, (answers: Answers) => boolean>> = {
  /** Under the PCP (a missing date is today's, so under it) and on a PCP CIG or none. */
  eventUnderPcpOnPcpCig: (answers) => {
    const date = str(answers['date']);
    const cig = normaliseCig(str(answers['originalCig']));
    const series = CIG_SERIES.find((row) => row.first.test(cig));
    return (date === '' || date >= EVENTS_UNDER_PCP_FROM) && (cig === '' || series === undefined || series.system === 'PCP');
  },
  /** Issue 10: an estimate to count, not "Sì" without one. */
  technicalExtensionEstimated: (answers) => str(answers['technicalExtension']) !== YES_WITHOUT_AMOUNT,
  // issue 11
  noLots: (answers) => !isAnswered('lots', answers),
  ordinaryAward: (answers) => awardKindKey(answers) === null,
  lotsApply: (answers) => !['inHouse', 'traceabilityOnly'].includes(str(answers['awardKind'])),
};

// ---- issue 11: the kind of award, stored in the answers as `awardKind` and in the scenario and links as its key
/** The scenario key and value of the kind of award answered (null: an ordinary contract, or not answered). */
function awardKindKey(answers: Answers): { key: string; value: string } | null {
  const kind = str(answers['awardKind']);
  return Object.hasOwn(AWARD_KIND_KEYS, kind) ? Object.entries(AWARD_KIND_KEYS).find(([k]) => k === kind)?.[1] ?? null : null;
}

/** The kind of award a link carries: `excluded` first (as the engine reads it), then a special `procedure`. */
function awardKindFromRaw(raw: Record<string, unknown>): string | undefined {
  if (raw['awardKind'] !== undefined && raw['awardKind'] !== null) return String(raw['awardKind']);
  if (raw['excluded'] !== undefined && raw['excluded'] !== null) return String(raw['excluded']);
  const p = String(raw['procedure']);
  return Object.values(AWARD_KIND_KEYS).some((v) => v?.key === 'procedure' && v.value === p) ? p : undefined;
}


/** Does this question apply to these answers? */
function applies(key: QuestionId, answers: Answers): boolean {
  const row = rowOf(key);
  if (row.cases === 'any') return true;
  const c = caseOf(answers);
  if (!c || row.cases[c] === undefined) return false;
  if (row.askedIf !== undefined && !ASKED_IF[row.askedIf](answers)) return false;
  if (row.askedWhen !== undefined && !row.askedWhen.values.includes(str(answers[row.askedWhen.question]))) return false;
  return row.askedAfter === undefined || isAnswered(row.askedAfter, answers);
}

/** The questions that apply, in order (only 'case' until the case is known). */
export function applicableQuestions(answers: Answers): QuestionId[] {
  return QUESTION_IDS.filter((q) => applies(q, answers));
}

/** Must this question be answered for the scenario to be complete? */
export function isRequired(key: QuestionId, answers: Answers): boolean {
  const cases = rowOf(key).cases;
  if (cases === 'any') return true;
  const c = caseOf(answers);
  return c !== undefined && cases[c] === 'required';
}

// ---------------------------------------------------------------- checking one answer, by kind

const refuse = (field: string, problem: Problem): AnswerCheck => ({ ok: false, errors: [{ field, problem }] });

/** The radio value chosen, or the problem (every radio question must be answered). */
function chosen(key: RadioId, form: FormValues, allowed: readonly string[]): { ok: true; choice: string } | { ok: false; check: AnswerCheck } {
  const choice = str(form['choice']);
  return allowed.includes(choice) ? { ok: true, choice } : { ok: false, check: refuse('choice', { code: 'choose', question: key }) };
}

/** The question as a radio question: the kinds answered with radios call this with their own id. */
function asRadio(key: QuestionId): RadioId {
  if (isRadio(key)) return key;
  throw new Error(`${key} is not answered with radio buttons`);
}

function isRadio(key: QuestionId): key is RadioId {
  const kind = rowOf(key).kind;
  return kind !== 'date' && kind !== 'amount' && kind !== 'cig';
}

function amountOf(input: string, field: string, allowZero: boolean): { ok: true; value: string } | { ok: false; error: FieldError } {
  const r = parseAmountText(input); // issue 14: the one parse of amounts, as the schema's
  if (!r.ok) return { ok: false, error: { field, problem: { code: 'amountText', text: r.message } } };
  if (!allowZero && isZeroAmount(r.value)) return { ok: false, error: { field, problem: { code: 'amountZero' } } };
  return { ok: true, value: r.value };
}

const DIGITS = /^\d+$/;
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** Day, month and year as typed → an ISO date, or what to fix. */
function checkDate(key: QuestionId, form: FormValues, answers: Answers): AnswerCheck {
  const row = rowOf(key);
  const skip = row.kind === 'date' && row.dontKnow === 'skip';
  if (skip && str(form['dontKnow']) !== '') return { ok: true, value: undefined };
  if (str(form['dontKnow']) !== '') {
    const today = str(form['today']);
    return isIsoDate(today) ? { ok: true, value: today } : refuse('day', { code: 'dateMissing' });
  }
  const parts: Record<DatePart, string> = { day: str(form['day']).trim(), month: str(form['month']).trim(), year: str(form['year']).trim() };
  const invalidLink = str(form['invalid']);
  const missing = DATE_PARTS.filter((k) => parts[k] === '');
  const [firstMissing] = missing;
  if (missing.length === 3 && skip && !invalidLink) return { ok: true, value: undefined };
  if (missing.length === 3) return refuse('day', invalidLink ? { code: 'dateInLink', value: invalidLink } : { code: 'dateMissing' });
  if (firstMissing) return refuse(firstMissing, { code: 'dateNeeds', parts: missing });
  const bad = DATE_PARTS.find((k) => !DIGITS.test(parts[k]));
  if (bad) return refuse(bad, { code: 'dateNumbers' });
  if (parts.year.length !== 4) return refuse('year', { code: 'dateYear' });
  const iso = `${parts.year}-${parts.month.padStart(2, '0').slice(-2)}-${parts.day.padStart(2, '0').slice(-2)}`;
  if (parts.day.length > 2 || parts.month.length > 2 || !isIsoDate(iso)) return refuse('day', { code: 'dateReal' });
  if (iso < FIRST_SUPPORTED_DATE && !skip) return refuse('day', { code: 'dateTooEarly' });
  const limit = row.kind === 'date' && row.notAfter !== undefined ? str(answers[row.notAfter]) : '';
  if (limit !== '' && iso > limit) return refuse('day', { code: 'dateAfter', limit });
  return { ok: true, value: iso };
}

function checkAmount(key: QuestionId, form: FormValues, answers: Answers): AnswerCheck {
  const input = str(form['amount']);
  if (input.trim() === '' && !isRequired(key, answers)) return { ok: true, value: undefined };
  const row = rowOf(key);
  const r = amountOf(input, 'amount', row.kind === 'amount' && row.allowZero === true);
  if (!r.ok) return { ok: false, errors: [r.error] };
  if (isBounded(key)) {
    const limit = str(answers[QUESTIONS[key].notAbove]);
    if (limit && comparePlain(r.value, limit) > 0) return refuse('amount', { code: 'notAbove', question: key, limit });
  }
  return { ok: true, value: r.value };
}

function isBounded(key: QuestionId): key is BoundedId {
  const row = rowOf(key);
  return row.kind === 'amount' && row.notAbove !== undefined;
}

function checkAmountList(key: RadioId, form: FormValues): AnswerCheck {
  const c = chosen(key, form, YES_NO);
  if (!c.ok) return c.check;
  if (c.choice === 'no') return { ok: true, value: undefined };
  const inputs = list(form['amounts']);
  const values: string[] = [];
  const errors: FieldError[] = [];
  inputs.forEach((input, i) => {
    if (input.trim() === '' && inputs.length > 1) return; // an empty extra row is ignored
    const r = amountOf(input, `amounts-${i}`, false);
    if (r.ok) values.push(r.value);
    else errors.push(r.error);
  });
  if (errors.length) return { ok: false, errors };
  if (values.length === 0) return refuse('amounts-0', { code: 'listEmpty' });
  return { ok: true, value: values };
}

function checkYesNoAmount(key: RadioId, form: FormValues): AnswerCheck {
  const c = chosen(key, form, YES_NO);
  if (!c.ok) return c.check;
  const input = str(form['amount']);
  if (c.choice === 'no') return { ok: true, value: undefined };
  // issue 10: "Sì" without an amount is kept where the question has a key for it
  if (input.trim() === '') return { ok: true, value: withoutAmountKey(key) === undefined ? undefined : YES_WITHOUT_AMOUNT };
  const r = amountOf(input, 'amount', false);
  return r.ok ? { ok: true, value: r.value } : { ok: false, errors: [r.error] };
}

function checkCigAnswer(key: QuestionId, form: FormValues, answers: Answers): AnswerCheck {
  const input = normaliseText(str(form['cig']));
  if (input === '') return isRequired(key, answers) ? refuse('cig', { code: 'cigMissing' }) : { ok: true, value: undefined };
  const r = checkCig(input); // issue 14: trimmed by normaliseText and checked as parseCigCode does for the schema
  return r.valid ? { ok: true, value: r.code } : refuse('cig', { code: 'cigInvalid', reason: r.reason });
}

/** An amount as the form shows it (Italian form), unless it is not a plain amount. */
const amountIt = (s: string) => (/^\d+(\.\d{1,2})?$/.test(s) ? formatAmountIt(s) : s);
const asStored = (s: string) => s;

interface KindRules {
  /** Checks what was typed; `answers` are the other answers (for rules across questions). */
  check(key: QuestionId, form: FormValues, answers: Answers): AnswerCheck;
  /** A stored answer as form values; `shown` renders each amount. */
  toForm(value: string | readonly string[] | undefined, shown: (amount: string) => string): FormValues;
}

const KIND_RULES: Readonly<Record<Kind, KindRules>> = {
  choice: {
    check: (key, form) => {
      const row = rowOf(key);
      if (row.kind === 'choice' && row.skippable === true && str(form['dontKnow']) !== '') return { ok: true, value: undefined };
      const notStated = row.kind === 'choice' ? row.notStated : undefined;
      const options = row.kind === 'choice' ? [...row.options, ...(notStated === undefined ? [] : [notStated])] : [];
      const c = chosen(asRadio(key), form, options);
      if (!c.ok) return c.check;
      return { ok: true, value: c.choice === notStated ? undefined : c.choice };
    },
    toForm: (v) => ({ choice: str(v) }),
  },
  date: {
    check: (key, form, answers) => checkDate(key, form, answers),
    toForm: (v) => {
      const s = str(v);
      // issue 14: strictly AAAA-MM-GG, as the one parse of dates (parseDate) reads it for the schema: "2024-2-9"
      // is refused here too (a date of that shape that does not exist is refused by checkDate, as by parseDate)
      const m = ISO_SHAPE.exec(normaliseText(s));
      if (m?.[1] && m[2] && m[3]) return { day: String(parseInt(m[3], 10)), month: String(parseInt(m[2], 10)), year: m[1] };
      return s ? { day: '', month: '', year: '', invalid: s } : {};
    },
  },
  amount: {
    check: checkAmount,
    toForm: (v, shown) => ({ amount: shown(str(v)) }),
  },
  amountList: {
    check: (key, form) => checkAmountList(asRadio(key), form),
    toForm: (v, shown) => {
      const amounts = list(v);
      return amounts.length ? { choice: 'yes', amounts: amounts.map(shown) } : {};
    },
  },
  yesNoAmount: {
    check: (key, form) => checkYesNoAmount(asRadio(key), form),
    toForm: (v, shown) => (str(v) === YES_WITHOUT_AMOUNT ? { choice: 'yes', amount: '' } : str(v) ? { choice: 'yes', amount: shown(str(v)) } : {}),
  },
  yesNo: {
    check: (key, form) => {
      const c = chosen(asRadio(key), form, YES_NO);
      return c.ok ? { ok: true, value: c.choice === 'yes' ? 'true' : 'false' } : c.check;
    },
    toForm: (v) => (str(v) === 'true' ? { choice: 'yes' } : str(v) === 'false' ? { choice: 'no' } : {}),
  },
  cig: {
    check: checkCigAnswer,
    toForm: (v) => ({ cig: str(v) }),
  },
};

/**
 * Checks what the user typed for one question and gives the value to store (undefined: the
 * optional answer is left out). `answers` are the other answers (for rules across questions).
 */
export function checkAnswer(key: QuestionId, form: FormValues, answers: Answers): AnswerCheck {
  return KIND_RULES[rowOf(key).kind].check(key, form, answers);
}

/** The stored answer of a question as the form shows it (amounts in the Italian form). */
export function storedToForm(key: QuestionId, value: string | readonly string[] | undefined): FormValues {
  return KIND_RULES[rowOf(key).kind].toForm(value, amountIt);
}

/** Stores a checked value (undefined removes the key, and the answers asked only after it). */
export function withAnswer(answers: Answers, key: QuestionId, value: string | readonly string[] | undefined): Answers {
  const next: Record<string, string | readonly string[]> = { ...answers };
  if (value === undefined) {
    delete next[key];
    for (const q of QUESTION_IDS) if (rowOf(q).askedAfter === key) delete next[q];
  } else {
    next[key] = value;
  }
  return next;
}

/** The problem with a stored answer (from a link), or null when it is fine or not given. */
function storedProblem(key: QuestionId, answers: Answers): FieldError[] | null {
  if (!isAnswered(key, answers)) return null;
  // Stored amounts are plain: check the link's own text, not the Italian rendering of it.
  const r = checkAnswer(key, KIND_RULES[rowOf(key).kind].toForm(answers[key], asStored), answers);
  return r.ok ? null : r.errors;
}

/** The scenario (raw, for parseScenario) made of the answers that apply. */
export function scenarioFromAnswers(answers: Answers): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of applicableQuestions(answers)) {
    if (!isAnswered(key, answers)) continue;
    const v = answers[key];
    const form = LINK_FORM[rowOf(key).kind];
    const without = withoutAmountKey(key);
    if (without !== undefined && v === YES_WITHOUT_AMOUNT) raw[without] = true; // issue 10
    else if (key === 'awardKind') { const k = awardKindKey(answers); if (k !== null) raw[k.key] = k.value; } // issue 11
    // issue 11: listInScenario gives the lots' amounts the scenario's shape
    else raw[key] = form === 'boolean' ? v === 'true' : form === 'list' ? listInScenario(key, list(v)) : v;
  }
  return raw;
}

/** The first question that applies and is missing (when required) or invalid. */
function firstProblem(answers: Answers): { key: QuestionId; errors: FieldError[] } | null {
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

function isOutage(answers: Answers): boolean {
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
  if (returning) return firstProblem(answers)?.key ?? CHECK;
  const applicable = applicableQuestions(answers);
  return applicable[applicable.indexOf(key) + 1] ?? CHECK;
}

/** Where the back link leads from a step (null: the first question, whose back link leaves). */
export function previousStep(step: StepId, answers: Answers, returning: boolean): StepId | null {
  if (step === OUTCOME) return CHECK;
  if (step === OUTAGE) return 'case';
  const applicable = applicableQuestions(answers);
  if (step === CHECK) return applicable[applicable.length - 1] ?? 'case';
  if (returning) return CHECK;
  const i = applicable.indexOf(step);
  return i > 0 ? applicable[i - 1] ?? null : null;
}

/**
 * Where a link (or a reload) opens. With a `step`, that step, unless an earlier question is missing
 * or invalid; without one, the outcome when the scenario is complete, else the first problem.
 */
export function resumeStep(answers: Answers, requested: string | null): { step: StepId; errors: FieldError[] } {
  if (isOutage(answers)) return { step: OUTAGE, errors: [] };
  if (Object.keys(answers).length === 0) return { step: 'case', errors: [] };
  const problem = firstProblem(answers);
  const applicable = applicableQuestions(answers);
  if (isStepId(requested) && requested !== OUTAGE) {
    if (isQuestionId(requested) && applicable.includes(requested)) {
      if (!problem || applicable.indexOf(problem.key) >= applicable.indexOf(requested)) {
        return { step: requested, errors: storedProblem(requested, answers) ?? [] };
      }
    } else if (!isQuestionId(requested) && isComplete(answers)) {
      return { step: requested, errors: [] };
    }
  }
  if (problem) return { step: problem.key, errors: problem.errors };
  return { step: OUTCOME, errors: [] };
}

/** The answers a link carries, kept to the known question keys. */
export function answersFromRaw(raw: Record<string, unknown>): Answers {
  const answers: Record<string, string | readonly string[]> = {};
  const kind = awardKindFromRaw(raw); // issue 11: the kind of award travels as procedure or excluded
  if (kind !== undefined) answers['awardKind'] = kind;
  for (const key of QUESTION_IDS) {
    if (key === 'awardKind' || (key === 'procedure' && kind !== undefined && kind === raw['procedure'])) continue;
    const v = raw[key];
    // issue 10: "Sì" without an amount travels as its own boolean key (an amount given wins)
    const without = withoutAmountKey(key);
    if (without !== undefined && (v === undefined || v === null || v === YES_WITHOUT_AMOUNT) && String(raw[without]) === 'true') {
      answers[key] = YES_WITHOUT_AMOUNT;
      continue;
    }
    if (v === undefined || v === null || (without !== undefined && v === YES_WITHOUT_AMOUNT)) continue;
    const stored = STORED[rowOf(key).kind];
    // issue 14: a value of spaces only is no answer (as an empty one is)
    if (Array.isArray(v)) { const values = v.map((x) => stored(String(x))).filter((x) => x !== ''); if (values.length > 0) answers[key] = values; }
    else if (stored(String(v)) !== '') answers[key] = stored(String(v));
  }
  return answers;
}

// ---- issue 14: a link's values are stored as the one parse of their kind gives them, when it accepts them (so the
// answers shown, the question's check and the outcome all hold the same value: "30.000,00" is 30000.00 everywhere);
// a value it refuses is kept as written (trimmed), and its question says what to fix.
const amountOr = (s: string): string => { const r = parseAmountText(s); return r.ok ? r.value : normaliseText(s); };
// Dates and codes are only trimmed here (and the code upper-cased, as checkCig reads it): the form splits a date strictly
// as parseDate reads it (KIND_RULES.date), and checks both with the functions parseDate and parseCigCode call.
const STORED: Readonly<Record<Kind, (s: string) => string>> = {
  choice: normaliseText,
  date: normaliseText,
  amount: amountOr,
  amountList: amountOr,
  yesNoAmount: (s) => (s === YES_WITHOUT_AMOUNT ? s : amountOr(s)),
  yesNo: normaliseText,
  cig: (s) => normaliseCig(normaliseText(s)),
};

/** The address's query for these answers at this step (the outcome carries no step). */
export function answersToLinkObject(answers: Answers, step: StepId): Record<string, unknown> {
  if (step === OUTAGE) return { case: OUTAGE_CASE };
  // The address must read back as itself: an answer that applies only because of one the address cannot carry (an
  // amount still to be corrected) is dropped on reload, so drop it now. Each pass only removes keys: it ends.
  let obj = linkObjectOf(answers);
  for (let next = linkObjectOf(answersFromRaw(obj)); Object.keys(next).length < Object.keys(obj).length; next = linkObjectOf(answersFromRaw(next))) obj = next;
  if (step !== OUTCOME && !(step === 'case' && Object.keys(obj).length === 0)) obj['step'] = step;
  return obj;
}

function linkObjectOf(answers: Answers): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  // issue 14: while the case is not one of ours (a link's "case=constructor"), the other answers stay in the address
  for (const key of caseOf(answers) === undefined ? QUESTION_IDS : applicableQuestions(answers)) {
    if (!isAnswered(key, answers)) continue;
    const without = withoutAmountKey(key);
    if (without !== undefined && answers[key] === YES_WITHOUT_AMOUNT) obj[without] = 'true'; // issue 10
    else if (key === 'awardKind') { const k = awardKindKey(answers); if (k !== null) obj[k.key] = k.value; } // issue 11
    else obj[key] = answers[key];
  }
  return obj;
}
