/** "Smart CIG: Lista": the single Smart CIGs requested, the newest first as the later service showed them (INFN guide). */
import { SIM } from '../../../copy/simulatore.ts';
import { SIM_SCREENS } from '../../../copy/simulatore-screens.ts';
import { formatAmountIt } from '../../../domain/amount-text.ts';
import { formatDateShortIt } from '../../../domain/dates.ts';
import { Code, Heading, type ScreenProps } from '../parts.tsx';

export function SingleList({ view, send }: ScreenProps) {
  return (<>
    <Heading>{SIM_SCREENS.singleListTitle}</Heading>
    {view.smartCigs.length === 0 ? <p>{SIM_SCREENS.singleListEmpty}</p> : (
      <table class="sim-table table--stack">
        <thead><tr><th scope="col">{SIM_SCREENS.cols.cig}</th><th scope="col">{SIM_SCREENS.cols.object}</th><th scope="col">{SIM_SCREENS.cols.amount}</th><th scope="col">{SIM_SCREENS.cols.date}</th><th scope="col">{SIM_SCREENS.cols.status}</th></tr></thead>
        <tbody>{[...view.smartCigs].reverse().map((g) => (
          <tr key={g.code}>
            <td data-label={SIM_SCREENS.cols.cig}><button type="button" class="sim-link" onClick={() => send({ type: 'OPEN_SINGLE', code: g.code })}><Code code={g.code} /></button></td>
            <td data-label={SIM_SCREENS.cols.object}>{g.data.oggetto}</td><td class="num" data-label={SIM_SCREENS.cols.amount}>{`€ ${formatAmountIt(g.data.importo)}`}</td><td data-label={SIM_SCREENS.cols.date}>{formatDateShortIt(g.requested)}</td><td data-label={SIM_SCREENS.cols.status}>{SIM.cigStatus[g.status]}</td>
          </tr>))}
        </tbody>
      </table>)}
    <p><button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'singleForm' })}>{SIM_SCREENS.newRequest}</button></p>
  </>);
}
