/** The service is down (simulated outage): what to do, as indicated in May 2021. */
import { SIM } from '../../../copy/simulatore.ts';
import { Heading } from '../parts.tsx';

export function Outage() {
  return (
    <div class="sim-outage">
      <Heading>{SIM.outageTitle}</Heading>
      {SIM.outageText.map((t, i) => <p key={i}>{t}</p>)}
      <p><a href="/faq/">{SIM.outageFaq}</a></p>
    </div>
  );
}
