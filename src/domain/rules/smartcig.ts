/**
 * Smart CIG rule data for the simulator: the "fattispecie contrattuale" of the request form with
 * the amount each allows, the carnet rules, and the "procedura di scelta del contraente" labels.
 * Every entry holds for a period (inclusive) and names its source. Amounts are plain strings.
 *
 * What the references do not settle is not guessed: after 18 April 2016 (d.lgs. 50/2016) the exact
 * wording of the fattispecie other than "importo inferiore a 40.000" is not known, so only that one
 * is offered from then on, and the page says the rest is "da verificare".
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
  /** The main objects it covers; null: all. */
  objects: readonly OggettoPrincipale[] | null;
  limit: AmountLimit;
  /** Procedures the fattispecie covers; absent: any procedure. */
  procedures?: readonly Procedure[];
  /** False when the exact wording of the drop-down entry is not documented (the label is ours). */
  labelKnown: boolean;
  sources: readonly SourceId[];
}

const CODE163_END = '2016-04-18';

export const FATTISPECIE: readonly Fattispecie[] = [
  {
    id: 'LAVORI_INF_40000', from: '2011-05-02', to: '2011-07-11',
    label: 'CONTRATTI DI LAVORI DI IMPORTO INFERIORE A EURO 40.000 (AFFIDAMENTO DIRETTO O PROCEDURA NEGOZIATA SENZA BANDO)',
    objects: ['LAVORI'], limit: { kind: 'below', amount: '40000' }, procedures: ['direct', 'negotiated'], labelKnown: false,
    sources: ['avcp-comunicato-2011-05-02', 'dlgs163-art125'],
  },
  {
    id: 'SERVIZI_FORNITURE_INF_20000', from: '2011-05-02', to: '2011-07-11',
    label: 'CONTRATTI DI SERVIZI E FORNITURE DI IMPORTO INFERIORE A EURO 20.000 (AFFIDAMENTO DIRETTO O PROCEDURA NEGOZIATA SENZA BANDO)',
    objects: ['SERVIZI', 'FORNITURE'], limit: { kind: 'below', amount: '20000' }, procedures: ['direct', 'negotiated'], labelKnown: false,
    sources: ['avcp-comunicato-2011-05-02', 'dlgs163-art125'],
  },
  {
    id: 'INF_40000', from: '2011-07-12', to: '2023-12-31',
    label: 'CONTRATTI DI IMPORTO INFERIORE A EURO 40.000',
    objects: null, limit: { kind: 'below', amount: '40000' }, labelKnown: true,
    sources: ['avcp-comunicato-2011-07-15', 'infn-wiki-smartcig'],
  },
  {
    id: 'ARTT_16_17_18', from: '2011-05-02', to: CODE163_END,
    label: 'CONTRATTI DI CUI AGLI ARTT. 16, 17 E 18 DEL D.LGS. 163/2006 (QUALUNQUE IMPORTO)',
    objects: null, limit: null, labelKnown: false,
    sources: ['avcp-comunicato-2011-05-02', 'guida-smartcig-2011'],
  },
  {
    id: 'ESCLUSI_150000', from: '2011-05-02', to: CODE163_END,
    label: 'CONTRATTI ESCLUSI IN TUTTO O IN PARTE DALL\'APPLICAZIONE DEL CODICE, FINO A EURO 150.000',
    objects: null, limit: { kind: 'atMost', amount: '150000' }, labelKnown: false,
    sources: ['avcp-comunicato-2011-05-02', 'guida-smartcig-2011'],
  },
  {
    id: 'ARTT_218_149', from: '2011-05-02', to: CODE163_END,
    label: 'CONTRATTI DI CUI AGLI ARTT. 218 E 149 DEL D.LGS. 163/2006 (IMPRESE COLLEGATE)',
    objects: null, limit: null, labelKnown: false,
    sources: ['avcp-comunicato-2011-05-02', 'guida-smartcig-2011'],
  },
];

export function fattispecieInForce(date: IsoDate): Fattispecie[] {
  return FATTISPECIE.filter((f) => periodContains(f, date));
}

/** Finds a fattispecie by id or by its label (case and spaces ignored). */
export function findFattispecie(idOrLabel: string): Fattispecie | undefined {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toUpperCase();
  const key = norm(idOrLabel);
  return FATTISPECIE.find((f) => f.id === key || norm(f.label) === key);
}

/** The default fattispecie for an object on a date (the amount-based one), used when none is given. */
export function defaultFattispecie(object: OggettoPrincipale, date: IsoDate): Fattispecie | undefined {
  return inForce(
    FATTISPECIE.filter((f) => f.limit?.kind === 'below' && (f.objects === null || f.objects.includes(object))),
    date,
  );
}

/** "Procedura di scelta del contraente": values seen on Smart CIGs (ANAC data, REFERENCE §4.1). */
export const SMART_CIG_PROCEDURES: readonly string[] = [
  'AFFIDAMENTO DIRETTO',
  'AFFIDAMENTO IN ECONOMIA - AFFIDAMENTO DIRETTO',
  'AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO',
  'PROCEDURA NEGOZIATA SENZA PREVIA PUBBLICAZIONE',
  'PROCEDURA NEGOZIATA PER AFFIDAMENTI SOTTO SOGLIA',
  'AFFIDAMENTO DIRETTO IN ADESIONE AD ACCORDO QUADRO/CONVENZIONE',
  'AFFIDAMENTO DIRETTO PER LAVORI, SERVIZI O FORNITURE SUPPLEMENTARI',
  "AFFIDAMENTO DIRETTO A SOCIETA' IN HOUSE",
  'AFFIDAMENTO DIRETTO EX ART. 5 DELLA LEGGE 381/91',
  'PROCEDURA APERTA',
  'PROCEDURA RISTRETTA',
  'PROCEDURA RISTRETTA SEMPLIFICATA',
  'DIALOGO COMPETITIVO',
  'PROCEDURA DERIVANTE DA LEGGE REGIONALE',
  "AFFIDAMENTO DIRETTO PER VARIANTE SUPERIORE AL 20% DELL'IMPORTO CONTRATTUALE",
];

export function findProcedure(value: string): string | undefined {
  const key = value.trim().replace(/\s+/g, ' ').toUpperCase();
  return SMART_CIG_PROCEDURES.find((p) => p === key);
}

/** Length limits of the simulated form (not documented for the real service: a practical choice). */
export const FORM_LIMITS = { oggettoMax: 250, cupLength: 15 } as const;

/**
 * Whether the list of fattispecie is only partly known on a date: after the end of d.lgs. 163/2006
 * (CODE163_END) only the amount-based entry is documented, and the page says so.
 */
export function isFattispecieListUnverified(date: IsoDate): boolean {
  return date > CODE163_END;
}
