/**
 * A choice: one radio per option of the table, with the words of the copy. A row with `notStated`
 * adds a last radio that stores no answer; a `skippable` row adds a "Non lo so" button that leaves it
 * unanswered; a row with `byLaw` (the procedure, issue 9) loads on demand what the law allows for the
 * value and date, shows it first with the reason, and the other options after it with why they are
 * not allowed.
 */
import { useEffect, useState } from 'preact/hooks';
import { FIELD_WORDS, questionWords } from '../../../copy/questionario.ts';
import { rowOf } from '../../../domain/question-table.ts';
import { Continue, RadioFieldset, type KindProps, type RadioOption } from './parts.tsx';

type LawWords = Awaited<ReturnType<typeof import('../../../copy/procedure-options.ts').procedureOptionsWords>>;

export function Choice(props: KindProps) {
  const row = rowOf(props.qid);
  const copy = questionWords(props.qid);
  const byLaw = row.kind === 'choice' && row.byLaw === true;
  const [law, setLaw] = useState<LawWords>(null);
  useEffect(() => {
    if (!byLaw) return;
    void import('../../../copy/procedure-options.ts').then((m) => setLaw(m.procedureOptionsWords(props.answers, props.today)));
  }, [byLaw]);
  const values = row.kind === 'choice' ? row.options : [];
  const ordered: readonly string[] = law ? law.order : values;
  const hints: Readonly<Record<string, string | undefined>> = law ? law.hints : {};
  const options: RadioOption[] = ordered.map((value) => {
    const hint = hints[value] ?? copy.options?.[value]?.hint;
    return { value, label: copy.options?.[value]?.label ?? value, ...(hint !== undefined && { hint }) };
  });
  const notStated = row.kind === 'choice' ? row.notStated : undefined;
  if (notStated !== undefined && copy.notStated) options.push({ value: notStated, ...copy.notStated });
  return (
    <>
      <RadioFieldset {...props} options={options}
        lead={law ? <div class="inset">{law.why.map((w, i) => <p key={i}>{w}</p>)}</div> : null} />
      {row.kind === 'choice' && row.skippable === true ? (
        <Continue>
          <button type="button" class="button button--secondary" onClick={() => props.submit({ dontKnow: 'yes' })}>{FIELD_WORDS.dontKnow}</button>
        </Continue>
      ) : <Continue />}
    </>
  );
}
