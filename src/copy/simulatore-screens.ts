/**
 * Words of the simulator's screens the page loads after its first view (lists, details, the carnet
 * PDF button): read only by those screens, so they stay out of the first-view bundle.
 */
import type { CarnetStatus } from '../domain/simulation/state.ts';

export const SIM_SCREENS = {
  singleListTitle: 'Smart CIG: Lista',
  singleListEmpty: 'Non hai ancora richiesto Smart CIG singoli.',
  singleDetailTitle: 'Dettaglio dell\'appalto',
  cancel: 'Annulla',
  cancelHint: 'annulla la comunicazione',
  modify: 'Modifica',
  newRequest: 'Richiedi un altro CIG',

  carnetListEmpty: 'Non ci sono carnet.',
  requestNew: 'Richiedi nuovo',
  carnetDetailTitle: 'Smart CIG: Dettaglio CARNET',
  formatCarnetId: 'Dettaglio carnet Numero:',
  cols: { number: 'Numero', created: 'Data creazione', expires: 'Data scadenza', size: 'Dimensione', status: 'Stato', cig: 'CIG', object: 'Oggetto', amount: 'Importo', date: 'Data' },
  dataDeadline: 'Termine per comunicare i dati:',
  counters: { nonRendicontati: 'CIG non rendicontati:', comunicati: 'CIG comunicati:', annullati: 'CIG annullati:' },
  carnetStatus: { ATTIVO: 'CARNET ATTIVO', SCADUTO: 'CARNET SCADUTO' } satisfies Record<CarnetStatus, string>,
  overdue: 'dati in ritardo',
  downloadPdf: 'Scarica PDF',
  pdfWorking: 'Preparazione del PDF…',
  pdfError: 'Non è stato possibile creare il PDF:',
  useTitle: 'Utilizza il CIG',
  useHint: 'Inserisci i dati del contratto e premi "Comunica": il CIG diventa comunicato. Se non lo hai usato, annullalo.',
  communicate: 'Comunica',
  cancelCig: 'Annulla il CIG',
  cigDetailTitle: 'Dati comunicati del CIG',
  generatedTitle: 'Carnet generato',
  generatedText: (size: number, pec: string) => `Il carnet richiesto CARNET DA ${size} CIG è stato generato con successo. È stato inviato tramite PEC (simulata) all'indirizzo ${pec}. È possibile scaricare il PDF attraverso il pulsante "Scarica PDF".`,
  openDetail: 'Apri il dettaglio del carnet',
  blockedWhere: 'Nuovo carnet non disponibile',

  refusedTitle: 'Richiesta rifiutata',
} as const;
