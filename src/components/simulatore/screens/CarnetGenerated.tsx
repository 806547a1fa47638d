/** "Carnet generato": the success message, with the PDF. */
import { SIM } from '../../../copy/simulatore.ts';
import { Heading, PdfButton, selectedCarnet, type ScreenProps } from '../parts.tsx';

export function CarnetGenerated(props: ScreenProps) {
  const { today, send } = props;
  const { carnet } = selectedCarnet(props);
  if (!carnet) return null;
  return (<>
    <Heading>{SIM.generatedTitle}</Heading>
    <div class="sim-success" role="status"><p>{SIM.generatedText(carnet.size, carnet.pec ?? '')}</p></div>
    <div class="sim-actions">
      <PdfButton carnet={carnet} today={today} />
      <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'OPEN_CARNET', number: carnet.number })}>{SIM.openDetail}</button>
      <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.carnetListTitle}</button>
    </div>
  </>);
}
