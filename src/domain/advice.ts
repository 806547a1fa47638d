/**
 * The engine's answer. `Decision` is what the domain decides: values, and reasons as codes (see
 * `reasons.ts`). `Advice` is the same answer in the words of CONTRACT §2 (pure JSON: strings,
 * booleans, arrays), made from a decision by the one presenter in `src/copy/present.ts`.
 */
import type { IsoDate } from './dates.ts';
import type { Reason } from './reasons.ts';
import type { CaseId } from './scenario.ts';
import type { Procedure, SystemId } from './rules/kinds.ts';
import type { EuThresholdDecision, ProceduresDecision } from './procedures.ts';
import type { SourceId } from './rules/sources.ts';
import type { ModificationCard } from './rules/events.ts';
import type { CigTiming } from './rules/pcp-cards.ts';

export type ItemKind = 'base' | 'renewal' | 'prorogaOption' | 'otherOption' | 'repetition' | 'technicalExtension';

export interface RegimeRef {
  id: string;
  name: string;
  from: IsoDate;
  to: IsoDate | null;
}

/** The names of the form fields the engine fills, by system. */
export type FieldKey =
  | 'fattispecieContrattuale' | 'importo' | 'proceduraSceltaContraente' | 'oggettoPrincipale'
  | 'importoBaseAsta' | 'diCuiSicurezza' | 'prevedeRipetizioni' | 'ripetizionePrecedenteContratto'
  | 'cigContrattoOriginario' | 'sceltaContraente' | 'scheda' | 'canale'
  // issue 11: the agreement's CIG on a derived contract (Smart CIG "CIG accordo quadro", SIMOG S01 field 14) and SIMOG's modalità di realizzazione
  | 'cigAccordoQuadro' | 'modalitaRealizzazione';

/** The amounts of the PCP quadro economico the engine fills (CONTRACT §7.2), in the form's order. */
export type QuadroKey = 'impLavori' | 'impServizi' | 'impForniture' | 'impTotaleSicurezza' | 'sommeOpzioniRinnovi' | 'sommeRipetizioni';
export type QuadroEconomico = Partial<Record<QuadroKey, string>>;

/**
 * Form values by system, in the order the form shows them; null where the reference does not settle a
 * value. The PCP cards that have a quadro economico add it as one nested object.
 */
export type Fields = Partial<Record<FieldKey, string | null>> & { quadroEconomico?: QuadroEconomico };

export interface ContributionAmounts {
  stazioneAppaltante: string;
  operatoreEconomico: string;
}

export type DecidedItem = {
  kind: ItemKind;
  amount: string;
  counted: boolean;
  /** Why the item is (or is not) counted; its sources are the item's source. */
  why: Reason;
} | {
  // ---- issue 10: a proroga tecnica foreseen in the documents without an estimate: shown, never counted
  kind: 'technicalExtension';
  amount: null;
  counted: false;
  why: Reason;
};

export interface Decision {
  case: CaseId;
  date: IsoDate;
  regime: RegimeRef;
  estimatedValue?: string;
  items?: DecidedItem[];
  newCig: boolean | null;
  system: SystemId | null;
  alternatives: SystemId[];
  fields: Fields;
  /** Events only (issue 9): what to send instead of, or besides, a new CIG; null when nothing is to be sent. */
  communication?: Communication | null;
  /** When the CIG exists (CONTRACT §7.2): on advice that acquires one; null where the card is not settled. */
  cigTiming?: CigTiming | null;
  contribution: (ContributionAmounts & { sources: readonly SourceId[]; provisional?: true }) | null;
  notes: Reason[];
  /** What the sources do not settle: to be checked. */
  unverified: Reason[];
  /** What happens at the next events of the contract (renewal, modification, proroga tecnica). */
  next: Reason[];
  // ---- issue 9, procedures (CONTRACT §7.2), case new
  procedures?: ProceduresDecision;
  euThreshold?: EuThresholdDecision;
  // ---- issue 11, lots (CONTRACT §7.2): one entry per lot, in order
  lots?: DecidedLot[];
}

/** Issue 11: one lot of a contract in lots; `label` null when the scenario names none (the presenter numbers it). */
export interface DecidedLot {
  label: string | null;
  estimatedValue: string;
  items: DecidedItem[];
  newCig: true;
  fields: Fields;
}

// ---------------------------------------------------------------- CONTRACT §2, as the command line prints it

interface EstimateItem {
  kind: ItemKind;
  /** null (issue 10): a proroga tecnica foreseen without an estimate (`technicalExtensionForeseen`). */
  amount: string | null;
  counted: boolean;
  why: string;
  source: string;
}

export interface Note {
  text: string;
  source: string;
}

type Contribution = ContributionAmounts & { source: string; provisional?: true };

/** The parts of a decision the presenter puts into words; every other key passes through as decided. */
type Worded = 'items' | 'contribution' | 'notes' | 'unverified' | 'next' | 'procedures' | 'euThreshold' | 'lots';

export interface Advice extends Omit<Decision, Worded> {
  items?: EstimateItem[];
  contribution: Contribution | null;
  notes: Note[];
  unverified: string[];
  next: Note[];
  // ---- issue 9, procedures (CONTRACT §7.2), case new
  procedures?: { allowed: Procedure[]; chosen: Procedure | null; chosenAllowed: boolean | null; why: string; source: string };
  euThreshold?: { amount: string; reached: boolean; source: string };
  // ---- issue 11, lots (CONTRACT §7.2)
  lots?: { label: string; estimatedValue: string; items: EstimateItem[]; newCig: true; fields: Fields }[];
}

// ---- issue 9, events: the card to send on the original CIG (CONTRACT §7.2)

/** The fields of a modification card the engine fills: the reason, the days of a proroga tecnica. */
type CommunicationFieldKey = 'motiviModifica' | 'numGiorniProroga';

export interface Communication {
  system: 'PCP' | 'SIMOG';
  /** The PCP card (M1, M2); null for SIMOG, or where the sources do not settle it (then `unverified` says why). */
  scheda: ModificationCard | null;
  /** Values to enter; null where the user or the sources must supply them. */
  fields: Partial<Record<CommunicationFieldKey, string | null>>;
}
