/** The service's first screen: the two areas. */
import { SIM } from '../../../copy/simulatore.ts';
import type { ScreenProps } from '../parts.tsx';

export function Home({ send }: ScreenProps) {
  return (<>
    {/* The heading of parts.tsx, written out: Inizio is the only screen of the first view, parts.tsx is loaded on demand. */}
    <h2 tabIndex={-1}>{SIM.homeTitle}</h2>
    <p>{SIM.homeText}</p>
    <div class="sim-actions">
      <button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'singleForm' })}>{SIM.areaSingle}</button>
      <button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.areaCarnet}</button>
    </div>
  </>);
}
