/** Words of the Smart CIG simulator. Screen and button names follow the 2011 guide to the service. */
import { OUTAGE_GUIDANCE } from './outage.ts';
import type { ClockMove } from '../domain/simulation/clock.ts';
import type { FormField } from '../domain/simulation/form.ts';
import type { CigStatus, LogAction, SimNotice } from '../domain/simulation/state.ts';
import type { FormNoteCode, OggettoPrincipale } from '../domain/rules/smartcig.ts';

/** The hint under a field of the simulated forms, where it has one. */
const HINTS: Partial<Record<FormField, string>> = {
  fattispecieContrattuale: 'Le voci e i limiti di importo sono quelli in vigore alla data simulata.',
  importo: 'In euro, ad esempio 19.999,99',
  cigAccordoQuadro: 'Solo per un CIG derivato da un accordo quadro: 10 caratteri, controllati con l\'algoritmo ufficiale.',
  cup: '15 caratteri, lettere e cifre.',
  size: 'Quanti CIG, da 1 a 50. Lascia vuoto per 50.',
  profilePec: 'Non viene inviato nulla: i messaggi arrivano solo nella casella PEC simulata di questa pagina.',
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
    profileSaved: 'Profilo salvato: i prossimi carnet arriveranno a questo indirizzo PEC.',
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
    // issue 12 (simform)
    centralizzazione: 'Centralizzazione della spesa pubblica (art. 9 comma 3 D.L. 66/2014)',
    motivoRichiesta: 'Motivo richiesta CIG',
    profileName: 'Nome e cognome (simulati)',
    profilePec: 'Indirizzo PEC registrato (simulato)',
  } satisfies Record<FormField, string>,
  hints: HINTS,
  select: 'Seleziona',
  selectCarnetDefault: 'Seleziona (per un CIG di carnet: quella per importo)',
  objects: { LAVORI: 'Lavori', FORNITURE: 'Forniture', SERVIZI: 'Servizi' } satisfies Record<OggettoPrincipale, string>,
  // outage
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
  // issue 14: the words of the storage warnings are in simulatore-storage.ts (loaded only when shown)
  storageWriteError: 'Non è stato possibile salvare la simulazione in questo browser: esportala per non perderla.',

  // ---- issue 12 (simform): any date, each year's form, the profile
  gotoLabel: 'Data a cui portare il calendario',
  gotoHint: 'Un giorno dal 2 maggio 2011 al 31 dicembre 2023, gli anni dello Smart CIG, ad esempio 01/09/2020.',
  gotoButton: 'Vai alla data',
  formOfDate: (date: string) => `Modulo com'era il ${date}.`,
  toVerify: 'Da verificare:',
  formNotes: {
    laterFieldsStart: 'Gli ultimi due campi (centralizzazione della spesa e motivo della richiesta) sono documentati nel modulo degli anni successivi, ma non si sa da quale giorno: citano il dPCM del 24 dicembre 2015, quindi non possono essere precedenti, e il simulatore li mostra da quella data. Non si sa nemmeno se fossero obbligatori: qui si possono lasciare vuoti.',
    fattispecie2016: 'Dal 19 aprile 2016 (d.lgs. 50/2016) le voci dell\'elenco delle fattispecie sono note da una sola fonte secondaria: si conoscono gli articoli (17, 19 e allegato IX sotto 40.000 euro; 7, 16 e 162 a qualunque importo), non le parole esatte. Le voci segnate con * hanno una dicitura ricostruita.',
    smartCigLimitAfterDl76: 'Dal 17 luglio 2020 (D.L. 76/2020) l\'affidamento diretto è ammesso anche sopra 40.000 euro, ma lo Smart CIG no: da 40.000 euro in su serve il CIG ordinario (SIMOG).',
    code36Lists: 'Dal 1° luglio 2023 vale il d.lgs. 36/2023: non è documentato se gli elenchi del modulo siano cambiati prima della chiusura dello Smart CIG (31 dicembre 2023). Il simulatore tiene quelli del d.lgs. 50/2016.',
  } satisfies Record<FormNoteCode, string>,
  labelReconstructed: 'Le voci con * hanno una dicitura ricostruita: la fattispecie è documentata, le parole esatte no.',
  optional: '(facoltativo)',
  laterFieldHint: (from: string, startKnown: boolean) => startKnown
    ? `Campo del modulo dal ${from}.`
    : `Campo del modulo degli anni successivi; il simulatore lo mostra dal ${from} (data presunta, da verificare).`,
  outageDates: (from: string, to: string) => `Nella simulazione il servizio è fermo dal ${from} al ${to}, i giorni del disservizio riportati dalla stampa (l'ultimo è quello in cui era atteso il ripristino: da verificare). Sposta il calendario per uscirne.`,
  scenarioGoal: 'Obiettivo:',
  profileNav: 'Profilo',
  profileTitle: 'Profilo dell\'utente (simulato)',
  profileText: 'Il servizio reale inviava il carnet all\'indirizzo PEC registrato per l\'utente, non a uno scritto a ogni richiesta. Registralo qui una volta: i carnet arriveranno a questo indirizzo nella casella PEC simulata.',
  profileSave: 'Salva il profilo',
  carnetNeedsProfile: 'Per richiedere un carnet registra prima il tuo indirizzo PEC nel profilo: il servizio invia il carnet a quell\'indirizzo.',
  goToProfile: 'Vai al profilo',
  carnetSentTo: (name: string, pec: string) => `Il carnet sarà inviato per PEC (simulata) a ${name}, all'indirizzo registrato nel profilo: ${pec}.`,
  inboxRegistered: '(indirizzo registrato nel profilo)',

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
    profile: 'registrazione del profilo',
  } satisfies Record<LogAction, string>,
  /** review (issue 12): a clock move as the log and the undo button name it (not the machine's 'day', 'week'). */
  logClockMoves: { day: 'avanti di 1 giorno', week: 'avanti di 1 settimana', month: 'avanti di 30 giorni', expiry: 'alla scadenza di un carnet', deadline: 'al termine dei dati di un carnet' } satisfies Record<ClockMove, string>,
  undoButton: (what: string) => `Annulla l'ultima azione (${what})`,
  undoCount: (n: number) => (n === 1 ? '1 azione si può annullare.' : `${n} azioni si possono annullare, una alla volta.`),
  logNav: 'Registro attività',
  otherTab: 'i dati dell\'altra scheda',
  toolsLoading: 'Caricamento…',
  toolsFailed: 'Questa parte non si è potuta caricare: controlla la connessione e ricarica la pagina.',
  classBanner: 'Modalità classe: gli strumenti per chi fa formazione sono nascosti.',
} as const;
