/** "Utilizza il CIG": the data of a carnet CIG, then "Comunica"; or annul it. */
import { SIM } from '../../../copy/simulatore.ts';
import { SIM_SCREENS } from '../../../copy/simulatore-screens.ts';
import { CigForm } from '../CigForm.tsx';
import { Code, Heading, Refusal, selectedCarnet, type ScreenProps } from '../parts.tsx';

export function CigUse(props: ScreenProps) {
  const { ctx, today, send } = props;
  const { carnet, cig } = selectedCarnet(props);
  if (!carnet || !cig) return null;
  return (<>
    <Heading>{`${SIM_SCREENS.useTitle} ${cig.code}`}</Heading>
    <p><Code code={cig.code} /> – {carnet.number}. {SIM_SCREENS.useHint}</p>
    <Refusal ctx={ctx} />
    <CigForm key={cig.code} date={today} errors={ctx.errors} values={ctx.values} carnet submitLabel={SIM_SCREENS.communicate}
      onSubmit={(values) => send({ type: 'COMUNICA', values })}
      secondary={<>
        <button type="button" class="sim-button sim-warning-button" onClick={() => send({ type: 'CANCEL' })}>{SIM_SCREENS.cancelCig}</button>
        <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'OPEN_CARNET', number: carnet.number })}>{SIM.backToCarnet}</button>
      </>} />
  </>);
}
