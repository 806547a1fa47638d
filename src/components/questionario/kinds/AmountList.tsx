/** Yes/no, and under "Sì" one or more amounts, with rows to add and remove. */
import { FIELD_WORDS } from '../../../copy/questionario.ts';
import { AmountInput, Continue, RadioFieldset, fieldId, messageFor, type KindProps } from './parts.tsx';
import { YES_NO_OPTIONS } from './YesNo.tsx';

export function AmountList(props: KindProps) {
  const { qid, form, set, errors } = props;
  const typed = form['amounts'];
  const rows = Array.isArray(typed) && typed.length ? typed : [''];
  const reveal = (v: string) => v !== 'yes' ? null : (
    <div>
      {rows.map((a, i) => (
        <div class="q-list-row" key={i}>
          <AmountInput id={fieldId(qid, `amounts-${i}`)} label={FIELD_WORDS.amountN(i + 1)} value={a} error={messageFor(errors, `amounts-${i}`)}
            onInput={(val) => set('amounts', rows.map((x, j) => (j === i ? val : x)))} />
          {rows.length > 1 && (
            <button type="button" class="q-link-button" onClick={() => set('amounts', rows.filter((_, j) => j !== i))}>{FIELD_WORDS.removeAmount(i + 1)}</button>
          )}
        </div>
      ))}
      <button type="button" class="button button--secondary" onClick={() => set('amounts', [...rows, ''])}>{FIELD_WORDS.addAmount}</button>
    </div>
  );
  return (
    <>
      <RadioFieldset {...props} options={YES_NO_OPTIONS} reveal={reveal} />
      <Continue />
    </>
  );
}
