/** A choice: one radio per option of the table, with the words of the copy. */
import { questionWords } from '../../../copy/questionario.ts';
import { rowOf } from '../../../domain/question-table.ts';
import { Continue, RadioFieldset, type KindProps } from './parts.tsx';

export function Choice(props: KindProps) {
  const row = rowOf(props.qid);
  const words = questionWords(props.qid).options;
  const options = (row.kind === 'choice' ? row.options : []).map((value) => ({ value, label: value, ...words?.[value] }));
  return (
    <>
      <RadioFieldset {...props} options={options} />
      <Continue />
    </>
  );
}
