/**
 * The engine: a scenario in, an advice out (CONTRACT §2). Pure and synchronous; every rule it
 * applies comes from `rules/data.ts` with its period and source, and every conclusion carries the
 * source in `notes`. Where the reference does not settle a point, the value is null and
 * `unverified` says what must be checked.
 */
import { formatEuro, isBelow, toFixed2 } from './money.ts';
import { formatDateIt, todayInRome, type IsoDate } from './dates.ts';
import { estimateValue, exceedsQuinto, quintoOf } from './estimate.ts';
import type { Advice, Contribution, Fields, Note, RegimeRef } from './advice.ts';
import type { ModificationScenario, NewScenario, RenewalScenario, Scenario } from './scenario.ts';
import {
  CONTRIBUTION_TABLES, DIRECT_AWARD_LIMITS, OBJECT_LABEL, PCP_AD5_BELOW, PCP_SMALL_DIRECT_AWARD_CHANNEL,
  PROCEDURE_LABELS, REGIMES, SMART_CIG_LIMITS, VARIANT_PROCEDURE_LABEL,
  type ObjectKind, type Procedure, type Regime, type SystemId,
} from './rules/data.ts';
import { inForce } from './rules/periods.ts';
import { cite, SOURCES, type SourceId } from './rules/sources.ts';

export interface AdviseOptions {
  /** The date used when the scenario has none (default: today in Rome). */
  today?: IsoDate;
}

/** The rule set in force on a date; throws before 2011-05-02 (parseScenario refuses those). */
export function regimeOn(date: IsoDate): Regime {
  const r = inForce(REGIMES, date);
  if (!r) throw new RangeError(`Nessun insieme di regole per il ${date}: le date sono supportate dal 2 maggio 2011`);
  return r;
}

const regimeRef = (r: Regime): RegimeRef => ({ id: r.id, name: r.name, from: r.from, to: r.to });

const PROCEDURE_WORDS: Readonly<Record<Procedure, string>> = {
  direct: 'affidamento diretto',
  negotiated: 'procedura negoziata senza bando',
  open: 'procedura aperta',
  restricted: 'procedura ristretta',
  other: 'altra procedura',
};

const SYSTEM_WORDS: Readonly<Record<SystemId, string>> = {
  SMART_CIG: 'Smart CIG',
  SIMOG: 'SIMOG',
  PCP: 'Piattaforma contratti pubblici (PCP) tramite una piattaforma certificata',
};

/** Collects notes and open points while a case is worked out. */
class Reasoning {
  notes: Note[] = [];
  unverified: string[] = [];
  next: Note[] = [];
  note(text: string, ...sources: SourceId[]) {
    this.notes.push({ text, source: cite(...sources) });
  }
  open(text: string) {
    this.unverified.push(text);
  }
  then(text: string, ...sources: SourceId[]) {
    this.next.push({ text, source: cite(...sources) });
  }
}

// ---------------------------------------------------------------- predicates used by several cases

/** The Smart CIG limit for an object on a date, if Smart CIG exists then. */
export function smartCigLimit(object: ObjectKind, date: IsoDate) {
  return inForce(SMART_CIG_LIMITS.filter((l) => l.object === object), date);
}

/** Smart CIG may be used: below the limit ("inferiore a") and, in 2011, for the covered procedures. */
export function smartCigAllowed(value: string, object: ObjectKind, date: IsoDate, procedure: Procedure): boolean {
  const limit = smartCigLimit(object, date);
  if (!limit || !isBelow(value, limit.below)) return false;
  return limit.procedures === null || limit.procedures.includes(procedure);
}

export function procedureLabel(procedure: Procedure, date: IsoDate): string | null {
  return inForce(PROCEDURE_LABELS.filter((l) => l.procedure === procedure), date)?.label ?? null;
}

/** The contribution for an amount on a date; null when the table of that period is not known. */
export function contributionFor(value: string, date: IsoDate): { contribution: Contribution | null; note: string | null } {
  const table = inForce(CONTRIBUTION_TABLES, date);
  if (!table) return { contribution: null, note: `Non ci sono dati sui contributi ANAC per il ${formatDateIt(date)}.` };
  if (!table.bands) return { contribution: null, note: table.note };
  const band = table.bands.find((b) => !isBelow(value, b.from) && (b.below === null || isBelow(value, b.below)));
  if (!band) return { contribution: null, note: table.note };
  return {
    contribution: {
      stazioneAppaltante: toFixed2(band.stazioneAppaltante),
      operatoreEconomico: toFixed2(band.operatoreEconomico),
      source: cite('l266-2005', ...table.sources),
    },
    note: null,
  };
}

function describeContribution(c: Contribution): string {
  const sa = c.stazioneAppaltante === '0.00' ? 'nulla (esente)' : formatEuro(c.stazioneAppaltante);
  const oe = c.operatoreEconomico === '0.00' ? 'nulla (esente)' : `${formatEuro(c.operatoreEconomico)} per ciascun partecipante`;
  return `Contributo ANAC: stazione appaltante ${sa}; operatore economico ${oe}.`;
}

// ---------------------------------------------------------------- fields by system

function smartCigFields(value: string, object: ObjectKind, date: IsoDate, label: string | null, why: Reasoning): Fields {
  const limit = smartCigLimit(object, date);
  if (!limit?.fattispecie) {
    why.open("La voce esatta della tendina \"fattispecie contrattuale\" dello Smart CIG nel 2011 non è documentata: scegli quella dei contratti sotto soglia (lavori sotto 40.000 €, servizi e forniture sotto 20.000 €). Da verificare.");
  }
  if (label === null) why.open('La voce della tendina "procedura di scelta del contraente" dipende dalla tua procedura: scegli quella corrispondente. Da verificare.');
  return {
    fattispecieContrattuale: limit?.fattispecie ?? null,
    importo: toFixed2(value),
    proceduraSceltaContraente: label,
    oggettoPrincipale: OBJECT_LABEL[object],
  };
}

function simogFields(
  value: string, object: ObjectKind, label: string | null,
  opts: { safetyCosts?: string; prevedeRipetizioni: boolean; originalCig?: string },
): Fields {
  const fields: Fields = { importoBaseAsta: toFixed2(value) };
  if (opts.safetyCosts !== undefined) fields.diCuiSicurezza = toFixed2(opts.safetyCosts);
  fields.prevedeRipetizioni = opts.prevedeRipetizioni ? 'SI' : 'NO';
  fields.ripetizionePrecedenteContratto = opts.originalCig !== undefined ? 'SI' : 'NO';
  if (opts.originalCig !== undefined) fields.cigContrattoOriginario = opts.originalCig;
  fields.oggettoPrincipale = OBJECT_LABEL[object];
  fields.sceltaContraente = label;
  return fields;
}

function pcpFields(value: string, object: ObjectKind, procedure: Procedure, date: IsoDate, why: Reasoning): Fields {
  if (procedure === 'direct' && isBelow(value, PCP_AD5_BELOW)) {
    const channel = inForce(PCP_SMALL_DIRECT_AWARD_CHANNEL, date);
    const canale = channel?.canale ?? 'PAD';
    why.note(
      canale === 'PAD_O_INTERFACCIA_WEB'
        ? "Affidamento diretto sotto 5.000 €: la scheda è AD5 e il CIG si può chiedere da una piattaforma certificata oppure dall'interfaccia web della PCP, se ricorrere alla piattaforma è impossibile o difficile."
        : "Affidamento diretto sotto 5.000 €: la scheda è AD5, da compilare tramite una piattaforma certificata.",
      'anac-npa-schede', channel?.source ?? 'anac-delibera-582-2023');
    if (channel && channel.to !== null && canale === 'PAD') {
      why.open("Tra il 1° e il 9 gennaio 2024 l'uso dell'interfaccia web della PCP per gli affidamenti sotto 5.000 € non risulta ancora consentito: da verificare.");
    }
    return { scheda: 'AD5', canale, importo: toFixed2(value) };
  }
  const limit = inForce(DIRECT_AWARD_LIMITS.filter((l) => l.object === object), date);
  if (procedure === 'direct' && limit && isBelow(value, limit.below)) {
    why.note(`Affidamento diretto da 5.000 € e sotto ${formatEuro(limit.below)}: la scheda è AD3, da compilare tramite una piattaforma certificata.`, 'anac-npa-schede', limit.source);
    return { scheda: 'AD3', canale: 'PAD', importo: toFixed2(value) };
  }
  if (procedure === 'direct' && limit) {
    why.note(`Attenzione: ${formatEuro(value)} non è inferiore al limite dell'affidamento diretto per ${object === 'works' ? 'i lavori' : 'servizi e forniture'} (${formatEuro(limit.below)}). Verifica la procedura da usare.`, limit.source);
  }
  why.open(`La scheda ANAC che dà il CIG per ${PROCEDURE_WORDS[procedure]} la propone la piattaforma certificata in base alla procedura e all'importo (per esempio P2_16 per una procedura aperta sotto soglia, P7_1_3 per una negoziata senza bando sotto soglia): da verificare sulla piattaforma.`);
  return { scheda: null, canale: 'PAD', importo: toFixed2(value) };
}

// ---------------------------------------------------------------- cases

function adviseNew(s: NewScenario, date: IsoDate, regime: Regime): Advice {
  const why = new Reasoning();
  const procedure = s.procedure ?? 'direct';
  const { items, total } = estimateValue(s, regime);

  const counted = items.filter((i) => i.counted && i.kind !== 'base').length;
  why.note(
    counted > 0
      ? `Valore stimato ${formatEuro(total)}: la parte certa più rinnovi e opzioni previsti nei documenti, al netto dell'IVA.`
      : `Valore stimato ${formatEuro(total)}: la parte certa del contratto, al netto dell'IVA.`,
    regime.estimateSource);
  const uncountedTechnical = items.find((i) => i.kind === 'technicalExtension' && !i.counted);
  if (uncountedTechnical) {
    why.note(`La proroga tecnica (${formatEuro(uncountedTechnical.amount)}) non entra nel valore stimato.`, 'anac-faq-rinnovo', ...regime.modificationSources);
  }

  let system: SystemId;
  let alternatives: SystemId[] = [];
  let fields: Fields;
  if (regime.systems.includes('SMART_CIG')) {
    const limit = smartCigLimit(s.object, date);
    const label = procedureLabel(procedure, date);
    if (smartCigAllowed(total, s.object, date, procedure)) {
      system = 'SMART_CIG';
      alternatives = ['SIMOG'];
      why.note(`${formatEuro(total)} è inferiore a ${formatEuro(limit!.below)}: il CIG si può chiedere con lo Smart CIG, in forma semplificata. Lo Smart CIG era facoltativo: resta possibile il SIMOG.`, limit!.source);
      fields = smartCigFields(total, s.object, date, label, why);
    } else {
      system = 'SIMOG';
      if (limit && isBelow(total, limit.below)) {
        why.note(`Nel 2011 lo Smart CIG copriva i contratti sotto soglia affidati in economia o con procedura negoziata senza bando: per una ${PROCEDURE_WORDS[procedure]} il CIG si chiede con il SIMOG.`, limit.source);
        if (procedure === 'other') why.open('Alcuni contratti (artt. 16, 17, 18, 149 e 218 del d.lgs. 163/2006, contratti esclusi fino a 150.000 €) potevano usare lo Smart CIG con altre fattispecie: da verificare per il tuo caso.');
      } else {
        why.note(`${formatEuro(total)} è pari o superiore a ${formatEuro(limit?.below ?? '40000')}: il CIG si chiede con il SIMOG.`, limit?.source ?? 'anac-faq-rinnovo', 'anac-faq-rinnovo');
      }
      const hasRenewals = (s.renewals ?? []).length > 0;
      fields = simogFields(total, s.object, label, { safetyCosts: s.safetyCosts, prevedeRipetizioni: hasRenewals });
      why.note(
        hasRenewals
          ? 'Nel SIMOG "L\'appalto prevede ripetizioni" va a SI perché i documenti prevedono un rinnovo.'
          : 'Nel SIMOG "L\'appalto prevede ripetizioni" va a NO: nessun rinnovo è previsto (un\'opzione di proroga non è una ripetizione).',
        'anac-faq-rinnovo', 'simog-docs');
      if (label === null) why.open('La voce della tendina "scelta del contraente" dipende dalla tua procedura: scegli quella corrispondente nel SIMOG. Da verificare.');
    }
  } else {
    system = 'PCP';
    why.note('Dal 1° gennaio 2024 il CIG si ottiene solo tramite una piattaforma di approvvigionamento certificata, che comunica con la PCP di ANAC; Smart CIG e SIMOG non si usano più per le nuove procedure.', 'anac-delibera-582-2023', 'dlgs36-art225');
    fields = pcpFields(total, s.object, procedure, date, why);
  }

  const { contribution, note } = contributionFor(total, date);
  if (contribution) why.note(describeContribution(contribution), 'l266-2005');
  else why.open(`Contributo ANAC: ${note}`);

  nextEventsForNew(s, total, date, regime, why);
  return {
    case: 'new', date, regime: regimeRef(regime),
    estimatedValue: total, items,
    newCig: true, system, alternatives, fields, contribution,
    notes: why.notes, unverified: why.unverified, next: why.next,
  };
}

function nextEventsForNew(s: NewScenario, total: string, date: IsoDate, regime: Regime, why: Reasoning) {
  const pcp = regime.systems.includes('PCP');
  if ((s.renewals ?? []).length > 0) {
    if (pcp) {
      why.then('Quando eserciterai il rinnovo: con la PCP non è verificato se serva un nuovo CIG (i rinnovi si dichiarano già nel quadro economico del CIG originario). Da verificare al momento del rinnovo.', 'anac-npa-schede');
    } else {
      why.then('Quando eserciterai il rinnovo: chiedi un nuovo CIG con il SIMOG per l\'importo del rinnovo, con "Ripetizione di precedente contratto" a SI e il CIG del contratto originario; non si paga un nuovo contributo.', 'anac-faq-rinnovo');
    }
  }
  const fifth = formatEuro(quintoOf(s.base));
  why.then(`Se in esecuzione una modifica o una proroga tecnica supererà il quinto dell'importo del contratto (con l'importo a base di ${formatEuro(s.base)}, oltre ${fifth}), servirà un nuovo CIG; entro il quinto resta lo stesso CIG.`, 'anac-faq-tracciabilita-a39', ...regime.modificationSources);
  if ((s.prorogaOptions ?? []).length > 0) {
    why.then("L'opzione di proroga è già compresa nel valore stimato e nell'importo del CIG. Se il suo esercizio richieda un nuovo CIG non è indicato dalle fonti: da verificare.", 'anac-faq-rinnovo');
  }
  void total; void date;
}

function adviseRenewal(s: RenewalScenario, date: IsoDate, regime: Regime): Advice {
  const why = new Reasoning();
  if (regime.systems.includes('PCP')) {
    why.note('Con la PCP i rinnovi previsti si dichiarano nelle "somme per opzioni e rinnovi" del quadro economico del CIG originario.', 'anac-npa-schede');
    why.open("Non è verificato se, con la PCP, l'esercizio di un rinnovo richieda un nuovo CIG come avveniva con il SIMOG (nuovo CIG, ripetizione di precedente contratto, nessun nuovo contributo). Verifica con la tua piattaforma certificata o con ANAC.");
    return {
      case: 'renewal', date, regime: regimeRef(regime),
      newCig: null, system: 'PCP', alternatives: [],
      fields: { scheda: null, canale: 'PAD', importo: toFixed2(s.amount) },
      contribution: null, notes: why.notes, unverified: why.unverified, next: why.next,
    };
  }
  why.note("Il rinnovo è una nuova manifestazione di volontà delle parti: serve un nuovo CIG, sempre con il SIMOG, qualunque sia l'importo.", 'anac-faq-rinnovo');
  why.note('Nel SIMOG: importo a base d\'asta pari al rinnovo, "Ripetizione di precedente contratto" a SI e il CIG del contratto originario. "L\'appalto prevede ripetizioni" resta a NO: il SIMOG non ammette entrambe a SI.', 'anac-faq-rinnovo', 'simog-docs');
  why.note('Per il CIG del rinnovo non si paga un nuovo contributo ANAC.', 'anac-faq-rinnovo');
  why.open('La voce "scelta del contraente" da indicare nel SIMOG per il CIG del rinnovo non è indicata dalle fonti: da verificare.');
  return {
    case: 'renewal', date, regime: regimeRef(regime),
    newCig: true, system: 'SIMOG', alternatives: [],
    fields: simogFields(s.amount, s.object, null, { prevedeRipetizioni: false, originalCig: s.originalCig.trim().toUpperCase() }),
    contribution: { stazioneAppaltante: '0.00', operatoreEconomico: '0.00', source: cite('anac-faq-rinnovo') },
    notes: why.notes, unverified: why.unverified, next: why.next,
  };
}

function adviseModification(s: ModificationScenario, date: IsoDate, regime: Regime): Advice {
  const why = new Reasoning();
  const what = s.case === 'variant' ? 'La modifica' : 'La proroga tecnica';
  const fifth = quintoOf(s.contractAmount);
  const base = { case: s.case, date, regime: regimeRef(regime) } as const;
  if (s.case === 'technicalExtension') {
    why.note("La proroga tecnica serve solo per il tempo strettamente necessario a concludere la procedura per il nuovo contraente; non è un'opzione del contratto.", 'anac-faq-rinnovo', ...regime.modificationSources);
  }
  if (!exceedsQuinto(s.amount, s.contractAmount)) {
    why.note(`${what} (${formatEuro(s.amount)}) non supera il quinto dell'importo del contratto (${formatEuro(fifth)}): resta il CIG del contratto, non serve un nuovo CIG.`, 'anac-faq-tracciabilita-a39', 'anac-faq-rinnovo', ...regime.modificationSources);
    return {
      ...base, newCig: false, system: null, alternatives: [], fields: {},
      contribution: { stazioneAppaltante: '0.00', operatoreEconomico: '0.00', source: cite('anac-faq-tracciabilita-a39') },
      notes: why.notes, unverified: why.unverified, next: why.next,
    };
  }
  why.note(`${what} (${formatEuro(s.amount)}) supera il quinto dell'importo del contratto (${formatEuro(fifth)}): serve un nuovo CIG, scelto in base all'importo della modifica stessa.`, 'anac-faq-tracciabilita-a39', 'anac-faq-rinnovo', ...regime.modificationSources);
  let system: SystemId;
  let alternatives: SystemId[] = [];
  let fields: Fields;
  if (regime.systems.includes('SMART_CIG')) {
    const limit = smartCigLimit(s.object, date);
    if (smartCigAllowed(s.amount, s.object, date, 'direct')) {
      system = 'SMART_CIG';
      alternatives = ['SIMOG'];
      why.note(`${formatEuro(s.amount)} è inferiore a ${formatEuro(limit!.below)}: si può usare lo Smart CIG (o il SIMOG), con la procedura "${VARIANT_PROCEDURE_LABEL}".`, limit!.source, 'anac-faq-rinnovo');
      fields = smartCigFields(s.amount, s.object, date, VARIANT_PROCEDURE_LABEL, why);
    } else {
      system = 'SIMOG';
      why.note(`${formatEuro(s.amount)} non è inferiore a ${formatEuro(limit?.below ?? '40000')}: si usa il SIMOG, con la procedura "${VARIANT_PROCEDURE_LABEL}".`, limit?.source ?? 'anac-faq-rinnovo', 'anac-faq-rinnovo');
      fields = simogFields(s.amount, s.object, VARIANT_PROCEDURE_LABEL, { prevedeRipetizioni: false });
    }
  } else {
    system = 'PCP';
    why.note('Dal 1° gennaio 2024 ogni nuovo CIG si ottiene tramite una piattaforma certificata collegata alla PCP.', 'anac-delibera-582-2023');
    why.open('Con la PCP la scheda da usare per il CIG di una modifica oltre il quinto non è indicata dalle fonti (la PCP prevede il collegamento "modifiche contrattuali o varianti per le quali è necessaria una nuova procedura di affidamento"): da verificare sulla piattaforma.');
    fields = { scheda: null, canale: 'PAD', importo: toFixed2(s.amount) };
  }
  const { contribution, note } = contributionFor(s.amount, date);
  let due: Contribution | null = null;
  if (contribution && contribution.stazioneAppaltante === '0.00' && contribution.operatoreEconomico === '0.00') {
    due = contribution;
    why.note(describeContribution(contribution), 'l266-2005');
  } else {
    why.open(contribution
      ? `Se per il nuovo CIG di una modifica si applichi la tabella dei contributi (per questo importo: stazione appaltante ${formatEuro(contribution.stazioneAppaltante)}, operatore ${formatEuro(contribution.operatoreEconomico)}) non è indicato dalle fonti: da verificare.`
      : `Contributo ANAC: ${note}`);
  }
  return {
    ...base, newCig: true, system, alternatives, fields, contribution: due,
    notes: why.notes, unverified: why.unverified, next: why.next,
  };
}

/** The advice for a validated scenario. */
export function advise(s: Scenario, options: AdviseOptions = {}): Advice {
  const date = s.date ?? options.today ?? todayInRome();
  const regime = regimeOn(date);
  switch (s.case) {
    case 'new': return adviseNew(s, date, regime);
    case 'renewal': return adviseRenewal(s, date, regime);
    case 'variant':
    case 'technicalExtension': return adviseModification(s, date, regime);
  }
}

/** Whether a source is only partly verified, for the UI to flag. */
export function sourceConfidence(id: SourceId) {
  return SOURCES[id].confidence;
}
