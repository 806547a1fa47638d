/** Words of the questionnaire's outcome page. Imported only by the outcome (loaded on demand). */
import type { Communication, FieldKey, ItemKind, QuadroKey } from '../domain/advice.ts';
import type { CigTiming } from '../domain/rules/pcp-cards.ts';
import type { Topic } from '../domain/outcome.ts';
import type { Procedure, SystemId } from '../domain/rules/kinds.ts';

export const ESITO = {
  failed: 'Non è stato possibile calcolare il risultato. Controlla le risposte.',
  date: 'Data considerata',
  regime: 'Regole applicate',
  estimatedValue: 'Valore stimato',
  itemsCaption: 'Voci del valore stimato',
  itemHead: { kind: 'Voce', amount: 'Importo', counted: 'Conteggiata', why: 'Perché' },
  itemKind: {
    base: 'Importo a base',
    renewal: 'Rinnovo',
    prorogaOption: 'Opzione di proroga',
    otherOption: 'Altra opzione',
    repetition: 'Ripetizione di lavori o servizi analoghi',
    technicalExtension: 'Proroga tecnica (stima)',
  } satisfies Record<ItemKind, string>,
  yes: 'Sì',
  no: 'No',
  newCig: {
    yes: 'Serve un nuovo CIG',
    no: 'Nessun nuovo CIG: resta quello del contratto',
    unknown: 'Se serve un nuovo CIG va verificato',
  },
  system: 'Dove acquisirlo',
  alternatives: 'In alternativa puoi usare',
  systemNames: {
    SMART_CIG: 'Smart CIG',
    SIMOG: 'SIMOG',
    PCP: 'Piattaforma contratti pubblici (PCP), tramite una piattaforma di approvvigionamento digitale certificata',
  } satisfies Record<SystemId, string>,
  fieldsTitle: 'Valori da inserire nel modulo',
  fieldsHead: { field: 'Campo', value: 'Valore', copy: 'Copia' },
  fieldLabels: {
    fattispecieContrattuale: 'Fattispecie contrattuale',
    importo: 'Importo',
    proceduraSceltaContraente: 'Procedura di scelta del contraente',
    oggettoPrincipale: 'Oggetto principale del contratto',
    importoBaseAsta: "Importo a base d'asta",
    diCuiSicurezza: 'Di cui oneri per la sicurezza',
    prevedeRipetizioni: "L'appalto prevede ripetizioni",
    ripetizionePrecedenteContratto: 'Ripetizione di precedente contratto',
    cigContrattoOriginario: 'CIG contratto originario',
    sceltaContraente: 'Scelta del contraente',
    scheda: 'Scheda ANAC',
    canale: 'Canale',
    // issue 11: derived contracts
    cigAccordoQuadro: 'CIG accordo quadro / convenzione',
    modalitaRealizzazione: 'Modalità di realizzazione',
  } satisfies Record<FieldKey, string>,
  amountFields: ['importo', 'importoBaseAsta', 'diCuiSicurezza'] satisfies readonly FieldKey[],
  fieldValues: {
    PAD: 'Piattaforma di approvvigionamento digitale (PAD)',
    PAD_O_INTERFACCIA_WEB: "PAD oppure interfaccia web della PCP",
  },
  // issue 9, cards helper: the PCP quadro economico, when the CIG exists, a provisional contribution
  quadroTitle: 'Quadro economico della scheda PCP',
  quadroHint: "Gli importi da riportare nel quadro economico della scheda, al netto dell'IVA. Le «Somme a disposizione» (IVA e altre imposte) le indichi tu.",
  quadroLabels: {
    impLavori: 'Importo componente lavori',
    impServizi: 'Importo componente servizi',
    impForniture: 'Importo componente forniture',
    impTotaleSicurezza: "Importo totale per l'attuazione della sicurezza",
    sommeOpzioniRinnovi: 'Somme per opzioni/rinnovi',
    sommeRipetizioni: 'Somme per ripetizione di servizi, forniture o lavori analoghi',
  } satisfies Record<QuadroKey, string>,
  cigTiming: 'Quando esiste il CIG',
  cigTimingValues: {
    BEFORE_PROCEDURE: 'Prima di avviare la procedura',
    AT_CONFIRMATION: "Alla conferma dell'appalto sulla PCP, prima della pubblicazione o degli inviti",
    WITH_AWARD_CARD: "Con la scheda di affidamento, dopo la decisione di affidare",
  } satisfies Record<CigTiming, string>,
  contributionProvisional: 'Importi provvisori: la tabella dei contributi per questa data non è stata trovata e si applica l’ultima nota (vedi «Da verificare»).',
  copied: 'Copiato negli appunti',
  copyFailed: 'Copia non riuscita: seleziona il testo e copialo a mano',
  fieldMissing: 'Da verificare',
  contribution: 'Contributo ANAC',
  contributionSA: 'Stazione appaltante',
  contributionOE: 'Operatore economico',
  contributionUnknown: 'Il contributo non è determinato dalle fonti verificate: vedi «Da verificare».',
  reasoning: 'Perché',
  source: 'Fonte',
  toVerify: 'Da verificare',
  next: 'Cosa fare dopo',
  faq: 'Per approfondire',
  faqAll: 'Tutte le domande frequenti',
  /** The FAQ page (its slug under /faq/) that explains each topic of an advice. */
  faqByTopic: {
    cig: 'cos-e-il-cig',
    contribution: 'contributo-anac',
    estimatedValue: 'valore-stimato-rinnovi-proroghe',
    renewal: 'rinnovo-esercitato-nuovo-cig',
    modification: 'modifiche-oltre-il-quinto-e-proroga-tecnica',
    smartCig: 'smart-cig-e-carnet',
    pcp: 'pcp-dal-2024',
    procedures: 'procedure-per-importo',
    lots: 'lotti-un-cig-per-lotto',
    framework: 'accordo-quadro-convenzione-cig-derivato',
  } satisfies Record<Topic, string>,
  print: 'Stampa',
  copyLink: 'Copia link',
  linkCopied: 'Link copiato',
  printedOn: (d: string) => `Stampato il ${d}`,
  link: 'Link a questo risultato',
  // ---- issue 9, procedures
  procedures: 'Procedure ammesse',
  procedureNames: {
    direct: 'Affidamento diretto',
    negotiated: 'Procedura negoziata senza bando',
    open: 'Procedura aperta',
    restricted: 'Procedura ristretta',
    other: 'Altra procedura',
  } satisfies Record<Procedure, string>,
  chosenProcedure: 'Procedura scelta',
  chosenAllowed: {
    yes: 'ammessa dalla legge per questo valore e questa data',
    no: 'non ammessa dalla legge per questo valore e questa data',
    unknown: 'ammessa solo a certe condizioni: vedi «Perché» e «Da verificare»',
  },
  procedureNotStated: 'Non hai indicato la procedura: scegli tra quelle ammesse.',
  /** A procedure field left empty because no allowed procedure was chosen. */
  procedureToChoose: 'Da scegliere tra le procedure ammesse',
  procedureFields: ['sceltaContraente', 'proceduraSceltaContraente'] satisfies readonly FieldKey[],
  euThreshold: 'Soglia europea',
  euReached: 'raggiunta: si applicano le regole sopra soglia',
  euNotReached: 'non raggiunta: contratto sotto soglia',
  qualification: 'Qualificazione della stazione appaltante',
  notAnac: 'Questo risultato è un aiuto alla decisione: non è un parere ANAC né un servizio ufficiale. Verifica sempre sulle fonti indicate.',
  // ---- issue 10, outcome: the answer first (GOV.UK outcome pattern), then what to enter, why, what next
  answer: {
    /** Where the new CIG is acquired, for the sentence ("Serve un nuovo CIG" + this). */
    where: {
      SMART_CIG: ', da acquisire con lo Smart CIG',
      SIMOG: ', da acquisire sul SIMOG',
      PCP: ', da acquisire sulla PCP tramite una piattaforma certificata',
    } satisfies Record<SystemId, string>,
    card: (scheda: string) => ` (scheda ${scheda})`,
    /** The card to send on the original CIG, when no new CIG is needed. */
    send: (scheda: string) => `; invia la scheda ${scheda} del CIG originario`,
    sendSimog: '; comunica la modifica del CIG originario nel SIMOG',
    /** ". Contributo ANAC: " SA " a carico della stazione appaltante, " OE " dell’operatore economico." */
    contribution: ['. Contributo ANAC: ', ' a carico della stazione appaltante, ', ' dell’operatore economico.'],
    contributionUnknown: '. Contributo ANAC da verificare.',
    /** Said after the contribution when the table of the date is not known and the latest one is applied. */
    contributionProvisional: ' Importi provvisori: la tabella di quest’anno non è stata trovata.',
  },
  itemNotEstimated: 'Non stimata',
  // ---- issue 10, proroga tecnica foreseen without an estimate: the item's label in the table
  itemForeseen: 'prevista, non conteggiata',
  // ---- issue 9, events: what to send on the original CIG
  communication: {
    title: 'Cosa comunicare sul CIG originario',
    lead: {
      PCP: 'Invia la scheda di modifica del CIG originario tramite la piattaforma certificata (PCP).',
      SIMOG: 'Comunica la modifica contrattuale del CIG originario nel SIMOG.',
    } satisfies Record<Communication['system'], string>,
    labels: {
      system: 'Sistema',
      scheda: 'Scheda ANAC',
      motiviModifica: 'Motivo della modifica (motiviModifica)',
      numGiorniProroga: 'Giorni di proroga (numGiorniProroga)',
    } satisfies Record<'system' | 'scheda' | keyof Communication['fields'], string>,
    systems: { PCP: 'PCP, tramite la piattaforma certificata', SIMOG: 'SIMOG' } satisfies Record<Communication['system'], string>,
    missing: {
      scheda: 'Da verificare (vedi sotto)',
      motiviModifica: 'Da scegliere (vedi sotto)',
      numGiorniProroga: 'Da indicare: i giorni della proroga',
    } satisfies Record<'scheda' | keyof Communication['fields'], string>,
    /** The eForms reasons of the PCP list, in words after the code. */
    reasons: {
      'mod-rev': 'modifiche basate su clausole di revisione dei prezzi o opzioni',
      'add-wss': "lavori, servizi o forniture supplementari dell'appaltatore originale",
      'mod-cir': 'circostanze imprevedibili',
      'mod-minv': 'modifiche sotto le soglie minime',
      'mod-nons': 'modifiche non sostanziali',
      'mod-repl': "nuovo contraente che sostituisce l'aggiudicatario",
    } satisfies Record<string, string>,
  },
  // ---- issue 11, lots: one CIG per lot
  lots: {
    title: (n: number) => `${n} lotti: ${n} CIG da acquisire`,
    hint: 'Ogni lotto ha il suo CIG; le soglie si applicano alla somma dei lotti.',
    head: { lot: 'Lotto', value: 'Valore stimato', fields: 'Valori del suo CIG' },
  },
} as const;

