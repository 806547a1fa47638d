/** "Dati comunicati del CIG": a carnet CIG already communicated or annulled. */
import { SIM } from '../../../copy/simulatore.ts';
import { SIM_SCREENS } from '../../../copy/simulatore-screens.ts';
import { Code, DataList, Heading, Refusal, selectedCarnet, type ScreenProps } from '../parts.tsx';

export function CigDetail(props: ScreenProps) {
  const { ctx, send } = props;
  const { carnet, cig } = selectedCarnet(props);
  if (!carnet || !cig) return null;
  return (<>
    <Heading>{SIM_SCREENS.cigDetailTitle}</Heading>
    <p><Code code={cig.code} /> – {carnet.number} – {SIM.cigStatus[cig.status]}</p>
    <Refusal ctx={ctx} />
    {cig.data && <DataList data={cig.data} />}
    <div class="sim-actions">
      {cig.status === 'COMUNICATO' && <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'EDIT' })}>{SIM_SCREENS.modify}</button>}
      <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'OPEN_CARNET', number: carnet.number })}>{SIM.backToCarnet}</button>
    </div>
  </>);
}
