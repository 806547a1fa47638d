/** "Dettaglio dell'appalto": a single Smart CIG, to modify or annul while communicated. */
import { SIM } from '../../../copy/simulatore.ts';
import { SIM_SCREENS } from '../../../copy/simulatore-screens.ts';
import { Code, DataList, Heading, Refusal, type ScreenProps } from '../parts.tsx';

export function SingleDetail({ ctx, view, send }: ScreenProps) {
  const single = view.smartCigs.find((g) => g.code === ctx.single);
  if (!single) return <Heading>{SIM_SCREENS.singleDetailTitle}</Heading>;
  return (<>
    <Heading>{SIM_SCREENS.singleDetailTitle}</Heading>
    <Refusal ctx={ctx} />
    <p class="sim-issued">{SIM.issued} <Code code={single.code} /> – {SIM.cigStatus[single.status]}</p>
    <DataList data={single.data} />
    <div class="sim-actions">
      {single.status === 'COMUNICATO' && <>
        <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'EDIT' })}>{SIM_SCREENS.modify}</button>
        <button type="button" class="sim-button sim-warning-button" aria-label={`${SIM_SCREENS.cancel}: ${SIM_SCREENS.cancelHint}`} onClick={() => send({ type: 'CANCEL' })}>{SIM_SCREENS.cancel}</button>
      </>}
      <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'singleList' })}>{SIM.viewList}</button>
    </div>
  </>);
}
