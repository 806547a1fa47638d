/** A CIG code ("(facoltativo)" when the case does not need it). */
import { PAGE } from '../../../copy/questionario.ts';
import { ErrorMessage } from '../../forms/ErrorMessage.tsx';
import { Continue, Hint, describedBy, fieldId, hintIdOf, messageFor, str, type KindProps } from './parts.tsx';

export function Cig(props: KindProps) {
  const { qid, title, form, set, errors } = props;
  const err = messageFor(errors, 'cig');
  const id = fieldId(qid, 'cig');
  const errId = `${id}-error`;
  const hintId = hintIdOf(props);
  return (
    <>
      <h1 class="label-heading q-heading" tabIndex={-1}><label class="label" for={id}>{title}{props.required ? '' : PAGE.optional}</label></h1>
      <Hint id={hintId} hint={props.hint} />
      <div class={`form-group${err ? ' form-group--error' : ''}`}>
        <ErrorMessage id={errId} message={err} />
        <input class={`input input--w10 q-cig${err ? ' input--error' : ''}`} id={id} name={id} type="text" autoComplete="off" spellcheck={false}
          autoCapitalize="characters" value={str(form['cig'])} aria-describedby={describedBy(hintId, err !== undefined && errId)}
          onInput={(e) => set('cig', e.currentTarget.value)} />
      </div>
      <Continue />
    </>
  );
}
