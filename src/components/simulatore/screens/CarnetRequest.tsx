/** "Richiedi carnet": how many codes, then "Genera"; the carnet goes to the PEC address of the profile. */
import { SIM } from '../../../copy/simulatore.ts';
import { CARNET_RULES } from '../../../domain/rules/smartcig.ts';
import { FormErrors, TextField, formValues } from '../CigForm.tsx';
import { Heading, Refusal, type ScreenProps } from '../parts.tsx';

export function CarnetRequest({ ctx, send }: ScreenProps) {
  const profile = ctx.doc.profile;
  return (<>
    <Heading>{SIM.carnetRequestTitle}</Heading>
    <Refusal ctx={ctx} />
    {!profile ? (<>
      <p class="sim-inline-warning" data-needs-profile>{SIM.carnetNeedsProfile}</p>
      <div class="sim-actions">
        <button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'profile' })}>{SIM.goToProfile}</button>
        <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.carnetListTitle}</button>
      </div>
    </>) : (
      <form novalidate onSubmit={(e) => { e.preventDefault(); send({ type: 'GENERA', values: formValues(e.currentTarget) }); }}>
        <FormErrors errors={ctx.errors} />
        <p>{SIM.carnetRules(CARNET_RULES.validityDays, CARNET_RULES.maxActive)}</p>
        <p data-sent-to={profile.pec}>{SIM.carnetSentTo(profile.name, profile.pec)}</p>
        <TextField field="size" errors={ctx.errors} values={ctx.values} inputMode="numeric" width="sim-w3" />
        <div class="sim-actions"><button type="submit" class="sim-button">{SIM.generate}</button>
          <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.carnetListTitle}</button></div>
      </form>
    )}
  </>);
}
