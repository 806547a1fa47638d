/** "Smart CIG: Lista CARNET": the carnets, and whether a new one may be requested. */
import { SIM } from '../../../copy/simulatore.ts';
import { SIM_SCREENS } from '../../../copy/simulatore-screens.ts';
import { formatDateShortIt } from '../../../domain/dates.ts';
import { Heading, type ScreenProps } from '../parts.tsx';

export function CarnetList({ view, send }: ScreenProps) {
  return (<>
    <Heading>{SIM.carnetListTitle}</Heading>
    {view.carnets.length === 0 ? <p>{SIM_SCREENS.carnetListEmpty}</p> : (
      <table class="sim-table table--stack">
        <thead><tr><th scope="col">{SIM_SCREENS.cols.number}</th><th scope="col">{SIM_SCREENS.cols.created}</th><th scope="col">{SIM_SCREENS.cols.expires}</th><th scope="col">{SIM_SCREENS.cols.size}</th><th scope="col">{SIM_SCREENS.cols.status}</th></tr></thead>
        <tbody>{view.carnets.map((c) => (
          <tr key={c.number}>
            <td data-label={SIM_SCREENS.cols.number}><button type="button" class="sim-link" onClick={() => send({ type: 'OPEN_CARNET', number: c.number })}>{c.number}</button></td>
            <td data-label={SIM_SCREENS.cols.created}>{formatDateShortIt(c.created)}</td><td data-label={SIM_SCREENS.cols.expires}>{formatDateShortIt(c.expires)}</td><td data-label={SIM_SCREENS.cols.size}>{c.size}</td>
            <td data-label={SIM_SCREENS.cols.status}>{SIM_SCREENS.carnetStatus[c.status]}{c.overdue && <> <span class="sim-tag sim-tag-alert">{SIM_SCREENS.overdue}</span></>}</td>
          </tr>))}
        </tbody>
      </table>)}
    {!view.canRequestCarnet && <div class="sim-inline-warning" data-blocked={view.blockedCode}><strong>{SIM_SCREENS.blockedWhere}.</strong> {view.blockedReason}</div>}
    <p><button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'carnetRequest' })}>{SIM_SCREENS.requestNew}</button></p>
  </>);
}
