/**
 * Smart CIG rule data for the simulator, as the request form had it on each day of the service:
 * the "fattispecie contrattuale" with the amount and the procedures each allows, the "procedura di
 * scelta del contraente" list, the fields added later (centralizzazione della spesa, motivo
 * richiesta CIG) with their values, the May 2021 outage, the carnet rules. Every row holds for a
 * period (inclusive) and names its sources; the form reads the rows in force on the simulated
 * date, never an `if` on a date. Amounts are plain strings.
 *
 * What the references do not settle is not guessed: a label whose exact wording is not documented
 * is marked `labelKnown: false` (the wording is ours and the page says so), a start day that is not
 * documented is marked `startKnown: false` with the assumption taken, and the open points of a period
 * are rows of FORM_NOTES, which the form shows as "da verificare".
 */
import type { Period } from './periods.ts';
import { inForce, periodContains } from './periods.ts';
import type { SourceId } from './sources.ts';
import type { IsoDate } from '../dates.ts';
import type { Procedure } from './kinds.ts';

/** The days Smart CIG was online: from 2 May 2011 to its dismissal on 31 December 2023. */
export const SMART_CIG_SERVICE: Period & { sources: readonly SourceId[] } = {
  from: '2011-05-02',
  to: '2023-12-31',
  sources: ['avcp-comunicato-2011-05-02', 'anac-delibera-582-2023'],
};

export const CARNET_RULES = {
  /** Codes in a carnet: "carnet da 50" (size may be chosen from 1 to 50). */
  maxSize: 50,
  minSize: 1,
  defaultSize: 50,
  /** At most two carnets active at the same time. */
  maxActive: 2,
  /** Valid 90 days from the day it is issued: created + 90 is the last day of validity. */
  validityDays: 90,
  /** Data of the CIGs used are due within 30 days of the expiry. */
  dataDays: 30,
  sources: ['avcp-comunicato-2011-05-02', 'guida-smartcig-2011'] satisfies readonly SourceId[],
} as const;

export type OggettoPrincipale = 'LAVORI' | 'SERVIZI' | 'FORNITURE';
export const OGGETTI_PRINCIPALI: readonly OggettoPrincipale[] = ['LAVORI', 'FORNITURE', 'SERVIZI'];

/**
 * An amount rule: "inferiore a" is strictly below, "fino a" is at most; null means the sources set
 * no amount for the fattispecie.
 */
type AmountLimit = { kind: 'below'; amount: string } | { kind: 'atMost'; amount: string } | null;

export interface Fattispecie extends Period {
  id: string;
  /** As the drop-down of the form shows it. */
  label: string;
  /**
   * 'amount': the entry for any contract of its objects below an amount (the engine's Smart CIG
   * limits are read from these); 'category': a category of contracts (excluded, special sectors...).
   */
  scope: 'amount' | 'category';
  /** The main objects it covers; null: all. */
  objects: readonly OggettoPrincipale[] | null;
  limit: AmountLimit;
  /** Kinds of procedure the fattispecie covers (see SMART_CIG_PROCEDURE_ROWS); absent: any procedure of the list in force. */
  procedures?: readonly Procedure[];
  /** False when the exact wording of the drop-down entry is not documented (the label is ours). */
  labelKnown: boolean;
  sources: readonly SourceId[];
}

const CODE163_END = '2016-04-18';
const CODE50_START = '2016-04-19';
const SERVICE_END = '2023-12-31';

export const FATTISPECIE: readonly Fattispecie[] = [
  {
    id: 'LAVORI_INF_40000', from: '2011-05-02', to: '2011-07-11', scope: 'amount',
    label: 'CONTRATTI DI LAVORI DI IMPORTO INFERIORE A EURO 40.000 (AFFIDAMENTO DIRETTO O PROCEDURA NEGOZIATA SENZA BANDO)',
    objects: ['LAVORI'], limit: { kind: 'below', amount: '40000' }, procedures: ['direct', 'negotiated'], labelKnown: false,
    sources: ['avcp-comunicato-2011-05-02', 'dlgs163-art125'],
  },
  {
    id: 'SERVIZI_FORNITURE_INF_20000', from: '2011-05-02', to: '2011-07-11', scope: 'amount',
    label: 'CONTRATTI DI SERVIZI E FORNITURE DI IMPORTO INFERIORE A EURO 20.000 (AFFIDAMENTO DIRETTO O PROCEDURA NEGOZIATA SENZA BANDO)',
    objects: ['SERVIZI', 'FORNITURE'], limit: { kind: 'below', amount: '20000' }, procedures: ['direct', 'negotiated'], labelKnown: false,
    sources: ['avcp-comunicato-2011-05-02', 'dlgs163-art125'],
  },
  {
    // Any procedure: ANAC's data show open and restricted procedures too on Smart CIGs below 40,000 €.
    id: 'INF_40000', from: '2011-07-12', to: SERVICE_END, scope: 'amount',
    label: 'CONTRATTI DI IMPORTO INFERIORE A EURO 40.000',
    objects: null, limit: { kind: 'below', amount: '40000' }, labelKnown: true,
    sources: ['avcp-comunicato-2011-07-15', 'infn-wiki-smartcig'],
  },
  {
    id: 'ARTT_16_17_18', from: '2011-05-02', to: CODE163_END, scope: 'category',
    label: 'CONTRATTI DI CUI AGLI ARTT. 16, 17 E 18 DEL D.LGS. 163/2006 (QUALUNQUE IMPORTO)',
    objects: null, limit: null, labelKnown: false,
    sources: ['avcp-comunicato-2011-05-02', 'guida-smartcig-2011'],
  },
  {
    id: 'ESCLUSI_150000', from: '2011-05-02', to: CODE163_END, scope: 'category',
    label: 'CONTRATTI ESCLUSI IN TUTTO O IN PARTE DALL\'APPLICAZIONE DEL CODICE, FINO A EURO 150.000',
    objects: null, limit: { kind: 'atMost', amount: '150000' }, labelKnown: false,
    sources: ['avcp-comunicato-2011-05-02', 'guida-smartcig-2011'],
  },
  {
    id: 'ARTT_218_149', from: '2011-05-02', to: CODE163_END, scope: 'category',
    label: 'CONTRATTI DI CUI AGLI ARTT. 218 E 149 DEL D.LGS. 163/2006 (IMPRESE COLLEGATE)',
    objects: null, limit: null, labelKnown: false,
    sources: ['avcp-comunicato-2011-05-02', 'guida-smartcig-2011'],
  },
  // From d.lgs. 50/2016: the entries one secondary source lists (REFERENCE §9.9, [P]); the
  // articles are known, the exact wording of each entry is not (labels ours).
  {
    id: 'DLGS50_ART17_INF_40000', from: CODE50_START, to: SERVICE_END, scope: 'category',
    label: 'CONTRATTI DI CUI ALL\'ART. 17 DEL D.LGS. 50/2016 DI IMPORTO INFERIORE A EURO 40.000',
    objects: null, limit: { kind: 'below', amount: '40000' }, labelKnown: false,
    sources: ['funzionarioamministrativo-smartcig', 'dlgs50'],
  },
  {
    id: 'DLGS50_ART19_INF_40000', from: CODE50_START, to: SERVICE_END, scope: 'category',
    label: 'CONTRATTI DI CUI ALL\'ART. 19 DEL D.LGS. 50/2016 DI IMPORTO INFERIORE A EURO 40.000',
    objects: null, limit: { kind: 'below', amount: '40000' }, labelKnown: false,
    sources: ['funzionarioamministrativo-smartcig', 'dlgs50'],
  },
  {
    // Annex IX lists services only.
    id: 'DLGS50_ALL_IX_INF_40000', from: CODE50_START, to: SERVICE_END, scope: 'category',
    label: 'SERVIZI DI CUI ALL\'ALLEGATO IX DEL D.LGS. 50/2016 DI IMPORTO INFERIORE A EURO 40.000',
    objects: ['SERVIZI'], limit: { kind: 'below', amount: '40000' }, labelKnown: false,
    sources: ['funzionarioamministrativo-smartcig', 'dlgs50'],
  },
  {
    id: 'DLGS50_ART7', from: CODE50_START, to: SERVICE_END, scope: 'category',
    label: 'CONTRATTI DI CUI ALL\'ART. 7 DEL D.LGS. 50/2016 (QUALUNQUE IMPORTO)',
    objects: null, limit: null, labelKnown: false,
    sources: ['funzionarioamministrativo-smartcig', 'dlgs50'],
  },
  {
    id: 'DLGS50_ART16', from: CODE50_START, to: SERVICE_END, scope: 'category',
    label: 'CONTRATTI DI CUI ALL\'ART. 16 DEL D.LGS. 50/2016 (QUALUNQUE IMPORTO)',
    objects: null, limit: null, labelKnown: false,
    sources: ['funzionarioamministrativo-smartcig', 'dlgs50'],
  },
  {
    id: 'DLGS50_ART162', from: CODE50_START, to: SERVICE_END, scope: 'category',
    label: 'CONTRATTI DI CUI ALL\'ART. 162 DEL D.LGS. 50/2016 (QUALUNQUE IMPORTO)',
    objects: null, limit: null, labelKnown: false,
    sources: ['funzionarioamministrativo-smartcig', 'dlgs50'],
  },
];

export function fattispecieInForce(date: IsoDate): Fattispecie[] {
  return FATTISPECIE.filter((f) => periodContains(f, date));
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toUpperCase();

/** Finds a fattispecie by id or by its label (case and spaces ignored). */
export function findFattispecie(idOrLabel: string): Fattispecie | undefined {
  const key = norm(idOrLabel);
  return FATTISPECIE.find((f) => f.id === key || norm(f.label) === key);
}

/** The default fattispecie for an object on a date (the amount-based one), used when none is given. */
export function defaultFattispecie(object: OggettoPrincipale, date: IsoDate): Fattispecie | undefined {
  return inForce(
    FATTISPECIE.filter((f) => f.scope === 'amount' && (f.objects === null || f.objects.includes(object))),
    date,
  );
}

/**
 * One entry of the "Procedura di scelta del contraente" drop-down, for a period, with the kind of
 * procedure it is (the fattispecie that cover only some kinds are checked against it). The labels
 * are those seen on Smart CIGs in ANAC's data (REFERENCE §4.1) and in the code list of §4.2.
 */
export interface SmartCigProcedure extends Period {
  label: string;
  kind: Procedure;
  sources: readonly SourceId[];
}

export const SMART_CIG_PROCEDURE_ROWS: readonly SmartCigProcedure[] = [
  // Whole life of the service. "AFFIDAMENTO DIRETTO" is code 23 of the list, shown before 2016 also
  // with its older label "AFFIDAMENTO IN ECONOMIA - AFFIDAMENTO DIRETTO" (both offered until then).
  { label: 'AFFIDAMENTO DIRETTO', kind: 'direct', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti', 'simog-docs'] },
  { label: 'PROCEDURA NEGOZIATA SENZA PREVIA PUBBLICAZIONE', kind: 'negotiated', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti', 'simog-docs'] },
  { label: 'AFFIDAMENTO DIRETTO IN ADESIONE AD ACCORDO QUADRO/CONVENZIONE', kind: 'other', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti'] },
  { label: 'AFFIDAMENTO DIRETTO PER LAVORI, SERVIZI O FORNITURE SUPPLEMENTARI', kind: 'other', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti'] },
  { label: "AFFIDAMENTO DIRETTO A SOCIETA' IN HOUSE", kind: 'other', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti'] },
  { label: 'AFFIDAMENTO DIRETTO EX ART. 5 DELLA LEGGE 381/91', kind: 'other', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti'] },
  { label: 'PROCEDURA APERTA', kind: 'open', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti', 'simog-docs'] },
  { label: 'PROCEDURA RISTRETTA', kind: 'restricted', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti', 'simog-docs'] },
  { label: 'DIALOGO COMPETITIVO', kind: 'other', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti'] },
  { label: 'PROCEDURA DERIVANTE DA LEGGE REGIONALE', kind: 'other', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti'] },
  { label: 'PROCEDURA NEGOZIATA CON PREVIA INDIZIONE DI GARA (SETTORI SPECIALI)', kind: 'other', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti'] },
  { label: "AFFIDAMENTO DIRETTO PER VARIANTE SUPERIORE AL 20% DELL'IMPORTO CONTRATTUALE", kind: 'other', from: '2011-05-02', to: SERVICE_END, sources: ['ondata-liberiamoli-tutti'] },
  // d.lgs. 163/2006 only: acquisitions "in economia" (art. 125) and the simplified restricted
  // procedure (art. 123) ended with the Code of 2016; the list no longer had them.
  { label: 'AFFIDAMENTO IN ECONOMIA - AFFIDAMENTO DIRETTO', kind: 'direct', from: '2011-05-02', to: CODE163_END, sources: ['dlgs163-art125', 'simog-docs'] },
  { label: 'AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO', kind: 'negotiated', from: '2011-05-02', to: CODE163_END, sources: ['dlgs163-art125', 'guida-smartcig-2011', 'dlgs50'] },
  { label: 'PROCEDURA RISTRETTA SEMPLIFICATA', kind: 'restricted', from: '2011-05-02', to: CODE163_END, sources: ['ondata-liberiamoli-tutti', 'dlgs163-art54'] },
  // d.lgs. 50/2016: the procedures it introduced that appear on Smart CIGs. D.L. 76/2020 (from 17
  // July 2020) used the existing entries (affidamento diretto, procedura negoziata senza bando):
  // no new entry of the list is documented for it.
  { label: 'PROCEDURA NEGOZIATA PER AFFIDAMENTI SOTTO SOGLIA', kind: 'negotiated', from: CODE50_START, to: SERVICE_END, sources: ['ondata-liberiamoli-tutti', 'dlgs50-art36'] },
  { label: 'AFFIDAMENTO DIRETTO PER MODIFICHE CONTRATTUALI O VARIANTI PER LE QUALI È NECESSARIA UNA NUOVA PROCEDURA DI AFFIDAMENTO', kind: 'other', from: CODE50_START, to: SERVICE_END, sources: ['ondata-liberiamoli-tutti', 'dlgs50-art106'] },
];

/** The procedure drop-down on a date, in the order of the rows. */
export function proceduresInForce(date: IsoDate): SmartCigProcedure[] {
  return SMART_CIG_PROCEDURE_ROWS.filter((p) => periodContains(p, date));
}

/** Finds a procedure entry by its label (case and spaces ignored), in any period. */
export function findProcedure(value: string): SmartCigProcedure | undefined {
  const key = norm(value);
  return SMART_CIG_PROCEDURE_ROWS.find((p) => p.label === key);
}

/** Whether a fattispecie covers a procedure entry. */
export function fattispecieAllows(f: Fattispecie, p: SmartCigProcedure): boolean {
  return f.procedures === undefined || f.procedures.includes(p.kind);
}

/**
 * The fields the later form had besides the seven of 2011 (REFERENCE §4.1 and §9.9, INFN guide [V]).
 * Their labels are known; the day they appeared is not: both name the dPCM of 24 December 2015 (the
 * categories of art. 9 c.3 D.L. 66/2014), so they cannot predate it, and the simulator shows them
 * from that day (`startKnown: false`: an assumption, shown in the form). Whether they were
 * mandatory is not documented: the simulator accepts them empty.
 */
export type LaterField = 'centralizzazione' | 'motivoRichiesta';

interface LaterFieldRow extends Period {
  field: LaterField;
  label: string;
  startKnown: boolean;
  sources: readonly SourceId[];
}

const LATER_FIELDS_FROM = '2015-12-24';

export const LATER_FIELD_ROWS: readonly LaterFieldRow[] = [
  {
    field: 'centralizzazione', from: LATER_FIELDS_FROM, to: SERVICE_END, startKnown: false,
    label: 'Disposizioni in materia di centralizzazione della spesa pubblica (art. 9 comma 3 D.L. 66/2014)',
    sources: ['infn-wiki-smartcig', 'dl66-2014-art9', 'dpcm-2015-12-24'],
  },
  {
    field: 'motivoRichiesta', from: LATER_FIELDS_FROM, to: SERVICE_END, startKnown: false,
    label: 'Motivo richiesta CIG',
    sources: ['infn-wiki-smartcig', 'dpcm-2015-12-24'],
  },
];

export function laterFieldsInForce(date: IsoDate): LaterFieldRow[] {
  return LATER_FIELD_ROWS.filter((r) => periodContains(r, date));
}

/** A value of a later field's drop-down. */
export interface LaterFieldOption extends Period {
  field: LaterField;
  id: string;
  label: string;
  labelKnown: boolean;
  sources: readonly SourceId[];
}

export const LATER_FIELD_OPTIONS: readonly LaterFieldOption[] = [
  { field: 'centralizzazione', id: 'NON_ELENCATI', from: LATER_FIELDS_FROM, to: SERVICE_END, labelKnown: true, label: "Lavori oppure beni e servizi non elencati nell'art. 1 dPCM 24/12/2015", sources: ['infn-wiki-smartcig'] },
  // The other answer is implied by the known one; its wording is ours.
  { field: 'centralizzazione', id: 'ELENCATI', from: LATER_FIELDS_FROM, to: SERVICE_END, labelKnown: false, label: "Beni e servizi elencati nell'art. 1 dPCM 24/12/2015", sources: ['dpcm-2015-12-24'] },
  // The seven reasons of ANAC's list (codes 1-7 of motivazioneCIG); the first is the value the INFN
  // guide shows. Codes 2 and 3 name delibera 784 of 20 July 2016, so they start that day.
  { field: 'motivoRichiesta', id: '1', from: LATER_FIELDS_FROM, to: SERVICE_END, labelKnown: true, label: 'Stazione appaltante non soggetta agli obblighi di cui al dPCM 24 dicembre 2015', sources: ['anac-npa-motivazione-cig', 'infn-wiki-smartcig'] },
  { field: 'motivoRichiesta', id: '2', from: '2016-07-20', to: SERVICE_END, labelKnown: true, label: "Acquisto espletato mediante adesione a contratto di soggetto aggregatore iscritto nell'elenco di cui alla delibera dell'Autorità Nazionale Anticorruzione n. 784 del 20 luglio 2016", sources: ['anac-npa-motivazione-cig', 'anac-delibera-784-2016'] },
  { field: 'motivoRichiesta', id: '3', from: '2016-07-20', to: SERVICE_END, labelKnown: true, label: "Soggetto aggregatore iscritto nell'elenco di cui alla delibera dell'Autorità Nazionale Anticorruzione n. 784 del 20 luglio 2016", sources: ['anac-npa-motivazione-cig', 'anac-delibera-784-2016'] },
  { field: 'motivoRichiesta', id: '4', from: LATER_FIELDS_FROM, to: SERVICE_END, labelKnown: true, label: "Soglie massime annuali di cui all'art. 1 del dPCM 24 dicembre 2015 non raggiunte per la categoria merceologica d'interesse", sources: ['anac-npa-motivazione-cig'] },
  { field: 'motivoRichiesta', id: '5', from: LATER_FIELDS_FROM, to: SERVICE_END, labelKnown: true, label: "Contratto non attivo presso il soggetto aggregatore (di cui all'art. 9, commi 1 e 2 del DL 66/2014) di riferimento o Consip e mancanza di accordi di collaborazione tra questi al momento della richiesta del rilascio del CIG", sources: ['anac-npa-motivazione-cig'] },
  { field: 'motivoRichiesta', id: '6', from: LATER_FIELDS_FROM, to: SERVICE_END, labelKnown: true, label: 'Il fornitore non ha accettato ordinativi di importi minimi previsti dai contratti attivi', sources: ['anac-npa-motivazione-cig'] },
  { field: 'motivoRichiesta', id: '7', from: LATER_FIELDS_FROM, to: SERVICE_END, labelKnown: true, label: "Procedura avviata prima dell'entrata in vigore del DPCM 24 dicembre 2015", sources: ['anac-npa-motivazione-cig'] },
];

export function laterFieldOptions(field: LaterField, date: IsoDate): LaterFieldOption[] {
  return LATER_FIELD_OPTIONS.filter((o) => o.field === field && periodContains(o, date));
}

/**
 * What the form says about its own lists on a date (the words are in src/copy/simulatore.ts):
 * `unverified` notes name what is not known, the others explain a rule of the period.
 */
export type FormNoteCode = 'fattispecie2016' | 'code36Lists' | 'laterFieldsStart' | 'smartCigLimitAfterDl76';

interface FormNote extends Period {
  code: FormNoteCode;
  unverified: boolean;
  sources: readonly SourceId[];
}

export const FORM_NOTES: readonly FormNote[] = [
  { code: 'laterFieldsStart', from: LATER_FIELDS_FROM, to: SERVICE_END, unverified: true, sources: ['infn-wiki-smartcig', 'dpcm-2015-12-24'] },
  { code: 'fattispecie2016', from: CODE50_START, to: SERVICE_END, unverified: true, sources: ['funzionarioamministrativo-smartcig'] },
  { code: 'smartCigLimitAfterDl76', from: '2020-07-17', to: SERVICE_END, unverified: false, sources: ['dl76-2020-art1', 'infn-wiki-smartcig'] },
  { code: 'code36Lists', from: '2023-07-01', to: SERVICE_END, unverified: true, sources: ['dlgs36-art225', 'anac-delibera-582-2023'] },
];

export function formNotes(date: IsoDate): FormNote[] {
  return FORM_NOTES.filter((n) => periodContains(n, date));
}

/**
 * Days the service did not work, as data: the May 2021 outage of ANAC's platform (a power failure
 * at the Authority's seat from 3 May 2021; on 7 May the press still reported Smart CIG codes not
 * being issued, and expected the service back that day: the last day is P). The simulator shows the
 * outage screen whenever the simulated date falls in one of these periods.
 */
interface Outage extends Period {
  id: string;
  endKnown: boolean;
  sources: readonly SourceId[];
}

export const SERVICE_OUTAGES: readonly Outage[] = [
  { id: 'maggio-2021', from: '2021-05-03', to: '2021-05-07', endKnown: false, sources: ['cronaca-disservizio-2021-05', 'anac-comunicato-2021-05'] },
];

export function outageOn(date: IsoDate): Outage | undefined {
  return inForce(SERVICE_OUTAGES, date);
}

/** Length limits of the simulated form (not documented for the real service: a practical choice). */
export const FORM_LIMITS = { oggettoMax: 250, cupLength: 15 } as const;
