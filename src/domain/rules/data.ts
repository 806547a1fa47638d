/**
 * Rule data: every entry holds for a period and names the act it comes from.
 * Amounts are plain decimal strings in euro, net of VAT. Periods are inclusive.
 * What differs between periods is an attribute of a row (a rule id that the engine dispatches on,
 * or the sources to cite), never a branch in the engine. Unit tests check that every dated table
 * runs without gaps from the first supported date.
 */
import type { Period } from './periods.ts';
import { SOURCES, type SourceId } from './sources.ts';
import { FATTISPECIE, type Fattispecie, type OggettoPrincipale } from './smartcig.ts';
import type { ObjectKind, Procedure } from './kinds.ts';

export type { ObjectKind, Procedure, SystemId } from './kinds.ts';

/** The first date the engine answers for (kept in its own module so the browser's forms need not load these tables). */
export { FIRST_SUPPORTED_DATE } from './supported.ts';

/**
 * How the CIG of a new contract, or of a modification above the quinto, is obtained. Each id has
 * one handler in `advise.ts` (`AWARD_RULES`).
 * - `smartCigBelowLimitElseSimog`: Smart CIG strictly below the limit of `SMART_CIG_LIMITS`, else SIMOG;
 * - `pcpCertifiedPlatform`: only through a certified platform talking to the PCP.
 */
export type AwardRuleId = 'smartCigBelowLimitElseSimog' | 'pcpCertifiedPlatform';

/**
 * What exercising a renewal means for the CIG. Each id has one handler in `advise.ts` (`RENEWAL_RULES`).
 * - `newSimogCig`: a new CIG with SIMOG, "ripetizione di precedente contratto", no new contribution;
 * - `pcpUnverified`: renewals are declared in the original CIG; whether a new CIG is needed is not settled.
 */
export type RenewalRuleId = 'newSimogCig' | 'pcpUnverified';

export interface Regime extends Period {
  id: string;
  name: string;
  award: AwardRuleId;
  renewal: RenewalRuleId;
  estimate: {
    /** The norm that defines the estimated value. */
    law: SourceId;
    /** Cited, after the law, for a proroga option counted in the estimated value. */
    prorogaOptionSources: readonly SourceId[];
    /** Issue 9: the norm that counts repetitions of similar works or services in the value (art. 57 c.5 b) d.lgs. 163/2006, art. 63 c.5 d.lgs. 50/2016, art. 76 c.6 d.lgs. 36/2023). */
    repetitionSources: readonly SourceId[];
  };
  /** The norms on proroga tecnica and on the quinto d'obbligo, when the reference names them. */
  modificationSources: readonly SourceId[];
  sources: readonly SourceId[];
}

export const REGIMES: readonly Regime[] = [
  {
    id: 'smartcig-2011', from: '2011-05-02', to: '2011-07-11',
    name: 'D.lgs. 163/2006 con Smart CIG (servizi e forniture sotto 20.000 €)',
    award: 'smartCigBelowLimitElseSimog', renewal: 'newSimogCig',
    estimate: { law: 'dlgs163-art29', prorogaOptionSources: ['anac-faq-rinnovo'], repetitionSources: ['dlgs163-art57'] }, modificationSources: [],
    sources: ['avcp-comunicato-2011-05-02', 'dlgs163-art125'],
  },
  {
    id: 'smartcig-40k', from: '2011-07-12', to: '2016-04-18',
    name: 'D.lgs. 163/2006 con Smart CIG sotto 40.000 €',
    award: 'smartCigBelowLimitElseSimog', renewal: 'newSimogCig',
    estimate: { law: 'dlgs163-art29', prorogaOptionSources: ['anac-faq-rinnovo'], repetitionSources: ['dlgs163-art57'] }, modificationSources: [],
    sources: ['avcp-comunicato-2011-07-15'],
  },
  {
    id: 'dlgs50', from: '2016-04-19', to: '2023-06-30',
    name: 'D.lgs. 50/2016 (SIMOG e Smart CIG)',
    award: 'smartCigBelowLimitElseSimog', renewal: 'newSimogCig',
    estimate: { law: 'dlgs50-art35', prorogaOptionSources: ['anac-faq-rinnovo'], repetitionSources: ['dlgs50-art63'] }, modificationSources: ['dlgs50-art106'],
    sources: ['dlgs50-art35'],
  },
  {
    id: 'dlgs36-simog', from: '2023-07-01', to: '2023-12-31',
    name: 'D.lgs. 36/2023, periodo transitorio (SIMOG e Smart CIG ancora in uso)',
    award: 'smartCigBelowLimitElseSimog', renewal: 'newSimogCig',
    estimate: { law: 'dlgs36-art14', prorogaOptionSources: ['dlgs36-art120', 'anac-faq-rinnovo'], repetitionSources: ['dlgs36-art76'] }, modificationSources: ['dlgs36-art120'],
    sources: ['dlgs36-art225'],
  },
  {
    id: 'dlgs36-pcp', from: '2024-01-01', to: null,
    name: 'D.lgs. 36/2023 con la Piattaforma contratti pubblici (PCP) tramite piattaforme certificate',
    award: 'pcpCertifiedPlatform', renewal: 'pcpUnverified',
    estimate: { law: 'dlgs36-art14', prorogaOptionSources: ['dlgs36-art120', 'anac-faq-rinnovo'], repetitionSources: ['dlgs36-art76'] }, modificationSources: ['dlgs36-art120'],
    sources: ['dlgs36-art225', 'anac-delibera-582-2023'],
  },
];

/** Smart CIG may be used strictly below these amounts ("inferiore a"). */
export interface SmartCigLimit extends Period {
  object: ObjectKind;
  below: string;
  /** Procedures the Smart CIG fattispecie covers in this period; null: any procedure. */
  procedures: readonly Procedure[] | null;
  /** The "fattispecie contrattuale" entry of the form; null when its exact wording is not known. */
  fattispecie: string | null;
  source: SourceId;
}

const OBJECT_OF = { LAVORI: 'works', SERVIZI: 'services', FORNITURE: 'supplies' } as const satisfies Record<OggettoPrincipale, ObjectKind>;
const ALL_OBJECTS: readonly OggettoPrincipale[] = ['LAVORI', 'SERVIZI', 'FORNITURE'];

const isSourceId = (id: string): id is SourceId => Object.hasOwn(SOURCES, id);

/** The limit's source: the first of the fattispecie's sources that the shared list knows. */
function limitSource(f: Fattispecie): SourceId {
  const id = f.sources.find(isSourceId);
  if (id === undefined) throw new Error(`La fattispecie ${f.id} non cita una fonte dell'elenco comune`);
  return id;
}

/**
 * Derived from the amount-based "fattispecie" of the Smart CIG form (rules/smartcig.ts), so that the
 * simulator and the engine read the same limits.
 */
export const SMART_CIG_LIMITS: readonly SmartCigLimit[] = FATTISPECIE.flatMap((f) => {
  const limit = f.limit;
  // Only the amount-based entries (not the categories such as the art. 17 contracts of 2016).
  if (limit?.kind !== 'below' || f.scope !== 'amount') return [];
  return (f.objects ?? ALL_OBJECTS).map((o) => ({
    object: OBJECT_OF[o], from: f.from, to: f.to, below: limit.amount,
    procedures: f.procedures ?? null, fattispecie: f.labelKnown ? f.label : null, source: limitSource(f),
  }));
});

/** Labels of "procedura di scelta del contraente" in SIMOG and Smart CIG, by period. */
interface ProcedureLabel extends Period {
  procedure: Procedure;
  label: string | null;
  source: SourceId;
}

export const PROCEDURE_LABELS: readonly ProcedureLabel[] = [
  { procedure: 'direct', from: '2011-05-02', to: '2016-04-18', label: 'AFFIDAMENTO IN ECONOMIA - AFFIDAMENTO DIRETTO', source: 'simog-docs' },
  { procedure: 'direct', from: '2016-04-19', to: '2023-12-31', label: 'AFFIDAMENTO DIRETTO', source: 'simog-docs' },
  { procedure: 'negotiated', from: '2011-05-02', to: '2016-04-18', label: 'AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO', source: 'avcp-comunicato-2011-05-02' },
  { procedure: 'negotiated', from: '2016-04-19', to: '2023-12-31', label: 'PROCEDURA NEGOZIATA SENZA PREVIA PUBBLICAZIONE', source: 'simog-docs' },
  { procedure: 'open', from: '2011-05-02', to: '2023-12-31', label: 'PROCEDURA APERTA', source: 'simog-docs' },
  { procedure: 'restricted', from: '2011-05-02', to: '2023-12-31', label: 'PROCEDURA RISTRETTA', source: 'simog-docs' },
  { procedure: 'other', from: '2011-05-02', to: '2023-12-31', label: null, source: 'simog-docs' },
];

/** The label for a modification above the quinto, exactly as the form lists it. */
export const VARIANT_PROCEDURE_LABEL = "AFFIDAMENTO DIRETTO PER VARIANTE SUPERIORE AL 20% DELL'IMPORTO CONTRATTUALE";

/** The share of the contract amount above which a modification needs a new CIG ("oltre il quinto"). */
export const QUINTO = '0.2';

/** ANAC contribution: bands are "uguale o maggiore di from, inferiore a below". */
export interface ContributionBand {
  from: string;
  below: string | null;
  stazioneAppaltante: string;
  operatoreEconomico: string;
}

export interface ContributionTable extends Period {
  id: string;
  /** null when the amounts of this period are not known: the product says so instead of guessing. */
  bands: readonly ContributionBand[] | null;
  /**
   * Where `bands` is null: the id of the latest known table, which the product applies with the
   * contribution marked provisional (CONTRACT §7.2). Absent: nothing is applied.
   */
  provisionallyApplies?: string;
  sources: readonly SourceId[];
  note: string;
}

const band = (from: string, below: string | null, sa: string, oe: string): ContributionBand =>
  ({ from, below, stazioneAppaltante: sa, operatoreEconomico: oe });

const BANDS_2018: readonly ContributionBand[] = [
  band('0', '40000', '0', '0'),
  band('40000', '150000', '30', '0'),
  band('150000', '300000', '225', '20'),
  band('300000', '500000', '225', '35'),
  band('500000', '800000', '375', '70'),
  band('800000', '1000000', '375', '80'),
  band('1000000', '5000000', '600', '140'),
  band('5000000', '20000000', '800', '200'),
  band('20000000', null, '800', '500'),
];

const BANDS_2023_04: readonly ContributionBand[] = [
  band('0', '40000', '0', '0'),
  band('40000', '150000', '35', '0'),
  band('150000', '300000', '250', '18'),
  band('300000', '500000', '250', '33'),
  band('500000', '800000', '410', '77'),
  band('800000', '1000000', '410', '90'),
  band('1000000', '5000000', '660', '165'),
  band('5000000', '20000000', '880', '220'),
  band('20000000', null, '880', '560'),
];

export const CONTRIBUTION_TABLES: readonly ContributionTable[] = [
  {
    id: 'prima-del-2018', from: '2011-05-02', to: '2017-12-31', bands: null, sources: ['l266-2005', 'anac-contributi-2018-2022'],
    note: 'Gli importi in vigore prima del 2018 non sono nella documentazione verificata. La delibera n. 1300/2017 dichiara di non aver aumentato gli importi degli anni precedenti: quelli del 2018 sono quindi un riferimento probabile, da verificare.',
  },
  { id: '2018-2020', from: '2018-01-01', to: '2020-05-18', bands: BANDS_2018, sources: ['anac-contributi-2018-2022'], note: 'Tabella delle delibere 1300/2017, 1174/2018 e 1197/2019.' },
  { id: 'esonero-2020', from: '2020-05-19', to: '2020-12-31', bands: BANDS_2018.map((b) => ({ ...b, stazioneAppaltante: '0', operatoreEconomico: '0' })), sources: ['dl34-2020-art65'], note: 'Esonero per le procedure avviate dal 19 maggio al 31 dicembre 2020.' },
  { id: '2021-2023-03', from: '2021-01-01', to: '2023-03-31', bands: BANDS_2018, sources: ['anac-contributi-2018-2022', 'anac-delibera-621-2022'], note: 'Tabella delle delibere 1197/2019 e 830/2021, confermata fino al 31 marzo 2023 dalla delibera 621/2022.' },
  { id: '2023-04-2023-12', from: '2023-04-01', to: '2023-12-31', bands: BANDS_2023_04, sources: ['anac-delibera-621-2022'], note: 'Nuovi importi della delibera 621/2022 per le gare dal 1° aprile 2023 (ritenuti uguali alla tabella 2024).' },
  { id: '2024', from: '2024-01-01', to: '2024-12-31', bands: BANDS_2023_04, sources: ['anac-delibera-610-2023'], note: 'Tabella della delibera 610/2023.' },
  { id: '2025', from: '2025-01-01', to: '2025-12-31', bands: BANDS_2023_04, sources: ['anac-delibera-598-2024'], note: 'Tabella della delibera 598/2024, pubblicata da più fonti uguale a quella del 2024.' },
  {
    // No later delibera found (research §6.3, REFERENCE §9.8): the 2025 table is applied, marked provisional.
    id: 'dal-2026', from: '2026-01-01', to: null, bands: null, provisionallyApplies: '2025', sources: ['anac-delibera-598-2024'],
    note: 'La delibera sui contributi dal 2026 non è stata trovata. Si applica in via provvisoria l\'ultima tabella nota, quella del 2025 (delibera 598/2024): verifica sul sito ANAC.',
  },
];

/** The AD5 card covers direct awards strictly below this amount. */
export const PCP_AD5_BELOW = '5000';

/** Art. 50 c.1 d.lgs. 36/2023: direct awards "inferiori a" these amounts. */
interface DirectAwardLimit extends Period {
  object: ObjectKind;
  below: string;
  source: SourceId;
}

export const DIRECT_AWARD_LIMITS: readonly DirectAwardLimit[] = [
  { object: 'works', from: '2023-07-01', to: null, below: '150000', source: 'dlgs36-art50' },
  { object: 'services', from: '2023-07-01', to: null, below: '140000', source: 'dlgs36-art50' },
  { object: 'supplies', from: '2023-07-01', to: null, below: '140000', source: 'dlgs36-art50' },
];

/** Words for the form values. */
export const OBJECT_LABEL: Readonly<Record<ObjectKind, string>> = { works: 'LAVORI', services: 'SERVIZI', supplies: 'FORNITURE' };
