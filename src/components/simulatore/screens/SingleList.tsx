/** "Smart CIG: Lista": the single Smart CIGs requested, the newest first as the later service showed them (INFN guide). */
import { SIM } from '../../../copy/simulatore.ts';
import { formatAmountIt } from '../../../domain/amount-text.ts';
import { formatDateShortIt } from '../../../domain/dates.ts';
import { Code, Heading, type ScreenProps } from '../parts.tsx';

export function SingleList({ view, send }: ScreenProps) {
  return (<>
    <Heading>{SIM.singleListTitle}</Heading>
    {view.smartCigs.length === 0 ? <p>{SIM.singleListEmpty}</p> : (
      <table class="sim-table table--stack">
        <thead><tr><th scope="col">{SIM.cols.cig}</th><th scope="col">{SIM.cols.object}</th><th scope="col">{SIM.cols.amount}</th><th scope="col">{SIM.cols.date}</th><th scope="col">{SIM.cols.status}</th></tr></thead>
        <tbody>{[...view.smartCigs].reverse().map((g) => (
          <tr key={g.code}>
            <td data-label={SIM.cols.cig}><button type="button" class="sim-link" onClick={() => send({ type: 'OPEN_SINGLE', code: g.code })}><Code code={g.code} /></button></td>
            <td data-label={SIM.cols.object}>{g.data.oggetto}</td><td class="num" data-label={SIM.cols.amount}>{`€ ${formatAmountIt(g.data.importo)}`}</td><td data-label={SIM.cols.date}>{formatDateShortIt(g.requested)}</td><td data-label={SIM.cols.status}>{SIM.cigStatus[g.status]}</td>
          </tr>))}
        </tbody>
      </table>)}
    <p><button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'singleForm' })}>{SIM.newRequest}</button></p>
  </>);
}
