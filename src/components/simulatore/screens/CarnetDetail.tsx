/** "Smart CIG: Dettaglio CARNET": dates, counters and the CIGs of a carnet. */
import { SIM } from '../../../copy/simulatore.ts';
import { formatDateShortIt } from '../../../domain/dates.ts';
import { Code, Heading, PdfButton, selectedCarnet, type ScreenProps } from '../parts.tsx';

export function CarnetDetail(props: ScreenProps) {
  const { today, send } = props;
  const { carnet } = selectedCarnet(props);
  if (!carnet) return null;
  return (<>
    <Heading>{SIM.carnetDetailTitle}</Heading>
    <dl class="sim-summary">
      <dt>{SIM.formatCarnetId}</dt><dd>{carnet.number} ({SIM.carnetStatus[carnet.status]})</dd>
      <dt>{SIM.cols.created}:</dt><dd>{formatDateShortIt(carnet.created)}</dd>
      <dt>{SIM.cols.expires}:</dt><dd>{formatDateShortIt(carnet.expires)}</dd>
      <dt>{SIM.dataDeadline}</dt><dd>{formatDateShortIt(carnet.dataDeadline)}{carnet.overdue && <> <span class="sim-tag sim-tag-alert">{SIM.overdue}</span></>}</dd>
      <dt>{SIM.counters.nonRendicontati}</dt><dd data-count="nonRendicontati">{carnet.counts.nonRendicontati}</dd>
      <dt>{SIM.counters.comunicati}</dt><dd data-count="comunicati">{carnet.counts.comunicati}</dd>
      <dt>{SIM.counters.annullati}</dt><dd data-count="annullati">{carnet.counts.annullati}</dd>
    </dl>
    <div class="sim-actions"><PdfButton carnet={carnet} today={today} /></div>
    <table class="sim-table table--stack">
      <thead><tr><th scope="col">{SIM.cols.cig}</th><th scope="col">{SIM.cols.object}</th><th scope="col">{SIM.cols.status}</th></tr></thead>
      <tbody>{carnet.cigs.map((g) => (
        <tr key={g.code}>
          <td data-label={SIM.cols.cig}><button type="button" class="sim-link" onClick={() => send({ type: 'OPEN_CIG', number: carnet.number, position: g.position })}><Code code={g.code} /></button></td>
          <td data-label={SIM.cols.object}>{g.data?.oggetto ?? '-'}</td><td data-label={SIM.cols.status}>{SIM.cigStatus[g.status]}</td>
        </tr>))}
      </tbody>
    </table>
  </>);
}
