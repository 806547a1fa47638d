/**
 * What ANAC indicated during the May 2021 outage of its platform (seed 004), written once and shown by
 * the questionnaire's outage page and by the simulator's "Simula un disservizio".
 */
export const OUTAGE_GUIDANCE = {
  when: "Nel maggio 2021, durante un guasto che ha fermato per quasi due giorni i servizi dell'Autorità, ANAC ha dato indicazioni per gli affidamenti urgenti che non si potevano rinviare.",
  steps: [
    'Pubblica gli atti di gara anche senza il codice, scrivendo che il CIG è «in fase di acquisizione».',
    'Acquisisci il CIG appena il servizio torna disponibile e aggiungilo agli atti.',
    'Ammetti alla procedura gli operatori che non sono riusciti a pagare il contributo, con riserva di regolarizzazione.',
  ],
} as const;
