/** The printable handout (loaded on demand): the state on the simulated date, with no buttons or tools. */
import { SIM } from '../../../copy/simulatore.ts';
import { SIM_SCREENS } from '../../../copy/simulatore-screens.ts';
import { SIM_TOOLS } from '../../../copy/simulatore-tools.ts';
import { formatAmountIt } from '../../../domain/amount-text.ts';
import { formatDateIt, formatDateShortIt } from '../../../domain/dates.ts';
import { Heading, type ScreenProps } from '../parts.tsx';

export function Handout({ view, today }: ScreenProps) {
  return (<div class="sim-handout">
    <Heading>{SIM_TOOLS.handoutTitle}</Heading>
    <p>{SIM_TOOLS.handoutIntro(formatDateIt(today))}</p>
    <p class="no-print"><button type="button" class="sim-button" onClick={() => window.print()}>{SIM_TOOLS.handoutPrint}</button></p>
    <h3>{SIM_TOOLS.handoutCarnets}</h3>
    {view.carnets.length === 0 && <p>{SIM_TOOLS.handoutNone}</p>}
    {view.carnets.map((c) => (
      <section key={c.number} aria-label={c.number}>
        <h4>{`${c.number} – ${SIM_SCREENS.carnetStatus[c.status]}`}{c.overdue && <> <span class="sim-tag sim-tag-alert">{SIM_SCREENS.overdue}</span></>}</h4>
        <p>{SIM_TOOLS.handoutCarnetLine(formatDateShortIt(c.created), formatDateShortIt(c.expires), formatDateShortIt(c.dataDeadline))}</p>
        <p>{SIM_TOOLS.handoutCounts(c.counts.nonRendicontati, c.counts.comunicati, c.counts.annullati)}</p>
        <table class="sim-table table--stack">
          <thead><tr><th scope="col">{SIM_SCREENS.cols.cig}</th><th scope="col">{SIM_SCREENS.cols.object}</th><th scope="col">{SIM_SCREENS.cols.amount}</th><th scope="col">{SIM_SCREENS.cols.status}</th></tr></thead>
          <tbody>{c.cigs.map((g) => (
            <tr key={g.code}>
              <td data-label={SIM_SCREENS.cols.cig}><code class="sim-code">{g.code}</code></td>
              <td data-label={SIM_SCREENS.cols.object}>{g.data?.oggetto ?? '-'}</td>
              <td data-label={SIM_SCREENS.cols.amount}>{g.data ? `€ ${formatAmountIt(g.data.importo)}` : '-'}</td>
              <td data-label={SIM_SCREENS.cols.status}>{SIM.cigStatus[g.status]}</td>
            </tr>))}
          </tbody>
        </table>
      </section>
    ))}
    <h3>{SIM_TOOLS.handoutSingles}</h3>
    {view.smartCigs.length === 0 ? <p>{SIM_TOOLS.handoutNone}</p> : (
      <table class="sim-table table--stack">
        <thead><tr><th scope="col">{SIM_SCREENS.cols.cig}</th><th scope="col">{SIM_SCREENS.cols.object}</th><th scope="col">{SIM_SCREENS.cols.amount}</th><th scope="col">{SIM_SCREENS.cols.date}</th><th scope="col">{SIM_SCREENS.cols.status}</th></tr></thead>
        <tbody>{view.smartCigs.map((g) => (
          <tr key={g.code}>
            <td data-label={SIM_SCREENS.cols.cig}><code class="sim-code">{g.code}</code></td>
            <td data-label={SIM_SCREENS.cols.object}>{g.data.oggetto}</td>
            <td data-label={SIM_SCREENS.cols.amount}>{`€ ${formatAmountIt(g.data.importo)}`}</td>
            <td data-label={SIM_SCREENS.cols.date}>{formatDateShortIt(g.requested)}</td>
            <td data-label={SIM_SCREENS.cols.status}>{SIM.cigStatus[g.status]}</td>
          </tr>))}
        </tbody>
      </table>)}
    {!view.canRequestCarnet && <p class="sim-inline-warning">{view.blockedReason}</p>}
  </div>);
}
