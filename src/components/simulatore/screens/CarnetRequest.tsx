/** "Richiedi carnet": how many codes and the PEC address, then "Genera". */
import { SIM } from '../../../copy/simulatore.ts';
import { CARNET_RULES } from '../../../domain/rules/smartcig.ts';
import { FormErrors, TextField, formValues } from '../CigForm.tsx';
import { Heading, Refusal, type ScreenProps } from '../parts.tsx';

export function CarnetRequest({ ctx, send }: ScreenProps) {
  return (<>
    <Heading>{SIM.carnetRequestTitle}</Heading>
    <Refusal ctx={ctx} />
    <form novalidate onSubmit={(e) => { e.preventDefault(); send({ type: 'GENERA', values: formValues(e.currentTarget) }); }}>
      <FormErrors errors={ctx.errors} />
      <p>{SIM.carnetRules(CARNET_RULES.validityDays, CARNET_RULES.maxActive)}</p>
      <TextField field="size" errors={ctx.errors} values={ctx.values} inputMode="numeric" width="sim-w3" />
      <TextField field="pec" errors={ctx.errors} values={ctx.values} type="email" inputMode="email" autoComplete="email" />
      <div class="sim-actions"><button type="submit" class="sim-button">{SIM.generate}</button>
        <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.carnetListTitle}</button></div>
    </form>
  </>);
}
