/** Day, month and year in one group, and "Non lo so: usa la data di oggi". */
import { FIELD_WORDS, problemText } from '../../../copy/questionario.ts';
import type { DatePart } from '../../../domain/questions.ts';
import { rowOf } from '../../../domain/question-table.ts';
import { ErrorMessage } from '../../forms/ErrorMessage.tsx';
import { Continue, Hint, describedBy, fieldId, hintIdOf, str, type KindProps } from './parts.tsx';

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export function DateKind(props: KindProps) {
  const { qid, form, set, errors, today, submit } = props;
  const err = errors[0];
  const errId = fieldId(qid, 'error');
  const hintId = hintIdOf(props);
  const row = rowOf(qid);
  const skip = row.kind === 'date' && row.dontKnow === 'skip';
  return (
    <>
      <div class={`form-group${err ? ' form-group--error' : ''}`}>
        <fieldset class="fieldset" role="group" aria-describedby={describedBy(hintId, err && errId)}>
          <legend class="legend legend--heading"><h1 tabIndex={-1} class="q-heading">{props.title}</h1></legend>
          <Hint id={hintId} hint={props.hint} />
          <ErrorMessage id={errId} message={err && problemText(err.problem)} />
          <div class="q-date">
            {PARTS.map((p) => (
              <div class="q-date__item" key={p}>
                <label class="label" for={fieldId(qid, p)}>{FIELD_WORDS[p]}</label>
                <input class={`input q-date__${p}${err && (err.field === p || err.field === 'day') ? ' input--error' : ''}`} id={fieldId(qid, p)} name={fieldId(qid, p)}
                  type="text" inputMode="numeric" autoComplete="off" spellcheck={false} value={str(form[p])}
                  onInput={(e) => set(p, e.currentTarget.value)} />
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <Continue>
        <button type="button" class="button button--secondary" onClick={() => submit({ dontKnow: 'yes', today })}>{skip ? FIELD_WORDS.dontKnow : FIELD_WORDS.dontKnowDate}</button>
      </Continue>
    </>
  );
}
