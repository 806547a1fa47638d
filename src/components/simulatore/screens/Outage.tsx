/** The service is down on the simulated date (the May 2021 outage, as data): what to do, as indicated then. */
import { SIM } from '../../../copy/simulatore.ts';
import { formatDateIt } from '../../../domain/dates.ts';
import { outageOn } from '../../../domain/rules/smartcig.ts';
import { Heading, type ScreenProps } from '../parts.tsx';

export function Outage({ today }: ScreenProps) {
  const outage = outageOn(today);
  return (
    <div class="sim-outage">
      <Heading>{SIM.outageTitle}</Heading>
      {SIM.outageText.map((t, i) => <p key={i}>{t}</p>)}
      {outage && <p data-outage={outage.id}>{SIM.outageDates(formatDateIt(outage.from), outage.to === null ? '' : formatDateIt(outage.to))}</p>}
      <p><a href="/faq/">{SIM.outageFaq}</a></p>
    </div>
  );
}
