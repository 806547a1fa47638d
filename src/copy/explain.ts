/**
 * The words of the engine's reasons: one entry per reason code (`src/domain/reasons.ts`), typed so
 * that a missing or misspelt code does not compile. Used by the command line's advice and by the
 * questionnaire's outcome page, through `present.ts`.
 */
import { formatEuro } from '../domain/money.ts';
import { formatAmountIt } from '../domain/amount-text.ts';
import { formatDateIt, type IsoDate } from '../domain/dates.ts';
import type { Reason, ReasonCode, ReasonData } from '../domain/reasons.ts';
import type { ObjectKind, Procedure } from '../domain/rules/kinds.ts';
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

const MODIFICATION_WORDS = { variant: 'La modifica', technicalExtension: 'La proroga tecnica' } as const;

/** A threshold as prose writes it: "5.000 €". */
const threshold = (amount: string) => `${formatAmountIt(amount)} €`;

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
  contributionTableUnknown: ({ note }) => `Contributo ANAC: ${note}`,

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
    ? `Attenzione: ${to === null ? `dal ${dayIt(from)}` : `fino al ${dayIt(to)}`} la PCP non controllava un tetto sull'importo della scheda AD3, che accetterebbe anche ${formatEuro(value)}; ma la legge consente l'affidamento diretto di ${DIRECT_AWARD_OBJECT_WORDS[object]} solo sotto ${formatEuro(limit)} (art. 50, comma 1). La piattaforma non ferma l'errore: verifica la procedura.`
    : `Attenzione: dal ${dayIt(from)} la regola di ANAC sulla scheda AD3 blocca solo gli importi superiori a ${formatEuro(limit)}, per cui ${formatEuro(value)} passa il controllo; ma la legge consente l'affidamento diretto di ${DIRECT_AWARD_OBJECT_WORDS[object]} solo per importi inferiori a ${formatEuro(limit)} (art. 50, comma 1). La differenza è segnalata ad ANAC (tracker NPA n. 3017).`),
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
  contributionProvisional: ({ note }) => `Contributo ANAC provvisorio: ${note}`,

  renewalPcpDeclared: () =>
    'Con la PCP i rinnovi previsti si dichiarano nelle "somme per opzioni e rinnovi" del quadro economico del CIG originario.',
  renewalPcpNewCigUnverified: () =>
    "Non è verificato se, con la PCP, l'esercizio di un rinnovo richieda un nuovo CIG come avveniva con il SIMOG (nuovo CIG, ripetizione di precedente contratto, nessun nuovo contributo). Verifica con la tua piattaforma certificata o con ANAC.",
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
  modificationPcp: ({ since }) => `Dal ${dayIt(since)} ogni nuovo CIG si ottiene tramite una piattaforma certificata collegata alla PCP.`,
  modificationPcpCardUnknown: () =>
    'Con la PCP la scheda da usare per il CIG di una modifica oltre il quinto non è indicata dalle fonti (la PCP prevede il collegamento "modifiche contrattuali o varianti per le quali è necessaria una nuova procedura di affidamento"): da verificare sulla piattaforma.',
  modificationContributionUnverified: ({ stazioneAppaltante, operatoreEconomico }) =>
    `Se per il nuovo CIG di una modifica si applichi la tabella dei contributi (per questo importo: stazione appaltante ${formatEuro(stazioneAppaltante)}, operatore ${formatEuro(operatoreEconomico)}) non è indicato dalle fonti: da verificare.`,

  nextRenewalPcp: () =>
    'Quando eserciterai il rinnovo: con la PCP non è verificato se serva un nuovo CIG (i rinnovi si dichiarano già nel quadro economico del CIG originario). Da verificare al momento del rinnovo.',
  nextRenewalSimog: () =>
    'Quando eserciterai il rinnovo: chiedi un nuovo CIG con il SIMOG per l\'importo del rinnovo, con "Ripetizione di precedente contratto" a SI e il CIG del contratto originario; non si paga un nuovo contributo.',
  nextModificationQuinto: ({ base, fifth }) =>
    `Se in esecuzione una modifica o una proroga tecnica supererà il quinto dell'importo del contratto (con l'importo a base di ${formatEuro(base)}, oltre ${formatEuro(fifth)}), servirà un nuovo CIG; entro il quinto resta lo stesso CIG.`,
  nextProrogaOption: () =>
    "L'opzione di proroga è già compresa nel valore stimato e nell'importo del CIG. Se il suo esercizio richieda un nuovo CIG non è indicato dalle fonti: da verificare.",
};

/** The Italian sentence for a reason. */
export function explain<C extends ReasonCode>(r: Reason<C>): string {
  return EXPLANATIONS[r.code](r.data);
}
