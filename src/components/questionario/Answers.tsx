/** "Le tue risposte": one row per answered or applicable question, each with "Modifica". */
import { QUESTIONS, PAGE, OUTCOME, type Option } from '../../copy/questionario.ts';
import { UI } from '../../copy/ui.ts';
import { formatAmountIt } from '../../domain/amount-text.ts';
import { formatDateIt } from '../../domain/dates.ts';
import { applicableQuestions, answersToLinkObject, type Answers, type QuestionId } from '../../domain/questions.ts';
import { scenarioToQuery } from '../../domain/links.ts';

const euro = (s: string) => `€ ${formatAmountIt(s)}`;

export function answerText(key: QuestionId, answers: Answers, today: string): string {
  const v = answers[key];
  const copy = QUESTIONS[key] as { options?: readonly Option[] };
  const list = Array.isArray(v) ? (v as readonly string[]) : typeof v === 'string' && v !== '' ? [v] : [];
  if (list.length === 0) {
    return key === 'renewals' || key === 'prorogaOptions' || key === 'otherOptions' || key === 'technicalExtension' ? PAGE.none : PAGE.notGiven;
  }
  const first = list[0]!;
  switch (key) {
    case 'case':
    case 'object':
    case 'procedure':
      return copy.options?.find((o) => o.value === first)?.label ?? first;
    case 'date':
      return first === today ? PAGE.today(formatDateIt(first)) : formatDateIt(first);
    case 'countTechnicalExtension':
      return first === 'true' ? OUTCOME.yes : OUTCOME.no;
    case 'originalCig':
      return first;
    default:
      return list.map(euro).join('; ');
  }
}

export function Answers({ answers, today, onChange }: { answers: Answers; today: string; onChange: (key: QuestionId) => void }) {
  return (
    <dl class="summary-list">
      {applicableQuestions(answers).map((key) => {
        const label = (QUESTIONS[key] as { summary: string }).summary;
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
