/** A choice: one radio per option of the table, with the words of the copy. */
import { FIELD_WORDS, questionWords } from '../../../copy/questionario.ts';
import { rowOf } from '../../../domain/question-table.ts';
import { Continue, RadioFieldset, type KindProps } from './parts.tsx';

export function Choice(props: KindProps) {
  const row = rowOf(props.qid);
  const words = questionWords(props.qid).options;
  const options = (row.kind === 'choice' ? row.options : []).map((value) => ({ value, label: value, ...words?.[value] }));
  return (
    <>
      <RadioFieldset {...props} options={options} />
      {row.kind === 'choice' && row.skippable === true ? (
        <Continue>
          <button type="button" class="button button--secondary" onClick={() => props.submit({ dontKnow: 'yes' })}>{FIELD_WORDS.dontKnow}</button>
        </Continue>
      ) : <Continue />}
    </>
  );
}
