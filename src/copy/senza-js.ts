/**
 * Words of the questionnaire's one-page form for browsers without JavaScript (issue 10). The
 * questions' own words come from src/copy/questionario.ts; these are only the frame around them.
 */
export const NOSCRIPT_FORM = {
  heading: 'Prepara il link senza JavaScript',
  lead: 'Senza JavaScript non possiamo calcolare il risultato, ma puoi rispondere alle domande qui sotto: il pulsante in fondo crea il link alle tue risposte, lo stesso che il questionario usa. Conservalo o invialo, e aprilo in un browser con JavaScript attivo per vedere il valore stimato e come acquisire il CIG.',
  needsJs: 'Hanno bisogno di JavaScript: il calcolo del valore stimato e del contributo, il controllo delle risposte una per una, le domande che compaiono solo in certi casi e la stampa del risultato.',
  onlyFor: 'Solo se devi:',
  dateHint: 'Nel formato AAAA-MM-GG, ad esempio 2019-10-01. Se la lasci vuota, vale la data di oggi.',
  amountHint: "Al netto dell'IVA, ad esempio 30000 oppure 30.000,00.",
  listHint: (n: number) => `Fino a ${n} importi; lascia vuoti quelli che non servono.`,
  /** Issue 10: "Sì" without an amount (the proroga tecnica foreseen, not estimated). */
  withoutAmount: 'Prevista, senza stima dell’importo',
  submit: 'Crea il link',
  after: "Dopo l'invio, l'indirizzo di questa pagina contiene le tue risposte: è il link da conservare.",
} as const;
