/**
 * The golden corpus: a fixed, seeded set of command-line inputs (advise scenarios, valid and invalid,
 * and carnet scripts) and the way their answers are recorded. It only calls the command line's own
 * function (`runCommand`, what `src/cli/main.ts` runs), so it does not depend on the engine's insides.
 *
 * The recorded form is compact: per input, its exit code, a hash of the exact bytes the command line
 * prints, and a readable summary (value, system, fields, contribution...), so that a change of advice
 * shows in review as a changed line. `npm run golden:update` rewrites the files; the test compares.
 */
import { createHash } from 'node:crypto';
import { runCommand } from '../../src/cli/run.ts';

/** "Today" for scenarios without a date, fixed so that the corpus does not depend on the clock. */
const GOLDEN_TODAY = '2026-11-21';
const SEED = 20261121;

// ---------------------------------------------------------------- a small seeded generator

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------- the values that matter

/** Every date where a rule changes, with the day before and after, plus ordinary days. */
const DATES = [
  '2011-05-01', '2011-05-02', '2011-05-03', '2011-07-11', '2011-07-12', '2011-07-13', '2013-06-15',
  '2016-04-18', '2016-04-19', '2016-04-20', '2017-12-31', '2018-01-01', '2019-10-01', '2020-05-18',
  '2020-05-19', '2020-12-31', '2021-01-01', '2022-06-30', '2023-03-31', '2023-04-01', '2023-06-30',
  '2023-07-01', '2023-12-31', '2024-01-01', '2024-01-09', '2024-01-10', '2024-12-31', '2025-01-01',
  '2025-06-18', '2025-12-31', '2026-01-01', '2026-11-21', '2026-12-31',
] as const;

/** Amounts one cent below, at and above every threshold the rules know, and some ordinary ones. */
const AMOUNTS = [
  '0.01', '1000', '4999.99', '5000', '5000.01', '19999.99', '20000', '20000.01', '39999.99', '40000',
  '40000.01', '139999.99', '140000', '140000.01', '149999.99', '150000', '150000.01', '299999.99', '300000',
  '499999.99', '500000', '799999.99', '800000', '999999.99', '1000000', '4999999.99', '5000000',
  '19999999.99', '20000000', '25000000',
] as const;

const OBJECTS = ['works', 'services', 'supplies'] as const;
const PROCEDURES = ['direct', 'negotiated', 'open', 'restricted', 'other'] as const;

/**
 * Codes of each series that pass the check, and codes that fail it. Made up (or the seed guide's own
 * examples), never real ones: the real codes stay in ../shared/fixtures, read by the tests that need them.
 */
const VALID_CIGS = ['1234567CE7', '9876543D1B', 'B0123AB2CE', 'A00F1C2211', 'X3A000262F', 'ZF0E000001', '2222222B98', ' b0123ab2ce '];
const INVALID_CIGS = ['Z1B0CF8BC7', 'X11000277E', '12345', 'ABCDEFGHIJ', '', 'V000000000'];

function randomAmount(r: Rng): string {
  if (r.chance(0.35)) return r.pick(AMOUNTS);
  const magnitude = r.pick([100, 1000, 10000, 100000, 1000000]);
  const whole = r.int(1, 9 * magnitude);
  return r.chance(0.3) ? `${whole}.${String(r.int(0, 99)).padStart(2, '0')}` : String(whole);
}

function randomDate(r: Rng): string | undefined {
  if (r.chance(0.08)) return undefined;
  if (r.chance(0.5)) return r.pick(DATES);
  const y = r.int(2011, 2026);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const list = (r: Rng, max: number) => Array.from({ length: r.int(1, max) }, () => randomAmount(r));

function withDate<T extends Record<string, unknown>>(date: string | undefined, s: T): T {
  return date === undefined ? s : { ...s, date };
}

// ---------------------------------------------------------------- advise scenarios

/** The dates where the procedure changes what Smart CIG, SIMOG or the PCP card allow. */
const PROCEDURE_DATES: readonly string[] = ['2011-05-02', '2011-07-11', '2011-07-12', '2016-04-19', '2023-07-01', '2023-12-31', '2024-01-01', '2024-01-09', '2024-01-10', '2026-11-21'];

function systematicNew(): unknown[] {
  const out: unknown[] = [];
  for (const date of [...DATES, undefined]) {
    for (const object of OBJECTS) {
      for (const base of AMOUNTS) out.push(withDate(date, { case: 'new', object, base }));
      if (object === 'supplies' || !PROCEDURE_DATES.includes(date ?? '')) continue;
      for (const procedure of PROCEDURES) {
        for (const base of ['4999.99', '5000', '19999.99', '20000', '39999.99', '40000', '139999.99', '140000', '149999.99', '150000']) {
          out.push(withDate(date, { case: 'new', object, base, procedure }));
        }
      }
    }
  }
  return out;
}

/** Issue 9: the days a procedure period starts, and amounts at the bands' ends; procedure omitted or direct. */
const ISSUE9_DATES = ['2011-05-13', '2011-05-14', '2017-05-20', '2019-01-01', '2019-04-19', '2019-06-18', '2020-07-17', '2020-09-15', '2021-06-01', '2024-12-31'] as const;
const ISSUE9_WORKS = ['199999.99', '200000', '200000.01', '349999.99', '350000', '999999.99', '1000000'] as const;
const ISSUE9_SERVICES = ['74999.99', '75000', '138999.99', '139000'] as const;

function systematicProcedures(): unknown[] {
  const out: unknown[] = [];
  for (const date of ISSUE9_DATES) {
    for (const base of ISSUE9_WORKS) out.push({ case: 'new', date, object: 'works', base });
    for (const base of ISSUE9_SERVICES) out.push({ case: 'new', date, object: 'services', base });
    out.push({ case: 'new', date, object: 'services', base: '60000', procedure: 'direct' });
  }
  for (const date of ['2020-08-01', '2026-11-21']) {
    for (const base of ['138999.99', '139000', '139999.99', '140000', '215999.99', '216000', '431999.99', '432000']) {
      out.push({ case: 'new', date, object: 'services', base, authority: 'central' });
      out.push({ case: 'new', date, object: 'supplies', base, sector: 'special', procedure: 'open' });
    }
  }
  out.push({ case: 'new', date: '2019-10-01', object: 'services', base: '30000', repetitions: ['10000'], procedure: 'negotiated' });
  out.push({ case: 'new', date: '2026-11-21', object: 'works', base: '400000', repetitions: ['100000', '50000.01'] });
  return out;
}

/** PNRR/PNC (CONTRACT §7.1): the days its rules change and the 5,000 EUR boundary; drawn without the seed. */
const PNRR_DATES = ['2022-03-15', '2022-03-16', '2023-02-24', '2023-02-25', '2023-12-31', '2024-01-01', '2026-11-21'] as const;

function pnrrNew(): unknown[] {
  const out: unknown[] = [];
  for (const date of PNRR_DATES) {
    for (const object of ['services', 'works'] as const) {
      for (const base of ['1000', '4999.99', '5000', '5000.01', '39999.99', '40000']) {
        out.push({ case: 'new', date, object, base, procedure: 'direct', pnrr: true });
      }
      out.push({ case: 'new', date, object, base: '5000.01', procedure: 'open', pnrr: false });
    }
  }
  out.push({ case: 'new', object: 'services', base: '1000', pnrr: 'true' }, { case: 'renewal', object: 'services', amount: '1000', originalCig: '1234567CE7', pnrr: true });
  // issue 10: a proroga tecnica foreseen without an estimate (shown, not counted), with an estimate too, and refused as text
  out.push(
    { case: 'new', date: '2019-10-01', object: 'services', base: '30000', renewals: ['30000'], technicalExtensionForeseen: true },
    { case: 'new', date: '2025-03-03', object: 'works', base: '150000', technicalExtensionForeseen: true, procedure: 'direct' },
    { case: 'new', date: '2025-03-03', object: 'supplies', base: '30000', technicalExtension: '5000', technicalExtensionForeseen: true },
    { case: 'new', object: 'services', base: '30000', technicalExtensionForeseen: 'true' },
  );
  return out;
}

function randomNew(r: Rng): Record<string, unknown> {
  const base = randomAmount(r);
  const s: Record<string, unknown> = withDate(randomDate(r), { case: 'new', object: r.pick(OBJECTS), base });
  if (r.chance(0.3)) s['safetyCosts'] = r.chance(0.85) ? r.pick(['0', '0.00', '100', String(Math.floor(Number(base) / 10))]) : '99999999';
  if (r.chance(0.5)) s['renewals'] = list(r, 3);
  if (r.chance(0.3)) s['prorogaOptions'] = list(r, 2);
  if (r.chance(0.25)) s['otherOptions'] = list(r, 2);
  if (r.chance(0.35)) {
    s['technicalExtension'] = randomAmount(r);
    if (r.chance(0.7)) s['countTechnicalExtension'] = r.chance(0.5);
  }
  if (r.chance(0.7)) s['procedure'] = r.pick(PROCEDURES);
  // issue 9: repetitions, who awards and the sector
  if (r.chance(0.15)) s['repetitions'] = list(r, 2);
  if (r.chance(0.2)) s['authority'] = r.pick(['subCentral', 'central']);
  if (r.chance(0.15)) s['sector'] = r.pick(['ordinary', 'special']);
  return s;
}

function randomRenewal(r: Rng): Record<string, unknown> {
  return withDate(randomDate(r), {
    case: 'renewal', object: r.pick(OBJECTS), amount: randomAmount(r),
    originalCig: r.chance(0.9) ? r.pick(VALID_CIGS) : r.pick(INVALID_CIGS),
  });
}

/** A fifth of an amount with two decimals, and one cent either side: where "oltre il quinto" turns. */
function quintoAmounts(contract: string): string[] {
  const cents = BigInt(Math.round(Number(contract) * 100));
  const fifth = cents / 5n;
  const exact = cents % 5n === 0n;
  const fmt = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
  return exact ? [fmt(fifth - 1n), fmt(fifth), fmt(fifth + 1n)] : [fmt(fifth), fmt(fifth + 1n)];
}

function randomModification(r: Rng): Record<string, unknown> {
  const contractAmount = r.chance(0.5) ? r.pick(['100000', '150000', '200000', '39999.99', '199999.95', '1000000']) : randomAmount(r);
  const amount = r.chance(0.6) ? r.pick(quintoAmounts(contractAmount)) : randomAmount(r);
  const s: Record<string, unknown> = withDate(randomDate(r), {
    case: r.pick(['variant', 'technicalExtension'] as const), object: r.pick(OBJECTS), contractAmount, amount,
  });
  if (r.chance(0.4)) s['originalCig'] = r.chance(0.85) ? r.pick(VALID_CIGS) : r.pick(INVALID_CIGS);
  return s;
}

/** Inputs the command line must refuse (or, today, may fail on): each records what it answers now. */
function invalidInputs(r: Rng): unknown[] {
  const fixed: unknown[] = [
    null, 42, 'new', [], true, {},
    { case: 'nuovo', object: 'services', base: '30000' },
    { case: 'constructor', object: 'services', base: '30000' },
    { case: '__proto__', object: 'services', base: '30000' },
    { case: 'toString' },
    { case: 'new', object: 'services' },
    { case: 'new', object: 'servizi', base: '30000' },
    { case: 'new', object: 'services', base: 30000 },
    { case: 'new', object: 'services', base: '30.000,00' },
    { case: 'new', object: 'services', base: '30000,5' },
    { case: 'new', object: 'services', base: '-5' },
    { case: 'new', object: 'services', base: '0' },
    { case: 'new', object: 'services', base: '1e5' },
    { case: 'new', object: 'services', base: '30000.001' },
    { case: 'new', object: 'services', base: '€ 30000' },
    { case: 'new', object: 'services', base: '' },
    { case: 'new', object: 'services', base: '30000', date: '2019-02-30' },
    { case: 'new', object: 'services', base: '30000', date: '2024-2-9' },
    { case: 'new', object: 'services', base: '30000', date: '2010-12-31' },
    { case: 'new', object: 'services', base: '30000', date: 20190101 },
    { case: 'new', object: 'services', base: '30000', renewals: '30000' },
    { case: 'new', object: 'services', base: '30000', renewals: ['30000', 5] },
    { case: 'new', object: 'services', base: '30000', renewals: [] },
    { case: 'new', object: 'services', base: '30000', countTechnicalExtension: 'true' },
    { case: 'new', object: 'services', base: '30000', procedure: 'inHouse' },
    { case: 'new', object: 'services', base: '30000', safetyCosts: '30000.01' },
    { case: 'new', object: 'services', base: '30000', amount: '1000' },
    { case: 'new', object: 'services', base: '30000', lots: [] },
    { case: 'renewal', object: 'services', amount: '30000' },
    { case: 'renewal', object: 'services', amount: '30000', originalCig: 1234567 },
    { case: 'renewal', object: 'services', amount: '30000', originalCig: '1234567CE8' },
    { case: 'variant', object: 'works', amount: '1000' },
    { case: 'variant', object: 'works', amount: '1000', contractAmount: '0' },
    { case: 'technicalExtension', object: 'works', amount: '1000', contractAmount: '5000', base: '1' },
    { case: 'frameworkCall', object: 'services', amount: '1000', parentCig: '1234567CE7' },
    { case: 'new', object: 'services', base: ' 30000 ' },
    { case: 'new', object: 'services', base: '30000', renewals: ['\t30000'] },
    { case: 'new', object: 'services', base: '30000', authority: 'regional' },
    { case: 'new', object: 'services', base: '30000', sector: 'speciale' },
    { case: 'new', object: 'services', base: '30000', repetitions: '10000' },
  ];
  const mutated: unknown[] = [];
  for (let i = 0; i < 120; i++) {
    const s = randomNew(r);
    const key = r.pick(['base', 'object', 'date', 'renewals', 'procedure', 'extra', 'safetyCosts', 'countTechnicalExtension']);
    const bad = r.pick<unknown>([null, 12, '', 'abc', [], {}, true, '40.000', '1,5']);
    if (key === 'extra') s[r.pick(['Base', 'importo', 'originalCig', 'amount'])] = '1';
    else s[key] = bad;
    mutated.push(s);
  }
  return [...fixed, ...mutated];
}


/** The advise inputs, in a fixed order from the fixed seed. */
export function adviseCorpus(seed = SEED): unknown[] {
  const r = rng(seed);
  const out: unknown[] = [...systematicNew(), ...pnrrNew(), ...systematicProcedures()];
  for (let i = 0; i < 900; i++) out.push(randomNew(r));
  for (const date of [...DATES, undefined]) {
    for (const object of OBJECTS) {
      out.push(withDate(date, { case: 'renewal', object, amount: r.pick(AMOUNTS), originalCig: r.pick(VALID_CIGS) }));
      for (const c of ['variant', 'technicalExtension'] as const) {
        for (const amount of quintoAmounts('100000')) out.push(withDate(date, { case: c, object, contractAmount: '100000', amount }));
      }
    }
  }
  for (let i = 0; i < 250; i++) out.push(randomRenewal(r));
  for (let i = 0; i < 450; i++) out.push(randomModification(r));
  out.push(...invalidInputs(r));
  // A few batches: arrays give arrays, with errors in place.
  for (let i = 0; i < 20; i++) {
    out.push(Array.from({ length: r.int(1, 6) }, () => (r.chance(0.2) ? r.pick(invalidInputs(rng(i))) : randomNew(r))));
  }
  out.push(...eventCorpus(rng(seed + 2)));
  out.push(...issue11Corpus()); // appended last, without the seed: the inputs above stay as they were
  out.push(...issue14Corpus()); // likewise
  return out;
}

// ---------------------------------------------------------------- issue 14: spaces, Italian amounts, built-in names, invalid JSON

/** An input given as raw text instead of JSON (invalid JSON, a key JSON.stringify cannot write): `{ "$text": "..." }`. */
const raw = (text: string) => ({ $text: text });

function issue14Corpus(): unknown[] {
  const out: unknown[] = [];
  const base = { case: 'new', date: '2019-10-01', object: 'services' };
  // whitespace around values of every kind: space, tab, line feed, NBSP, BOM, ideographic space, zero-width space
  for (const w of [' ', '\t', '\n', '\u00a0', '\ufeff', '\u3000', '\u200b']) {
    out.push(
      { ...base, base: `${w}30000${w}`, renewals: [`${w}30000`], safetyCosts: `1000${w}` },
      { case: `${w}new`, date: `2019-10-01${w}`, object: `${w}services${w}`, base: '40000', procedure: `direct${w}` },
      { case: 'renewal', date: '2024-03-01', object: 'works', amount: `${w}5000`, originalCig: `${w}1234567ce7${w}` },
      { case: 'variant', date: '2019-10-01', object: 'works', amount: `20000${w}`, contractAmount: `${w}100000` },
      { ...base, lots: [{ base: `${w}100000` }, { base: `60000${w}`, label: `${w}Lotto 2${w}` }] },
    );
  }
  // Italian amounts, and forms that could be read two ways
  for (const amount of ['30.000,00', '€ 30.000', '30000,5', '39.999,99', '40.000', 'EUR 1.000.000', '30 000', '0,01', '1.234.567,89', '30,000', "30'000", '1,234.56', '30.000.00', '€'])  {
    out.push({ ...base, base: amount });
  }
  // dates: only AAAA-MM-GG
  for (const date of ['2024-2-9', '2024-02-9', '24-02-09', '2024/02/09', '09/02/2024', ' 2024-02-09 ', '2024-02-30']) out.push({ ...base, base: '30000', date });
  // built-in names as values and as keys
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    out.push({ ...base, case: name, base: '30000' }, { ...base, object: name, base: '30000' }, { ...base, base: '30000', procedure: name });
  }
  out.push(
    { ...base, base: '30000', authority: 'toString', sector: 'constructor' },
    { case: 'renewal', date: '2024-03-01', object: 'works', amount: '5000', originalCig: 'B0123AB2CE', originalCard: 'constructor' },
    { ...base, base: '30000', constructor: 'x' },
    raw('{"case": "new", "object": "works", "base": "1000", "__proto__": "x"}'),
    raw('{"case": "__proto__", "object": "works", "base": "1000"}'),
  );
  // invalid JSON (the message is Italian and suggests an advise example), a BOM before the JSON, an empty input
  for (const text of ['{"case": "new",', '[', "{'case': 'new'}", '{"case":"new"}}', 'undefined', '', '   ', '\ufeff{"case": "new", "date": "2019-10-01", "object": "works", "base": "1000"}', '[{"case": "new"}, ]']) {
    out.push(raw(text));
  }
  return out;
}

// ---------------------------------------------------------------- issue 11: lots, frameworkCall, in house, traceability only

/** The services EU threshold (sub-central) of three periods, as the last lot that brings two lots of 100.000 to it, one cent below/at/above. */
const LOTS_TO_EU_THRESHOLD = [
  ['2023-06-30', ['14999.99', '15000', '15000.01']],
  ['2025-03-01', ['20999.99', '21000', '21000.01']],
  ['2026-03-01', ['15999.99', '16000', '16000.01']],
] as const;

function issue11Corpus(): unknown[] {
  const out: unknown[] = [];
  // lots: the sum around the EU threshold (with and without a chosen procedure)
  for (const [date, lasts] of LOTS_TO_EU_THRESHOLD) {
    for (const last of lasts) {
      const lots = [{ base: '100000' }, { base: '100000' }, { base: last }];
      out.push({ case: 'new', date, object: 'services', lots }, { case: 'new', date, object: 'services', lots, procedure: 'open' });
    }
  }
  // lots: four lots at the 2026 threshold; works lots around the 2022-2023 works threshold
  out.push({ case: 'new', date: '2026-03-01', object: 'supplies', lots: [{ base: '60000' }, { base: '60000' }, { base: '60000' }, { base: '36000' }] });
  out.push({ case: 'new', date: '2026-03-01', object: 'supplies', lots: [{ base: '60000' }, { base: '60000' }, { base: '60000' }, { base: '35999.99' }] });
  for (const last of ['1381999.99', '1382000']) out.push({ case: 'new', date: '2023-06-30', object: 'works', lots: [{ base: '2000000' }, { base: '2000000' }, { base: last }], procedure: 'open' });
  // lots: the sum around the Smart CIG limit, before and after the PCP
  for (const date of ['2019-10-01', '2023-12-31', '2024-01-01']) {
    for (const last of ['19999.99', '20000', '20000.01']) out.push({ case: 'new', date, object: 'services', lots: [{ base: '20000' }, { base: last }], procedure: 'direct' });
  }
  out.push({ case: 'new', date: '2019-10-01', object: 'supplies', lots: [{ base: '15000' }, { base: '15000' }, { base: '9999.99' }] });
  // lots with their own options, and labels
  out.push({ case: 'new', date: '2019-10-01', object: 'services', lots: [{ label: 'Lotto A', base: '30000', renewals: ['30000'] }, { label: 'Lotto B', base: '10000', safetyCosts: '500' }] });
  out.push({ case: 'new', date: '2026-03-01', object: 'services', lots: [{ base: '150000', otherOptions: ['50000'] }, { base: '20000', repetitions: ['5000'] }], procedure: 'open' });
  // frameworkCall: both sides of 2024-01-01, around the Smart CIG limit, with and without competition
  for (const date of ['2019-10-01', '2023-12-31', '2024-01-01', '2025-03-01']) {
    for (const amount of ['39999.99', '40000', '150000']) {
      for (const withCompetition of [false, true]) out.push({ case: 'frameworkCall', date, object: 'supplies', parentCig: '1234567CE7', amount, withCompetition });
    }
  }
  out.push({ case: 'frameworkCall', date: '2026-03-01', object: 'services', parentCig: 'B0123AB2CE', amount: '20000' });
  out.push({ case: 'frameworkCall', object: 'services', parentCig: '1234567CE7', amount: '20000', pnrr: true });
  // frameworkCall: an invalid parent CIG (refused)
  for (const parentCig of ['Z1B0CF8BC7', '12345']) {
    out.push({ case: 'frameworkCall', date: '2023-12-31', object: 'supplies', parentCig, amount: '30000' }, { case: 'frameworkCall', date: '2024-01-01', object: 'supplies', parentCig, amount: '30000' });
  }
  // in house and traceability only, 2023 to 2026 (the 30 June 2025 end of the web interface included)
  for (const date of ['2023-06-30', '2023-12-31', '2024-01-01', '2025-03-01', '2025-06-30', '2025-07-01', '2026-03-01']) {
    for (const base of ['39999.99', '40000', '150000']) {
      out.push({ case: 'new', date, object: 'services', base, procedure: 'inHouse' }, { case: 'new', date, object: 'supplies', base, excluded: 'traceabilityOnly' });
    }
  }
  // the framework agreement itself (the CIG padre), and lots combined with the special awards
  for (const date of ['2023-06-30', '2024-01-01', '2026-03-01']) out.push({ case: 'new', date, object: 'services', base: '500000', procedure: 'frameworkAgreement' });
  out.push({ case: 'new', date: '2026-03-01', object: 'services', lots: [{ base: '100000' }, { base: '50000' }], procedure: 'frameworkAgreement' });
  out.push({ case: 'new', date: '2025-03-01', object: 'services', lots: [{ base: '100000' }, { base: '50000' }], procedure: 'inHouse' });
  out.push({ case: 'new', date: '2026-03-01', object: 'supplies', lots: [{ base: '30000' }, { base: '20000' }], excluded: 'traceabilityOnly' });
  return out;
}

// ---------------------------------------------------------------- issue 9, events: original date, card and CIG series

/** The original contracts: start date and CIG, one per law and system (163/2006, 50/2016, 36/2023 before and under the PCP). */
const ORIGINALS = [['2015-03-01', '1234567CE7'], ['2019-03-01', '9876543D1B'], ['2023-09-01', 'A00F1C2211'], ['2024-02-01', 'B0123AB2CE']] as const;
/** The days ANAC's guidance on events changes, each with the day before. */
const EVENT_DATES = ['2023-12-31', '2024-01-01', '2025-01-13', '2025-01-14', '2025-10-19', '2025-10-20', '2026-01-19', '2026-01-20'] as const;
const ORIGINAL_CARDS = ['AD5', 'AD3', 'AD2_25', 'AD1_25', 'P2_16', 'P1_16', 'P7_1_3', 'P7_2', 'AD4', 'P6_2', 'A3_6', 'P5'] as const;
/** One valid CIG of each series: SIMOG digits, SIMOG A, PCP B and C, Smart CIG X, Y and Z. */
const SERIES_CIGS = ['1234567CE7', 'A00F1C2211', 'B0123AB2CE', 'C1A2B3C48B', 'X3A000262F', 'Y483E0A3BA', 'ZF0E000001'] as const;

function eventCorpus(r: Rng): unknown[] {
  const out: unknown[] = [];
  const event = (c: 'renewal' | 'variant' | 'technicalExtension', date: string, extra: Record<string, unknown>) =>
    (c === 'renewal'
      ? { case: c, date, object: r.pick(OBJECTS), amount: r.pick(AMOUNTS), ...extra }
      : { case: c, date, object: r.pick(OBJECTS), contractAmount: '100000', amount: r.pick(quintoAmounts('100000')), ...extra });
  for (const c of ['renewal', 'variant', 'technicalExtension'] as const) {
    for (const [originalDate, originalCig] of ORIGINALS) {
      for (const date of EVENT_DATES) {
        if (date >= originalDate) out.push(event(c, date, { originalCig, originalDate, ...(originalCig.startsWith('B') && { originalCard: r.pick(ORIGINAL_CARDS) }) }));
      }
    }
  }
  for (const originalCard of ORIGINAL_CARDS) out.push(event(r.pick(['renewal', 'variant', 'technicalExtension'] as const), '2025-06-18', { originalCig: 'B0123AB2CE', originalCard }));
  out.push(event('variant', '2026-06-29', { originalCig: 'B0123AB2CE', originalCard: 'A3_6' }), event('variant', '2026-06-30', { originalCig: 'B0123AB2CE', originalCard: 'A3_6' }));
  for (let i = 0; i < 40; i++) {
    const c = r.pick(['renewal', 'variant', 'technicalExtension'] as const);
    const date = r.pick([...EVENT_DATES, '2023-07-01', '2026-11-21']);
    const extra: Record<string, unknown> = {};
    if (c === 'renewal' || r.chance(0.7)) extra['originalCig'] = r.pick(SERIES_CIGS);
    if (r.chance(0.5)) extra['originalDate'] = r.pick(['2010-01-01', '2016-04-18', '2016-04-19', '2023-06-30', '2023-07-01', '2023-12-31', '2024-01-01', date]);
    if (r.chance(0.5)) extra['originalCard'] = r.pick(ORIGINAL_CARDS);
    out.push(event(c, date, extra));
  }
  // Refused: the original contract after the event, an unknown card, the new keys on a new contract.
  out.push(
    { case: 'renewal', date: '2025-01-01', object: 'works', amount: '1000', originalCig: 'B0123AB2CE', originalDate: '2025-01-02' },
    { case: 'variant', date: '2025-01-01', object: 'works', amount: '1000', contractAmount: '5000', originalCard: 'M2' },
    { case: 'new', object: 'works', base: '1000', originalDate: '2020-01-01' },
  );
  return out;
}

// ---------------------------------------------------------------- carnet scripts

const FATTISPECIE_INPUTS = [
  'INF_40000', 'CONTRATTI DI IMPORTO INFERIORE A EURO 40.000', 'LAVORI_INF_40000', 'SERVIZI_FORNITURE_INF_20000',
  'ARTT_16_17_18', 'ESCLUSI_150000', 'ARTT_218_149', 'contratti di importo inferiore a euro 40.000', 'NON_ESISTE', '',
];
const PROCEDURE_INPUTS = ['AFFIDAMENTO DIRETTO', 'AFFIDAMENTO IN ECONOMIA - AFFIDAMENTO DIRETTO', 'AFFIDAMENTO IN ECONOMIA - COTTIMO FIDUCIARIO', 'PROCEDURA APERTA', 'PROCEDURA NEGOZIATA SENZA PREVIA PUBBLICAZIONE', 'X'];
const PRINCIPAL_INPUTS = ['LAVORI', 'SERVIZI', 'FORNITURE', 'ALTRO'];

function addDays(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

function cigData(r: Rng, malformed: boolean): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  if (r.chance(0.9)) d['oggetto'] = r.pick(['stampe digitali', 'manutenzione', 'x', 'pulizia uffici', 'A'.repeat(r.int(1, 300))]);
  if (r.chance(0.9)) d['importo'] = malformed && r.chance(0.2) ? r.pick<unknown>([1500, null]) : r.pick(['1500', '19999.99', '20000', '39999.99', '40000', '150000', '150000.01', '1.500,00', '12.000', '0', 'abc']);
  if (r.chance(0.85)) d['oggettoPrincipale'] = r.pick(PRINCIPAL_INPUTS);
  if (r.chance(0.85)) d['proceduraSceltaContraente'] = r.pick(PROCEDURE_INPUTS);
  if (r.chance(0.4)) d['fattispecieContrattuale'] = r.pick(FATTISPECIE_INPUTS);
  if (r.chance(0.1)) d['cigAccordoQuadro'] = r.pick([...VALID_CIGS, ...INVALID_CIGS]);
  if (r.chance(0.1)) d['cup'] = r.pick(['J21H11000020004', 'J21H', '']);
  if (malformed && r.chance(0.1)) d['campoSconosciuto'] = '1';
  return d;
}

function carnetScript(r: Rng): unknown {
  if (r.chance(0.04)) return r.pick<unknown>([null, [], { actions: 'x' }, { actions: [{ date: '2011-05-04' }] }, { actions: [], asOf: '2030-01-01' }]);
  let date = r.chance(0.5) ? r.pick(['2011-05-02', '2011-07-11', '2011-07-12', '2016-04-18', '2016-04-19', '2020-09-01', '2023-10-01']) : addDays('2011-05-02', r.int(0, 4500));
  const carnets: Array<{ number: string; size: number }> = [];
  const codes: string[] = [];
  const actions: unknown[] = [];
  const n = r.int(1, 40);
  const malformed = r.chance(0.12);
  for (let i = 0; i < n; i++) {
    date = r.chance(0.03) ? addDays(date, -r.int(1, 10)) : addDays(date, r.pick([0, 0, 1, 3, 10, 30, 60, 91, 121]));
    if (date > '2023-12-31' && r.chance(0.8)) break;
    const type = r.pick(['requestCarnet', 'communicate', 'communicate', 'communicate', 'cancel', 'modify', 'requestSmartCig'] as const);
    const target = (): Record<string, unknown> => {
      if (codes.length > 0 && r.chance(0.15)) return { code: r.pick(codes) };
      const c = carnets.length > 0 && r.chance(0.95) ? r.pick(carnets) : { number: 'CARNET/0000099', size: 50 };
      return { carnet: c.number, cig: r.chance(0.95) ? r.int(1, c.size) : malformed ? r.pick<unknown>([0, '1']) : c.size + 1 };
    };
    switch (type) {
      case 'requestCarnet': {
        const a: Record<string, unknown> = { date, type };
        const size = r.chance(0.5) ? r.int(1, 50) : malformed && r.chance(0.3) ? r.pick([0, 51, 2.5]) : undefined;
        if (size !== undefined) a['size'] = size;
        actions.push(a);
        carnets.push({ number: `CARNET/${String(carnets.length + 1).padStart(7, '0')}`, size: typeof size === 'number' && size >= 1 && size <= 50 && Number.isInteger(size) ? size : 50 });
        break;
      }
      case 'communicate':
      case 'modify':
        actions.push({ date, type, ...target(), data: cigData(r, malformed) });
        break;
      case 'cancel':
        actions.push({ date, type, ...target() });
        break;
      case 'requestSmartCig':
        actions.push({ date, type, data: cigData(r, malformed) });
        codes.push('X3A000262F');
        break;
    }
  }
  const script: Record<string, unknown> = { actions };
  if (r.chance(0.3)) script['asOf'] = r.chance(0.9) ? addDays(date, r.int(0, 200)) : '2024-06-01';
  return script;
}

export function carnetCorpus(seed = SEED): unknown[] {
  const r = rng(seed + 1);
  return Array.from({ length: 200 }, () => carnetScript(r));
}

// ---------------------------------------------------------------- running and recording

/** What the command line prints for one input, exactly as src/cli/main.ts would (stdout and exit). */
function cliAnswer(command: 'advise' | 'carnet', input: unknown): { stdout: string; exitCode: number } {
  try {
    const text = typeof input === 'object' && input !== null && '$text' in input && typeof input.$text === 'string' ? input.$text : JSON.stringify(input);
    const { output, exitCode } = runCommand([command], () => text, { today: GOLDEN_TODAY });
    return { stdout: JSON.stringify(output, null, 2) + '\n', exitCode };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { stdout: JSON.stringify({ error: { code: 'INTERNAL', message: `Errore interno: ${message}` } }, null, 2) + '\n', exitCode: 1 };
  }
}

/** 48 bits of SHA-256: each answer is compared with its own recorded hash, so a collision would need 1 chance in 2^48. */
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

/** The summary without its empty parts (null, "", []), to keep the recorded form small; `newCig` stays, since null says "not settled". */
function compact(j: Json): Json {
  if (j === null || typeof j !== 'object' || Array.isArray(j)) return j;
  return Object.fromEntries(Object.entries(j).filter(([k, v]) => k === 'newCig' || (v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))));
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function summariseAdvice(o: Json): Json {
  if (Array.isArray(o)) return o.map(summariseAdvice);
  if (o === null || typeof o !== 'object') return o;
  const err = o['error'];
  if (err && typeof err === 'object' && !Array.isArray(err)) {
    const issues = err['issues'];
    return { error: err['code'] ?? null, paths: Array.isArray(issues) ? issues.map((i) => (i && typeof i === 'object' && !Array.isArray(i) ? i['path'] ?? null : null)) : null };
  }
  const c = o['contribution'];
  return {
    value: o['estimatedValue'] ?? null,
    newCig: o['newCig'] ?? null,
    system: o['system'] ?? null,
    fields: o['fields'] && typeof o['fields'] === 'object' && !Array.isArray(o['fields'])
      ? Object.values(o['fields']).map((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.values(v).join('+') : v)).join('|') : null,
    contribution: c && typeof c === 'object' && !Array.isArray(c)
      ? [c['stazioneAppaltante'] ?? null, c['operatoreEconomico'] ?? null, ...(c['provisional'] === true ? ['provvisorio'] : [])] : null,
    // issue 9, events: the card to send, as system|card|reason|days, only when there is one
    ...(o['communication'] && typeof o['communication'] === 'object' && !Array.isArray(o['communication']) && {
      communication: [o['communication']['system'], o['communication']['scheda'], ...Object.values(o['communication']['fields'] ?? {})].map(String).join('|'),
    }),
    /** How many notes, open points ("da verificare") and next events. */
    counts: [o['notes'], o['unverified'], o['next']].map((x) => (Array.isArray(x) ? x.length : '-')).join('/'),
  };
}

function summariseCarnet(o: Json): Json {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return o;
  if (o['error']) return summariseAdvice(o);
  const results = Array.isArray(o['results']) ? o['results'] : [];
  const state = o['state'];
  const carnets = state && typeof state === 'object' && !Array.isArray(state) && Array.isArray(state['carnets']) ? state['carnets'] : [];
  return {
    results: results.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? (x['ok'] === true ? 'ok' : (x['error'] as { code?: Json } | undefined)?.code ?? '?') : '?')).join(' '),
    carnets: carnets.map((c) => (c && typeof c === 'object' && !Array.isArray(c) ? [c['status'] ?? null, c['counts'] ?? null] : null)),
    canRequestCarnet: state && typeof state === 'object' && !Array.isArray(state) ? state['canRequestCarnet'] ?? null : null,
  };
}

/** One line per input, in order: the input (advise only), exit code, hash of the stdout bytes, summary (empty parts left out). */
export function record(command: 'advise' | 'carnet', inputs: readonly unknown[]): string {
  return inputs.map((input) => {
    const { stdout, exitCode } = cliAnswer(command, input);
    const summary = (command === 'advise' ? summariseAdvice : summariseCarnet)(JSON.parse(stdout) as Json);
    const line: Record<string, unknown> = {};
    if (command === 'advise') line['in'] = input;
    line['exit'] = exitCode;
    line['sha'] = hash(stdout);
    line['out'] = Array.isArray(summary) ? summary.map(compact) : compact(summary);
    return JSON.stringify(line);
  }).join('\n') + '\n';
}

export const GOLDEN_FILES = {
  advise: new URL('./advise.golden.ndjson', import.meta.url),
  carnet: new URL('./carnet.golden.ndjson', import.meta.url),
} as const;
