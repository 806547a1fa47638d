/** "Smart CIG: Lista CARNET": the carnets, and whether a new one may be requested. */
import { SIM } from '../../../copy/simulatore.ts';
import { formatDateShortIt } from '../../../domain/dates.ts';
import { Heading, type ScreenProps } from '../parts.tsx';

export function CarnetList({ view, send }: ScreenProps) {
  return (<>
    <Heading>{SIM.carnetListTitle}</Heading>
    {view.carnets.length === 0 ? <p>{SIM.carnetListEmpty}</p> : (
      <table class="sim-table table--stack">
        <thead><tr><th scope="col">{SIM.cols.number}</th><th scope="col">{SIM.cols.created}</th><th scope="col">{SIM.cols.expires}</th><th scope="col">{SIM.cols.size}</th><th scope="col">{SIM.cols.status}</th></tr></thead>
        <tbody>{view.carnets.map((c) => (
          <tr key={c.number}>
            <td data-label={SIM.cols.number}><button type="button" class="sim-link" onClick={() => send({ type: 'OPEN_CARNET', number: c.number })}>{c.number}</button></td>
            <td data-label={SIM.cols.created}>{formatDateShortIt(c.created)}</td><td data-label={SIM.cols.expires}>{formatDateShortIt(c.expires)}</td><td data-label={SIM.cols.size}>{c.size}</td>
            <td data-label={SIM.cols.status}>{SIM.carnetStatus[c.status]}{c.overdue && <> <span class="sim-tag sim-tag-alert">{SIM.overdue}</span></>}</td>
          </tr>))}
        </tbody>
      </table>)}
    {!view.canRequestCarnet && <div class="sim-inline-warning" data-blocked={view.blockedCode}><strong>{SIM.blockedWhere}.</strong> {view.blockedReason}</div>}
    <p><button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'carnetRequest' })}>{SIM.requestNew}</button></p>
  </>);
}
