/**
 * Issue 14, stored data is never lost: the words of the simulator's storage warnings (unreadable
 * data kept in the browser, a second tab). A table of its own, loaded with the warnings only when
 * one is shown, so the simulator's first view does not carry them.
 */
export const SIM_STORAGE = {
  storageProblemTitle: 'La simulazione salvata non si può leggere',
  storageProblemText: (reason: string) => `I dati salvati in questo browser non sono una simulazione valida (${reason}). Il simulatore riparte da capo; i dati illeggibili restano in questo browser finché non li elimini, e puoi scaricarli.`,
  storageProblemKept: 'Non è stato possibile metterli da parte (lo spazio del browser è esaurito, o il posto è già occupato da altri dati illeggibili): sono rimasti dov\'erano e, finché non li scarichi e li elimini, le modifiche di questa pagina non vengono salvate.',
  storageDownload: 'Scarica i dati illeggibili',
  storageDiscard: 'Elimina i dati illeggibili',
  storageDiscardConfirm: 'Eliminare per sempre i dati illeggibili da questo browser? Se non li hai scaricati, non si potranno recuperare.',
  storageDiscardYes: 'Sì, elimina',
  storageDiscardNo: 'No, tienili',
  storageDiscardFailed: 'Non è stato possibile eliminarli: riprova.',
  otherTabTitle: 'Il simulatore è aperto in un\'altra scheda',
  otherTabText: 'Un\'altra scheda di questo browser ha salvato una simulazione diversa. Per non cancellare il lavoro di nessuna delle due, questa pagina non salva finché non scegli.',
  otherTabLoad: 'Carica i dati dell\'altra scheda',
  otherTabKeep: 'Continua qui (sostituisce i dati dell\'altra scheda)',
  otherTabUnreadable: 'I dati dell\'altra scheda non si possono leggere:',
} as const;
