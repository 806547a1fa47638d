/**
 * Which award procedures the law allows for a contract's estimated value, object and date (the date
 * the procedure starts), as dated rows with their sources and marks (research for issue 9, §1).
 *
 * Each period lists, for works and for services and supplies, the bands below the EU threshold in
 * ascending order: a band holds up to its `upTo` end, compared as the norm words it ("inferiore a":
 * `below`; "fino a", "non superiore a": `notAbove`), and starts where the previous one ends (the
 * complement of the same comparison). The EU threshold itself (`./eu-thresholds.ts`) closes the
 * below-threshold bands: "fino alle soglie" is read as strictly below the threshold, because the EU
 * rules apply to contracts "di importo pari o superiore" to it (art. 28 d.lgs. 163/2006, art. 35
 * d.lgs. 50/2016, art. 14 d.lgs. 36/2023). A fixed band end above the threshold (for example the
 * 150,000 EUR direct award of D.L. 76/2020 for a central authority, whose threshold was 139,000) is
 * cut by the threshold.
 *
 * Within a band, `allowed` names the procedures the law allows, the simplified one of the band first
 * (with the minimum number of operators where the law sets one); open and restricted procedures are
 * listed in every band below the threshold (art. 36 c.2 d.lgs. 50/2016 "salva la possibilità di
 * ricorrere alle procedure ordinarie"; art. 50 c.1 d.lgs. 36/2023; research §1). `conditional` names
 * procedures that are lawful only under conditions the product cannot check (the answer is then
 * neither yes nor no). Rows whose text was not verified carry an `openPoint`, which the advice lists
 * as "da verificare".
 */
import type { Period } from './periods.ts';
import type { Confidence, SourceId } from './sources.ts';
import type { ObjectKind, Procedure } from './kinds.ts';

/** The objects as the procedure norms group them. */
export type ProcedureObject = 'works' | 'servicesSupplies';

export const PROCEDURE_OBJECT: Readonly<Record<ObjectKind, ProcedureObject>> = {
  works: 'works', services: 'servicesSupplies', supplies: 'servicesSupplies',
};

/**
 * How a band's upper end is compared with the value: `below` "inferiore a" (strictly below);
 * `notAbove` "fino a" / "non superiore a" (at or below).
 */
type UpperComparison = 'below' | 'notAbove';

export interface UpperEnd {
  amount: string;
  comparison: UpperComparison;
}

/** A band's lower end, the complement of the previous band's upper end: "pari o superiore a" after "inferiore a", "superiore a" after "fino a". */
export interface LowerEnd {
  amount: string;
  comparison: 'atOrAbove' | 'above';
}

/**
 * Why a procedure is lawful only under a condition the product cannot check:
 * - `moreCompetitive`: a negotiated procedure where the law names a direct award: a more open
 *   procedure is generally held lawful, but the norm does not name it;
 * - `ownConditions`: competitive procedure with negotiation, competitive dialogue, innovation
 *   partnership: only where their own legal conditions apply;
 * - `exceptionalCases`: a negotiated procedure without a notice at or above the EU threshold: only in
 *   the cases of art. 57 d.lgs. 163/2006, art. 63 d.lgs. 50/2016, art. 76 d.lgs. 36/2023;
 * - `twoReadings2019`: the 2019 text for services and supplies from 40,000 EUR read as a direct award
 *   after five quotes by some, as a negotiated procedure with five operators by others;
 * - `c912Derogation2019`: the direct award of L. 145/2018 c.912 for works (until 31-12-2019), not
 *   expressly repealed by D.L. 32/2019.
 */
export type ConditionId = 'moreCompetitive' | 'ownConditions' | 'exceptionalCases' | 'twoReadings2019' | 'c912Derogation2019';

/** Conditions that are open points of the law (listed as "da verificare"), not only facts to check. */
export const UNSETTLED_CONDITIONS: readonly ConditionId[] = ['twoReadings2019', 'c912Derogation2019'];

/**
 * A band whose text was not verified, and what is known of it:
 * - `before14May2011`: art. 122 c.7 d.lgs. 163/2006 before D.L. 70/2011 (500,000 EUR, five operators);
 * - `c912Above350k`: works from 350,000 EUR in early 2019 (the source lists fifteen operators);
 * - `dl32Text`: the text of D.L. 32/2019 between 19 April and 17 June 2019 (not found);
 * - `operators2017`: the number of operators for works after d.lgs. 56/2017 (five and ten in the
 *   research; the 2019 sources on c.912 suggest ten and fifteen);
 * - `dl77Limit139k`: the 139,000 EUR direct-award limit for services and supplies of D.L. 77/2021 art. 51, not
 *   re-read on the decree's text (research §7 point 3, U).
 */
export type BandOpenPoint = 'before14May2011' | 'c912Above350k' | 'dl32Text' | 'operators2017' | 'dl77Limit139k';

/** A procedure a band allows, with the minimum number of operators (quotes or invitations) the law sets. */
export interface Offer {
  procedure: Procedure;
  operators?: number;
}

interface ConditionalOffer {
  procedure: Procedure;
  condition: ConditionId;
  /** Sources of this offer's condition, besides the condition's own (`CONDITION_SOURCES`). */
  sources?: readonly SourceId[];
}

export interface Band {
  /** null: up to the EU threshold (strictly below it). */
  upTo: UpperEnd | null;
  allowed: readonly Offer[];
  conditional: readonly ConditionalOffer[];
  mark: Confidence;
  openPoint?: BandOpenPoint;
  sources: readonly SourceId[];
}

/**
 * What a period adds to every answer:
 * - `inEconomia`: direct awards and cottimo fiduciario only for the types the SA's own regolamento lists;
 * - `dl76Options`: the D.L. 76/2020 procedures read as options of the RUP beside the ordinary ones;
 * - `crossBorderInterest`: art. 48 c.2 d.lgs. 36/2023, a certain cross-border interest calls for the ordinary procedures.
 */
export type PeriodNote = 'inEconomia' | 'dl76Options' | 'crossBorderInterest';

/**
 * A period whose text as a whole is not verified: `correttivo2024`, the text in force after d.lgs. 209/2024;
 * `dl77Application`, the clause of D.L. 77/2021 art. 51 on which procedures its bands apply to (research §1.3
 * note b and §7 point 3, U).
 */
export type PeriodOpenPoint = 'correttivo2024' | 'dl77Application';

export interface ProcedurePeriod extends Period {
  id: string;
  /** Below-threshold bands, ascending; the last one has `upTo: null`. */
  bands: Readonly<Record<ProcedureObject, readonly Band[]>>;
  /** At or above the EU threshold. */
  aboveEu: Band;
  notes: readonly PeriodNote[];
  openPoint?: PeriodOpenPoint;
  /** Special-sector entities may apply their own rules below the threshold (art. 238 c.7 d.lgs. 163/2006, art. 36 c.8 d.lgs. 50/2016, art. 50 c.5 d.lgs. 36/2023). */
  specialSectorSources: readonly SourceId[];
}

const below = (amount: string): UpperEnd => ({ amount, comparison: 'below' });
const notAbove = (amount: string): UpperEnd => ({ amount, comparison: 'notAbove' });

const ORDINARY: readonly Offer[] = [{ procedure: 'open' }, { procedure: 'restricted' }];
const direct = (operators?: number): Offer => (operators === undefined ? { procedure: 'direct' } : { procedure: 'direct', operators });
const negotiated = (operators?: number): Offer => (operators === undefined ? { procedure: 'negotiated' } : { procedure: 'negotiated', operators });
const OTHER: ConditionalOffer = { procedure: 'other', condition: 'ownConditions' };
const MORE_COMPETITIVE: ConditionalOffer = { procedure: 'negotiated', condition: 'moreCompetitive' };

/** A band of a simplified procedure, with open and restricted after it and "other" under its conditions. */
function band(upTo: UpperEnd | null, first: readonly Offer[], mark: Confidence, sources: readonly SourceId[], extra: Partial<Pick<Band, 'conditional' | 'openPoint'>> = {}): Band {
  const b: Band = { upTo, allowed: [...first, ...ORDINARY], conditional: [...(extra.conditional ?? []), OTHER], mark, sources };
  return extra.openPoint === undefined ? b : { ...b, openPoint: extra.openPoint };
}

const aboveEu = (sources: readonly SourceId[]): Band => ({
  upTo: null, allowed: ORDINARY,
  conditional: [{ procedure: 'negotiated', condition: 'exceptionalCases' }, OTHER],
  mark: 'V', sources,
});

// ---------------------------------------------------------------- d.lgs. 163/2006 (2011-05-02 → 2016-04-18)

const S163 = ['dlgs163-art125', 'dlgs163-art122'] as const satisfies readonly SourceId[];
const WORKS_163_LOW: readonly Band[] = [
  // art. 125 c.8: direct award by the RUP "per lavori di importo inferiore a quarantamila euro"; cottimo fiduciario too
  band(below('40000'), [direct(), negotiated()], 'P', ['dlgs163-art125']),
  // art. 125 c.5 and c.8: cottimo fiduciario "fino a 200.000 euro" with at least five operators
  band(notAbove('200000'), [negotiated(5)], 'P', S163),
];
/** Works from 14 May 2011: art. 122 c.7 as rewritten by D.L. 70/2011, negotiated without a notice below 1,000,000 EUR. */
const WORKS_163_DL70: readonly Band[] = [
  ...WORKS_163_LOW,
  // five operators below 500,000 EUR, ten from it
  band(below('500000'), [negotiated(5)], 'P', ['dlgs163-art122']),
  band(below('1000000'), [negotiated(10)], 'P', ['dlgs163-art122']),
  band(null, [], 'V', ['dlgs163-art122']),
];
const SERVICES_163 = (directBelow: string): readonly Band[] => [
  // art. 125 c.11: direct award below 20,000 EUR, 40,000 EUR from 12 July 2011 (L. 106/2011)
  band(below(directBelow), [direct(), negotiated()], 'V', ['dlgs163-art125']),
  // art. 125 c.9 and c.11: cottimo fiduciario with at least five operators up to the EU threshold
  band(null, [negotiated(5)], 'P', ['dlgs163-art125']),
];
const NOTES_163: readonly PeriodNote[] = ['inEconomia'];
const ABOVE_163 = aboveEu(['dlgs163-art54']);
const SPECIAL_163: readonly SourceId[] = ['dlgs163-art54'];

// ---------------------------------------------------------------- d.lgs. 50/2016 art. 36 c.2 and its changes

const ABOVE_50 = aboveEu(['dlgs50-art59']);
const SPECIAL_50: readonly SourceId[] = ['dlgs50-art36'];

// ---------------------------------------------------------------- d.lgs. 36/2023 art. 50

/**
 * A direct award at or above art. 50's limit: only in the exceptional cases where the Code allows an award
 * without a call (art. 76, negotiated procedure without publication); ANAC's cards AD2_25 (limit to EU
 * threshold) and AD1_25 (from the threshold) exist for it (npa#714).
 */
const DIRECT_EXCEPTIONAL: ConditionalOffer = { procedure: 'direct', condition: 'exceptionalCases', sources: ['dlgs36-art70', 'npa-issue-714'] };
const WORKS_36: readonly Band[] = [
  band(below('150000'), [direct()], 'V', ['dlgs36-art50'], { conditional: [MORE_COMPETITIVE] }),
  band(below('1000000'), [negotiated(5)], 'V', ['dlgs36-art50-bands'], { conditional: [DIRECT_EXCEPTIONAL] }),
  band(null, [negotiated(10)], 'V', ['dlgs36-art50-bands'], { conditional: [DIRECT_EXCEPTIONAL] }),
];
const SERVICES_36: readonly Band[] = [
  band(below('140000'), [direct()], 'V', ['dlgs36-art50'], { conditional: [MORE_COMPETITIVE] }),
  band(null, [negotiated(5)], 'V', ['dlgs36-art50-bands'], { conditional: [DIRECT_EXCEPTIONAL] }),
];
const ABOVE_36: Band = { ...aboveEu(['dlgs36-art70']), conditional: [...aboveEu(['dlgs36-art70']).conditional, DIRECT_EXCEPTIONAL] };
const SPECIAL_36: readonly SourceId[] = ['dlgs36-art50-bands'];

export const PROCEDURE_PERIODS: readonly ProcedurePeriod[] = [
  {
    id: 'dlgs163-ante-dl70', from: '2011-05-02', to: '2011-05-13',
    bands: {
      works: [
        ...WORKS_163_LOW,
        // art. 122 c.7 before D.L. 70/2011: negotiated without a notice below 500,000 EUR, five operators
        band(below('500000'), [negotiated(5)], 'U', ['dlgs163-art122'], { openPoint: 'before14May2011' }),
        band(null, [], 'U', ['dlgs163-art122'], { openPoint: 'before14May2011' }),
      ],
      servicesSupplies: SERVICES_163('20000'),
    },
    aboveEu: ABOVE_163, notes: NOTES_163, specialSectorSources: SPECIAL_163,
  },
  {
    id: 'dlgs163-dl70', from: '2011-05-14', to: '2011-07-11',
    bands: {
      works: WORKS_163_DL70,
      servicesSupplies: SERVICES_163('20000'),
    },
    aboveEu: ABOVE_163, notes: NOTES_163, specialSectorSources: SPECIAL_163,
  },
  {
    id: 'dlgs163-l106', from: '2011-07-12', to: '2016-04-18',
    bands: {
      works: WORKS_163_DL70,
      servicesSupplies: SERVICES_163('40000'),
    },
    aboveEu: ABOVE_163, notes: NOTES_163, specialSectorSources: SPECIAL_163,
  },
  {
    // art. 36 c.2 original text
    id: 'dlgs50-art36', from: '2016-04-19', to: '2017-05-19',
    bands: {
      works: [
        band(below('40000'), [direct()], 'V', ['dlgs50-art36'], { conditional: [MORE_COMPETITIVE] }),
        band(below('150000'), [negotiated(5)], 'P', ['dlgs50-art36']),
        band(below('1000000'), [negotiated(10)], 'P', ['dlgs50-art36']),
        band(null, [], 'P', ['dlgs50-art36']),
      ],
      servicesSupplies: [
        band(below('40000'), [direct()], 'V', ['dlgs50-art36'], { conditional: [MORE_COMPETITIVE] }),
        band(null, [negotiated(5)], 'P', ['dlgs50-art36']),
      ],
    },
    aboveEu: ABOVE_50, notes: [], specialSectorSources: SPECIAL_50,
  },
  {
    // art. 36 c.2 as amended by d.lgs. 56/2017 (direct award "anche senza previa consultazione di due o più operatori")
    id: 'dlgs56-2017', from: '2017-05-20', to: '2018-12-31',
    bands: {
      works: [
        band(below('40000'), [direct()], 'V', ['dlgs56-2017-art25'], { conditional: [MORE_COMPETITIVE] }),
        band(below('150000'), [negotiated(5)], 'P', ['dlgs56-2017-art25', 'dlgs50-art36'], { openPoint: 'operators2017' }),
        band(below('1000000'), [negotiated(10)], 'P', ['dlgs56-2017-art25', 'dlgs50-art36'], { openPoint: 'operators2017' }),
        band(null, [], 'P', ['dlgs56-2017-art25', 'dlgs50-art36']),
      ],
      servicesSupplies: [
        band(below('40000'), [direct()], 'V', ['dlgs56-2017-art25'], { conditional: [MORE_COMPETITIVE] }),
        band(null, [negotiated(5)], 'P', ['dlgs56-2017-art25', 'dlgs50-art36']),
      ],
    },
    aboveEu: ABOVE_50, notes: [], specialSectorSources: SPECIAL_50,
  },
  {
    // L. 145/2018 c.912: works from 40,000 to 150,000 EUR by direct award after consulting three operators
    id: 'l145-2018', from: '2019-01-01', to: '2019-04-18',
    bands: {
      works: [
        band(below('40000'), [direct()], 'V', ['dlgs56-2017-art25'], { conditional: [MORE_COMPETITIVE] }),
        band(below('150000'), [direct(3), negotiated()], 'P', ['l145-2018-c912']),
        band(below('350000'), [negotiated(10)], 'P', ['l145-2018-c912']),
        band(below('1000000'), [negotiated(10)], 'U', ['dlgs56-2017-art25'], { openPoint: 'c912Above350k' }),
        band(null, [], 'P', ['dlgs56-2017-art25', 'dlgs50-art36']),
      ],
      servicesSupplies: [
        band(below('40000'), [direct()], 'V', ['dlgs56-2017-art25'], { conditional: [MORE_COMPETITIVE] }),
        band(null, [negotiated(5)], 'P', ['dlgs56-2017-art25', 'dlgs50-art36']),
      ],
    },
    aboveEu: ABOVE_50, notes: [], specialSectorSources: SPECIAL_50,
  },
  {
    // D.L. 32/2019 before its conversion: text not found
    id: 'dl32-2019', from: '2019-04-19', to: '2019-06-17',
    bands: {
      works: [
        band(below('40000'), [direct()], 'V', ['dlgs56-2017-art25'], { conditional: [MORE_COMPETITIVE] }),
        band(below('150000'), [negotiated(3)], 'U', ['dl32-2019'], { openPoint: 'dl32Text', conditional: [{ procedure: 'direct', condition: 'c912Derogation2019' }] }),
        band(below('200000'), [negotiated(3)], 'U', ['dl32-2019'], { openPoint: 'dl32Text' }),
        band(null, [], 'U', ['dl32-2019'], { openPoint: 'dl32Text' }),
      ],
      servicesSupplies: [
        band(below('40000'), [direct()], 'V', ['dlgs56-2017-art25'], { conditional: [MORE_COMPETITIVE] }),
        band(null, [negotiated(5)], 'U', ['dl32-2019'], { openPoint: 'dl32Text' }),
      ],
    },
    aboveEu: ABOVE_50, notes: [], specialSectorSources: SPECIAL_50,
  },
  {
    // art. 36 c.2 as converted by L. 55/2019
    id: 'l55-2019', from: '2019-06-18', to: '2020-07-16',
    bands: {
      works: [
        band(below('40000'), [direct()], 'V', ['l55-2019'], { conditional: [MORE_COMPETITIVE] }),
        band(below('150000'), [direct(3)], 'V', ['l55-2019'], { conditional: [MORE_COMPETITIVE] }),
        band(below('350000'), [negotiated(10)], 'V', ['l55-2019']),
        band(below('1000000'), [negotiated(15)], 'V', ['l55-2019']),
        band(null, [], 'V', ['l55-2019']),
      ],
      servicesSupplies: [
        band(below('40000'), [direct()], 'V', ['l55-2019'], { conditional: [MORE_COMPETITIVE] }),
        // the safe reading: a comparison among at least five operators (research §1.2.1)
        band(null, [negotiated(5)], 'P', ['l55-2019', 'gsanews-2019-sblocca'], { conditional: [{ procedure: 'direct', condition: 'twoReadings2019' }] }),
      ],
    },
    aboveEu: ABOVE_50, notes: [], specialSectorSources: SPECIAL_50,
  },
  {
    // D.L. 76/2020 art. 1 c.2, original text
    id: 'dl76-2020', from: '2020-07-17', to: '2020-09-14',
    bands: {
      works: [
        band(below('150000'), [direct()], 'V', ['dl76-2020-art1'], { conditional: [MORE_COMPETITIVE] }),
        band(below('350000'), [negotiated(5)], 'P', ['dl76-2020-art1']),
        band(below('1000000'), [negotiated(10)], 'P', ['dl76-2020-art1']),
        band(null, [negotiated(15)], 'P', ['dl76-2020-art1']),
      ],
      servicesSupplies: [
        band(below('150000'), [direct()], 'V', ['dl76-2020-art1'], { conditional: [MORE_COMPETITIVE] }),
        band(null, [negotiated(5)], 'P', ['dl76-2020-art1']),
      ],
    },
    aboveEu: ABOVE_50, notes: ['dl76Options'], specialSectorSources: SPECIAL_50,
  },
  {
    // D.L. 76/2020 art. 1 c.2 as converted by L. 120/2020
    id: 'l120-2020', from: '2020-09-15', to: '2021-05-31',
    bands: {
      works: [
        band(below('150000'), [direct()], 'V', ['l120-2020'], { conditional: [MORE_COMPETITIVE] }),
        band(below('350000'), [negotiated(5)], 'P', ['l120-2020']),
        band(below('1000000'), [negotiated(10)], 'P', ['l120-2020']),
        band(null, [negotiated(15)], 'P', ['l120-2020']),
      ],
      servicesSupplies: [
        band(below('75000'), [direct()], 'V', ['l120-2020'], { conditional: [MORE_COMPETITIVE] }),
        band(null, [negotiated(5)], 'P', ['l120-2020']),
      ],
    },
    aboveEu: ABOVE_50, notes: ['dl76Options'], specialSectorSources: SPECIAL_50,
  },
  {
    // D.L. 76/2020 art. 1 c.2 as amended by D.L. 77/2021 art. 51, until 30 June 2023
    id: 'dl77-2021', from: '2021-06-01', to: '2023-06-30',
    bands: {
      works: [
        band(below('150000'), [direct()], 'V', ['dl77-2021-art51'], { conditional: [MORE_COMPETITIVE] }),
        band(below('1000000'), [negotiated(5)], 'P', ['dl77-2021-art51']),
        band(null, [negotiated(10)], 'P', ['dl77-2021-art51']),
      ],
      servicesSupplies: [
        // 139,000 EUR: from memory in the research (U); one secondary source agrees (P); not re-read on the text
        band(below('139000'), [direct()], 'P', ['dl77-2021-art51', 'professionearchitetto-139k'], { conditional: [MORE_COMPETITIVE], openPoint: 'dl77Limit139k' }),
        band(null, [negotiated(5)], 'P', ['dl77-2021-art51'], { openPoint: 'dl77Limit139k' }),
      ],
    },
    aboveEu: ABOVE_50, notes: ['dl76Options'], openPoint: 'dl77Application', specialSectorSources: SPECIAL_50,
  },
  {
    id: 'dlgs36-art50', from: '2023-07-01', to: '2024-12-30',
    bands: { works: WORKS_36, servicesSupplies: SERVICES_36 },
    aboveEu: ABOVE_36, notes: ['crossBorderInterest'], specialSectorSources: SPECIAL_36,
  },
  {
    // d.lgs. 209/2024 (in force 31-12-2024) is believed not to have changed the amounts of art. 50 c.1
    id: 'dlgs36-art50-correttivo', from: '2024-12-31', to: null,
    bands: { works: WORKS_36, servicesSupplies: SERVICES_36 },
    aboveEu: ABOVE_36, notes: ['crossBorderInterest'], openPoint: 'correttivo2024', specialSectorSources: SPECIAL_36,
  },
];

/** Sources of each period note, condition and open point, cited with the reason that states it. */
export const PERIOD_NOTE_SOURCES: Readonly<Record<PeriodNote, readonly SourceId[]>> = {
  inEconomia: ['dlgs163-art125'],
  dl76Options: ['dl76-2020-art1', 'periodicimaggioli-2020-sottosoglia'],
  crossBorderInterest: ['dlgs36-art48'],
};

export const CONDITION_SOURCES: Readonly<Record<ConditionId, readonly SourceId[]>> = {
  moreCompetitive: ['omniavis-sottosoglia-ordinarie'],
  ownConditions: [],
  exceptionalCases: [],
  twoReadings2019: ['l55-2019', 'gsanews-2019-sblocca', 'anac-lg4-2019'],
  c912Derogation2019: ['l145-2018-c912', 'dl32-2019'],
};

export const PERIOD_OPEN_POINT_SOURCES: Readonly<Record<PeriodOpenPoint, readonly SourceId[]>> = {
  correttivo2024: ['dlgs209-2024'],
  dl77Application: ['dl77-2021-art51'],
};

/**
 * Qualification of the contracting authority (art. 62 d.lgs. 36/2023): without it, an authority may
 * award on its own services and supplies "non superiore" to the direct-award limit and works "pari o
 * inferiore a 500.000 euro"; above them ANAC does not issue the CIG to an authority that is not
 * qualified (art. 62 c.2). In force from 1 July 2023 (art. 229 c.2).
 */
export interface QualificationRule extends Period {
  /** The largest value an authority that is not qualified may award on its own, by object ("non superiore a"). */
  notAbove: Readonly<Record<ProcedureObject, string>>;
  sources: readonly SourceId[];
}

export const QUALIFICATION_RULES: readonly QualificationRule[] = [
  { from: '2023-07-01', to: null, notAbove: { works: '500000', servicesSupplies: '140000' }, sources: ['dlgs36-art62', 'advisora-qualificazione'] },
];
