/** One amount in euro; the heading is its label ("(facoltativo)" when the case does not need it). */
import { PAGE } from '../../../copy/questionario.ts';
import { AmountInput, Continue, Hint, fieldId, hintIdOf, messageFor, str, type KindProps } from './parts.tsx';

export function Amount(props: KindProps) {
  const { qid, title, form, set, errors } = props;
  const id = fieldId(qid, 'amount');
  const hintId = hintIdOf(props);
  return (
    <>
      <h1 class="label-heading q-heading" tabIndex={-1}><label class="label" for={id}>{title}{props.required ? '' : PAGE.optional}</label></h1>
      <Hint id={hintId} hint={props.hint} />
      <AmountInput id={id} label={title} heading value={str(form['amount'])} error={messageFor(errors, 'amount')} hintId={hintId} onInput={(v) => set('amount', v)} />
      <Continue />
    </>
  );
}
