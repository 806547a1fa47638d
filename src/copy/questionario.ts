/**
 * Words of the questionnaire (/questionario/) and of its start page (/). One entry per question id
 * (the scenario keys), one per outcome. Components and the question checks take their text from here.
 */

import { OUTAGE_GUIDANCE } from './outage.ts';
import { formatAmountIt } from '../domain/amount-text.ts';
import { formatDateIt } from '../domain/dates.ts';
import type { CaseId } from '../domain/cases.ts';
import type { BoundedId, ChoiceId, ChoiceValue, QuestionId, RadioId } from '../domain/question-table.ts';
import type { DatePart, Problem } from '../domain/questions.ts';

/** The words of one option of a choice (or of a yes/no answer). */
export interface OptionCopy {
  label: string;
  hint?: string;
}

export interface QuestionCopy {
  /** The page heading (label or legend). `byCase` overrides it for a case. */
  title: string;
  byCase?: Partial<Record<CaseId, string>>;
  hint?: string;
  /** The hint when the case requires the answer (instead of `hint`). */
  hintIfRequired?: string;
  /** Short name used in "Le tue risposte". */
  summary: string;
  /** The words of the radio that stores no answer (question-table `notStated`). */
  notStated?: OptionCopy;
}

/** Choice questions name each of their options (a missing or unknown option does not compile). */
type OptionsCopy<Q extends QuestionId> = Q extends ChoiceId ? { options: { readonly [V in ChoiceValue<Q> & string]: OptionCopy } } : { options?: never };

type QuestionsCopy = { readonly [Q in QuestionId]: QuestionCopy & OptionsCopy<Q> };

/** The labels of the yes/no radios. */
export const YES_NO_WORDS = {
  yes: { label: 'Sì' },
  no: { label: 'No' },
} as const satisfies Record<'yes' | 'no', OptionCopy>;

const QUESTIONS = {
  case: {
    title: 'Cosa devi fare?',
    summary: 'Cosa devi fare',
    options: {
      new: { label: 'Affidare un nuovo contratto', hint: 'Calcolo del valore stimato e richiesta del CIG per una gara o un affidamento diretto.' },
      renewal: { label: 'Esercitare un rinnovo previsto nel contratto' },
      variant: { label: 'Modificare un contratto in corso di esecuzione' },
      technicalExtension: { label: 'Usare la proroga tecnica' },
      // issue 11
      frameworkCall: { label: 'Un contratto in base a un accordo quadro o una convenzione', hint: 'Un ordine o un contratto attuativo (per esempio una convenzione Consip o un accordo quadro): il suo CIG derivato.' },
      outage: { label: 'La piattaforma ANAC non funziona', hint: 'Cosa fare se non riesci ad acquisire il CIG per un disservizio.' },
    },
  },
  date: {
    title: 'Quando parte la procedura?',
    byCase: {
      renewal: 'In che data disponi il rinnovo?',
      variant: 'In che data disponi la modifica?',
      technicalExtension: 'In che data disponi la proroga tecnica?',
    },
    hint: "La data di invio del bando, dell'avviso o delle lettere di invito; se non ci sono, quella della decisione di affidare. Ad esempio 1 10 2019.",
    summary: 'Data',
  },
  object: {
    title: "Qual è l'oggetto principale del contratto?",
    hint: "È l'oggetto principale che indicherai nel modulo del CIG.",
    summary: 'Oggetto principale',
    options: {
      works: { label: 'Lavori' },
      services: { label: 'Servizi' },
      supplies: { label: 'Forniture' },
    },
  },
  base: {
    title: "Qual è l'importo a base del contratto?",
    hint: "La parte certa del contratto, al netto dell'IVA e compresi gli oneri per la sicurezza. Rinnovi e opzioni li chiediamo dopo. Ad esempio 30.000",
    summary: 'Importo a base',
  },
  safetyCosts: {
    title: 'A quanto ammontano gli oneri per la sicurezza?',
    hint: "Sono già compresi nell'importo a base. Se non ci sono o non li conosci, lascia vuoto.",
    summary: 'Di cui oneri per la sicurezza',
  },
  renewals: {
    title: 'I documenti di gara prevedono rinnovi?',
    hint: "Indica l'importo di ogni rinnovo, al netto dell'IVA.",
    summary: 'Rinnovi',
  },
  prorogaOptions: {
    title: "I documenti di gara prevedono un'opzione di proroga?",
    hint: 'La proroga per un periodo fissato nei documenti, che la stazione appaltante può disporre da sola. Non è la proroga tecnica.',
    summary: 'Opzioni di proroga',
  },
  otherOptions: {
    title: 'I documenti di gara prevedono altre opzioni?',
    hint: 'Per esempio prestazioni aggiuntive o aumenti che la stazione appaltante può chiedere.',
    summary: 'Altre opzioni',
  },
  technicalExtension: {
    title: 'I documenti di gara prevedono la proroga tecnica?',
    hint: 'La proroga per il solo tempo necessario a scegliere il nuovo contraente.',
    summary: 'Stima della proroga tecnica',
  },
  countTechnicalExtension: {
    title: 'Vuoi includere la stima della proroga tecnica nel valore stimato?',
    hint: 'Il risultato spiega come viene trattata in entrambi i casi.',
    summary: 'Proroga tecnica nel valore stimato',
  },
  // ---- issue 9, procedures
  repetitions: {
    title: 'I documenti di gara prevedono la ripetizione di lavori o servizi analoghi?',
    hint: "Le ripetizioni affidate poi allo stesso operatore senza nuovo bando, se previste nel progetto a base di gara. Indica l'importo di ciascuna, al netto dell'IVA.",
    summary: 'Ripetizioni',
  },
  sector: {
    title: 'In quale settore affidi il contratto?',
    hint: 'I settori speciali sono acqua, energia, trasporti e servizi postali: hanno soglie europee proprie.',
    summary: 'Settore',
    options: {
      ordinary: { label: 'Settori ordinari' },
      special: { label: 'Settori speciali (acqua, energia, trasporti, servizi postali)' },
    },
  },
  authority: {
    title: 'Chi affida il contratto?',
    hint: 'Per servizi e forniture la soglia europea è più bassa per le amministrazioni centrali.',
    summary: 'Stazione appaltante',
    options: {
      subCentral: { label: 'Comune, regione, ASL, scuola o altra amministrazione non centrale' },
      central: { label: 'Ministero o altra amministrazione centrale dello Stato' },
    },
  },
  procedure: {
    title: 'Con quale procedura affidi il contratto?',
    hint: 'Prima le procedure che la legge ammette per il valore stimato e la data; poi le altre, con il motivo.',
    summary: 'Procedura',
    options: {
      direct: { label: 'Affidamento diretto' },
      negotiated: { label: 'Procedura negoziata senza bando' },
      open: { label: 'Procedura aperta' },
      restricted: { label: 'Procedura ristretta' },
      other: { label: 'Altra procedura' },
    },
    notStated: { label: 'Non ho ancora scelto', hint: 'Il risultato elenca le procedure ammesse e lascia vuoti i campi della procedura.' },
  },
  // issue 9, cards helper
  pnrr: {
    title: 'Il contratto è finanziato, anche in parte, con fondi PNRR o PNC?',
    hint: 'Piano nazionale di ripresa e resilienza o Piano nazionale complementare. Per questi contratti le regole sul CIG sono cambiate nel tempo.',
    summary: 'Finanziato con PNRR o PNC',
  },
  contractAmount: {
    title: "Qual è l'importo del contratto aggiudicato?",
    hint: "Al netto dell'IVA. Ad esempio 100.000",
    summary: 'Importo del contratto',
  },
  amount: {
    title: "Qual è l'importo?",
    byCase: {
      renewal: "Qual è l'importo del rinnovo?",
      variant: "Qual è l'importo della modifica?",
      technicalExtension: "Qual è l'importo della proroga tecnica?",
      frameworkCall: "Qual è l'importo del contratto (o dell'ordine)?",
    },
    hint: "Al netto dell'IVA. Ad esempio 30.000",
    summary: 'Importo',
  },
  originalCig: {
    title: 'Qual è il CIG del contratto originario?',
    hint: 'Il codice di 10 caratteri del contratto aggiudicato. Se non lo hai a portata di mano, lascia vuoto.',
    hintIfRequired: 'Il codice di 10 caratteri del contratto aggiudicato, ad esempio 1234567CE7.',
    summary: 'CIG del contratto originario',
  },
  // ---- issue 9, events
  originalDate: {
    title: 'Quando è partito il contratto originario?',
    hint: "La data di pubblicazione del bando o dell'avviso, o dell'invio degli inviti; senza questi, quella della decisione di affidare. Dice quale codice disciplina il rinnovo o la modifica: un contratto partito prima del 1° luglio 2023 resta sotto il d.lgs. 50/2016. Ad esempio 15 3 2019.",
    summary: 'Avvio del contratto originario',
  },
  originalCard: {
    title: 'Con quale scheda ANAC è stato aggiudicato il contratto?',
    hint: 'La scheda della PCP con cui la piattaforma ha ottenuto il CIG del contratto originario. Dice quale scheda di modifica inviare: M1 o M2.',
    summary: 'Scheda del contratto originario',
    options: {
      AD5: { label: 'AD5', hint: 'Affidamento diretto sotto 5.000 €' },
      AD3: { label: 'AD3', hint: 'Affidamento diretto' },
      AD2_25: { label: 'AD2_25', hint: 'Affidamento diretto in casi particolari, sotto soglia europea' },
      AD1_25: { label: 'AD1_25', hint: 'Affidamento diretto pari o sopra la soglia europea' },
      P2_16: { label: 'P2_16', hint: 'Bando di gara sotto la soglia europea' },
      P1_16: { label: 'P1_16', hint: 'Bando di gara pari o sopra la soglia europea' },
      P7_1_3: { label: 'P7_1_3', hint: 'Procedura negoziata dopo un avviso di indagine di mercato' },
      P7_2: { label: 'P7_2', hint: 'Procedura negoziata con inviti diretti' },
      AD4: { label: 'AD4', hint: 'Contratto attuativo di un accordo quadro senza confronto' },
      P6_2: { label: 'P6_2', hint: 'Contratto attuativo di un accordo quadro con confronto competitivo' },
      A3_6: { label: 'A3_6', hint: 'Affidamento in house' },
      P5: { label: 'P5', hint: 'Contratto escluso, soggetto solo alla tracciabilità' },
    },
  },
  // ---- issue 11: the kind of award (CONTRACT §7.1: procedure "inHouse" or "frameworkAgreement", excluded "traceabilityOnly")
  awardKind: {
    title: 'Che tipo di affidamento è?',
    hint: 'Quasi sempre è un contratto ordinario. Per un ordine su una convenzione o un accordo quadro già esistente torna alla prima domanda e scegli «Un contratto in base a un accordo quadro o una convenzione».',
    summary: 'Tipo di affidamento',
    options: {
      ordinary: { label: 'Un contratto ordinario', hint: 'Una gara o un affidamento diretto: poi ti chiediamo la procedura.' },
      inHouse: { label: 'Affidamento in house', hint: 'A una società o un ente controllato (art. 7 d.lgs. 36/2023, art. 5 e 192 d.lgs. 50/2016).' },
      frameworkAgreement: { label: "L'accordo quadro o la convenzione stessa (CIG padre)", hint: 'Il valore è il massimo per tutta la durata, opzioni comprese.' },
      traceabilityOnly: { label: 'Contratto escluso dal codice, soggetto solo alla tracciabilità', hint: 'Delibere ANAC 584 e 585 del 2023.' },
    },
  },
  // ---- issue 11: lots
  lots: {
    title: 'Il contratto è diviso in lotti?',
    hint: "Se sì, scrivi l'importo a base di ogni lotto, al netto dell'IVA: ogni lotto avrà il suo CIG e le soglie si applicano alla somma dei lotti. Per rinnovi e opzioni lotto per lotto usa la riga di comando. Ad esempio 100.000",
    summary: 'Lotti',
  },
  // ---- issue 11: a contract under a framework agreement or convention
  parentCig: {
    title: "Qual è il CIG dell'accordo quadro o della convenzione?",
    hint: 'Il CIG padre, di 10 caratteri, che trovi negli atti della convenzione o dell\'accordo quadro (per Consip, nella pagina dell\'iniziativa). Ad esempio 1234567CE7.',
    summary: "CIG dell'accordo quadro o della convenzione",
  },
  withCompetition: {
    title: 'Il contratto segue un nuovo confronto competitivo tra gli operatori?',
    hint: "Sì se riapri il confronto tra gli operatori dell'accordo quadro (per esempio un appalto specifico); no per un ordine diretto alle condizioni già fissate (per esempio un ordine su una convenzione Consip).",
    summary: 'Nuovo confronto competitivo',
  },
} satisfies QuestionsCopy;

/** The words of one question, seen through the common shape (options by value, when it has them). */
export function questionWords(q: QuestionId): QuestionCopy & { options?: Readonly<Partial<Record<string, OptionCopy>>> } {
  return QUESTIONS[q];
}

export const FIELD_WORDS = {
  day: 'Giorno',
  month: 'Mese',
  year: 'Anno',
  dontKnowDate: 'Non lo so: usa la data di oggi',
  dontKnow: 'Non lo so',
  amountN: (n: number) => `Importo ${n}`,
  addAmount: 'Aggiungi un altro importo',
  removeAmount: (n: number) => `Rimuovi l'importo ${n}`,
  estimateLabel: 'Stima dell’importo (facoltativa)',
  euro: '€',
} as const;

/** Validation messages: they say how to fix the answer (GOV.UK style). */
const ERRORS = {
  choose: {
    case: 'Seleziona cosa devi fare',
    object: "Seleziona l'oggetto principale del contratto",
    procedure: 'Seleziona la procedura, oppure «Non ho ancora scelto»',
    repetitions: 'Seleziona sì se i documenti prevedono ripetizioni',
    sector: 'Seleziona il settore',
    authority: 'Seleziona chi affida il contratto',
    renewals: 'Seleziona sì se i documenti prevedono rinnovi',
    prorogaOptions: "Seleziona sì se i documenti prevedono un'opzione di proroga",
    otherOptions: 'Seleziona sì se i documenti prevedono altre opzioni',
    technicalExtension: 'Seleziona sì se i documenti prevedono la proroga tecnica',
    countTechnicalExtension: 'Seleziona sì se vuoi includere la stima nel valore stimato',
    originalCard: 'Seleziona la scheda del contratto originario, oppure scegli «Non lo so»',
    pnrr: 'Seleziona sì se il contratto è finanziato con fondi PNRR o PNC',
    withCompetition: 'Seleziona sì se riapri il confronto tra gli operatori, no per un ordine diretto',
    lots: 'Seleziona sì se il contratto è diviso in lotti',
    awardKind: 'Seleziona il tipo di affidamento',
  } satisfies Record<RadioId, string>,
  notAbove: {
    safetyCosts: (base: string) => `Gli oneri per la sicurezza sono compresi nell'importo a base (${base} €): non possono superarlo`,
  } satisfies Record<BoundedId, (limit: string) => string>,
  dateMissing: 'Inserisci la data, oppure scegli «Non lo so»',
  dateNeeds: (parts: string[]) => `La data deve includere ${parts.join(' e ')}`,
  dateParts: { day: 'il giorno', month: 'il mese', year: "l'anno" } satisfies Record<DatePart, string>,
  dateNumbers: 'Giorno, mese e anno devono essere numeri, ad esempio 1 10 2019',
  dateYear: "L'anno deve avere quattro cifre, ad esempio 2019",
  dateReal: 'Inserisci una data esistente, ad esempio 1 10 2019',
  dateTooEarly: 'La data deve essere dal 2 maggio 2011 (avvio dello Smart CIG) in poi',
  dateAfter: (limit: string) => `La data del contratto originario non può essere successiva a quella dell'evento (${limit})`,
  dateInLink: (v: string) => `La data «${v}» non è valida: inserisci giorno, mese e anno`,
  amountZero: "L'importo deve essere maggiore di zero",
  listEmpty: 'Inserisci almeno un importo, oppure seleziona no',
  cigMissing: 'Inserisci il CIG del contratto originario',
  cigInvalid: (reason: string) => `Il CIG non è valido (${reason}): controlla di averlo copiato per intero`,
} as const;

/** A refused answer's problem in words. */
export function problemText(p: Problem): string {
  switch (p.code) {
    case 'choose': return ERRORS.choose[p.question];
    case 'amountText': return p.text;
    case 'amountZero': return ERRORS.amountZero;
    case 'notAbove': return ERRORS.notAbove[p.question](formatAmountIt(p.limit));
    case 'listEmpty': return ERRORS.listEmpty;
    case 'dateMissing': return ERRORS.dateMissing;
    case 'dateInLink': return ERRORS.dateInLink(p.value);
    case 'dateNeeds': return ERRORS.dateNeeds(p.parts.map((part) => ERRORS.dateParts[part]));
    case 'dateNumbers': return ERRORS.dateNumbers;
    case 'dateYear': return ERRORS.dateYear;
    case 'dateReal': return ERRORS.dateReal;
    case 'dateTooEarly': return ERRORS.dateTooEarly;
    case 'dateAfter': return ERRORS.dateAfter(formatDateIt(p.limit));
    case 'cigMissing': return ERRORS.cigMissing;
    case 'cigInvalid': return ERRORS.cigInvalid(p.reason);
  }
}

export const PAGE = {
  title: 'Calcola valore stimato e CIG',
  description: 'Domande passo per passo per calcolare il valore stimato di un appalto e sapere come acquisire il CIG.',
  noscript: {
    heading: 'Questo strumento ha bisogno di JavaScript',
    body: "Le domande e il calcolo funzionano nel browser: attiva JavaScript per usarli. Ti serviranno l'oggetto principale, la data di avvio della procedura e gli importi al netto dell'IVA (parte certa, rinnovi e opzioni).",
    faqLead: 'Nel frattempo puoi leggere le',
    faqLink: 'domande frequenti',
  },
  optional: ' (facoltativo)',
  none: 'Nessuno',
  notGiven: 'Non indicato',
  /** Issue 10: the proroga tecnica answered "Sì" without an amount. */
  foreseenWithoutEstimate: 'Prevista, senza stima',
  today: (d: string) => `${d} (oggi)`,
  check: {
    title: 'Le tue risposte',
    lead: 'Controlla le risposte prima di vedere il risultato.',
    submit: 'Vedi il risultato',
    changeHidden: (what: string) => ` ${what.toLowerCase()}`,
  },
  startAgain: 'Ricomincia',
} as const;

/** The few outcome words the question pages need (the rest is in esito.ts, loaded with the outcome). */
export const OUTCOME = {
  title: 'Il risultato',
  loading: 'Calcolo in corso…',
  yes: 'Sì',
  no: 'No',
  source: 'Fonte',
} as const;

export const OUTAGE = {
  title: 'Se la piattaforma ANAC non funziona',
  lead: OUTAGE_GUIDANCE.when,
  steps: OUTAGE_GUIDANCE.steps,
  stepsTitle: 'Cosa è stato indicato',
  verify: "Quelle indicazioni riguardavano quel disservizio. Prima di applicarle oggi controlla le comunicazioni in vigore sul sito ANAC e sulla tua piattaforma certificata: dal 2024 il CIG si acquisisce tramite la Piattaforma contratti pubblici.",
  restart: 'Torna alla prima domanda',
} as const;

export const START = {
  title: 'Valore stimato e CIG',
  description: 'Calcola il valore stimato di un appalto e scopri in quale sistema acquisire il CIG e con quali valori, con le fonti di ogni passaggio.',
  lead: 'Rispondi ad alcune domande e ottieni il valore stimato del contratto, voce per voce, il sistema in cui acquisire il CIG alla data della procedura, i valori da inserire nel modulo e il contributo ANAC, con la norma di ogni passaggio.',
  forWho: 'È pensato per RUP e uffici gare, e per chi prepara esercitazioni e corsi.',
  needTitle: 'Cosa ti serve',
  need: [
    "gli importi al netto dell'IVA: la parte certa del contratto e gli oneri per la sicurezza",
    'i rinnovi, le opzioni di proroga e le altre opzioni scritte nei documenti di gara, con i loro importi',
    'la data in cui parte la procedura',
    'per un rinnovo o una modifica, il CIG del contratto originario',
  ],
  timeTitle: 'Quanto tempo serve',
  time: 'Circa due minuti. Le risposte restano nel link della pagina: puoi condividerlo o riaprirlo.',
  rulesTitle: 'Regole considerate',
  rules: (d: string) => `Le regole sono aggiornate al ${d}, dall'avvio dello Smart CIG (2 maggio 2011) alla Piattaforma contratti pubblici.`,
  notAnacTitle: 'Non è un servizio ANAC',
  notAnac: "Questo sito è indipendente e non è collegato all'Autorità nazionale anticorruzione. Il CIG si acquisisce solo sui sistemi ufficiali.",
  otherTitle: 'Altri strumenti',
  simulator: 'Simulatore Smart CIG',
  simulatorText: 'per esercitarsi con carnet e codici simulati',
  faq: 'Domande frequenti',
  faqText: 'su valore stimato, rinnovi, proroghe e CIG',
} as const;
