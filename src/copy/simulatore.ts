/** Words of the Smart CIG simulator. Screen and button names follow the 2011 guide to the service. */
import { OUTAGE_GUIDANCE } from './outage.ts';
import type { ClockMove } from '../domain/simulation/clock.ts';
import type { FormField } from '../domain/simulation/form.ts';
import type { CigStatus, LogAction, SimNotice } from '../domain/simulation/state.ts';
import type { OggettoPrincipale } from '../domain/rules/smartcig.ts';

/** The hint under a field of the simulated forms, where it has one. */
const HINTS: Partial<Record<FormField, string>> = {
  fattispecieContrattuale: 'Le voci e i limiti di importo sono quelli in vigore alla data simulata.',
  importo: 'In euro, ad esempio 19.999,99',
  cigAccordoQuadro: 'Solo per un CIG derivato da un accordo quadro: 10 caratteri, controllati con l\'algoritmo ufficiale.',
  cup: '15 caratteri, lettere e cifre.',
  size: 'Quanti CIG, da 1 a 50. Lascia vuoto per 50.',
  pec: 'Non viene inviato nulla: il messaggio arriva solo nella casella PEC simulata di questa pagina.',
};

/** Words of the page around the simulator (rendered at build time, not shipped to the browser). */
export const SIM_PAGE = {
  pageTitle: 'Simulatore Smart CIG',
  h1Tag: '(simulazione)',
  faqLink: 'Domande frequenti',
  pageDescription: 'Esercitati con lo Smart CIG com\'era: CIG singoli, carnet da 50 codici, scadenze e termini dei dati. Simulazione a scopo formativo, non è il servizio ANAC.',
  banner: 'SIMULAZIONE',
  bannerText: 'Questa pagina imita lo Smart CIG (2011-2023) per esercitarsi. Non è il servizio dell\'ANAC, non invia nulla a nessuno e i codici che mostra sono simulati: non usarli per contratti reali.',
  intro: 'Il servizio Smart CIG è stato dismesso il 1° gennaio 2024. Qui puoi ripercorrerne le due aree, con un calendario simulato che puoi far avanzare.',
  noscript: 'Il simulatore ha bisogno di JavaScript: funziona tutto nel tuo browser e salva la simulazione solo sul tuo dispositivo (localStorage). Attiva JavaScript per usarlo. Le regole dello Smart CIG sono spiegate nelle domande frequenti.',
} as const;

/** Words of the simulator island. */
export const SIM = {
  loading: 'Caricamento del simulatore…',
  simulated: 'simulato',

  // clock
  clockTitle: 'Calendario simulato',
  clockNow: 'Data simulata:',
  clockMoves: { day: '+1 giorno', week: '+1 settimana', month: '+30 giorni', expiry: 'Alla scadenza', deadline: 'Al termine dei dati' } satisfies Record<ClockMove, string>,
  /** Why the clock cannot make a move: the end of the service, or no carnet date ahead. */
  clockNowhere: {
    day: 'Il calendario non va oltre il 31 dicembre 2023: dal 1° gennaio 2024 lo Smart CIG non esiste più.',
    week: 'Il calendario non va oltre il 31 dicembre 2023: dal 1° gennaio 2024 lo Smart CIG non esiste più.',
    month: 'Il calendario non va oltre il 31 dicembre 2023: dal 1° gennaio 2024 lo Smart CIG non esiste più.',
    expiry: 'Nessun carnet scade dopo la data simulata.',
    deadline: 'Nessun termine per i dati dopo la data simulata.',
  } satisfies Record<ClockMove, string>,
  clockChanges: 'Cosa è cambiato',
  nextDeadline: 'Prossima scadenza:',
  nextExpiry: 'scade il',
  nextDataDeadline: 'termine per comunicare i dati del',
  icsButton: 'Salva la scadenza nel calendario (.ics)',
  icsSummary: (kind: 'expiry' | 'dataDeadline', carnet: string) =>
    kind === 'expiry' ? `Scadenza ${carnet} (simulazione Smart CIG)` : `Termine dati ${carnet} (simulazione Smart CIG)`,
  icsDescription: 'Scadenza di una simulazione a scopo formativo, non di un servizio reale.',

  // areas
  areasLabel: 'Aree del servizio simulato',
  areaSingle: 'Gestione Smart CIG',
  areaCarnet: 'Gestione carnet di Smart CIG',
  inbox: 'Casella PEC simulata',
  home: 'Inizio',
  homeTitle: 'Smart CIG (simulazione)',
  homeText: 'Scegli un\'area: nella prima chiedi un CIG alla volta inserendo subito i dati; nella seconda ottieni un carnet di codici da usare subito e comunicare entro 30 giorni dalla scadenza del carnet.',

  // single
  singleFormTitle: 'Gestione Smart CIG: richiesta CIG',
  singleModifyTitle: 'Modifica i dati dello Smart CIG',
  confirm: 'Conferma ed ottieni CIG',
  viewList: 'Visualizza lista',
  issued: 'CIG rilasciato:',
  save: 'Salva le modifiche',
  // carnet
  carnetListTitle: 'Smart CIG: Lista CARNET',
  carnetRequestTitle: 'Richiedi carnet',
  generate: 'Genera',
  carnetRules: (validityDays: number, maxActive: number) => `Un carnet vale ${validityDays} giorni; al massimo ${maxActive} carnet attivi insieme.`,
  cigStatus: { NON_RENDICONTATO: 'CIG NON RENDICONTATO', COMUNICATO: 'CIG COMUNICATO', ANNULLATO: 'CIG ANNULLATO' } satisfies Record<CigStatus, string>,
  backToCarnet: 'Torna al dettaglio del carnet',
  // notices
  notices: {
    cancelled: 'Annullato.',
    communicated: 'Dati comunicati: il CIG risulta comunicato.',
    modified: 'Modifiche salvate.',
    loaded: 'Simulazione caricata.',
    reset: 'Simulazione azzerata.',
    bulkCancelled: 'CIG non utilizzati annullati.',
    undone: 'Azione annullata: la simulazione è tornata com\'era prima.',
  } satisfies Record<SimNotice, string>,

  // form
  fields: {
    fattispecieContrattuale: 'Fattispecie contrattuale',
    importo: 'Importo (IVA esclusa)',
    oggetto: 'Oggetto',
    proceduraSceltaContraente: 'Procedura di scelta del contraente',
    oggettoPrincipale: 'Oggetto principale del contratto',
    cigAccordoQuadro: 'CIG accordo quadro (facoltativo)',
    cup: 'CUP (facoltativo)',
    size: 'Dimensione del carnet',
    pec: 'Indirizzo PEC a cui inviare il carnet (simulato)',
  } satisfies Record<FormField, string>,
  hints: HINTS,
  /** Said under the fattispecie from 19 April 2016: only one entry of the list is known. */
  fattispecieUnverified: 'Dopo il 18 aprile 2016 le altre voci dell\'elenco (contratti esclusi, settori speciali) non sono note con certezza: da verificare. Il simulatore offre solo la voce "importo inferiore a 40.000 euro".',
  select: 'Seleziona',
  selectCarnetDefault: 'Seleziona (per un CIG di carnet: quella per importo)',
  objects: { LAVORI: 'Lavori', FORNITURE: 'Forniture', SERVIZI: 'Servizi' } satisfies Record<OggettoPrincipale, string>,
  // outage
  outageButton: 'Simula un disservizio',
  outageEnd: 'Termina il disservizio',
  outageTitle: 'Servizio non disponibile (disservizio simulato)',
  /** The simulated service is down, then what was indicated in May 2021 (shared with the questionnaire). */
  outageText: [
    "Come all'inizio di maggio 2021, lo Smart CIG non risponde e non rilascia codici.",
    OUTAGE_GUIDANCE.when,
    ...OUTAGE_GUIDANCE.steps,
  ],
  outageFaq: 'Leggi le domande frequenti sul CIG',

  // tools
  toolsTitle: 'Strumenti per chi fa formazione',
  toolsShow: 'Mostra gli strumenti: scenari pronti, link per la classe, esportazione, situazione da stampare',
  toolsHide: 'Nascondi gli strumenti',
  storageProblemTitle: 'La simulazione salvata non si può leggere',
  storageProblemText: (reason: string) => `I dati salvati in questo browser non sono una simulazione valida (${reason}). Il simulatore riparte da capo; i dati illeggibili sono conservati a parte e puoi scaricarli.`,
  storageDownload: 'Scarica i dati illeggibili',
  storageWriteError: 'Non è stato possibile salvare la simulazione in questo browser: esportala per non perderla.',

  // simclass (issue 12): confirmation, undo, bulk annul, activity log, class mode
  /** What each kind of action is called in the undo button and the activity log. */
  actions: {
    requestSmartCig: 'richiesta di uno Smart CIG',
    requestCarnet: 'richiesta di un carnet',
    communicate: 'comunicazione dei dati',
    modify: 'modifica dei dati',
    cancel: 'annullamento di un CIG',
    bulkCancel: 'annullamento dei CIG non utilizzati',
    clock: 'spostamento del calendario',
    load: 'caricamento di uno scenario',
    import: 'importazione di una simulazione',
    reset: 'ripartenza da capo',
    undo: 'annullamento dell\'ultima azione',
    outage: 'disservizio simulato',
  } satisfies Record<LogAction, string>,
  undoButton: (what: string) => `Annulla l'ultima azione (${what})`,
  undoCount: (n: number) => (n === 1 ? '1 azione si può annullare.' : `${n} azioni si possono annullare, una alla volta.`),
  logNav: 'Registro attività',
  toolsLoading: 'Caricamento…',
  toolsFailed: 'Questa parte non si è potuta caricare: controlla la connessione e ricarica la pagina.',
  classBanner: 'Modalità classe: gli strumenti per chi fa formazione sono nascosti. Il calendario lo sposta chi guida la lezione.',
} as const;
