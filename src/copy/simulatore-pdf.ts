/**
 * Words of the simulated carnet PDF. Read only by src/components/simulatore/pdf.ts, which the page
 * loads on the "Scarica PDF" click, so they stay out of the page's first-view bundle.
 */
export const SIM_PDF = {
  title: (carnet: string) => `SIMULAZIONE - Carnet ${carnet}`,
  author: 'CIG Advisor - simulatore (non ANAC)',
  subject: 'Documento simulato a scopo formativo',
  watermark: 'SIMULAZIONE',
  footer: 'Documento simulato: non è un documento ANAC. I codici non valgono per contratti reali.',
  heading: 'SIMULAZIONE - Smart CIG: Dettaglio CARNET',
  number: (carnet: string) => `Dettaglio carnet Numero: ${carnet}`,
  dates: (created: string, expires: string) => `Data creazione: ${created}    Data scadenza: ${expires}`,
  deadline: (deadline: string, size: number) => `Termine per comunicare i dati: ${deadline}    Dimensione: ${size}`,
  pec: (pec: string) => `Inviato tramite PEC simulata a: ${pec}`,
  counts: (asOf: string, open: number, communicated: number, annulled: number) =>
    `Situazione al ${asOf}: CIG non rendicontati ${open}, comunicati ${communicated}, annullati ${annulled}`,
  columns: ' N.  CIG (simulato)  Stato                 Oggetto',
  object: (oggetto: string, amount: string) => `${oggetto} - ${amount} euro`,
} as const;
