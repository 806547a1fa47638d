/** "Smart CIG: Dettaglio CARNET": dates, counters and the CIGs of a carnet. */
import { SIM } from '../../../copy/simulatore.ts';
import { SIM_SCREENS } from '../../../copy/simulatore-screens.ts';
import { SIM_TOOLS } from '../../../copy/simulatore-tools.ts';
import { formatDateShortIt } from '../../../domain/dates.ts';
import { Code, Heading, PdfButton, Refusal, selectedCarnet, type ScreenProps } from '../parts.tsx';

export function CarnetDetail(props: ScreenProps) {
  const { today, send } = props;
  const { carnet } = selectedCarnet(props);
  if (!carnet) return null;
  return (<>
    <Heading>{SIM_SCREENS.carnetDetailTitle}</Heading>
    <dl class="sim-summary">
      <dt>{SIM_SCREENS.formatCarnetId}</dt><dd>{carnet.number} ({SIM_SCREENS.carnetStatus[carnet.status]})</dd>
      <dt>{SIM_SCREENS.cols.created}:</dt><dd>{formatDateShortIt(carnet.created)}</dd>
      <dt>{SIM_SCREENS.cols.expires}:</dt><dd>{formatDateShortIt(carnet.expires)}</dd>
      <dt>{SIM_SCREENS.dataDeadline}</dt><dd>{formatDateShortIt(carnet.dataDeadline)}{carnet.overdue && <> <span class="sim-tag sim-tag-alert">{SIM_SCREENS.overdue}</span></>}</dd>
      <dt>{SIM_SCREENS.counters.nonRendicontati}</dt><dd data-count="nonRendicontati">{carnet.counts.nonRendicontati}</dd>
      <dt>{SIM_SCREENS.counters.comunicati}</dt><dd data-count="comunicati">{carnet.counts.comunicati}</dd>
      <dt>{SIM_SCREENS.counters.annullati}</dt><dd data-count="annullati">{carnet.counts.annullati}</dd>
    </dl>
    <div class="sim-actions">
      <PdfButton carnet={carnet} today={today} />
      {carnet.counts.nonRendicontati > 0 && (
        <button type="button" class="sim-button sim-warning-button" onClick={() => send({ type: 'BULK_CANCEL', carnet: carnet.number })}>{SIM_TOOLS.bulkCancelButton(carnet.counts.nonRendicontati)}</button>
      )}
    </div>
    <Refusal ctx={props.ctx} />
    <table class="sim-table table--stack">
      <thead><tr><th scope="col">{SIM_SCREENS.cols.cig}</th><th scope="col">{SIM_SCREENS.cols.object}</th><th scope="col">{SIM_SCREENS.cols.status}</th></tr></thead>
      <tbody>{carnet.cigs.map((g) => (
        <tr key={g.code}>
          <td data-label={SIM_SCREENS.cols.cig}><button type="button" class="sim-link" onClick={() => send({ type: 'OPEN_CIG', number: carnet.number, position: g.position })}><Code code={g.code} /></button></td>
          <td data-label={SIM_SCREENS.cols.object}>{g.data?.oggetto ?? '-'}</td><td data-label={SIM_SCREENS.cols.status}>{SIM.cigStatus[g.status]}</td>
        </tr>))}
      </tbody>
    </table>
  </>);
}
