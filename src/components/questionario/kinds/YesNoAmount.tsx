/** Yes/no, and under "Sì" an optional amount (the estimate of the proroga tecnica). */
import { FIELD_WORDS } from '../../../copy/questionario.ts';
import { AmountInput, Continue, RadioFieldset, fieldId, messageFor, str, type KindProps } from './parts.tsx';
import { YES_NO_OPTIONS } from './YesNo.tsx';

export function YesNoAmount(props: KindProps) {
  const { qid, form, set, errors } = props;
  const reveal = (v: string) => v !== 'yes' ? null : (
    <AmountInput id={fieldId(qid, 'amount')} label={FIELD_WORDS.estimateLabel} value={str(form['amount'])} error={messageFor(errors, 'amount')} onInput={(val) => set('amount', val)} />
  );
  return (
    <>
      <RadioFieldset {...props} options={YES_NO_OPTIONS} reveal={reveal} />
      <Continue />
    </>
  );
}
