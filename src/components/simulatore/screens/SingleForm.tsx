/** "Gestione Smart CIG: richiesta CIG": the data, then "Conferma ed ottieni CIG". */
import { SIM } from '../../../copy/simulatore.ts';
import { CigForm } from '../CigForm.tsx';
import { Heading, Refusal, type ScreenProps } from '../parts.tsx';

export function SingleForm({ ctx, today, send }: ScreenProps) {
  return (<>
    <Heading>{SIM.singleFormTitle}</Heading>
    <Refusal ctx={ctx} />
    <CigForm key={`singleForm-${ctx.single ?? ''}`} date={today} errors={ctx.errors} values={ctx.values} submitLabel={SIM.confirm}
      onSubmit={(values) => send({ type: 'SUBMIT_SINGLE', values })}
      secondary={<button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'singleList' })}>{SIM.viewList}</button>} />
  </>);
}
