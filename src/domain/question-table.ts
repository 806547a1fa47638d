/**
 * The questionnaire's questions as one table: one row per question, in the order they are asked.
 * A row says what kind of answer it takes, the cases that ask it (and whether their scenario needs
 * it), its options and any rule across questions. Everything else is derived from here: the keys
 * each case accepts (CASE_KEYS), how a link carries each key, the choice values, the routing
 * (questions.ts), the words' keys (src/copy/questionario.ts) and the component of each kind.
 * String-only, like questions.ts: the question pages load it without decimal.js or zod.
 */
import { CASES, type CaseId } from './cases.ts';
import { ORIGINAL_CARDS } from './rules/events.ts';

/** The first question's extra answer: the platform is down (no scenario, an explanation). */
export const OUTAGE_CASE = 'outage';

/**
 * What an answer is, and so how it is typed, checked and stored:
 * - choice: one of `options`;
 * - date: day, month and year (or "Non lo so": today);
 * - amount: one amount in euro (optional ones may be left empty);
 * - amountList: yes/no, then one or more amounts (stored as a list);
 * - yesNoAmount: yes/no, then an optional amount (stored as the amount alone);
 * - yesNo: yes/no (stored as "true"/"false", a boolean in the scenario);
 * - cig: a CIG code, checked with ANAC's algorithm.
 */
export type Kind = 'choice' | 'date' | 'amount' | 'amountList' | 'yesNoAmount' | 'yesNo' | 'cig';

/** Whether a case's scenario needs the answer ('optional' questions are asked but may be skipped). */
export type Need = 'required' | 'optional';

/** How a link carries a key: a plain value, repeated keys (a list), or 'true'/'false'. */
export type LinkForm = 'plain' | 'list' | 'boolean';

export const LINK_FORM: Readonly<Record<Kind, LinkForm>> = {
  choice: 'plain',
  date: 'plain',
  amount: 'plain',
  amountList: 'list',
  yesNoAmount: 'plain',
  yesNo: 'boolean',
  cig: 'plain',
};

/** The values of the yes/no radios (amountList, yesNoAmount, yesNo). */
export const YES_NO = ['yes', 'no'] as const;

/**
 * Conditions on other answers, by name; questions.ts has one predicate per name.
 * - eventUnderPcpOnPcpCig (issue 9, events): the event is dated under the PCP (or has no date: today) and the
 *   original CIG is a PCP one or not given.
 * - technicalExtensionEstimated (issue 10): the proroga tecnica was answered with an estimate (not "Sì" without one).
 * - noLots (issue 11): the contract is not divided into lots (the lots' amounts replace the single contract's).
 * - ordinaryAward (issue 11): the kind of award is an ordinary contract (or not answered): the procedure is asked.
 * - lotsApply (issue 11): the kind of award is not in house nor subject only to tracciabilità (lots are asked).
 */
export type AskedIf = 'eventUnderPcpOnPcpCig' | 'technicalExtensionEstimated' | 'noLots' | 'ordinaryAward' | 'lotsApply';

interface Common<Id extends string> {
  /** 'any': asked first, before the case is known (its answer is the case); else the cases that ask it. */
  readonly cases: 'any' | Readonly<Partial<Record<CaseId, Need>>>;
  /** Asked only once this earlier question has an answer; dropped when that answer is removed. */
  readonly askedAfter?: Id;
  /** Asked only when the other answers meet this condition. */
  readonly askedIf?: AskedIf;
  /** Asked only when this earlier question has one of these answers (issue 9: the authority for services and supplies). */
  readonly askedWhen?: { readonly question: Id; readonly values: readonly string[] };
}

export type QuestionRow<Id extends string = string> = Common<Id> & (
  | {
    readonly kind: 'choice';
    readonly options: readonly string[];
    /** An optional choice with a "Non lo so" button that leaves it unanswered. */
    readonly skippable?: true;
    /** An extra radio that stores no answer (the scenario then omits the key: "not stated"). */
    readonly notStated?: string;
    /** The options are shown in the order the law allows them for the value and date (loaded on demand). */
    readonly byLaw?: true;
  }
  | {
    readonly kind: 'amount';
    /** Zero is accepted (it is refused otherwise). */
    readonly allowZero?: true;
    /** The amount may not exceed the answer to this question. */
    readonly notAbove?: Id;
  }
  | {
    readonly kind: 'date';
    /**
     * What "Non lo so" means: today's date (default), or no answer ('skip', for an optional date of the past,
     * which may also be before the first date the engine answers for: the original contract of an event).
     */
    readonly dontKnow?: 'skip';
    /** The date may not be after the answer to this date question (when given). */
    readonly notAfter?: Id;
  }
  | {
    readonly kind: 'yesNoAmount';
    /** Issue 10: the boolean scenario key that says "Sì" without an amount (a link key of its own). */
    readonly withoutAmount?: string;
  }
  | { readonly kind: 'amountList' | 'yesNo' | 'cig' }
);

/** Keeps the rows' literal types and checks that every reference names a question of the table. */
function defineQuestions<const T extends Record<string, QuestionRow<Extract<keyof T, string>>>>(rows: T): T {
  return rows;
}

const everyCase = (need: Need) => ({ new: need, renewal: need, variant: need, technicalExtension: need, frameworkCall: need }) as const;
const events = { renewal: 'required', variant: 'required', technicalExtension: 'required' } as const;

/** Every question, in the order it is asked. */
export const QUESTIONS = defineQuestions({
  case: { kind: 'choice', options: [...CASES, OUTAGE_CASE], cases: 'any' },
  date: { kind: 'date', cases: everyCase('optional') },
  object: { kind: 'choice', options: ['works', 'services', 'supplies'], cases: everyCase('required') },
  // ---- issue 11: the kind of award (an answer only: it is stored as procedure or excluded, AWARD_KIND_KEYS)
  awardKind: { kind: 'choice', options: ['ordinary', 'inHouse', 'frameworkAgreement', 'traceabilityOnly'], cases: { new: 'optional' } },
  // ---- issue 11: a contract in lots gives the base of each lot; the single contract's amounts are then not asked
  lots: { kind: 'amountList', cases: { new: 'optional' }, askedIf: 'lotsApply' },
  base: { kind: 'amount', cases: { new: 'required' }, askedIf: 'noLots' },
  safetyCosts: { kind: 'amount', cases: { new: 'optional' }, allowZero: true, notAbove: 'base', askedIf: 'noLots' },
  renewals: { kind: 'amountList', cases: { new: 'optional' }, askedIf: 'noLots' },
  prorogaOptions: { kind: 'amountList', cases: { new: 'optional' }, askedIf: 'noLots' },
  otherOptions: { kind: 'amountList', cases: { new: 'optional' }, askedIf: 'noLots' },
  // ---- issue 9, procedures: repetitions after the options; sector and authority (the EU threshold), then the procedure
  repetitions: { kind: 'amountList', cases: { new: 'optional' }, askedIf: 'noLots' },
  technicalExtension: { kind: 'yesNoAmount', cases: { new: 'optional' }, withoutAmount: 'technicalExtensionForeseen', askedIf: 'noLots' },
  countTechnicalExtension: { kind: 'yesNo', cases: { new: 'optional' }, askedAfter: 'technicalExtension', askedIf: 'technicalExtensionEstimated' },
  // issue 9, cards helper: after the amounts (CONTRACT §7.1)
  pnrr: { kind: 'yesNo', cases: { new: 'optional', frameworkCall: 'optional' } },
  sector: { kind: 'choice', options: ['ordinary', 'special'], cases: { new: 'optional' } },
  authority: { kind: 'choice', options: ['subCentral', 'central'], cases: { new: 'optional' }, askedWhen: { question: 'object', values: ['services', 'supplies'] } },
  procedure: {
    kind: 'choice', options: ['direct', 'negotiated', 'open', 'restricted', 'other'], cases: { new: 'optional' },
    notStated: 'notStated', byLaw: true, askedIf: 'ordinaryAward',
  },
  contractAmount: { kind: 'amount', cases: { variant: 'required', technicalExtension: 'required' } },
  amount: { kind: 'amount', cases: { ...events, frameworkCall: 'required' } },
  originalCig: { kind: 'cig', cases: { renewal: 'required', variant: 'optional', technicalExtension: 'optional' } },
  // ---- issue 9, events: the original contract's start date and award card
  originalDate: { kind: 'date', cases: { renewal: 'optional', variant: 'optional', technicalExtension: 'optional' }, dontKnow: 'skip', notAfter: 'date' },
  originalCard: {
    kind: 'choice', options: ORIGINAL_CARDS, askedIf: 'eventUnderPcpOnPcpCig', skippable: true,
    cases: { renewal: 'optional', variant: 'optional', technicalExtension: 'optional' },
  },
  // ---- issue 11: a contract under a framework agreement or convention (CIG derivato)
  parentCig: { kind: 'cig', cases: { frameworkCall: 'required' } },
  withCompetition: { kind: 'yesNo', cases: { frameworkCall: 'optional' } },
});

type Table = typeof QUESTIONS;
export type QuestionId = keyof Table;

export const QUESTION_IDS: readonly QuestionId[] = keyList(QUESTIONS);

function keyList<T extends object>(o: T): (keyof T)[] {
  // Object.keys returns string[]; the keys of a literal table are exactly its own keys.
  return Object.keys(o) as (keyof T)[];
}

/** The questions answered with one of their own options. */
export type ChoiceId = { [Q in QuestionId]: Table[Q]['kind'] extends 'choice' ? Q : never }[QuestionId];
/** The values a choice question accepts. */
export type ChoiceValue<Q extends ChoiceId> = Table[Q] extends { options: readonly (infer V)[] } ? V : never;
/** The questions answered (first) with a radio button: choices and yes/no questions. */
export type RadioId = { [Q in QuestionId]: Table[Q]['kind'] extends 'date' | 'amount' | 'cig' ? never : Q }[QuestionId];
/** The amounts that may not exceed another answer. */
export type BoundedId = { [Q in QuestionId]: Table[Q] extends { notAbove: QuestionId } ? Q : never }[QuestionId];

/** The row of a question, seen through the common row type. */
export function rowOf(key: QuestionId): QuestionRow<QuestionId> {
  return QUESTIONS[key];
}

/** Does a case ask this question? */
function askedIn(key: QuestionId, c: CaseId): boolean {
  const cases = rowOf(key).cases;
  return cases === 'any' || cases[c] !== undefined;
}

// ---- issue 11: the kind of award is a question but not a scenario key: each answer is stored as a key of the scenario
/** The answer of `awardKind` as a scenario key and value (the ordinary contract sets none: CONTRACT §7.1). */
export const AWARD_KIND_KEYS = {
  ordinary: null,
  inHouse: { key: 'procedure', value: 'inHouse' },
  frameworkAgreement: { key: 'procedure', value: 'frameworkAgreement' },
  traceabilityOnly: { key: 'excluded', value: 'traceabilityOnly' },
} as const satisfies Record<(typeof QUESTIONS.awardKind.options)[number], { key: string; value: string } | null>;

/** The questions each case asks, in order. */
export const CASE_QUESTIONS: Readonly<Record<CaseId, readonly QuestionId[]>> = {
  new: QUESTION_IDS.filter((q) => askedIn(q, 'new')),
  renewal: QUESTION_IDS.filter((q) => askedIn(q, 'renewal')),
  variant: QUESTION_IDS.filter((q) => askedIn(q, 'variant')),
  technicalExtension: QUESTION_IDS.filter((q) => askedIn(q, 'technicalExtension')),
  frameworkCall: QUESTION_IDS.filter((q) => askedIn(q, 'frameworkCall')),
};

/** The scenario keys of a case's questions: `awardKind` becomes the key it stores (`excluded`; `procedure` is a question). */
function scenarioKeys(questions: readonly QuestionId[]): readonly string[] {
  return questions.flatMap((q) => (q === 'awardKind' ? ['excluded'] : [q]));
}

/** The keys each case accepts, in the order the questionnaire asks them (CONTRACT §2). */
export const CASE_KEYS: Readonly<Record<CaseId, readonly string[]>> = {
  new: scenarioKeys(CASE_QUESTIONS.new),
  renewal: scenarioKeys(CASE_QUESTIONS.renewal),
  variant: scenarioKeys(CASE_QUESTIONS.variant),
  technicalExtension: scenarioKeys(CASE_QUESTIONS.technicalExtension),
  frameworkCall: scenarioKeys(CASE_QUESTIONS.frameworkCall),
};

/** The keys a link carries in this form. */
export function keysInLinkAs(form: LinkForm): readonly QuestionId[] {
  return QUESTION_IDS.filter((q) => LINK_FORM[rowOf(q).kind] === form);
}

/** Issue 10: the question's key for "Sì" without an amount (a boolean link key), if it has one. */
export function withoutAmountKey(q: QuestionId): string | undefined {
  const row = rowOf(q);
  return row.kind === 'yesNoAmount' ? row.withoutAmount : undefined;
}

/** Issue 10: every boolean key that says "Sì" without an amount. */
export const WITHOUT_AMOUNT_KEYS: readonly string[] = QUESTION_IDS.flatMap((q) => withoutAmountKey(q) ?? []);

// ---- issue 11: list answers the scenario holds as objects (each lot's amount becomes a lot with that base)
const LIST_OF_OBJECTS: Readonly<Record<string, string>> = { lots: 'base' };

/** A list answer in the scenario's shape: the lots' amounts become `[{ base }]`; other lists stay as they are. */
export function listInScenario(key: string, values: readonly string[]): unknown[] {
  const field = Object.hasOwn(LIST_OF_OBJECTS, key) ? LIST_OF_OBJECTS[key] : undefined;
  return field === undefined ? [...values] : values.map((v) => ({ [field]: v }));
}

/** One element of a scenario list as a link writes it: a lot by its base. */
export function listElementInLink(key: string, element: unknown): string {
  const field = Object.hasOwn(LIST_OF_OBJECTS, key) ? LIST_OF_OBJECTS[key] : undefined;
  if (field !== undefined && typeof element === 'object' && element !== null && field in element) return String(Object.entries(element).find(([k]) => k === field)?.[1]);
  return String(element);
}
