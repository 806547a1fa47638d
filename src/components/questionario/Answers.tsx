/** "Le tue risposte": one row per answered or applicable question, each with "Modifica". */
import { questionWords, PAGE, OUTCOME } from '../../copy/questionario.ts';
import { UI } from '../../copy/ui.ts';
import { formatAmountIt } from '../../domain/amount-text.ts';
import { formatDateIt } from '../../domain/dates.ts';
import { rowOf, type Kind } from '../../domain/question-table.ts';
import { applicableQuestions, answersToLinkObject, YES_WITHOUT_AMOUNT, type Answers, type QuestionId } from '../../domain/questions.ts';
import { scenarioToQuery } from '../../domain/links.ts';

const euros = (values: readonly string[]) => values.map((s) => `€ ${formatAmountIt(s)}`).join('; ');

/** How each kind shows a given answer (`first` is its first value, `all` every value). */
const SHOWN: Readonly<Record<Kind, (key: QuestionId, first: string, all: readonly string[], today: string) => string>> = {
  choice: (key, first) => questionWords(key).options?.[first]?.label ?? first,
  date: (_key, first, _all, today) => (first === today ? PAGE.today(formatDateIt(first)) : formatDateIt(first)),
  amount: (_key, _first, all) => euros(all),
  amountList: (_key, _first, all) => euros(all),
  yesNoAmount: (_key, first, all) => (first === YES_WITHOUT_AMOUNT ? PAGE.foreseenWithoutEstimate : euros(all)),
  yesNo: (_key, first) => (first === 'true' ? OUTCOME.yes : OUTCOME.no),
  cig: (_key, first) => first,
};

/** What each kind shows when it has no answer: "Nessuno" where "no" leaves it out. */
const UNANSWERED: Readonly<Record<Kind, string>> = {
  choice: PAGE.notGiven,
  date: PAGE.notGiven,
  amount: PAGE.notGiven,
  amountList: PAGE.none,
  yesNoAmount: PAGE.none,
  yesNo: PAGE.notGiven,
  cig: PAGE.notGiven,
};

function answerText(key: QuestionId, answers: Answers, today: string): string {
  const v = answers[key];
  const all = Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
  const [first] = all;
  const kind = rowOf(key).kind;
  return first === undefined ? UNANSWERED[kind] : SHOWN[kind](key, first, all, today);
}

export function Answers({ answers, today, onChange }: { answers: Answers; today: string; onChange: (key: QuestionId) => void }) {
  return (
    <dl class="summary-list">
      {applicableQuestions(answers).map((key) => {
        const label = questionWords(key).summary;
        const href = `?${scenarioToQuery(answersToLinkObject(answers, key))}`;
        return (
          <div class="summary-list__row" key={key}>
            <dt class="summary-list__key">{label}</dt>
            <dd class="summary-list__value">{answerText(key, answers, today)}</dd>
            <dd class="summary-list__actions no-print">
              <a href={href} data-change={key} onClick={(e) => { e.preventDefault(); onChange(key); }}>
                {UI.change}<span class="visually-hidden">{PAGE.check.changeHidden(label)}</span>
              </a>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
