/** "Profilo": the simulated user's name and registered PEC address, set once; carnets are sent there. */
import { SIM } from '../../../copy/simulatore.ts';
import { FormErrors, TextField, formValues } from '../CigForm.tsx';
import { Heading, type ScreenProps } from '../parts.tsx';

export function Profile({ ctx, send }: ScreenProps) {
  const p = ctx.doc.profile;
  const values = Object.keys(ctx.values).length ? ctx.values : p ? { profileName: p.name, profilePec: p.pec } : {};
  return (<>
    <Heading>{SIM.profileTitle}</Heading>
    <p>{SIM.profileText}</p>
    <form novalidate key={p ? `${p.name}|${p.pec}` : 'empty'} onSubmit={(e) => { e.preventDefault(); send({ type: 'SAVE_PROFILE', values: formValues(e.currentTarget) }); }}>
      <FormErrors errors={ctx.errors} />
      <TextField field="profileName" errors={ctx.errors} values={values} autoComplete="name" />
      <TextField field="profilePec" errors={ctx.errors} values={values} type="email" inputMode="email" autoComplete="email" />
      <div class="sim-actions"><button type="submit" class="sim-button">{SIM.profileSave}</button></div>
    </form>
  </>);
}
