/** The service's first screen: the two areas. */
import { SIM } from '../../../copy/simulatore.ts';
import { Heading, type ScreenProps } from '../parts.tsx';

export function Home({ send }: ScreenProps) {
  return (<>
    <Heading>{SIM.homeTitle}</Heading>
    <p>{SIM.homeText}</p>
    <div class="sim-actions">
      <button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'singleForm' })}>{SIM.areaSingle}</button>
      <button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.areaCarnet}</button>
    </div>
  </>);
}
