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
import type { BandOpenPoint, ConditionId, Offer, PeriodNote } from '../domain/rules/procedures.ts';

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
  exceptionalCases: () =>
    'Dalla soglia europea in su la procedura negoziata senza bando è ammessa solo nei casi tassativi della legge (art. 57 d.lgs. 163/2006, art. 63 d.lgs. 50/2016, art. 76 d.lgs. 36/2023): verifica che il tuo caso vi rientri.',
  twoReadings2019: () =>
    "Per servizi e forniture da 40.000 € alla soglia europea, l'art. 36, comma 2, lettera b) del d.lgs. 50/2016 come convertito dalla L. 55/2019 è stato letto in due modi: affidamento diretto previa valutazione di cinque preventivi, oppure procedura negoziata con almeno cinque operatori. Questo strumento segue la lettura più prudente (procedura negoziata con almeno cinque operatori) e non considera certo l'affidamento diretto: da verificare, anche sulle Linee guida ANAC n. 4 aggiornate con la delibera 636/2019.",
  c912Derogation2019: () =>
    "La L. 145/2018 (comma 912) consentiva fino al 31 dicembre 2019 l'affidamento diretto dei lavori da 40.000 a 150.000 € previa consultazione di tre operatori; se restasse utilizzabile accanto all'art. 36 riscritto dal D.L. 32/2019 non è chiarito: da verificare.",
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
  operators2017:
    "Il numero minimo di operatori per i lavori dopo il d.lgs. 56/2017 (cinque da 40.000 a 150.000 €, dieci da 150.000 € a 1 milione secondo le fonti consultate; le fonti del 2019 fanno pensare a dieci e quindici) è da verificare.",
} as const satisfies Record<BandOpenPoint, string>;

function euThresholdWho(d: ReasonData['euThreshold']): string {
  if (d.object === 'works') return 'lavori';
  if (d.sector === 'special') return 'servizi e forniture nei settori speciali';
  return d.authority === 'central' ? 'servizi e forniture delle amministrazioni centrali' : 'servizi e forniture delle stazioni appaltanti sub-centrali';
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

  // ---- issue 9, procedures
  proceduresForValue: (d) => {
    const simplified = d.allowed.filter((o) => !ORDINARY_PROCEDURES.includes(o.procedure)).map(offerIt);
    const ordinary = d.allowed.filter((o) => ORDINARY_PROCEDURES.includes(o.procedure)).map(offerIt);
    const head = `Per ${GROUP_WORDS[d.object]} di ${formatEuro(d.value)} (${bandIt(d)})`;
    const body = simplified.length > 0
      ? `la legge in vigore alla data prevede ${listIt(simplified)}; restano ammesse ${listIt(ordinary)}.`
      : `la legge in vigore alla data ammette ${listIt(ordinary)}.`;
    const conditional = d.conditional.length > 0 ? ` Solo a certe condizioni: ${listIt(d.conditional.map((p) => PROCEDURE_WORDS[p]))}.` : '';
    return `${head} ${body}${conditional}`;
  },
  procedureNotStated: ({ allowed }) =>
    `Non hai indicato la procedura: i campi della procedura restano vuoti. Scegli tra quelle ammesse per questo valore (${listIt(allowed.map((p) => PROCEDURE_WORDS[p]))}) e indica nel modulo la voce corrispondente.`,
  procedureNotAllowed: ({ procedure, allowed }) =>
    `La procedura scelta (${PROCEDURE_WORDS[procedure]}) non è ammessa dalla legge per questo valore a questa data: si applicano ${listIt(allowed.map((p) => PROCEDURE_WORDS[p]))}. Il campo della procedura resta vuoto finché non ne scegli una ammessa.`,
  procedureConditional: ({ procedure, condition }) => CONDITION_WORDS[condition](procedure),
  procedurePeriodNote: ({ note }) => PERIOD_NOTE_WORDS[note],
  procedureBandUnverified: ({ point }) => BAND_OPEN_POINT_WORDS[point],
  procedurePeriodUnverified: ({ from }) =>
    `Dal ${dayIt(from)} vale il testo del d.lgs. 36/2023 modificato dal correttivo (d.lgs. 209/2024): si ritiene che non abbia cambiato gli importi degli artt. 50 e 62, ma il testo vigente è da verificare.`,
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
  pcpCardProcedureNotStated: () =>
    'La scheda ANAC che dà il CIG dipende dalla procedura, che non hai indicato: scegli la procedura e la piattaforma certificata proporrà la scheda.',
};

/** The Italian sentence for a reason. */
export function explain<C extends ReasonCode>(r: Reason<C>): string {
  return EXPLANATIONS[r.code](r.data);
}
