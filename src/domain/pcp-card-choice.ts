/**
 * Which PCP card gives the CIG of a new award: the rows of `rules/pcp-cards.ts` that match the date,
 * the procedure (every procedure of the scenario when it is not stated), the sector and the value's
 * band between the limits in force on the date. The engine answers with the one card they name, or
 * names them all when they are several.
 */
import { isAtOrAbove, isBelow } from './money.ts';
import type { IsoDate } from './dates.ts';
import { DIRECT_AWARD_LIMITS, PCP_AD5_BELOW } from './rules/data.ts';
import { euThresholdFor, type Authority, type Sector } from './rules/eu-thresholds.ts';
import type { ObjectKind, Procedure } from './rules/kinds.ts';
import { PCP_CARDS, type CardProcedure, type Limit, type PcpCardRow } from './rules/pcp-cards.ts';
import { periodContains, requireInForce } from './rules/periods.ts';
import type { SourceId } from './rules/sources.ts';

export interface CardQuery {
  date: IsoDate;
  object: ObjectKind;
  /** The estimated value. */
  value: string;
  /** undefined: not stated (CONTRACT §7.5). */
  procedure: Procedure | undefined;
  /** When the procedure is not stated: the procedures to consider (those the law allows, outright or under conditions); default every one. */
  among?: readonly Procedure[] | undefined;
  authority: Authority | undefined;
  sector: Sector | undefined;
}

export interface CardLimits {
  amounts: Readonly<Record<Limit, string>>;
  sources: Readonly<Record<Limit, readonly SourceId[]>>;
}

/** The AD5 limit, the direct-award limit of the object and the EU threshold in force on a date. */
function cardLimits(date: IsoDate, object: ObjectKind, authority: Authority | undefined, sector: Sector | undefined): CardLimits {
  const direct = requireInForce(DIRECT_AWARD_LIMITS.filter((l) => l.object === object), date, `limite dell'affidamento diretto per ${object}`);
  const eu = euThresholdFor(date, object, authority, sector);
  return {
    amounts: { ad5: PCP_AD5_BELOW, directAward: direct.below, euThreshold: eu.amount },
    sources: { ad5: ['anac-npa-regole-ad5'], directAward: [direct.source], euThreshold: eu.sources },
  };
}

/** The procedures of a scenario among those a card row names (in-house awards are not asked yet). */
const isScenarioProcedure = (p: CardProcedure): p is Procedure => p !== 'inHouse';

/** The scenario's procedures a row covers: the stated one, or every one (of `among`, when given) when none is stated. */
export function rowProcedures(row: PcpCardRow, procedure: Procedure | undefined, among?: readonly Procedure[]): Procedure[] {
  if (row.award.kind !== 'procedure') return [];
  return row.award.procedures.filter(isScenarioProcedure)
    .filter((p) => (procedure === undefined ? among === undefined || among.includes(p) : p === procedure));
}

function inBand(row: PcpCardRow, value: string, limits: CardLimits): boolean {
  return row.band.atOrAbove.every((l) => isAtOrAbove(value, limits.amounts[l]))
    && row.band.below.every((l) => isBelow(value, limits.amounts[l]));
}

/** The card rows that match a new award, in the table's order, with the limits they were drawn against. */
export function matchingCards(q: CardQuery): { rows: PcpCardRow[]; limits: CardLimits } {
  const limits = cardLimits(q.date, q.object, q.authority, q.sector);
  const sector = q.sector ?? 'ordinary';
  const rows = PCP_CARDS.filter((r) => periodContains(r, q.date)
    && rowProcedures(r, q.procedure, q.among).length > 0
    && (r.sector === null || r.sector === sector)
    && inBand(r, q.value, limits));
  return { rows, limits };
}
