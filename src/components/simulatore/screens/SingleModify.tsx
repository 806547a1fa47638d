/** Modifying the data of a single Smart CIG: the form of the day it was requested, every saved value filled in. */
import { SIM } from '../../../copy/simulatore.ts';
import { CigForm, dataValues } from '../CigForm.tsx';
import { Code, Heading, Refusal, type ScreenProps } from '../parts.tsx';

export function SingleModify({ ctx, view, today, send }: ScreenProps) {
  const single = view.smartCigs.find((g) => g.code === ctx.single);
  return (<>
    <Heading>{SIM.singleModifyTitle}</Heading>
    {single && <p>{SIM.issued} <Code code={single.code} /></p>}
    <Refusal ctx={ctx} />
    <CigForm key={`singleModify-${ctx.single ?? ''}`} date={single?.requested ?? today} errors={ctx.errors}
      values={single && !Object.keys(ctx.values).length ? dataValues(single.data) : ctx.values}
      submitLabel={SIM.save}
      onSubmit={(values) => send({ type: 'SUBMIT_MODIFY', values })}
      secondary={<button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'singleList' })}>{SIM.viewList}</button>} />
  </>);
}
