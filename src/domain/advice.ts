/** The shape of the engine's answer (CONTRACT §2). Pure data: strings, booleans, arrays. */
import type { IsoDate } from './dates.ts';
import type { CaseId } from './scenario.ts';
import type { SystemId } from './rules/data.ts';

export type ItemKind = 'base' | 'renewal' | 'prorogaOption' | 'otherOption' | 'technicalExtension';

export interface EstimateItem {
  kind: ItemKind;
  amount: string;
  counted: boolean;
  why: string;
  source: string;
}

export interface Note {
  text: string;
  source: string;
}

export interface Contribution {
  stazioneAppaltante: string;
  operatoreEconomico: string;
  source: string;
}

export interface RegimeRef {
  id: string;
  name: string;
  from: IsoDate;
  to: IsoDate | null;
}

/** Form values by system; null where the reference does not settle a value (see `unverified`). */
export type Fields = Record<string, string | null>;

export interface Advice {
  case: CaseId;
  date: IsoDate;
  regime: RegimeRef;
  estimatedValue?: string;
  items?: EstimateItem[];
  newCig: boolean | null;
  system: SystemId | null;
  alternatives: SystemId[];
  fields: Fields;
  contribution: Contribution | null;
  notes: Note[];
  unverified: string[];
  /** What happens at the next events of the contract (renewal, modification, proroga tecnica). */
  next: Note[];
}
