/**
 * Words of the site frame (footer, service pages, CIG checker, search, 404). Chrome words shared
 * with the tools (SITE, UI, NAV) are in ./ui.ts.
 */

export const FOOTER = {
  title: 'CIG Advisor',
  about: 'Un aiuto per calcolare il valore stimato di un appalto e capire come si acquisisce il CIG, con le fonti di ogni regola.',
  notAnac: 'CIG Advisor non è un servizio ANAC e non è un sito della pubblica amministrazione. Per acquisire un CIG usa le piattaforme ufficiali; per i casi dubbi fa fede quanto pubblica ANAC.',
  rulesChecked: 'Regole e fonti verificate al',
  linksLabel: 'Informazioni sul sito',
  links: [
    { href: '/note-legali/', label: 'Note legali' },
    { href: '/privacy/', label: 'Privacy' },
    { href: '/accessibilita/', label: 'Dichiarazione di accessibilità' },
    { href: '/verifica-cig/', label: 'Verifica un CIG' },
    { href: '/fonti/', label: 'Fonti' },
    { href: '/sitemap.xml', label: 'Mappa del sito' },
  ],
} as const;

export const SLIM = 'Strumento indipendente e non ufficiale: non è un servizio ANAC';

export const NOT_ANAC_NOTE = {
  title: 'Non è un servizio ANAC',
  text: 'Questa pagina è scritta da CIG Advisor, uno strumento indipendente. Riassume le fonti citate qui sotto, che restano il riferimento: prima di decidere, controlla i testi ufficiali.',
} as const;

export const FAQ_COPY = {
  indexTitle: 'Domande frequenti su CIG, Smart CIG e valore stimato',
  indexDescription: 'Risposte brevi, con esempi e fonti, su CIG, procedure per importo, schede PCP, Smart CIG, SIMOG, rinnovi, modifiche, proroghe e contributo ANAC.',
  indexIntro: 'Ogni risposta sta nel primo paragrafo; sotto trovi la spiegazione, esempi con i numeri e le fonti. Dove serve, un link apre il questionario già compilato con l\'esempio.',
  updated: 'Aggiornato al',
  sources: 'Fonti',
  applyTitle: 'Applicalo al tuo caso',
  applyIntro: 'Apri il questionario già compilato con l\'esempio e cambia i dati con quelli del tuo appalto:',
  toVerify: 'Da verificare',
  partlyVerified: 'Verificata in parte',
  allQuestions: 'Tutte le domande frequenti',
  external: '(sito esterno)',
  euThresholds: {
    caption: 'Soglie europee per biennio, in euro, IVA esclusa',
    period: 'Biennio',
    works: 'Lavori e concessioni',
    central: 'Servizi e forniture, amministrazioni centrali',
    subCentral: 'Servizi e forniture, altre amministrazioni',
    special: 'Servizi e forniture, settori speciali',
  },
} as const;

export const CHECKER = {
  title: 'Verifica un codice CIG',
  description: 'Controlla se un codice CIG o Smart CIG è scritto correttamente, con l\'algoritmo di controllo pubblicato da ANAC.',
  label: 'Codice CIG',
  hint: 'Dieci caratteri, ad esempio X3A000262F oppure 1234567CE7. Spazi e minuscole non contano.',
  submit: 'Verifica',
  empty: 'Inserisci il codice CIG, ad esempio X3A000262F',
  validTitle: 'Il codice supera il controllo',
  invalidTitle: 'Il codice non supera il controllo',
  // issue 10: codes from the simulator's counter range (src/domain/rules/simulated-cig.ts)
  simulatedTitle: 'Codice simulato: non esiste',
  simulated: 'codice generato dal simulatore di questo sito: non esiste. I suoi caratteri di controllo tornano, ma ANAC non lo ha mai rilasciato: non usarlo in un atto o in un pagamento.',
  series: {
    SIMOG_V1: 'CIG ordinario (SIMOG, prima versione: inizia con una cifra)',
    SIMOG_V2_PCP: 'CIG ordinario (SIMOG seconda versione o PCP: inizia con una lettera da A a U)',
    SMART_CIG: 'Smart CIG (inizia con X, Y o Z)',
  },
  limits: 'Il controllo dice solo se il codice è scritto in modo coerente: non dice se ANAC lo ha davvero rilasciato né a quale appalto appartiene.',
} as const;

export const SEARCH = {
  title: 'Cerca nel sito',
  description: 'Cerca tra le domande frequenti e le pagine di CIG Advisor: CIG, Smart CIG, carnet, rinnovi, proroghe, contributo.',
  label: 'Cosa cerchi?',
  hint: 'Ad esempio: carnet, rinnovo, proroga tecnica, contributo',
  submit: 'Cerca',
  noJs: 'La ricerca funziona nel browser e richiede JavaScript. Senza, puoi sfogliare l\'elenco delle domande frequenti.',
  loading: 'Ricerca in corso…',
  none: 'Nessun risultato. Prova con una parola diversa, ad esempio "rinnovo" invece di "rinnovi", oppure sfoglia le domande frequenti.',
  failed: 'La ricerca non è disponibile in questo momento. Sfoglia le domande frequenti.',
  empty: 'Scrivi almeno una parola da cercare',
  results: (n: number, q: string) => (n === 1 ? `1 risultato per «${q}»` : `${n} risultati per «${q}»`),
} as const;

/** Where to report problems with the site (accessibility, errors in the content). Set the real address before publishing. */
export const CONTACT_EMAIL = 'segnalazioni@cig-advisor.example.org';
