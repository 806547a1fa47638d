/**
 * The procedures the law allows for a new contract (CONTRACT §7.2 `procedures`), the EU threshold
 * (`euThreshold`) and the qualification the contracting authority needs (art. 62 d.lgs. 36/2023), read
 * from the dated rows of `rules/procedures.ts` and `rules/eu-thresholds.ts` for the estimated value.
 * Conclusions are reasons as codes; `src/copy/explain.ts` words them.
 */
import { isAbove, isBelow, isAtOrAbove, toFixed2 } from './money.ts';
import type { IsoDate } from './dates.ts';
import { reason, type Reason } from './reasons.ts';
import { euThresholdFor, type Authority, type Sector } from './rules/eu-thresholds.ts';
import { inForce, requireInForce } from './rules/periods.ts';
import {
  CONDITION_SOURCES, PERIOD_NOTE_SOURCES, PERIOD_OPEN_POINT_SOURCES, PROCEDURE_OBJECT, PROCEDURE_PERIODS, QUALIFICATION_RULES,
  UNSETTLED_CONDITIONS, type Band, type LowerEnd, type UpperEnd,
} from './rules/procedures.ts';
import type { ObjectKind, Procedure } from './rules/kinds.ts';
import type { SourceId } from './rules/sources.ts';

export interface ProceduresDecision {
  allowed: Procedure[];
  chosen: Procedure | null;
  chosenAllowed: boolean | null;
  why: Reason<'proceduresForValue'>;
}

export interface EuThresholdDecision {
  amount: string;
  reached: boolean;
  sources: readonly SourceId[];
}

export interface ProcedureAssessment {
  procedures: ProceduresDecision;
  euThreshold: EuThresholdDecision;
  /**
   * The procedure the form fields may name: the chosen one unless the law does not allow it for the
   * value. Null: none (not stated, or not allowed).
   */
  fieldProcedure: Procedure | null;
  /** The procedures lawful only under a condition, with their reasons (for the questionnaire). */
  conditional: readonly Reason<'procedureConditional'>[];
  notes: Reason[];
  unverified: Reason[];
}

const fits = (value: string, end: UpperEnd) => (end.comparison === 'below' ? isBelow(value, end.amount) : !isAbove(value, end.amount));

function lowerOf(previous: Band | undefined): LowerEnd | null {
  const end = previous?.upTo;
  if (!end) return null;
  return { amount: toFixed2(end.amount), comparison: end.comparison === 'below' ? 'atOrAbove' : 'above' };
}

export interface ScenarioForProcedures {
  object: ObjectKind;
  procedure?: Procedure | undefined;
  authority?: Authority | undefined;
  sector?: Sector | undefined;
}

/** The procedures allowed on `date` for the estimated value `value`, and whether the chosen one is among them. */
export function assessProcedures(value: string, s: ScenarioForProcedures, date: IsoDate): ProcedureAssessment {
  const authority = s.authority ?? 'subCentral';
  const sector = s.sector ?? 'ordinary';
  const period = requireInForce(PROCEDURE_PERIODS, date, 'procedure per importo');
  const eu = euThresholdFor(date, s.object, authority, sector);
  const reached = isAtOrAbove(value, eu.amount);
  const notes: Reason[] = [];
  const unverified: Reason[] = [];

  const bands = period.bands[PROCEDURE_OBJECT[s.object]];
  let band: Band = period.aboveEu;
  let lower: LowerEnd | null = { amount: toFixed2(eu.amount), comparison: 'atOrAbove' };
  if (!reached) {
    const i = bands.findIndex((b) => b.upTo === null || fits(value, b.upTo));
    const found = bands[i];
    if (found === undefined) throw new RangeError(`Dati mancanti: fascia delle procedure il ${date}`);
    band = found;
    lower = lowerOf(bands[i - 1]);
  }
  // A fixed end at or above the threshold is cut by it ("fino alle soglie").
  const upper = !reached && band.upTo !== null && isBelow(band.upTo.amount, eu.amount) ? { ...band.upTo, amount: toFixed2(band.upTo.amount) } : null;
  const allowed = band.allowed.map((o) => o.procedure);
  const why = reason('proceduresForValue', {
    value: toFixed2(value), object: s.object, lower, upper, euAmount: toFixed2(eu.amount), aboveEu: reached,
    allowed: band.allowed.map((o) => ({ ...o })), conditional: band.conditional.map((c) => ({ procedure: c.procedure, condition: c.condition })),
  }, ...band.sources);

  const conditional = band.conditional.map((c) => reason('procedureConditional', { procedure: c.procedure, condition: c.condition }, ...CONDITION_SOURCES[c.condition], ...(c.sources ?? []), ...band.sources));
  const chosen = s.procedure ?? null;
  let chosenAllowed: boolean | null = null;
  let fieldProcedure: Procedure | null = null;
  if (chosen === null) {
    // Every band allows at least the open and the restricted procedure, so a procedure not stated is never settled by the law alone.
    notes.push(reason('procedureNotStated', { allowed }, ...band.sources));
  } else if (allowed.includes(chosen)) {
    chosenAllowed = true;
    fieldProcedure = chosen;
  } else {
    const c = band.conditional.find((x) => x.procedure === chosen);
    if (c) {
      fieldProcedure = chosen;
      const r = reason('procedureConditional', { procedure: chosen, condition: c.condition }, ...CONDITION_SOURCES[c.condition], ...(c.sources ?? []), ...band.sources);
      (UNSETTLED_CONDITIONS.includes(c.condition) ? unverified : notes).push(r);
    } else {
      chosenAllowed = false;
      notes.push(reason('procedureNotAllowed', { procedure: chosen, allowed }, ...band.sources));
    }
  }

  notes.push(reason('euThreshold', { value: toFixed2(value), amount: toFixed2(eu.amount), reached, object: s.object, authority, sector, from: eu.from, to: eu.to }, ...eu.sources));
  if (!reached) {
    for (const n of period.notes) notes.push(reason('procedurePeriodNote', { note: n }, ...PERIOD_NOTE_SOURCES[n]));
    if (sector === 'special') unverified.push(reason('proceduresSpecialSector', {}, ...period.specialSectorSources));
  }
  if (band.openPoint !== undefined) unverified.push(reason('procedureBandUnverified', { point: band.openPoint, from: period.from, to: period.to }, ...band.sources));
  if (period.openPoint !== undefined) unverified.push(reason('procedurePeriodUnverified', { point: period.openPoint, from: period.from }, ...PERIOD_OPEN_POINT_SOURCES[period.openPoint]));

  const qualification = inForce(QUALIFICATION_RULES, date);
  if (qualification) {
    const limit = qualification.notAbove[PROCEDURE_OBJECT[s.object]];
    if (isAbove(value, limit)) {
      notes.push(reason('qualificationNeeded', { value: toFixed2(value), object: s.object, notAbove: toFixed2(limit) }, ...qualification.sources));
      unverified.push(reason('qualificationDerogations', {}, 'anac-npa-deroghe-qualificazione'));
    }
  }

  return {
    procedures: { allowed, chosen, chosenAllowed, why },
    euThreshold: { amount: toFixed2(eu.amount), reached, sources: eu.sources },
    fieldProcedure, conditional, notes, unverified,
  };
}
