/** The pieces the question kinds share: ids, the amount field, the radios in their fieldset, "Continua". */
import { Fragment, type ComponentChildren, type JSX } from 'preact';
import { FIELD_WORDS, problemText, type OptionCopy } from '../../../copy/questionario.ts';
import { UI } from '../../../copy/ui.ts';
import type { Answers, FieldError, FormValues, QuestionId } from '../../../domain/questions.ts';
import { ErrorMessage } from '../../forms/ErrorMessage.tsx';

/** What every kind of question receives from the question page. */
export interface KindProps {
  qid: QuestionId;
  /** The heading (label or legend). */
  title: string;
  hint: string | undefined;
  required: boolean;
  /** What is being typed. */
  form: FormValues;
  set: (field: string, value: string | readonly string[]) => void;
  errors: readonly FieldError[];
  today: string;
  /** Submits the form with extra values (the date's "Non lo so"). */
  submit: (extra: FormValues) => void;
  /** The answers given so far (issue 9: the procedure question orders its options by the law for the value). */
  answers: Answers;
}

export const fieldId = (qid: string, field: string) => `q-${qid}-${field}`;

export const hintIdOf = (p: KindProps) => (p.hint ? fieldId(p.qid, 'hint') : undefined);

export const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The words of the problem with a field, if any. */
export function messageFor(errors: readonly FieldError[], field: string): string | undefined {
  const e = errors.find((x) => x.field === field);
  return e && problemText(e.problem);
}

export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function Hint({ id, hint }: { id: string | undefined; hint: string | undefined }) {
  return hint ? <p class="hint" id={id}>{hint}</p> : null;
}

/** The buttons under every question: "Continua", and any other the kind adds. */
export function Continue({ children }: { children?: ComponentChildren }) {
  return (
    <div class="button-group">
      <button type="submit" class="button">{UI.continue}</button>
      {children}
    </div>
  );
}

export function AmountInput(props: { id: string; label: string; value: string; error: string | undefined; hintId?: string | undefined; onInput: (v: string) => void; heading?: boolean }) {
  const errId = `${props.id}-error`;
  return (
    <div class={`form-group${props.error ? ' form-group--error' : ''}`}>
      {!props.heading && <label class="label" for={props.id}>{props.label}</label>}
      <ErrorMessage id={errId} message={props.error} />
      <div class="q-amount">
        <span class="q-amount__prefix" aria-hidden="true">{FIELD_WORDS.euro}</span>
        <input
          class={`input input--w10${props.error ? ' input--error' : ''}`}
          id={props.id}
          name={props.id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={props.value}
          aria-describedby={describedBy(props.hintId, props.error && errId)}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      </div>
    </div>
  );
}

export interface RadioOption extends OptionCopy {
  value: string;
}

/** The radios of a question in a fieldset whose legend is the page heading; `reveal` shows more under the chosen one. */
export function RadioFieldset(props: KindProps & { options: readonly RadioOption[]; reveal?: (value: string) => JSX.Element | null; inline?: boolean; lead?: JSX.Element | null }) {
  const { qid, errors } = props;
  const hintId = hintIdOf(props);
  const choice = str(props.form['choice']);
  const choiceErr = messageFor(errors, 'choice');
  const errId = fieldId(qid, 'choice-error');
  return (
    <div class={`form-group${errors.length > 0 ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy(hintId, choiceErr !== undefined && errId)}>
        <legend class="legend legend--heading"><h1 tabIndex={-1} class="q-heading">{props.title}</h1></legend>
        <Hint id={hintId} hint={props.hint} />
        {props.lead}
        <ErrorMessage id={errId} message={choiceErr} />
        <div class={`radios${props.inline ? ' radios--inline' : ''}`}>
          {props.options.map((o, i) => {
            const id = i === 0 ? fieldId(qid, 'choice') : fieldId(qid, `choice-${o.value}`);
            const checked = choice === o.value;
            return (
              <Fragment key={o.value}>
                <div class="radio">
                  <input type="radio" id={id} name={fieldId(qid, 'choice')} value={o.value} checked={checked}
                    aria-describedby={o.hint ? `${id}-hint` : undefined}
                    onChange={() => props.set('choice', o.value)} />
                  <label for={id}>{o.label}</label>
                  {o.hint && <p class="hint" id={`${id}-hint`}>{o.hint}</p>}
                </div>
                {checked && props.reveal ? <div class="q-reveal">{props.reveal(o.value)}</div> : null}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
