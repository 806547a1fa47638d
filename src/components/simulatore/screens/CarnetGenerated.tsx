/** "Carnet generato": the success message, with the PDF. */
import { SIM } from '../../../copy/simulatore.ts';
import { SIM_SCREENS } from '../../../copy/simulatore-screens.ts';
import { Heading, PdfButton, selectedCarnet, type ScreenProps } from '../parts.tsx';

export function CarnetGenerated(props: ScreenProps) {
  const { today, send } = props;
  const { carnet } = selectedCarnet(props);
  if (!carnet) return null;
  return (<>
    <Heading>{SIM_SCREENS.generatedTitle}</Heading>
    <div class="sim-success" role="status"><p>{SIM_SCREENS.generatedText(carnet.size, carnet.pec ?? '')}</p></div>
    <div class="sim-actions">
      <PdfButton carnet={carnet} today={today} />
      <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'OPEN_CARNET', number: carnet.number })}>{SIM_SCREENS.openDetail}</button>
      <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.carnetListTitle}</button>
    </div>
  </>);
}
