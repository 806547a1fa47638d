/** The simulated PEC inbox: one message for each carnet generated. */
import { SIM } from '../../../copy/simulatore.ts';
import { SIM_TOOLS } from '../../../copy/simulatore-tools.ts';
import { formatDateShortIt } from '../../../domain/dates.ts';
import { sentCarnet } from '../../../domain/simulation/session.ts';
import { Heading, PdfButton, type ScreenProps } from '../parts.tsx';

export function Inbox({ ctx, view }: ScreenProps) {
  return (<>
    <Heading>{SIM_TOOLS.inboxTitle}</Heading>
    {ctx.doc.inbox.length === 0 ? <p>{SIM_TOOLS.inboxEmpty}</p> : (
      <ul class="sim-inbox">
        {[...ctx.doc.inbox].reverse().map((m, i) => {
          const carnet = sentCarnet(m) ?? view.carnets.find((c) => c.number === m.carnet);
          return (
            <li key={i}>
              <p><strong>{m.subject}</strong> – {formatDateShortIt(m.date)}</p>
              <p>{SIM_TOOLS.inboxFrom} – {SIM_TOOLS.inboxTo} {m.to}{ctx.doc.profile?.pec === m.to && ` ${SIM.inboxRegistered}`}</p>
              <p>{SIM_TOOLS.inboxBody(m.carnet)}</p>
              {carnet && <PdfButton carnet={carnet} today={m.date} />}
            </li>
          );
        })}
      </ul>)}
  </>);
}
