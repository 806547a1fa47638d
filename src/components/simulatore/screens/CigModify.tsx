/** Modifying the data of a communicated carnet CIG: the form of the day they were communicated, every saved value filled in. */
import { SIM } from '../../../copy/simulatore.ts';
import { CigForm, dataValues } from '../CigForm.tsx';
import { Code, Heading, Refusal, selectedCarnet, type ScreenProps } from '../parts.tsx';

export function CigModify(props: ScreenProps) {
  const { ctx, today, send } = props;
  const { carnet, cig } = selectedCarnet(props);
  if (!carnet || !cig) return null;
  return (<>
    <Heading>{SIM.singleModifyTitle}</Heading>
    <p><Code code={cig.code} /> – {carnet.number} – {SIM.cigStatus[cig.status]}</p>
    <Refusal ctx={ctx} />
    {cig.data && (
      <CigForm key={`m-${cig.code}`} date={cig.communicated ?? today} errors={ctx.errors} carnet submitLabel={SIM.save}
        values={Object.keys(ctx.values).length ? ctx.values : dataValues(cig.data)}
        onSubmit={(values) => send({ type: 'SUBMIT_MODIFY', values })} />
    )}
    <div class="sim-actions">
      <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'OPEN_CARNET', number: carnet.number })}>{SIM.backToCarnet}</button>
    </div>
  </>);
}
