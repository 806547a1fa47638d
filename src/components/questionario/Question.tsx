/**
 * One question page: the heading is the label or legend, a hint, the field(s), inline errors with the
 * same words as the summary, and "Continua". Local state only holds what is being typed; the answer
 * is checked by the machine (which calls the domain) when the form is submitted.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { QUESTIONS, FIELD_WORDS, CIG_HINT_REQUIRED, PAGE, type Option } from '../../copy/questionario.ts';
import { UI } from '../../copy/ui.ts';
import { isRequired, type Answers, type FieldError, type FormValues, type QuestionId } from '../../domain/questions.ts';

export interface QuestionProps {
  qid: QuestionId;
  answers: Answers;
  initial: FormValues;
  errors: readonly FieldError[];
  onSubmit: (values: FormValues) => void;
  today: string;
}

export const fieldId = (qid: string, field: string) => `q-${qid}-${field}`;

export function questionTitle(qid: QuestionId, answers: Answers): string {
  const q = QUESTIONS[qid] as { title: string; byCase?: Partial<Record<string, string>> };
  const c = typeof answers['case'] === 'string' ? answers['case'] : '';
  return q.byCase?.[c] ?? q.title;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function errorFor(errors: readonly FieldError[], field: string) {
  return errors.find((e) => e.field === field);
}

function ErrorMessage({ id, error }: { id: string; error: FieldError | undefined }) {
  if (!error) return null;
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">Errore:</span> {error.message}
    </p>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function AmountInput(props: { id: string; label: string; value: string; error: FieldError | undefined; hintId?: string; onInput: (v: string) => void; labelHidden?: boolean; heading?: boolean }) {
  const errId = `${props.id}-error`;
  return (
    <div class={`form-group${props.error ? ' form-group--error' : ''}`}>
      {!props.heading && <label class={`label${props.labelHidden ? ' visually-hidden' : ''}`} for={props.id}>{props.label}</label>}
      <ErrorMessage id={errId} error={props.error} />
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
          onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}

function Radios(props: { qid: string; options: readonly Option[]; value: string; onChange: (v: string) => void; reveal?: (value: string) => JSX.Element | null; inline?: boolean }) {
  return (
    <div class={`radios${props.inline ? ' radios--inline' : ''}`}>
      {props.options.map((o, i) => {
        const id = i === 0 ? fieldId(props.qid, 'choice') : fieldId(props.qid, `choice-${o.value}`);
        const checked = props.value === o.value;
        return (
          <Fragment key={o.value}>
            <div class="radio">
              <input type="radio" id={id} name={fieldId(props.qid, 'choice')} value={o.value} checked={checked}
                aria-describedby={o.hint ? `${id}-hint` : undefined}
                onChange={() => props.onChange(o.value)} />
              <label for={id}>{o.label}</label>
              {o.hint && <p class="hint" id={`${id}-hint`}>{o.hint}</p>}
            </div>
            {checked && props.reveal ? <div class="q-reveal">{props.reveal(o.value)}</div> : null}
          </Fragment>
        );
      })}
    </div>
  );
}

export function Question({ qid, answers, initial, errors, onSubmit, today }: QuestionProps) {
  const [form, setForm] = useState<Record<string, string | readonly string[]>>(() => ({ ...initial }));
  const set = (k: string, v: string | readonly string[]) => setForm((f) => ({ ...f, [k]: v }));
  const copy = QUESTIONS[qid] as { hint?: string; options?: readonly Option[] };
  const title = questionTitle(qid, answers);
  const required = isRequired(qid, answers);
  const hint = qid === 'originalCig' && required ? CIG_HINT_REQUIRED : copy.hint;
  const hintId = hint ? fieldId(qid, 'hint') : undefined;
  const groupError = errors.length > 0;

  const submit = (e: Event, extra?: FormValues) => {
    e.preventDefault();
    onSubmit({ ...form, ...(extra ?? {}) });
  };

  let body: JSX.Element;
  const choice = str(form['choice']);
  const choiceErr = errorFor(errors, 'choice');

  const radioFieldset = (reveal?: (v: string) => JSX.Element | null, inline?: boolean) => (
    <div class={`form-group${groupError ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy(hintId, choiceErr && fieldId(qid, 'choice-error'))}>
        <legend class="legend legend--heading"><h1 tabIndex={-1} class="q-heading">{title}</h1></legend>
        {hint && <p class="hint" id={hintId}>{hint}</p>}
        <ErrorMessage id={fieldId(qid, 'choice-error')} error={choiceErr} />
        <Radios qid={qid} options={copy.options ?? []} value={choice} onChange={(v) => set('choice', v)} reveal={reveal} inline={inline} />
      </fieldset>
    </div>
  );

  switch (qid) {
    case 'case':
    case 'object':
    case 'procedure':
    case 'countTechnicalExtension':
      body = radioFieldset(undefined, qid === 'countTechnicalExtension');
      break;
    case 'date': {
      const parts = ['day', 'month', 'year'] as const;
      const err = errors[0];
      const errId = fieldId(qid, 'error');
      body = (
        <div class={`form-group${err ? ' form-group--error' : ''}`}>
          <fieldset class="fieldset" role="group" aria-describedby={describedBy(hintId, err && errId)}>
            <legend class="legend legend--heading"><h1 tabIndex={-1} class="q-heading">{title}</h1></legend>
            {hint && <p class="hint" id={hintId}>{hint}</p>}
            <ErrorMessage id={errId} error={err} />
            <div class="q-date">
              {parts.map((p) => (
                <div class="q-date__item" key={p}>
                  <label class="label" for={fieldId(qid, p)}>{FIELD_WORDS[p]}</label>
                  <input class={`input q-date__${p}${err && (err.field === p || err.field === 'day') ? ' input--error' : ''}`} id={fieldId(qid, p)} name={fieldId(qid, p)}
                    type="text" inputMode="numeric" autoComplete="off" spellcheck={false} value={str(form[p])}
                    onInput={(e) => set(p, (e.currentTarget as HTMLInputElement).value)} />
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      );
      break;
    }
    case 'base':
    case 'amount':
    case 'contractAmount':
    case 'safetyCosts': {
      const err = errorFor(errors, 'amount');
      const id = fieldId(qid, 'amount');
      body = (
        <>
          <h1 class="label-heading q-heading" tabIndex={-1}><label class="label" for={id}>{title}{qid === 'safetyCosts' ? PAGE.optional : ''}</label></h1>
          {hint && <p class="hint" id={hintId}>{hint}</p>}
          <AmountInput id={id} label={title} heading value={str(form['amount'])} error={err} hintId={hintId} onInput={(v) => set('amount', v)} />
        </>
      );
      break;
    }
    case 'renewals':
    case 'prorogaOptions':
    case 'otherOptions': {
      const list = Array.isArray(form['amounts']) ? (form['amounts'] as readonly string[]) : [''];
      const rows = list.length ? list : [''];
      const reveal = (v: string) => v !== 'yes' ? null : (
        <div>
          {rows.map((a, i) => (
            <div class="q-list-row" key={i}>
              <AmountInput id={fieldId(qid, `amounts-${i}`)} label={FIELD_WORDS.amountN(i + 1)} value={a} error={errorFor(errors, `amounts-${i}`)}
                onInput={(val) => set('amounts', rows.map((x, j) => (j === i ? val : x)))} />
              {rows.length > 1 && (
                <button type="button" class="q-link-button" onClick={() => set('amounts', rows.filter((_, j) => j !== i))}>{FIELD_WORDS.removeAmount(i + 1)}</button>
              )}
            </div>
          ))}
          <button type="button" class="button button--secondary" onClick={() => set('amounts', [...rows, ''])}>{FIELD_WORDS.addAmount}</button>
        </div>
      );
      body = radioFieldset(reveal);
      break;
    }
    case 'technicalExtension': {
      const reveal = (v: string) => v !== 'yes' ? null : (
        <AmountInput id={fieldId(qid, 'amount')} label={FIELD_WORDS.estimateLabel} value={str(form['amount'])} error={errorFor(errors, 'amount')} onInput={(val) => set('amount', val)} />
      );
      body = radioFieldset(reveal);
      break;
    }
    case 'originalCig': {
      const err = errorFor(errors, 'cig');
      const id = fieldId(qid, 'cig');
      const errId = `${id}-error`;
      body = (
        <>
          <h1 class="label-heading q-heading" tabIndex={-1}><label class="label" for={id}>{title}{required ? '' : PAGE.optional}</label></h1>
          {hint && <p class="hint" id={hintId}>{hint}</p>}
          <div class={`form-group${err ? ' form-group--error' : ''}`}>
            <ErrorMessage id={errId} error={err} />
            <input class={`input input--w10 q-cig${err ? ' input--error' : ''}`} id={id} name={id} type="text" autoComplete="off" spellcheck={false}
              autoCapitalize="characters" value={str(form['cig'])} aria-describedby={describedBy(hintId, err && errId)}
              onInput={(e) => set('cig', (e.currentTarget as HTMLInputElement).value)} />
          </div>
        </>
      );
      break;
    }
  }

  return (
    <form novalidate onSubmit={(e) => submit(e)} class="q-form">
      {body}
      <div class="button-group">
        <button type="submit" class="button">{UI.continue}</button>
        {qid === 'date' && (
          <button type="button" class="button button--secondary" onClick={(e) => submit(e, { dontKnow: 'yes', today })}>{FIELD_WORDS.dontKnowDate}</button>
        )}
      </div>
    </form>
  );
}
