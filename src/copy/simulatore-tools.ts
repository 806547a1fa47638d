/**
 * Words of the simulator's parts loaded on demand (trainer tools, activity log, printable handout):
 * read only by those modules, so they stay out of the page's first-view bundle.
 */
/** The refusal codes of the simulation (src/domain/simulation/state.ts, ErrorCode; the clock's own). */
const REASONS = new Map<string, string>([
  ['CARNET_LIMIT', 'troppi carnet attivi'],
  ['CARNET_BLOCKED', 'nuovi carnet bloccati per dati in ritardo'],
  ['CIG_NOT_AVAILABLE', 'il CIG non ammette questa azione'],
  ['NOT_FOUND', 'codice o carnet inesistente'],
  ['DATE_ORDER', 'data precedente a quella della simulazione'],
  ['INVALID_INPUT', 'dati non validi'],
  ['CLOCK_NOWHERE', 'il calendario non ha una data dove andare'],
]);

export const SIM_TOOLS = {
  confirmYes: 'Conferma',
  confirmBack: 'Torna indietro',
  confirmTitle: {
    cancel: (code: string) => `Vuoi annullare il CIG ${code}?`,
    bulkCancel: (carnet: string, n: number) => `Vuoi annullare ${n === 1 ? 'l\'unico CIG non utilizzato' : `i ${n} CIG non utilizzati`} del ${carnet}?`,
    reset: 'Vuoi ricominciare da capo?',
    load: (name: string) => `Vuoi caricare «${name}»?`,
  },
  confirmText: {
    cancel: 'Un CIG annullato non si può più usare né comunicare. Se è un errore, subito dopo puoi premere "Annulla l\'ultima azione".',
    bulkCancel: 'Tutti i CIG del carnet non ancora rendicontati diventano annullati, in un\'unica azione. I CIG già comunicati non cambiano. Se è un errore, subito dopo puoi premere "Annulla l\'ultima azione".',
    reset: 'La simulazione in corso (carnet, CIG e messaggi) viene cancellata e il calendario torna al 2 maggio 2011. Se vuoi conservarla, prima esportala. Subito dopo puoi ancora premere "Annulla l\'ultima azione".',
    load: 'La simulazione in corso (carnet, CIG e messaggi) viene sostituita. Se vuoi conservarla, prima esportala. Subito dopo puoi ancora premere "Annulla l\'ultima azione".',
  },
  bulkCancelButton: (n: number) => `Annulla i CIG non utilizzati (${n})`,
  logTitle: 'Registro delle attività',
  handoutTitle: 'Situazione della simulazione',
  classProblem: {
    unknown: (id: string) => `Lo scenario «${id}» indicato nel link non esiste: controlla il link che ti è stato dato. Il simulatore resta com'era.`,
    invalid: 'Il link per la classe non è valido: deve essere nella forma /simulatore/?classe=1&scenario=nome-dello-scenario. Il simulatore resta com\'era.',
  },
  // inbox
  inboxTitle: 'Casella PEC simulata',
  inboxEmpty: 'Nessun messaggio.',
  inboxFrom: 'Da: servizio Smart CIG simulato',
  inboxTo: 'A:',
  inboxBody: (n: string) => `In allegato il carnet ${n} in formato PDF (documento simulato).`,
  scenariosTitle: 'Scenari pronti',
  loadScenario: 'Carica',
  exportButton: 'Esporta la simulazione (JSON)',
  importLabel: 'Importa una simulazione (file JSON)',
  importError: 'Il file non contiene una simulazione leggibile:',
  resetButton: 'Ricomincia da capo',

  // trainer tools
  classLinkButton: 'Copia il link per la classe',
  classLinkCopied: (url: string) => `Link copiato: ${url}`,
  classLinkManual: (url: string) => `Copia questo link: ${url}`,
  classLinkHint: 'Il link apre il simulatore con lo scenario caricato e senza questi strumenti: adatto da dare a una classe.',
  currentScenario: (title: string) => `Scenario caricato per ultimo: ${title}.`,
  handoutButton: 'Prepara la situazione da stampare',
  logExportHint: 'Il registro delle attività si esporta e si stampa dalla sua pagina.',

  // activity log
  logIntro: 'Ogni azione della simulazione, con la data simulata, l\'esito e, se il servizio l\'ha rifiutata, il motivo.',
  logEmpty: 'Nessuna azione registrata.',
  logCols: { n: 'N.', date: 'Data simulata', action: 'Azione', target: 'Su', result: 'Esito', reason: 'Motivo' },
  logOk: 'eseguita',
  logRefused: 'rifiutata',
  /** A refusal's code in words (the service's own explanation follows); an unknown code is shown as it is. */
  reason: (code: string): string => REASONS.get(code) ?? code,
  logCsv: 'Scarica il registro (CSV)',
  logJson: 'Scarica il registro (JSON)',
  logPrint: 'Stampa il registro',
  csvHeader: ['n', 'data simulata', 'azione', 'su', 'esito', 'codice del motivo', 'motivo'],

  // handout
  handoutIntro: (date: string) => `Situazione al ${date} (data simulata). Documento di esercitazione: i codici sono simulati e non valgono per contratti reali.`,
  handoutPrint: 'Stampa',
  handoutCarnets: 'Carnet',
  handoutSingles: 'Smart CIG singoli',
  handoutNone: 'Nessuno.',
  handoutCarnetLine: (created: string, expires: string, deadline: string) => `Creato il ${created}, scade il ${expires}, dati entro il ${deadline}.`,
  handoutCounts: (open: number, communicated: number, annulled: number) => `Non rendicontati: ${open}; comunicati: ${communicated}; annullati: ${annulled}.`,
} as const;
