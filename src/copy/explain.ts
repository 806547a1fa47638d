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
  pcpAd5: ({ canale, below }) => (canale === 'PAD_O_INTERFACCIA_WEB'
    ? `Affidamento diretto sotto ${threshold(below)}: la scheda è AD5 e il CIG si può chiedere da una piattaforma certificata oppure dall'interfaccia web della PCP, se ricorrere alla piattaforma è impossibile o difficile.`
    : `Affidamento diretto sotto ${threshold(below)}: la scheda è AD5, da compilare tramite una piattaforma certificata.`),
  pcpWebInterfaceNotYetAllowed: ({ from, to, below }) =>
    `Tra ${betweenIt(from, to)} l'uso dell'interfaccia web della PCP per gli affidamenti sotto ${threshold(below)} non risulta ancora consentito: da verificare.`,
  pcpAd3: ({ from, below }) =>
    `Affidamento diretto da ${threshold(from)} e sotto ${formatEuro(below)}: la scheda è AD3, da compilare tramite una piattaforma certificata.`,
  pcpDirectAwardOverLimit: ({ value, object, below }) =>
    `Attenzione: ${formatEuro(value)} non è inferiore al limite dell'affidamento diretto per ${DIRECT_AWARD_OBJECT_WORDS[object]} (${formatEuro(below)}). Verifica la procedura da usare.`,
  pcpCardByProcedure: ({ procedure }) =>
    `La scheda ANAC che dà il CIG per ${PROCEDURE_WORDS[procedure]} la propone la piattaforma certificata in base alla procedura e all'importo (per esempio P2_16 per una procedura aperta sotto soglia, P7_1_3 per una negoziata senza bando sotto soglia): da verificare sulla piattaforma.`,

  contributionDue: ({ stazioneAppaltante, operatoreEconomico }) =>
    `Contributo ANAC: stazione appaltante ${exemptOr(stazioneAppaltante, formatEuro(stazioneAppaltante))}; operatore economico ${exemptOr(operatoreEconomico, `${formatEuro(operatoreEconomico)} per ciascun partecipante`)}.`,
  contributionTableUnknown: ({ note }) => `Contributo ANAC: ${note}`,
  contributionNoData: ({ date }) => `Contributo ANAC: Non ci sono dati sui contributi ANAC per il ${formatDateIt(date)}.`,

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
