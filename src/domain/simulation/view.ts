/**
 * The state as read on a date, in the shape of CONTRACT §3 (`state` of the `carnet` command),
 * also used by the page.
 */
import type { IsoDate } from '../dates.ts';
import {
  canRequestCarnet, carnetCounts, carnetStatus,
  type CarnetCig, type SmartCig, type CarnetStatus, type SimState,
} from './state.ts';

interface CarnetCigView extends CarnetCig {
  position: number;
  simulated: true;
}

export interface CarnetView {
  number: string;
  created: IsoDate;
  expires: IsoDate;
  dataDeadline: IsoDate;
  size: number;
  status: CarnetStatus;
  /** Past the data deadline with CIGs not accounted for. */
  overdue: boolean;
  counts: { nonRendicontati: number; comunicati: number; annullati: number };
  pec?: string;
  cigs: CarnetCigView[];
}

interface SmartCigView extends SmartCig {
  simulated: true;
}

export interface StateView {
  asOf: IsoDate | null;
  simulation: true;
  carnets: CarnetView[];
  smartCigs: SmartCigView[];
  canRequestCarnet: boolean;
  blockedReason?: string;
  blockedCode?: 'CARNET_LIMIT' | 'CARNET_BLOCKED';
}

export function viewState(s: SimState, asOf: IsoDate | null = s.today): StateView {
  const date = asOf ?? s.today;
  const carnets: CarnetView[] = s.carnets.map((c) => {
    const v: CarnetView = {
      number: c.number, created: c.created, expires: c.expires, dataDeadline: c.dataDeadline, size: c.size,
      status: date === null ? 'ATTIVO' : carnetStatus(c, date),
      overdue: date !== null && date > c.dataDeadline && c.cigs.some((g) => g.status === 'NON_RENDICONTATO'),
      counts: carnetCounts(c),
      cigs: c.cigs.map((g, i) => ({ position: i + 1, ...g, simulated: true as const })),
    };
    if (c.pec) v.pec = c.pec;
    return v;
  });
  const smartCigs: SmartCigView[] = s.smartCigs.map((g) => ({ ...g, simulated: true as const }));
  const view: StateView = { asOf: date, simulation: true, carnets, smartCigs, canRequestCarnet: true };
  if (date !== null) {
    const p = canRequestCarnet(s, date);
    if (!p.ok) {
      view.canRequestCarnet = false;
      view.blockedReason = p.message;
      view.blockedCode = p.code;
    }
  }
  return view;
}
