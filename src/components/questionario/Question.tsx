/**
 * One question page: the component of the question's kind (the heading is its label or legend, a
 * hint, the field(s), inline errors with the same words as the summary, "Continua"). Local state
 * only holds what is being typed; the machine checks the answer (with the domain) on submit.
 */
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { questionWords } from '../../copy/questionario.ts';
import { rowOf, type Kind } from '../../domain/question-table.ts';
import { isCaseId } from '../../domain/cases.ts';
import { isRequired, type Answers, type FieldError, type FormValues, type QuestionId } from '../../domain/questions.ts';
import type { KindProps } from './kinds/parts.tsx';
import { Choice } from './kinds/Choice.tsx';
import { DateKind } from './kinds/DateKind.tsx';
import { Amount } from './kinds/Amount.tsx';
import { AmountList } from './kinds/AmountList.tsx';
import { YesNoAmount } from './kinds/YesNoAmount.tsx';
import { YesNo } from './kinds/YesNo.tsx';
import { Cig } from './kinds/Cig.tsx';

/** The component of each kind of question. */
const KINDS: Readonly<Record<Kind, FunctionComponent<KindProps>>> = {
  choice: Choice,
  date: DateKind,
  amount: Amount,
  amountList: AmountList,
  yesNoAmount: YesNoAmount,
  yesNo: YesNo,
  cig: Cig,
};

export interface QuestionProps {
  qid: QuestionId;
  answers: Answers;
  initial: FormValues;
  errors: readonly FieldError[];
  onSubmit: (values: FormValues) => void;
  today: string;
}

export function Question({ qid, answers, initial, errors, onSubmit, today }: QuestionProps) {
  const [form, setForm] = useState<FormValues>(() => ({ ...initial }));
  const set = (k: string, v: string | readonly string[]) => setForm((f) => ({ ...f, [k]: v }));
  const words = questionWords(qid);
  const c = answers['case'];
  const required = isRequired(qid, answers);
  const View = KINDS[rowOf(qid).kind];
  return (
    <form novalidate onSubmit={(e) => { e.preventDefault(); onSubmit(form); }} class="q-form">
      <View
        qid={qid}
        title={(isCaseId(c) ? words.byCase?.[c] : undefined) ?? words.title}
        hint={required && words.hintIfRequired ? words.hintIfRequired : words.hint}
        required={required}
        form={form}
        set={set}
        errors={errors}
        today={today}
        submit={(extra) => onSubmit({ ...form, ...extra })}
        answers={answers}
      />
    </form>
  );
}
