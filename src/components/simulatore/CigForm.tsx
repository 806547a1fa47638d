/** The Smart CIG data form (single request, using a carnet CIG, modifying), GOV.UK style errors. */
import { SIM } from '../../copy/simulatore.ts';
import {
  fattispecieInForce, formNotes, laterFieldOptions, laterFieldsInForce, proceduresInForce, OGGETTI_PRINCIPALI,
} from '../../domain/rules/smartcig.ts';
import { formatAmountIt } from '../../domain/amount-text.ts';
import { formatDateIt } from '../../domain/dates.ts';
import { describeLimit, type CigData, type FormError, type FormField } from '../../domain/simulation/form.ts';
import type { Values } from '../../machines/simulatore.machine.ts';
import { ErrorSummary } from '../forms/ErrorSummary.tsx';
import { ErrorMessage } from '../forms/ErrorMessage.tsx';

type Errors = readonly FormError[];
/** What the fields show: what was typed, or the saved data being modified. */
export type FormValues = Partial<Record<FormField, string>>;

const fieldId = (f: FormField) => `sim-${f}`;

/** The saved data as the fields show them: every value selected, the amount as Italians type it ("39.999,99"). */
export function dataValues(data: CigData): FormValues {
  const { importo, ...rest } = data;
  return { ...rest, importo: formatAmountIt(importo) };
}

export function formValues(form: HTMLFormElement): Values {
  const out: Values = {};
  new FormData(form).forEach((v, k) => { out[k] = typeof v === 'string' ? v : ''; });
  return out;
}

/** The form's error summary: one link to each field in error. */
export function FormErrors({ errors }: { errors: Errors }) {
  return <ErrorSummary id="sim-error-summary" errors={errors.map((e) => ({ href: `#${fieldId(e.field)}`, message: e.message }))} />;
}

function FieldError({ field, errors }: { field: FormField; errors: Errors }) {
  const e = errors.find((x) => x.field === field);
  if (!e) return null;
  return <ErrorMessage id={`${fieldId(field)}-error`} message={e.message} />;
}

const describedBy = (field: FormField, errors: Errors, hasHint: boolean) =>
  [hasHint ? `${fieldId(field)}-hint` : '', errors.some((e) => e.field === field) ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(props: { field: FormField; errors: Errors; values: FormValues; inputMode?: 'decimal' | 'numeric' | 'email' | 'text'; type?: string; autoComplete?: string; width?: string }) {
  const { field, errors, values } = props;
  const hint = SIM.hints[field];
  const bad = errors.some((e) => e.field === field);
  return (
    <div class={`sim-group${bad ? ' sim-group-error' : ''}`}>
      <label for={fieldId(field)}>{SIM.fields[field]}</label>
      {hint && <p class="sim-hint" id={`${fieldId(field)}-hint`}>{hint}</p>}
      <FieldError field={field} errors={errors} />
      <input id={fieldId(field)} name={field} type={props.type ?? 'text'} inputMode={props.inputMode} autoComplete={props.autoComplete ?? 'off'}
        spellcheck={false} class={props.width} defaultValue={values[field] ?? ''} aria-invalid={bad || undefined} aria-describedby={describedBy(field, errors, !!hint)} />
    </div>
  );
}

/**
 * The form as the service had it on `date` (the simulated day, or for a modification the day the
 * data were first given): that day's fattispecie, procedures, later fields and notes. The saved
 * values are selected with `selected` on the option (a select has no default value in Preact).
 */
export function CigForm(props: { date: string; errors: Errors; values: FormValues; submitLabel: string; carnet?: boolean; onSubmit: (v: Values) => void; secondary?: preact.ComponentChildren }) {
  const { date, errors, values } = props;
  const fatts = fattispecieInForce(date);
  const procs = proceduresInForce(date);
  const notes = formNotes(date);
  const sel = (field: FormField, hasHint = !!SIM.hints[field]) => {
    const bad = errors.some((e) => e.field === field);
    return { id: fieldId(field), name: field, 'aria-invalid': bad || undefined, 'aria-describedby': describedBy(field, errors, hasHint) };
  };
  const group = (field: FormField) => `sim-group${errors.some((e) => e.field === field) ? ' sim-group-error' : ''}`;
  return (
    <form novalidate data-form-date={date} onSubmit={(e) => { e.preventDefault(); props.onSubmit(formValues(e.currentTarget)); }}>
      <FormErrors errors={errors} />
      <p class="sim-hint">{SIM.formOfDate(formatDateIt(date))}</p>
      {notes.length > 0 && (
        <ul class="sim-form-notes">
          {notes.map((n) => <li key={n.code} data-note={n.code}>{n.unverified && <strong>{SIM.toVerify} </strong>}{SIM.formNotes[n.code]}</li>)}
        </ul>
      )}
      <div class={group('fattispecieContrattuale')}>
        <label for={fieldId('fattispecieContrattuale')}>{SIM.fields.fattispecieContrattuale}</label>
        <p class="sim-hint" id={`${fieldId('fattispecieContrattuale')}-hint`}>{SIM.hints.fattispecieContrattuale}{fatts.some((f) => !f.labelKnown) ? ` ${SIM.labelReconstructed}` : ''}</p>
        <FieldError field="fattispecieContrattuale" errors={errors} />
        <select {...sel('fattispecieContrattuale')}>
          <option value="">{props.carnet ? SIM.selectCarnetDefault : SIM.select}</option>
          {fatts.map((f) => <option key={f.id} value={f.id} selected={values.fattispecieContrattuale === f.id}>{`${f.label}${f.labelKnown ? '' : ' *'} – ${describeLimit(f)}`}</option>)}
        </select>
      </div>
      <TextField field="importo" errors={errors} values={values} inputMode="decimal" width="sim-w10" />
      <TextField field="oggetto" errors={errors} values={values} />
      <div class={group('proceduraSceltaContraente')}>
        <label for={fieldId('proceduraSceltaContraente')}>{SIM.fields.proceduraSceltaContraente}</label>
        <FieldError field="proceduraSceltaContraente" errors={errors} />
        <select {...sel('proceduraSceltaContraente')}>
          <option value="">{SIM.select}</option>
          {procs.map((p) => <option key={p.label} value={p.label} selected={values.proceduraSceltaContraente === p.label}>{p.label}</option>)}
        </select>
      </div>
      <div class={group('oggettoPrincipale')}>
        <fieldset aria-describedby={errors.some((e) => e.field === 'oggettoPrincipale') ? `${fieldId('oggettoPrincipale')}-error` : undefined}>
          <legend>{SIM.fields.oggettoPrincipale}</legend>
          <FieldError field="oggettoPrincipale" errors={errors} />
          {OGGETTI_PRINCIPALI.map((o, i) => (
            <div class="sim-radio" key={o}>
              <input type="radio" name="oggettoPrincipale" value={o} id={i === 0 ? fieldId('oggettoPrincipale') : `${fieldId('oggettoPrincipale')}-${o}`}
                defaultChecked={values.oggettoPrincipale === o} />
              <label for={i === 0 ? fieldId('oggettoPrincipale') : `${fieldId('oggettoPrincipale')}-${o}`}>{SIM.objects[o]}</label>
            </div>
          ))}
        </fieldset>
      </div>
      <TextField field="cigAccordoQuadro" errors={errors} values={values} width="sim-w10" />
      <TextField field="cup" errors={errors} values={values} width="sim-w15" />
      {laterFieldsInForce(date).map((row) => (
        <div class={group(row.field)} key={row.field}>
          <label for={fieldId(row.field)}>{`${row.label} ${SIM.optional}`}</label>
          <p class="sim-hint" id={`${fieldId(row.field)}-hint`}>{SIM.laterFieldHint(formatDateIt(row.from), row.startKnown)}</p>
          <FieldError field={row.field} errors={errors} />
          <select {...sel(row.field, true)}>
            <option value="">{SIM.select}</option>
            {laterFieldOptions(row.field, date).map((o) => <option key={o.id} value={o.id} selected={values[row.field] === o.id}>{`${o.label}${o.labelKnown ? '' : ' *'}`}</option>)}
          </select>
        </div>
      ))}
      <div class="sim-actions">
        <button type="submit" class="sim-button">{props.submitLabel}</button>
        {props.secondary}
      </div>
    </form>
  );
}
