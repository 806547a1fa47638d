/** The simulated PEC inbox: one message for each carnet generated. */
import { SIM } from '../../../copy/simulatore.ts';
import { formatDateShortIt } from '../../../domain/dates.ts';
import { Heading, PdfButton, type ScreenProps } from '../parts.tsx';

export function Inbox({ ctx, view, today }: ScreenProps) {
  return (<>
    <Heading>{SIM.inboxTitle}</Heading>
    {ctx.doc.inbox.length === 0 ? <p>{SIM.inboxEmpty}</p> : (
      <ul class="sim-inbox">
        {[...ctx.doc.inbox].reverse().map((m, i) => {
          const carnet = view.carnets.find((c) => c.number === m.carnet);
          return (
            <li key={i}>
              <p><strong>{m.subject}</strong> – {formatDateShortIt(m.date)}</p>
              <p>{SIM.inboxFrom} – {SIM.inboxTo} {m.to}{ctx.doc.profile?.pec === m.to && ` ${SIM.inboxRegistered}`}</p>
              <p>{SIM.inboxBody(m.carnet)}</p>
              {carnet && <PdfButton carnet={carnet} today={today} />}
            </li>
          );
        })}
      </ul>)}
  </>);
}
