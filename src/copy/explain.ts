/**
 * The words of the engine's reasons: one entry per reason code (`src/domain/reasons.ts`), typed so
 * that a missing or misspelt code does not compile. Used by the command line's advice and by the
 * questionnaire's outcome page, through `present.ts`.
 */
import { formatEuro } from '../domain/money.ts';
import { formatAmountIt } from '../domain/amount-text.ts';
import { formatDateIt, type IsoDate } from '../domain/dates.ts';
import type { Reason, ReasonCode, ReasonData } from '../domain/reasons.ts';
import type { ObjectKind, Procedure, SystemId } from '../domain/rules/kinds.ts';
import type { CigSystem, ContractLawId } from '../domain/rules/events.ts';
import type { BandOpenPoint, ConditionId, Offer, PeriodNote } from '../domain/rules/procedures.ts';
import type { CigTiming, PcpCard, Unstated } from '../domain/rules/pcp-cards.ts';

const PROCEDURE_WORDS = {
  direct: 'affidamento diretto',
  negotiated: 'procedura negoziata senza bando',
  open: 'procedura aperta',
  restricted: 'procedura ristretta',
  other: 'altra procedura',
} as const satisfies Record<Procedure, string>;

/** The objects, as a direct-award limit names them. */
const DIRECT_AWARD_OBJECT_WORDS = {
  works: 'i lavori',
  services: 'servizi e forniture',
  supplies: 'servizi e forniture',
} as const satisfies Record<ObjectKind, string>;

/** The objects after "l'affidamento diretto": "dei lavori", "di servizi e forniture". */
const DIRECT_AWARD_OF_WORDS = {
  works: 'dei lavori',
  services: 'di servizi e forniture',
  supplies: 'di servizi e forniture',
} as const satisfies Record<ObjectKind, string>;

const MODIFICATION_WORDS = { variant: 'La modifica', technicalExtension: 'La proroga tecnica' } as const;

/** A threshold as prose writes it: "5.000 €". */
const threshold = (amount: string) => `${formatAmountIt(amount)} €`;

/** A sentence embedded after a colon starts with a lower-case letter. */
const afterColon = (sentence: string) => sentence.charAt(0).toLowerCase() + sentence.slice(1);

/** "2024-01-01" → "1° gennaio 2024" (the ordinal first day, as Italian writes dates in prose). */
const dayIt = (date: IsoDate) => formatDateIt(date).replace(/^1 /, '1° ');

/** Two days of one month: "il 1° e il 9 gennaio 2024"; otherwise both dates in full. */
function betweenIt(from: IsoDate, to: IsoDate): string {
  if (from.slice(0, 7) !== to.slice(0, 7)) return `il ${dayIt(from)} e il ${dayIt(to)}`;
  return `il ${dayIt(from).split(' ')[0]} e il ${dayIt(to)}`;
}

const OBJECT_WORDS = { works: 'lavori', services: 'servizi', supplies: 'forniture' } as const satisfies Record<ObjectKind, string>;

/** "lavori sotto 40.000 €, servizi e forniture sotto 20.000 €": objects with the same limit are named together. */
function limitsIt(limits: Readonly<Record<ObjectKind, string>>): string {
  const groups = new Map<string, string[]>();
  for (const o of ['works', 'services', 'supplies'] as const) groups.set(limits[o], [...(groups.get(limits[o]) ?? []), OBJECT_WORDS[o]]);
  return [...groups].map(([below, objects]) => `${objects.join(' e ')} sotto ${threshold(below)}`).join(', ');
}

// ---- issue 9, events
const LAW_WORDS = {
  dlgs163: 'd.lgs. 163/2006',
  dlgs50: 'd.lgs. 50/2016 (modifiche: art. 106)',
  dlgs36: 'd.lgs. 36/2023 (modifiche: art. 120)',
} as const satisfies Record<ContractLawId, string>;

const LAW_ARTICLE = { dlgs163: null, dlgs50: 'art. 106', dlgs36: 'art. 120' } as const satisfies Record<ContractLawId, string | null>;

const LAW_SHORT = { dlgs163: 'd.lgs. 163/2006', dlgs50: 'd.lgs. 50/2016', dlgs36: 'd.lgs. 36/2023' } as const satisfies Record<ContractLawId, string>;

const CIG_SYSTEM_WORDS = {
  SIMOG: 'un CIG del SIMOG',
  SMART_CIG: 'uno Smart CIG',
  PCP: 'un CIG della PCP',
} as const satisfies Record<CigSystem, string>;
// ---- issue 9, procedures: words for the allowed procedures, the EU threshold and the qualification
/** A procedure with the minimum number of operators the law sets for it. */
function offerIt(o: Offer): string {
  if (o.operators === undefined) return PROCEDURE_WORDS[o.procedure];
  if (o.procedure === 'direct') return `${PROCEDURE_WORDS.direct} previa valutazione di almeno ${o.operators} preventivi o operatori`;
  return `${PROCEDURE_WORDS[o.procedure]} con almeno ${o.operators} operatori invitati`;
}

/** "a, b e c". */
function listIt(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} e ${items[items.length - 1] ?? ''}`;
}

const GROUP_WORDS = { works: 'lavori', services: 'servizi e forniture', supplies: 'servizi e forniture' } as const satisfies Record<ObjectKind, string>;

function bandIt(d: ReasonData['proceduresForValue']): string {
  if (d.aboveEu) return `pari o superiore alla soglia europea di ${formatEuro(d.euAmount)}`;
  const from = d.lower === null ? null : d.lower.comparison === 'atOrAbove' ? `pari o superiore a ${formatEuro(d.lower.amount)}` : `oltre ${formatEuro(d.lower.amount)}`;
  const to = d.upper === null ? `sotto la soglia europea di ${formatEuro(d.euAmount)}` : d.upper.comparison === 'below' ? `inferiore a ${formatEuro(d.upper.amount)}` : `fino a ${formatEuro(d.upper.amount)}`;
  return from === null ? to : `${from} e ${to}`;
}

const ORDINARY_PROCEDURES: readonly Procedure[] = ['open', 'restricted'];

const CONDITION_WORDS = {
  moreCompetitive: (p: Procedure) =>
    `La ${PROCEDURE_WORDS[p]} non è nominata dalla norma per questa fascia, che prevede l'affidamento diretto: una procedura più aperta è in genere ritenuta ammessa, ma va motivata.`,
  ownConditions: () =>
    "Un'altra procedura (competitiva con negoziazione, dialogo competitivo, partenariato per l'innovazione) è ammessa solo se ricorrono i presupposti che la legge fissa per quella procedura.",
  exceptionalCases: (p: Procedure) => (p === 'direct'
    ? "Oltre il limite dell'art. 50 l'affidamento diretto è ammesso solo in via eccezionale, nei casi tassativi in cui il Codice consente di affidare senza pubblicare un bando (procedura negoziata senza pubblicazione, art. 76 d.lgs. 36/2023): per questi casi ANAC prevede le schede AD2_25 (sotto la soglia europea) e AD1_25 (dalla soglia in su). Verifica che il tuo caso vi rientri."
    : 'Dalla soglia europea in su la procedura negoziata senza bando è ammessa solo nei casi tassativi della legge (art. 57 d.lgs. 163/2006, art. 63 d.lgs. 50/2016, art. 76 d.lgs. 36/2023): verifica che il tuo caso vi rientri.'),
  twoReadings2019: () =>
    "Per servizi e forniture da 40.000 € alla soglia europea, l'art. 36, comma 2, lettera b) del d.lgs. 50/2016 come convertito dalla L. 55/2019 è stato letto in due modi: affidamento diretto previa valutazione di cinque preventivi, oppure procedura negoziata con almeno cinque operatori. Questo strumento segue la lettura più prudente (procedura negoziata con almeno cinque operatori) e non considera certo l'affidamento diretto: da verificare, anche sulle Linee guida ANAC n. 4 aggiornate con la delibera 636/2019.",
  c912Derogation2019: () =>
    "La L. 145/2018 (comma 912) consentiva fino al 31 dicembre 2019 l'affidamento diretto dei lavori da 40.000 a 150.000 € previa consultazione di tre operatori; se restasse utilizzabile accanto all'art. 36 riscritto dal D.L. 32/2019 non è chiarito: da verificare.",
} as const satisfies Record<ConditionId, (p: Procedure) => string>;

/** A condition in a few words, after the procedure it applies to (the procedures' summary). */
const CONDITION_IN_SHORT = {
  moreCompetitive: () => "più aperta dell'affidamento diretto previsto, se motivata",
  ownConditions: () => 'solo se ricorrono i presupposti che la legge fissa per quella procedura',
  exceptionalCases: (p: Procedure) => (p === 'direct'
    ? "solo nei casi eccezionali in cui il Codice consente di affidare senza bando (art. 76 d.lgs. 36/2023)"
    : 'solo nei casi tassativi in cui la legge consente la procedura senza bando'),
  twoReadings2019: () => 'secondo una delle due letture della norma del 2019, da verificare',
  c912Derogation2019: () => 'con la deroga della L. 145/2018 (comma 912), da verificare',
} as const satisfies Record<ConditionId, (p: Procedure) => string>;

const PERIOD_NOTE_WORDS = {
  inEconomia:
    "Con il d.lgs. 163/2006 l'affidamento diretto e il cottimo fiduciario (la procedura negoziata in economia) erano ammessi solo per i lavori, i servizi e le forniture elencati nel regolamento della stazione appaltante (art. 125): verifica il tuo regolamento.",
  dl76Options:
    "Le procedure semplificate del D.L. 76/2020, in deroga all'art. 36 del d.lgs. 50/2016, sono state lette come facoltà del RUP: le procedure ordinarie restano utilizzabili.",
  crossBorderInterest:
    "Se il contratto ha un interesse transfrontaliero certo, anche sotto soglia si applicano le procedure ordinarie invece di quelle semplificate dell'art. 50 (art. 48, comma 2, d.lgs. 36/2023).",
} as const satisfies Record<PeriodNote, string>;

const BAND_OPEN_POINT_WORDS = {
  before14May2011:
    "Per i lavori prima del D.L. 70/2011 l'art. 122, comma 7, del d.lgs. 163/2006 ammetteva la procedura negoziata senza bando sotto 500.000 € con almeno cinque operatori: il testo non è stato riletto, da verificare.",
  c912Above350k:
    "Per i lavori da 350.000 € a 1 milione il numero minimo di operatori (dieci secondo l'art. 36 del d.lgs. 50/2016; una fonte sulla L. 145/2018 indica quindici) non è verificato.",
  dl32Text:
    "Il testo dell'art. 36, comma 2, del d.lgs. 50/2016 come riscritto dal D.L. 32/2019 (prima della conversione) non è stato trovato: le fasce indicate (lavori: procedura negoziata con tre operatori fino a 200.000 €, poi procedure ordinarie; servizi e forniture: procedura negoziata con cinque operatori) sono da verificare.",
  dl77Limit139k:
    "Il limite di 139.000 € per l'affidamento diretto di servizi e forniture dal 1° giugno 2021 al 30 giugno 2023 (D.L. 77/2021, art. 51) è riportato da fonti secondarie ma non è stato riletto sul testo del decreto: da verificare.",
  operators2017:
    "Il numero minimo di operatori per i lavori dopo il d.lgs. 56/2017 (cinque da 40.000 a 150.000 €, dieci da 150.000 € a 1 milione secondo le fonti consultate; le fonti del 2019 fanno pensare a dieci e quindici) è da verificare.",
} as const satisfies Record<BandOpenPoint, string>;

function euThresholdWho(d: ReasonData['euThreshold']): string {
  if (d.object === 'works') return 'lavori';
  if (d.sector === 'special') return 'servizi e forniture nei settori speciali';
  return d.authority === 'central' ? 'servizi e forniture delle amministrazioni centrali' : 'servizi e forniture delle stazioni appaltanti sub-centrali';
}
/** What each PCP card is for, with the limits in force (issue 9, cards helper). */
type CardData = ReasonData['pcpCard'];
const CARD_WORDS: { readonly [K in PcpCard]: (d: CardData) => string } = {
  AD5: ({ limits }) => `Affidamento diretto con valore stimato inferiore a ${threshold(limits.ad5)}.`,
  AD3: ({ limits, object }) => `Affidamento diretto da ${threshold(limits.ad5)} e inferiore al limite per ${DIRECT_AWARD_OBJECT_WORDS[object]} (${formatEuro(limits.directAward)}).`,
  AD2_25: ({ value, limits, object }) => `Affidamento diretto di ${formatEuro(value)}, pari o superiore al limite per ${DIRECT_AWARD_OBJECT_WORDS[object]} (${formatEuro(limits.directAward)}) e sotto la soglia europea (${formatEuro(limits.euThreshold)}): ANAC lo prevede solo in via eccezionale, dove il Codice consente l'affidamento senza gara (per esempio art. 76).`,
  AD2_26: ({ value, limits }) => `Affidamento diretto nei settori speciali di ${formatEuro(value)}, pari o superiore al limite dell'affidamento diretto (${formatEuro(limits.directAward)}) e sotto la soglia europea (${formatEuro(limits.euThreshold)}), solo dove il Codice lo consente.`,
  AD1_25: ({ value, limits }) => `Affidamento diretto di ${formatEuro(value)}, pari o superiore alla soglia europea (${formatEuro(limits.euThreshold)}): solo nei casi dell'art. 76 (procedura negoziata senza bando), con l'avviso volontario per la trasparenza ex ante.`,
  AD1_26: ({ value, limits }) => `Affidamento diretto nei settori speciali di ${formatEuro(value)}, pari o superiore alla soglia europea (${formatEuro(limits.euThreshold)}), con l'avviso volontario per la trasparenza ex ante.`,
  P2_16: ({ value, limits }) => `Procedura con bando (aperta, ristretta o altra procedura con pubblicazione) di ${formatEuro(value)}, sotto la soglia europea (${formatEuro(limits.euThreshold)}).`,
  P2_17: ({ value, limits }) => `Procedura con bando nei settori speciali di ${formatEuro(value)}, sotto la soglia europea (${formatEuro(limits.euThreshold)}).`,
  P1_16: ({ value, limits }) => `Procedura con bando (aperta, ristretta o altra procedura con pubblicazione) di ${formatEuro(value)}, pari o superiore alla soglia europea (${formatEuro(limits.euThreshold)}): il bando va anche alla Gazzetta dell'Unione europea.`,
  P1_17: ({ value, limits }) => `Procedura con bando nei settori speciali di ${formatEuro(value)}, pari o superiore alla soglia europea (${formatEuro(limits.euThreshold)}).`,
  P7_1_1: ({ limits }) => `Procedura negoziata senza bando pari o sopra la soglia europea (${formatEuro(limits.euThreshold)}), con avviso di indagine di mercato e avviso di aggiudicazione alla Gazzetta dell'Unione europea.`,
  P7_1_2: ({ limits }) => `Procedura negoziata senza bando pari o sopra la soglia europea (${formatEuro(limits.euThreshold)}), con avviso di indagine di mercato, senza avviso di aggiudicazione alla Gazzetta dell'Unione europea.`,
  P7_1_3: ({ limits }) => `Procedura negoziata senza bando sotto la soglia europea (${formatEuro(limits.euThreshold)}), con avviso di indagine di mercato.`,
  P7_2: () => 'Procedura negoziata senza bando con inviti diretti agli operatori (o appalto specifico in un sistema dinamico di acquisizione).',
  AD4: () => "Adesione a un accordo quadro o a una convenzione senza nuovo confronto competitivo.",
  P6_2: () => "Adesione a un accordo quadro o a una convenzione con nuovo confronto competitivo.",
  A3_6: () => 'Affidamento a una società in house.',
  P5: () => 'Contratto escluso o estraneo al Codice, soggetto alla sola tracciabilità.',
};

/** The conditions the answers do not state, as the candidate cards need them. */
const UNSTATED_WORDS = {
  marketSurveyNotice: 'se pubblichi un avviso di indagine di mercato',
  invitationOnly: 'se inviti direttamente gli operatori, senza avviso',
  tedAwardNotice: "con avviso di aggiudicazione alla Gazzetta dell'Unione europea",
  noTedAwardNotice: "senza avviso di aggiudicazione alla Gazzetta dell'Unione europea",
} as const satisfies Record<Unstated, string>;

const unstatedIt = (u: readonly Unstated[]) => (u.length === 0 ? '' : ` (${u.map((x) => UNSTATED_WORDS[x]).join(', ')})`);

/** The quadro economico's component for each object, as the card names it. */
const QUADRO_FIELD_WORDS = {
  works: 'Importo componente lavori',
  services: 'Importo componente servizi',
  supplies: 'Importo componente forniture',
} as const satisfies Record<ObjectKind, string>;

/** When the CIG exists, said among the next steps. */
const CIG_TIMING_WORDS: { readonly [T in CigTiming]: (card: PcpCard | null) => string } = {
  BEFORE_PROCEDURE: () =>
    'Acquisisci il CIG prima di avviare la procedura: va indicato nel bando, nella lettera di invito o, senza questi, prima di stipulare; un CIG del SIMOG va perfezionato entro 90 giorni, altrimenti è cancellato.',
  AT_CONFIRMATION: (card) =>
    `Il CIG lo assegna la PCP quando la piattaforma conferma l'appalto${card ? ` con la scheda ${card}` : ''}, prima della pubblicazione o dell'invio degli inviti: da quel momento la piattaforma può recuperarlo e va indicato negli atti.`,
  WITH_AWARD_CARD: (card) =>
    `Il CIG arriva con la scheda di affidamento${card ? ` ${card}` : ''}, trasmessa dopo la decisione di affidare: non esiste prima dell'affidamento.`,
};

const exemptOr = (amount: string, due: string) => (amount === '0.00' ? 'nulla (esente)' : due);

const EXPLANATIONS: { readonly [C in ReasonCode]: (data: ReasonData[C]) => string } = {
  estimateCertainPart: ({ total }) => `Valore stimato ${formatEuro(total)}: la parte certa del contratto, al netto dell'IVA.`,
  estimateWithOptions: ({ total }) =>
    `Valore stimato ${formatEuro(total)}: la parte certa più rinnovi e opzioni previsti nei documenti, al netto dell'IVA.`,
  technicalExtensionNotCounted: ({ amount }) => `La proroga tecnica (${formatEuro(amount)}) non entra nel valore stimato.`,
  itemBase: ({ safetyCosts }) => (safetyCosts !== null
    ? `Parte certa del contratto, al netto dell'IVA, compresi gli oneri per la sicurezza (${safetyCosts} €).`
    : "Parte certa del contratto, al netto dell'IVA, compresi gli oneri per la sicurezza."),
  itemRenewal: () => 'Rinnovo previsto nei documenti di gara: il valore stimato comprende ogni rinnovo.',
  itemProrogaOption: () =>
    "Opzione di proroga prevista nei documenti ed esercitabile dalla sola stazione appaltante: è un'opzione e va compresa nel valore stimato.",
  itemOtherOption: () => 'Opzione stabilita nei documenti di gara: il valore stimato comprende qualsiasi forma di opzione.',
  itemTechnicalExtensionCounted: () =>
    'Proroga tecnica: di regola non si computa, ma hai scelto di includerne una stima nel valore stimato.',
  itemTechnicalExtensionNotCounted: () =>
    'Proroga tecnica: serve solo per il tempo strettamente necessario a concludere la nuova gara e non si computa nel valore stimato.',
  // issue 10
  itemTechnicalExtensionForeseen: () =>
    'Proroga tecnica prevista dai documenti di gara, senza una stima: serve solo per il tempo strettamente necessario a concludere la nuova gara e non si computa nel valore stimato. Se vuoi includerla, indica una stima.',

  smartCigAllowed: ({ value, below }) =>
    `${formatEuro(value)} è inferiore a ${formatEuro(below)}: il CIG si può chiedere con lo Smart CIG, in forma semplificata. Lo Smart CIG era facoltativo: resta possibile il SIMOG.`,
  smartCigProcedureNotCovered: ({ procedure, since }) =>
    `Nel ${since.slice(0, 4)} lo Smart CIG copriva i contratti sotto soglia affidati in economia o con procedura negoziata senza bando: per una ${PROCEDURE_WORDS[procedure]} il CIG si chiede con il SIMOG.`,
  smartCigOtherFattispecie: () =>
    'Alcuni contratti (artt. 16, 17, 18, 149 e 218 del d.lgs. 163/2006, contratti esclusi fino a 150.000 €) potevano usare lo Smart CIG con altre fattispecie: da verificare per il tuo caso.',
  smartCigFattispecieUnknown: ({ since, limits }) =>
    `La voce esatta della tendina "fattispecie contrattuale" dello Smart CIG nel ${since.slice(0, 4)} non è documentata: scegli quella dei contratti sotto soglia (${limitsIt(limits)}). Da verificare.`,
  smartCigProcedureLabelUnknown: () =>
    'La voce della tendina "procedura di scelta del contraente" dipende dalla tua procedura: scegli quella corrispondente. Da verificare.',
  simogAtOrAboveLimit: ({ value, below }) => `${formatEuro(value)} è pari o superiore a ${formatEuro(below)}: il CIG si chiede con il SIMOG.`,
  simogRepetitions: ({ renewalsForeseen }) => (renewalsForeseen
    ? 'Nel SIMOG "L\'appalto prevede ripetizioni" va a SI perché i documenti prevedono un rinnovo.'
    : 'Nel SIMOG "L\'appalto prevede ripetizioni" va a NO: nessun rinnovo è previsto (un\'opzione di proroga non è una ripetizione).'),
  simogProcedureLabelUnknown: () =>
    'La voce della tendina "scelta del contraente" dipende dalla tua procedura: scegli quella corrispondente nel SIMOG. Da verificare.',

  pcpOnlyCertifiedPlatforms: ({ since }) =>
    `Dal ${dayIt(since)} il CIG si ottiene solo tramite una piattaforma di approvvigionamento certificata, che comunica con la PCP di ANAC; Smart CIG e SIMOG non si usano più per le nuove procedure.`,
  pcpWebInterfaceNotYetAllowed: ({ from, to, card }) =>
    `Tra ${betweenIt(from, to)} l'uso dell'interfaccia web della PCP per la scheda ${card} non risulta ancora consentito: da verificare.`,

  contributionDue: ({ stazioneAppaltante, operatoreEconomico }) =>
    `Contributo ANAC: stazione appaltante ${exemptOr(stazioneAppaltante, formatEuro(stazioneAppaltante))}; operatore economico ${exemptOr(operatoreEconomico, `${formatEuro(operatoreEconomico)} per ciascun partecipante`)}.`,
  contributionTableUnknown: ({ note }) => `Contributo ANAC: ${afterColon(note)}`,

  // ---- issue 9, cards helper
  pcpCard: (d) => `${CARD_WORDS[d.card](d)} La scheda è ${d.card}.`,
  pcpCardNeedsProcedure: ({ options }) =>
    `La scheda ANAC che dà il CIG dipende dalla procedura, che non hai indicato: ${options.map((o) => `${o.card} per ${o.procedures.map((p) => PROCEDURE_WORDS[p]).join(', ')}${unstatedIt(o.unstated)}`).join('; ')}. Indica la procedura per avere la scheda.`,
  pcpCardDependsOn: ({ procedure, options }) =>
    `Per una ${PROCEDURE_WORDS[procedure]} la scheda dipende da come inviti gli operatori, che le risposte non dicono: ${options.map((o) => `${o.card}${unstatedIt(o.unstated)}`).join('; ')}. Scegli la scheda corrispondente sulla piattaforma.`,
  pcpWebInterface: ({ card, to }) =>
    `La scheda ${card} si può trasmettere da una piattaforma certificata oppure dall'interfaccia web della PCP${to === null ? '' : `, in deroga fino al ${dayIt(to)}`}.`,
  pcpWebInterfaceIfPadUnavailable: ({ card }) =>
    `La scheda ${card} si trasmette da una piattaforma certificata; l'interfaccia web della PCP si può usare, fino a nuova comunicazione di ANAC, solo se ricorrere alla piattaforma è impossibile o difficile, e non per inserire dati a posteriori.`,
  pcpAd3AnacAcceptsOverLimit: ({ value, limit, object, check, from, to }) => (check === 'none'
    ? `Attenzione: ${to === null ? `dal ${dayIt(from)}` : `fino al ${dayIt(to)}`} la PCP non controllava un tetto sull'importo della scheda AD3, che accetterebbe anche ${formatEuro(value)}; ma la legge consente l'affidamento diretto ${DIRECT_AWARD_OF_WORDS[object]} solo sotto ${formatEuro(limit)} (art. 50, comma 1). La piattaforma non ferma l'errore: verifica la procedura.`
    : `Attenzione: dal ${dayIt(from)} la regola di ANAC sulla scheda AD3 blocca solo gli importi superiori a ${formatEuro(limit)}, per cui ${formatEuro(value)} passa il controllo; ma la legge consente l'affidamento diretto ${DIRECT_AWARD_OF_WORDS[object]} solo per importi inferiori a ${formatEuro(limit)} (art. 50, comma 1). La differenza è segnalata ad ANAC (tracker NPA n. 3017).`),
  pcpAd5CheckNetOfOptions: ({ amount, value, below }) =>
    `La regola di ANAC sulla scheda AD5 guarda l'importo dell'affidamento al netto di opzioni e rinnovi (${formatEuro(amount)}, sotto ${threshold(below)}), quindi la piattaforma accetterebbe AD5; ma il Codice calcola le soglie sul valore stimato, comprese opzioni e rinnovi (${formatEuro(value)}), che non è inferiore a ${threshold(below)}: la scheda indicata è AD3.`,
  pcpAd5AmountNetOfOptions: ({ amount, value }) =>
    `Nella scheda AD5 l'importo è quello dell'affidamento al netto di opzioni e rinnovi: ${formatEuro(amount)} (il valore stimato, che li comprende, è ${formatEuro(value)}).`,
  pcpQuadroEconomico: () =>
    "Quadro economico della scheda: l'importo della componente principale è la base al netto degli oneri per la sicurezza; gli oneri vanno in «Importo totale per l'attuazione della sicurezza»; rinnovi e opzioni in «Somme per opzioni/rinnovi»; le ripetizioni in «Somme per ripetizione». La loro somma è il valore stimato. Le «Somme a disposizione» (IVA e altre imposte) non fanno parte del valore: compilale tu.",
  pcpQuadroSafetyNotGiven: ({ object }) =>
    `Non hai indicato gli oneri per la sicurezza: se l'importo a base li comprende, scrivili in «Importo totale per l'attuazione della sicurezza» e togli la stessa cifra da «${QUADRO_FIELD_WORDS[object]}».`,
  cigTimingNext: ({ timing, card }) => CIG_TIMING_WORDS[timing](card),
  pnrrNoRuleKnown: ({ until }) =>
    `Per gli affidamenti finanziati con PNRR o PNC fino al ${dayIt(until)} le fonti verificate non indicano regole proprie sul CIG (la delibera ANAC 122 è del 16 marzo 2022): da verificare.`,
  pnrrOrdinaryCig: () =>
    'Contratto finanziato con PNRR o PNC: dal 16 marzo 2022 non si usa lo Smart CIG; serve un CIG ordinario con il SIMOG, qualunque sia l\'importo.',
  pnrrOrdinaryCigAbove: ({ value, above }) =>
    `Contratto finanziato con PNRR o PNC di ${formatEuro(value)}, superiore a ${formatEuro(above)}: serve un CIG ordinario con il SIMOG, non lo Smart CIG.`,
  pnrrSmartCigAtOrBelow: ({ value, above }) =>
    `Contratto finanziato con PNRR o PNC di ${formatEuro(value)}, non superiore a ${formatEuro(above)}: l'obbligo del CIG ordinario non si applica e lo Smart CIG resta possibile, ma il CIG ordinario con il SIMOG è preferibile per il monitoraggio.`,
  pnrrPcpCup: ({ withRule, withoutRule }) =>
    [
      withRule.length > 0 ? `Contratto finanziato con PNRR o PNC: nella scheda ${withRule.join(' o ')} indica che l'appalto è afferente a investimenti PNRR/PNC; la PCP chiede allora il CUP (regole REG18 e REG19) e le clausole sulle pari opportunità.` : '',
      withoutRule.length > 0 ? `La scheda ${withoutRule.join(' o ')} non ha il campo sul PNRR/PNC.` : '',
    ].filter((t) => t !== '').join(' '),
  contributionProvisional: ({ note }) => `Contributo ANAC provvisorio: ${afterColon(note)}`,

  renewalPcpDeclared: () =>
    'Con la PCP i rinnovi previsti si dichiarano nelle "somme per opzioni e rinnovi" del quadro economico del CIG originario.',
  renewalPcpNewCigUnverified: () =>
    "Nel 2024 non era stabilito se, con la PCP, l'esercizio di un rinnovo richiedesse un nuovo CIG come con il SIMOG: l'indicazione informale di ANAC dei primi mesi del 2024 era un nuovo CIG con la scheda AD2_25. Dal 14 gennaio 2025 ANAC indica invece nessun nuovo CIG e la scheda di modifica del CIG originario con motivo mod-rev. Verifica con la tua piattaforma certificata o con ANAC.",
  renewalNewSimogCig: () =>
    "Il rinnovo è una nuova manifestazione di volontà delle parti: serve un nuovo CIG, sempre con il SIMOG, qualunque sia l'importo.",
  renewalSimogFields: () =>
    'Nel SIMOG: importo a base d\'asta pari al rinnovo, "Ripetizione di precedente contratto" a SI e il CIG del contratto originario. "L\'appalto prevede ripetizioni" resta a NO: il SIMOG non ammette entrambe a SI.',
  renewalNoContribution: () => 'Per il CIG del rinnovo non si paga un nuovo contributo ANAC.',
  renewalSimogProcedureUnknown: () =>
    'La voce "scelta del contraente" da indicare nel SIMOG per il CIG del rinnovo non è indicata dalle fonti: da verificare.',

  technicalExtensionPurpose: () =>
    "La proroga tecnica serve solo per il tempo strettamente necessario a concludere la procedura per il nuovo contraente; non è un'opzione del contratto.",
  modificationWithinQuinto: ({ modification, amount, fifth }) =>
    `${MODIFICATION_WORDS[modification]} (${formatEuro(amount)}) non supera il quinto dell'importo del contratto (${formatEuro(fifth)}): resta il CIG del contratto, non serve un nuovo CIG.`,
  modificationOverQuinto: ({ modification, amount, fifth }) =>
    `${MODIFICATION_WORDS[modification]} (${formatEuro(amount)}) supera il quinto dell'importo del contratto (${formatEuro(fifth)}): serve un nuovo CIG, scelto in base all'importo della modifica stessa.`,
  modificationSmartCig: ({ amount, below, label }) =>
    `${formatEuro(amount)} è inferiore a ${formatEuro(below)}: si può usare lo Smart CIG (o il SIMOG), con la procedura "${label}".`,
  modificationSimog: ({ amount, below, label }) =>
    `${formatEuro(amount)} non è inferiore a ${formatEuro(below)}: si usa il SIMOG, con la procedura "${label}".`,
  modificationContributionUnverified: ({ stazioneAppaltante, operatoreEconomico }) =>
    `Se per il nuovo CIG di una modifica si applichi la tabella dei contributi (per questo importo: stazione appaltante ${formatEuro(stazioneAppaltante)}, operatore ${formatEuro(operatoreEconomico)}) non è indicato dalle fonti: da verificare.`,

  nextRenewalPcp: () =>
    'Quando eserciterai il rinnovo: nel 2024 non era stabilito se con la PCP servisse un nuovo CIG (i rinnovi si dichiarano già nel quadro economico del CIG originario); dal 14 gennaio 2025 ANAC indica che non serve e che si invia la scheda di modifica di questo CIG con motivo mod-rev.',
  nextRenewalSimog: () =>
    'Quando eserciterai il rinnovo: chiedi un nuovo CIG con il SIMOG per l\'importo del rinnovo, con "Ripetizione di precedente contratto" a SI e il CIG del contratto originario; non si paga un nuovo contributo.',
  nextModificationQuinto: ({ base, fifth, until, pcpFrom }) => {
    const head = `Se in esecuzione una modifica o una proroga tecnica supererà il quinto dell'importo del contratto (con l'importo a base di ${formatEuro(base)}, oltre ${formatEuro(fifth)})`;
    if (until === null) return `${head}, servirà un nuovo CIG; entro il quinto resta lo stesso CIG.`;
    const later = pcpFrom === null ? '' : ` Dal ${dayIt(pcpFrom)} il SIMOG non rilascia più CIG: per una modifica oltre il quinto su questo CIG da quella data le fonti non dicono se serva un nuovo CIG tramite la PCP (da verificare).`;
    return `${head}, fino al ${dayIt(until)} (finché il SIMOG rilascia i CIG) serve un nuovo CIG; entro il quinto resta lo stesso CIG.${later}`;
  },
  nextProrogaOption: () =>
    "L'opzione di proroga è già compresa nel valore stimato e nell'importo del CIG. Se il suo esercizio richieda un nuovo CIG non è indicato dalle fonti: da verificare.",

  // ---- issue 9, events
  eventLaw: ({ law, originalDate, eventLaw }) => (eventLaw === null || eventLaw === law
    ? `Il contratto originario è partito il ${dayIt(originalDate)}: l'evento è disciplinato dal ${LAW_WORDS[law]}.`
    : `Il contratto originario è partito il ${dayIt(originalDate)}, sotto il ${LAW_SHORT[law]}: l'evento resta disciplinato da quel codice e non dal ${LAW_SHORT[eventLaw]} in vigore alla data dell'evento, perché le procedure avviate prima di un nuovo codice restano sotto il precedente${LAW_ARTICLE[law] === null ? '' : ` (per le modifiche: ${LAW_ARTICLE[law]} del ${LAW_SHORT[law]})`}.`),
  eventLawFromPcpCig: ({ law }) =>
    `Il CIG originario è della PCP, quindi è stato acquisito dal 1° gennaio 2024 per una procedura avviata sotto il ${LAW_SHORT[law]}: l'evento è disciplinato dal ${LAW_WORDS[law]}.`,
  eventLawUnknown: ({ eventLaw, previous, since }) =>
    `Non hai indicato quando è partito il contratto originario: se è partito prima del ${dayIt(since)}, l'evento resta disciplinato dal ${LAW_SHORT[previous]} e non dal ${LAW_SHORT[eventLaw]}, come prevede l'art. 226, comma 2, del d.lgs. 36/2023${LAW_ARTICLE[previous] !== null && LAW_ARTICLE[eventLaw] !== null ? ` (per le modifiche: ${LAW_ARTICLE[previous]} invece dell'${LAW_ARTICLE[eventLaw]})` : ''}. Indica la data di avvio del contratto originario per saperlo.`,
  eventLawBeforeData: ({ originalDate, first }) =>
    `Il contratto originario è partito il ${dayIt(originalDate)}, prima del ${dayIt(first)}: il codice che lo disciplina non è tra quelli di questo strumento. Da verificare.`,
  eventSystemFromCig: ({ cig, system, issued }) => `Il CIG originario ${cig} è ${CIG_SYSTEM_WORDS[system]} (serie rilasciata ${issued}).`,
  eventSystemFromDate: ({ originalDate, pcp, pcpFrom }) => (pcp
    ? `Il contratto originario è partito il ${dayIt(originalDate)}, dal ${dayIt(pcpFrom)} in poi: il suo CIG è della PCP.`
    : `Il contratto originario è partito il ${dayIt(originalDate)}, prima del ${dayIt(pcpFrom)}: il suo CIG è del SIMOG oppure uno Smart CIG, perché il CIG si acquisiva prima di avviare la procedura. Indica il CIG originario per sapere dove comunicare l'evento.`),
  eventSystemUnknown: ({ pcpFrom }) =>
    `Senza il CIG del contratto originario, o la data del suo avvio, non si può dire dove comunicare l'evento: per un CIG della PCP (serie B e successive, dal ${dayIt(pcpFrom)}) si invia la scheda di modifica M1 o M2 tramite la piattaforma certificata; per un CIG del SIMOG (numerico o serie A) la modifica si comunica nel SIMOG; per uno Smart CIG non c'è un canale documentato. Indica il CIG originario.`,
  eventSmartCig: ({ pcpFrom, candidate }) =>
    `${candidate ? 'Se il contratto originario ha uno Smart CIG' : 'Il contratto originario ha uno Smart CIG'}: lo Smart CIG è stato dismesso dal ${dayIt(pcpFrom)} (delibera ANAC 582/2023) e le fonti non indicano come comunicare un rinnovo o una modifica su quel CIG, né se serva un nuovo CIG. Da verificare con ANAC.`,
  quintoUnderLaw: ({ law, quinto }) => (quinto === 'withoutClause'
    ? `Quinto d'obbligo secondo il ${LAW_SHORT[law]} (art. 106, comma 12): la stazione appaltante può imporre all'appaltatore un aumento o una diminuzione delle prestazioni fino al quinto dell'importo del contratto alle stesse condizioni, anche senza una clausola nei documenti di gara.`
    : `Quinto d'obbligo secondo il ${LAW_SHORT[law]} (art. 120, comma 9): la stazione appaltante può imporre all'appaltatore un aumento o una diminuzione delle prestazioni fino al quinto dell'importo del contratto alle condizioni originarie solo se i documenti di gara iniziali lo prevedono.`),
  renewalOriginalCigCard: ({ system, statedOn }) => (system === 'PCP'
    ? `Dal ${dayIt(statedOn)} ANAC indica che per un rinnovo o un'opzione prevista nei documenti di gara non si acquisisce un nuovo CIG: il CIG originario comprende già opzioni e rinnovi. All'attivazione si invia la scheda di modifica contrattuale (M1 o M2) del CIG originario, con motivo della modifica mod-rev (modifiche basate su clausole di revisione dei prezzi o opzioni).`
    : `Dal ${dayIt(statedOn)} ANAC indica che per un rinnovo o un'opzione prevista nei documenti di gara non si acquisisce un nuovo CIG: il CIG originario comprende già opzioni e rinnovi. Per un CIG del SIMOG, all'attivazione si comunica nel SIMOG la modifica contrattuale del CIG originario, con motivo «rinnovo previsto nei documenti di gara».`),
  modificationPcpCard: ({ modification, amount, fifth, above }) =>
    `${MODIFICATION_WORDS[modification]} (${formatEuro(amount)}) ${above ? 'supera' : 'non supera'} il quinto dell'importo del contratto (${formatEuro(fifth)}). Per un contratto con CIG della PCP non si acquisisce un nuovo CIG${above ? ', anche oltre il quinto' : ''}: si invia soltanto la scheda di modifica (M1 o M2) del CIG originario, purché la modifica resti nei limiti previsti dal codice dei contratti e dal Comunicato del Presidente ANAC del 30 gennaio 2025.`,
  technicalExtensionPcpCard: () =>
    'Nella scheda di modifica indica i giorni della proroga nel campo "numGiorniProroga" e, se richiesto, in "cigNuovaProcedura" il CIG della nuova gara di cui la proroga attende la conclusione.',
  eventStatedLater: ({ statedOn }) =>
    `ANAC lo ha indicato in modo esplicito solo il ${dayIt(statedOn)}: prima di quella data la questione era aperta e le piattaforme potevano chiedere altro. Se l'evento è già stato comunicato, verifica con la piattaforma certificata.`,
  eventNewProcedure: () =>
    'Un nuovo CIG serve solo se la modifica esce dai limiti del codice e richiede una nuova procedura di affidamento: la nuova procedura ha allora la sua scheda e il suo CIG, collegato al CIG originario con il motivo "modifiche contrattuali o varianti per le quali è necessaria una nuova procedura di affidamento", e nella scheda di modifica quel CIG va in "cigNuovaProcedura".',
  modificationSimogWithinQuinto: ({ modification, amount, fifth }) =>
    `${MODIFICATION_WORDS[modification]} (${formatEuro(amount)}) non supera il quinto dell'importo del contratto (${formatEuro(fifth)}): resta il CIG del contratto, che è del SIMOG, e la modifica si comunica nel SIMOG, rimasto aperto per le modifiche dei CIG acquisiti fino al 31 dicembre 2023.`,
  modificationSimogOverQuinto: ({ modification, amount, fifth, pcpFrom }) =>
    `${MODIFICATION_WORDS[modification]} (${formatEuro(amount)}) supera il quinto dell'importo del contratto (${formatEuro(fifth)}). Con il SIMOG serviva un nuovo CIG (FAQ ANAC A39), ma dal ${dayIt(pcpFrom)} il SIMOG non rilascia più CIG, e la risposta di ANAC del 20 ottobre 2025 (sola scheda M1 o M2, nessun nuovo CIG) riguarda i contratti con CIG della PCP. Se serva un nuovo CIG tramite la PCP non è indicato dalle fonti: da verificare con ANAC.`,
  variantReasonByKind: () =>
    'Il motivo della modifica ("motiviModifica") dipende dal tipo di modifica: add-wss per lavori, servizi o forniture supplementari dell\'appaltatore originale; mod-cir per circostanze imprevedibili; mod-minv per modifiche sotto le soglie minime; mod-nons per modifiche non sostanziali; mod-repl per un nuovo contraente che sostituisce l\'aggiudicatario; mod-rev per clausole di revisione dei prezzi o opzioni previste nei documenti. Scegli quello del tuo caso: ANAC non ha indicato la corrispondenza con i commi dell\'art. 120.',
  technicalExtensionReasonUnnamed: ({ statedOn }) =>
    `Prima del ${dayIt(statedOn)} ANAC non aveva indicato il motivo della modifica per la proroga tecnica (la domanda era aperta sul tracker della PCP): da verificare. Dal ${dayIt(statedOn)} indica mod-rev quando la proroga è prevista nei documenti di gara.`,
  technicalExtensionReasonOpen: () =>
    'ANAC indica il motivo mod-rev per la proroga tecnica prevista nei documenti di gara (20 gennaio 2026); per una proroga tecnica non prevista nei documenti il motivo non è indicato e una domanda sul tracker della PCP è ancora aperta: da verificare.',
  modificationCard: ({ originalCard, card, flow }) =>
    `Il contratto è stato aggiudicato con la scheda ${originalCard}: nell'orchestratore di ANAC la scheda di modifica che la segue è ${card} (flusso ${flow}).`,
  modificationCardNotYet: ({ originalCard, card, from }) =>
    `L'orchestratore di ANAC accetta la scheda ${card} dopo ${originalCard} dal ${dayIt(from)}: per un evento precedente verifica con la piattaforma certificata.`,
  modificationCardNone: ({ originalCard, next }) =>
    `Dopo la scheda ${originalCard} l'orchestratore di ANAC non prevede una scheda di modifica M1 o M2${next !== null ? ` (seguono solo le schede ${next})` : ''}: come comunicare l'evento va verificato con la piattaforma certificata o con ANAC.`,
  modificationCardUnknown: () =>
    'La scheda di modifica dipende dalla scheda che ha aggiudicato il contratto: M1 dopo un bando pari o sopra la soglia europea (P1_16); M2 dopo bandi sotto soglia, affidamenti diretti, procedure negoziate, accordi quadro e in house (P2_16, AD3, AD2_25, P7_1_3, P7_2, AD4, P6_2, A3_6); nessuna dopo AD5 e AD1_25. La scheda si legge tra i dati del CIG originario sulla piattaforma certificata: indicala per avere la risposta.',
  modificationCardNeedsContract: () =>
    'La scheda di modifica indica il contratto con l\'identificativo restituito dalla scheda di sottoscrizione del contratto: se non è stata inviata, va inviata prima.',
  nextOnOriginalCig: (d) => {
    if (d.event === 'modification') {
      return `Se in esecuzione servirà una modifica, anche oltre il quinto (con l'importo a base, oltre ${formatEuro(d.fifth)}), o una proroga tecnica: resta questo CIG e si invia la scheda di modifica (M1 o M2), nei limiti del codice (ANAC, ${dayIt(d.statedOn)}); un nuovo CIG solo se serve una nuova procedura di affidamento.`;
    }
    const what = d.event === 'renewal' ? 'il rinnovo' : "l'opzione di proroga";
    return `Quando eserciterai ${what}: non serve un nuovo CIG, perché questo CIG comprende già opzioni e rinnovi; invierai la scheda di modifica (M1 o M2) di questo CIG con motivo mod-rev (ANAC, dal ${dayIt(d.statedOn)}).`;
  },
  // ---- issue 9, fixes
  nextNoModificationCard: ({ event, card, next }) => {
    const what = { renewal: 'un rinnovo', prorogaOption: "l'opzione di proroga", modification: 'una modifica o una proroga tecnica' }[event];
    const via = next !== null && next.split(', ').includes('CM2')
      ? "Un cambiamento dell'importo passa per la scheda CM2 (comunicazione di modifica dei dati degli appalti sotto i 5.000 €) o per un nuovo affidamento con il suo CIG: da verificare con la piattaforma certificata o con ANAC."
      : 'Come comunicarlo, o se serva un nuovo affidamento con il suo CIG, è da verificare con la piattaforma certificata o con ANAC.';
    return `Se in esecuzione servirà ${what}: dopo la scheda ${card} l'orchestratore di ANAC non prevede una scheda di modifica (M1 o M2)${next === null ? '' : `; seguono solo le schede ${next}`}. ${via}`;
  },
  eventCigDateMismatch: ({ cig, originalDate, pcpFrom }) =>
    `Il CIG originario ${cig} è della PCP, che rilascia CIG dal ${dayIt(pcpFrom)}, ma hai indicato che il contratto originario è partito il ${dayIt(originalDate)}: i due dati non tornano, perché un CIG della PCP non può appartenere a una procedura avviata prima. La risposta segue il CIG per il sistema in cui comunicare l'evento e la data di avvio per il codice che lo disciplina: verifica quale dei due è giusto.`,
  pcpCardOtherProcedures: ({ options }) =>
    `Con le procedure ammesse solo a certe condizioni la scheda sarebbe un'altra: ${options.map((o) => `${o.card} per ${o.procedures.map((p) => PROCEDURE_WORDS[p]).join(', ')}${unstatedIt(o.unstated)}`).join('; ')}.`,
  // ---- issue 9, procedures
  proceduresForValue: (d) => {
    const simplified = d.allowed.filter((o) => !ORDINARY_PROCEDURES.includes(o.procedure)).map(offerIt);
    const ordinary = d.allowed.filter((o) => ORDINARY_PROCEDURES.includes(o.procedure)).map(offerIt);
    const head = `Per ${GROUP_WORDS[d.object]} di ${formatEuro(d.value)} (${bandIt(d)})`;
    const body = simplified.length > 0
      ? `la legge in vigore alla data prevede ${listIt(simplified)}; restano ammesse ${listIt(ordinary)}.`
      : `la legge in vigore alla data ammette ${listIt(ordinary)}.`;
    const conditional = d.conditional.length > 0
      ? ` Solo a certe condizioni: ${d.conditional.map((c) => `${PROCEDURE_WORDS[c.procedure]}, ${CONDITION_IN_SHORT[c.condition](c.procedure)}`).join('; ')}.`
      : '';
    return `${head} ${body}${conditional}`;
  },
  procedureNotStated: ({ allowed }) =>
    `Non hai indicato la procedura: i campi che dipendono dalla scelta restano vuoti (restano compilati solo quelli uguali per ogni procedura ammessa). Scegli tra quelle ammesse per questo valore (${listIt(allowed.map((p) => PROCEDURE_WORDS[p]))}) e indica nel modulo la voce corrispondente.`,
  procedureNotAllowed: ({ procedure, allowed }) =>
    `La procedura scelta (${PROCEDURE_WORDS[procedure]}) non è ammessa dalla legge per questo valore a questa data: si applicano ${listIt(allowed.map((p) => PROCEDURE_WORDS[p]))}. Il campo della procedura resta vuoto finché non ne scegli una ammessa.`,
  procedureConditional: ({ procedure, condition }) => CONDITION_WORDS[condition](procedure),
  procedurePeriodNote: ({ note }) => PERIOD_NOTE_WORDS[note],
  procedureBandUnverified: ({ point }) => BAND_OPEN_POINT_WORDS[point],
  procedurePeriodUnverified: ({ point, from }) => (point === 'correttivo2024'
    ? `Dal ${dayIt(from)} vale il testo del d.lgs. 36/2023 modificato dal correttivo (d.lgs. 209/2024): si ritiene che non abbia cambiato gli importi degli artt. 50 e 62, ma il testo vigente è da verificare.`
    : `Le fasce del D.L. 77/2021 (art. 51) si applicano qui alle procedure avviate dal ${dayIt(from)}, data della sua entrata in vigore: la clausola del decreto che dice a quali procedure si applicano non è stata riletta sul testo. Da verificare, soprattutto per le procedure avviate a ridosso di quella data.`),
  proceduresSpecialSector: () =>
    'Nei settori speciali gli enti aggiudicatori possono applicare sotto soglia regole proprie (art. 50, comma 5, d.lgs. 36/2023; prima art. 36, comma 8, d.lgs. 50/2016): le procedure indicate sono quelle dei settori ordinari, da verificare con il regolamento del tuo ente.',
  euThreshold: (d) => (d.reached
    ? `${formatEuro(d.value)} è pari o superiore alla soglia europea di ${formatEuro(d.amount)} (${euThresholdWho(d)}${d.to === null ? '' : `, in vigore fino al ${formatDateIt(d.to)}`}): si applicano le regole dei contratti sopra soglia.`
    : `${formatEuro(d.value)} è inferiore alla soglia europea di ${formatEuro(d.amount)} (${euThresholdWho(d)}${d.to === null ? '' : `, in vigore fino al ${formatDateIt(d.to)}`}): il contratto è sotto soglia.`),
  qualificationNeeded: ({ value, object, notAbove }) =>
    `${formatEuro(value)} supera ${formatEuro(notAbove)} per ${GROUP_WORDS[object]}: serve una stazione appaltante qualificata (art. 62, comma 2, d.lgs. 36/2023) oppure una centrale di committenza qualificata; senza qualificazione ANAC non rilascia il CIG.`,
  qualificationDerogations: () =>
    "ANAC ammette alcune deroghe alla qualificazione (per esempio l'uso degli strumenti telematici di una centrale qualificata per servizi e forniture, la manutenzione ordinaria di lavori, i servizi sociali, le ordinanze commissariali: elenco motivoDerogaQlf della PCP); la loro base normativa e la loro applicazione al tuo caso sono da verificare.",
  itemRepetition: () =>
    'Ripetizione di lavori o servizi analoghi prevista nei documenti di gara: il suo importo si computa nel valore stimato.',
  simogRepetitionsForeseen: () =>
    'I documenti prevedono ripetizioni di lavori o servizi analoghi: nel SIMOG "L\'appalto prevede ripetizioni" va a SI.',
  smartCigDependsOnProcedure: ({ procedures, since }) =>
    `Nel ${since.slice(0, 4)} lo Smart CIG copriva solo ${listIt(procedures.map((p) => PROCEDURE_WORDS[p]))}: se affidi così usa lo Smart CIG; con un'altra procedura il CIG si chiede con il SIMOG.`,
  // ---- issue 11, lots
  lotsValueOnSum: ({ count, total, values }) =>
    `Il contratto è diviso in ${count} lotti (${values.map(formatEuro).join(', ')}): il valore stimato è la somma di tutti i lotti, ${formatEuro(total)}, e su questa somma si leggono le soglie (procedure, soglia europea, sistema per il CIG, scheda, contributo).`,
  lotsSumLawUnverified: ({ to, count, total, values }) =>
    `Il contratto è diviso in ${count} lotti (${values.map(formatEuro).join(', ')}): applichiamo le soglie alla somma dei lotti, ${formatEuro(total)}, come fanno i codici successivi; la norma in vigore ${to === null ? 'alla data' : `fino al ${formatDateIt(to)}`} (d.lgs. 163/2006) non è verificata nelle nostre fonti su questo punto: da verificare.`,
  lotsOneCigEach: ({ count, system }) => LOT_CIG_WORDS[system](count),
  lotsSmallLots: ({ object, below, share, lots, together, cap, allFit }) =>
    `Lotti piccoli (art. 14, comma 11, d.lgs. 36/2023): ${listIt(lots.map((l) => `${l.label ?? `il lotto ${l.index}`} (${formatEuro(l.value)})`))} ${lots.length === 1 ? 'vale' : 'valgono'} meno di ${formatEuro(below)} per ${OBJECT_WORDS[object]}; ` +
    `possono essere aggiudicati senza applicare le regole del valore complessivo se i lotti così aggiudicati non superano insieme il ${formatAmountIt(String(Number(share) * 100))}% del valore di tutti i lotti (${formatEuro(cap)}). ` +
    (allFit ? `Insieme valgono ${formatEuro(together)}: rientrano.` : `Insieme valgono ${formatEuro(together)}: non possono rientrare tutti, scegli quali.`),
  lotsSmallLotsUnverified: ({ from, to }) =>
    `Deroga per i lotti piccoli ${to === null ? `dal ${formatDateIt(from)}` : `tra il ${formatDateIt(from)} e il ${formatDateIt(to)}`}: l'art. 35, comma 11, d.lgs. 50/2016 (e prima il d.lgs. 163/2006) non è verificato nelle nostre fonti; se un lotto vale poco, da verificare se può essere aggiudicato con le regole sotto soglia.`,
  lotsContributionUnverified: ({ total, stazioneAppaltante, lots }) =>
    `Contributo ANAC di una procedura a lotti: la lettura diffusa è che la stazione appaltante paghi una volta sul valore complessivo (${formatEuro(total)}: ${formatEuro(stazioneAppaltante)}) e che l'operatore economico paghi per ciascun lotto a cui partecipa, secondo il valore del lotto (${listIt(lots.map((l) => `${l.label ?? `lotto ${l.index}`} ${formatEuro(l.value)}`))}); le delibere sui contributi non sono verificate su questo punto nelle nostre fonti: da verificare.`,
  // ---- issue 11, framework agreements and conventions
  frameworkCallNewCig: ({ parentCig }) =>
    `Un contratto stipulato in base a un accordo quadro o a una convenzione ha un suo CIG, detto derivato (o figlio), distinto da quello dell'accordo (CIG padre ${parentCig}, controllato con l'algoritmo di ANAC) e collegato a esso.`,
  frameworkCallSmartCig: ({ amount, below, parentCig }) =>
    `${formatEuro(amount)} è inferiore a ${formatEuro(below)}: il CIG derivato si può chiedere con lo Smart CIG, indicando nel campo «CIG accordo quadro» il CIG ${parentCig}; in alternativa con il SIMOG.`,
  frameworkCallSimog: ({ amount, below, parentCig, modalita }) =>
    `${formatEuro(amount)} non è inferiore a ${formatEuro(below)}: il CIG derivato si chiede con il SIMOG; nella scheda della gara la modalità di realizzazione è quella del contratto discendente da accordo quadro o convenzione (codice ${modalita}) e nel campo del CIG dell'accordo quadro o della convenzione va il CIG ${parentCig}.`,
  frameworkCallPcpCard: ({ card, withCompetition, parentCig }) =>
    `Nella PCP il CIG derivato si ottiene con la scheda ${card} (adesione ${withCompetition ? 'con' : 'senza'} nuovo confronto competitivo), collegata all'accordo quadro o alla convenzione con CIG ${parentCig}.`,
  frameworkCallCardLabel: ({ card }) =>
    `La descrizione ANAC della scheda ${card} la riserva agli accordi quadro e alle convenzioni con bando pubblicato entro il 31 dicembre 2023, mentre la guida alla scelta delle schede del 2026 vi indirizza ogni adesione: per un accordo bandito dal 2024 la scheda è da verificare con la tua piattaforma.`,
  frameworkCallContributionUnverified: ({ amount, stazioneAppaltante, operatoreEconomico }) =>
    `Contributo ANAC di un contratto derivato: le nostre fonti non dicono se è dovuto oltre a quello dell'accordo quadro; con la tabella in vigore, su ${formatEuro(amount)} sarebbe ${formatEuro(stazioneAppaltante)} per la stazione appaltante e ${formatEuro(operatoreEconomico)} per l'operatore economico: da verificare.`,
  frameworkAgreementParent: () =>
    "Il contratto da affidare è un accordo quadro o una convenzione: il suo CIG è il CIG padre, e il valore stimato è l'importo massimo dei contratti previsti per tutta la sua durata, opzioni e rinnovi compresi; ogni contratto derivato avrà poi il suo CIG.",
  frameworkAgreementProcedure: () =>
    "Per un accordo quadro la procedura di aggiudicazione (aperta, ristretta...) decide la scheda o la voce del modulo: le nostre fonti non dicono come il sistema segnala che si tratta di un accordo quadro; da verificare con la tua piattaforma.",
  specialAwardPcpCard: ({ award, card }) => (award === 'inHouse'
    ? `Affidamento in house: nella PCP il CIG si ottiene con la scheda ${card}.`
    : `Contratto escluso dal Codice e soggetto alla sola tracciabilità (delibere ANAC 584 e 585 del 2023): nella PCP il CIG si ottiene con la scheda ${card}.`),
  inHouseCigBefore2024Unverified: ({ label }) =>
    `Prima del 2024 SIMOG e Smart CIG avevano la voce «${label}», ma le nostre fonti non dicono se il CIG fosse obbligatorio per gli affidamenti in house: da verificare.`,
  traceabilityOnlyCig: () =>
    'Un contratto escluso dal Codice ma soggetto alla tracciabilità dei flussi finanziari (L. 136/2010) ha bisogno del CIG per i pagamenti.',
  traceabilityOnlyFattispecieUnverified: () =>
    "Lo Smart CIG aveva fattispecie per i contratti esclusi, ma la voce esatta del periodo non è verificata nelle nostre fonti: da verificare nel modulo.",
  specialAwardContributionDue: ({ stazioneAppaltante, operatoreEconomico }) =>
    `Anche gli affidamenti in house sono soggetti al contributo ANAC (delibera 598/2024, art. 1, comma 4): ${formatEuro(stazioneAppaltante)} per la stazione appaltante e ${formatEuro(operatoreEconomico)} per l'operatore economico.`,
  specialAwardNoContribution: () =>
    'Per i contratti soggetti alla sola tracciabilità il CIG non comporta contributo ANAC (delibera 584/2023).',
  specialAwardContributionUnverified: ({ award, from, to }) =>
    `Contributo ANAC ${award === 'inHouse' ? "per un affidamento in house" : 'per un contratto escluso dal Codice'} ${to === null ? `dal ${formatDateIt(from)}` : `tra il ${formatDateIt(from)} e il ${formatDateIt(to)}`}: le nostre fonti non lo stabiliscono; da verificare.`,
};

/** Issue 11: where each lot's CIG comes from, by system. */
const LOT_CIG_WORDS: Readonly<Record<SystemId, (count: number) => string>> = {
  SMART_CIG: (count) => `Un CIG per ogni lotto: ${count} Smart CIG, ciascuno con l'importo del suo lotto.`,
  SIMOG: (count) => `Un CIG per ogni lotto: nel SIMOG crei la gara (scheda S01, importo della gara uguale alla somma dei lotti) e ${count} lotti (una scheda S02 per lotto, con l'importo del lotto); ogni lotto riceve il suo CIG.`,
  PCP: (count) => `Un CIG per ogni lotto: nella PCP l'appalto ha ${count} lotti, ciascuno con il suo quadro economico; ANAC attribuisce un CIG a ogni lotto quando l'appalto è confermato.`,
};

/** The Italian sentence for a reason. */
export function explain<C extends ReasonCode>(r: Reason<C>): string {
  return EXPLANATIONS[r.code](r.data);
}
