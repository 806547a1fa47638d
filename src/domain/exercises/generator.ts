/**
 * Issue 13: endless practice. A seeded generator (mulberry32: the same seed gives the same set on
 * every machine) draws scenarios by level, topic and years from small templates, asks the engine
 * (`expectedAnswers`) and keeps only scenarios it accepts and questions it settles. Amounts are drawn
 * in cents from round figures and figures one cent below round thousands, so thresholds are met on
 * both sides without any threshold written here.
 */
import { euro, toFixed2 } from '../money.ts';
import type { Scenario } from '../scenario.ts';
import { expectedAnswers, type ExpectedAnswer } from './answers.ts';
import { YEAR_MAX, YEAR_MIN, type Level, type QuestionId, type Topic } from './kinds.ts';

export interface GeneratorOptions {
  seed: number;
  count: number;
  level: Level;
  topic?: Topic | undefined;
  from?: number | undefined;
  to?: number | undefined;
  /** The date the engine takes as today (for its provisional tables); the scenarios all carry a date. */
  today: string;
}

export interface GeneratedExercise {
  id: string;
  level: Level;
  topics: readonly Topic[];
  /** The template the scenario was drawn from (the story's words are chosen by it). */
  template: TemplateId;
  scenario: Scenario;
  answers: ExpectedAnswer[];
}

type Rng = () => number;

/** mulberry32: a small, well-distributed 32-bit PRNG. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => {
  const x = xs[Math.floor(rng() * xs.length)];
  if (x === undefined) throw new RangeError('pick from an empty list');
  return x;
};
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

/** Cents as a plain amount: 3999999 → "39999.99", 3000000 → "30000". */
function plain(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros}.${String(rest).padStart(2, '0')}`;
}

/** A share of an amount (a quarter, a half) to the cent, half up, computed with decimal.js: "10000.00" → "2500". */
function share(base: string, divisor: number): string {
  const v = toFixed2(euro(base).div(divisor));
  return v.endsWith('.00') ? v.slice(0, -3) : v;
}

/** A base amount: round thousands, or one cent below them. */
function amount(rng: Rng, thousands: readonly number[]): string {
  const cents = pick(rng, thousands) * 100_000;
  return plain(rng() < 0.3 ? cents - 1 : cents);
}

const SMALL = [1, 3, 4, 5, 8, 12, 15, 18, 20, 25, 30, 35, 39, 40, 45];
const MEDIUM = [20, 30, 40, 60, 80, 100, 120, 139, 140, 150, 200];
const LARGE = [150, 200, 215, 220, 221, 300, 500, 1000, 5000, 5500];
const OBJECTS = ['works', 'services', 'supplies'] as const;
const PROCEDURES = ['direct', 'negotiated', 'open', 'restricted'] as const;
/** Made-up codes that pass the check algorithm: SIMOG numeric and A series, PCP B series, Smart CIG. */
const ORIGINAL_CIGS = { simog: ['1234567CE7', 'A00F1C2211'], pcp: ['B0123AB2CE'], smartCig: ['ZF0E000001'] } as const;

/** Codes of the PCP series (B...) only fit events dated from its first year: a plausible story, not a rule (the engine decides). */
const PCP_FIRST_YEAR = 2024;
const onPcp = (d: string) => Number(d.slice(0, 4)) >= PCP_FIRST_YEAR;

function date(rng: Rng, fromYear: number, toYear: number): string {
  const year = int(rng, fromYear, toYear);
  const month = int(rng, year === YEAR_MIN ? 6 : 1, year === YEAR_MAX ? 10 : 12);
  const day = int(rng, 1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface Template {
  id: TemplateId;
  topics: readonly Topic[];
  levels: readonly Level[];
  years: readonly [number, number];
  questions: Readonly<Record<Level, readonly QuestionId[]>>;
  draw: (rng: Rng, d: string) => Record<string, unknown>;
}

export type TemplateId = 'newContract' | 'newWithOptions' | 'renewal' | 'variant' | 'technicalExtension' | 'lots' | 'frameworkCall' | 'pcpAward';

const TEMPLATES: readonly Template[] = [
  {
    id: 'newContract', topics: ['valore-stimato', 'sistemi', 'contributo', 'procedure'], levels: ['base', 'intermedio', 'avanzato'], years: [YEAR_MIN, YEAR_MAX],
    questions: {
      base: ['estimatedValue', 'system', 'newCig'],
      intermedio: ['system', 'contribution', 'field:importo', 'field:importoBaseAsta', 'euThresholdReached'],
      avanzato: ['system', 'contribution', 'procedureAllowed', 'card', 'euThresholdReached'],
    },
    draw: (rng, d) => ({ case: 'new', date: d, object: pick(rng, OBJECTS), base: amount(rng, rng() < 0.5 ? SMALL : MEDIUM), ...(rng() < 0.6 && { procedure: pick(rng, PROCEDURES) }) }),
  },
  {
    id: 'newWithOptions', topics: ['valore-stimato', 'rinnovi-proroghe', 'sistemi', 'contributo'], levels: ['base', 'intermedio', 'avanzato'], years: [YEAR_MIN, YEAR_MAX],
    questions: {
      base: ['estimatedValue', 'system'],
      intermedio: ['estimatedValue', 'system', 'field:prevedeRipetizioni', 'field:importoBaseAsta', 'contribution'],
      avanzato: ['estimatedValue', 'system', 'card', 'contribution', 'euThresholdReached'],
    },
    draw: (rng, d) => {
      const base = amount(rng, SMALL);
      const years = int(rng, 1, 2);
      return {
        case: 'new', date: d, object: pick(rng, ['services', 'supplies'] as const), base,
        ...(rng() < 0.8 && { renewals: Array.from({ length: years }, () => base) }),
        ...(rng() < 0.4 && { prorogaOptions: [share(base, 4)] }),
        ...(rng() < 0.4 && { technicalExtension: share(base, 2), countTechnicalExtension: rng() < 0.5 }),
        procedure: 'direct',
      };
    },
  },
  {
    id: 'renewal', topics: ['rinnovi-proroghe', 'sistemi'], levels: ['intermedio', 'avanzato'], years: [2016, YEAR_MAX],
    questions: { base: ['newCig', 'system'], intermedio: ['newCig', 'system', 'field:ripetizionePrecedenteContratto'], avanzato: ['newCig', 'system', 'card', 'field:ripetizionePrecedenteContratto'] },
    draw: (rng, d) => {
      const pcp = onPcp(d) && rng() < 0.5;
      return {
        case: 'renewal', date: d, object: pick(rng, ['services', 'supplies'] as const), amount: amount(rng, SMALL.concat(MEDIUM)),
        originalCig: pick(rng, pcp ? ORIGINAL_CIGS.pcp : [...ORIGINAL_CIGS.simog, ...ORIGINAL_CIGS.smartCig]),
        ...(pcp && { originalCard: pick(rng, ['AD5', 'AD3', 'P2_16'] as const) }),
      };
    },
  },
  {
    id: 'variant', topics: ['modifiche'], levels: ['intermedio', 'avanzato'], years: [2016, 2023],
    questions: { base: ['newCig'], intermedio: ['newCig', 'system'], avanzato: ['newCig', 'system', 'field:importo', 'field:importoBaseAsta'] },
    draw: (rng, d) => {
      const contract = pick(rng, MEDIUM) * 100_000;
      const share = pick(rng, [10, 15, 20, 21, 25, 30]);
      return { case: 'variant', date: d, object: pick(rng, OBJECTS), contractAmount: plain(contract), amount: plain((contract / 100) * share), originalCig: pick(rng, ORIGINAL_CIGS.simog) };
    },
  },
  {
    id: 'technicalExtension', topics: ['rinnovi-proroghe', 'modifiche'], levels: ['intermedio', 'avanzato'], years: [2016, YEAR_MAX],
    questions: { base: ['newCig'], intermedio: ['newCig', 'system'], avanzato: ['newCig', 'system', 'card'] },
    draw: (rng, d) => {
      const contract = pick(rng, MEDIUM) * 100_000;
      const pcp = onPcp(d);
      return {
        case: 'technicalExtension', date: d, object: pick(rng, ['services', 'supplies'] as const), contractAmount: plain(contract),
        amount: plain((contract / 100) * pick(rng, [8, 10, 16, 25])), originalCig: pick(rng, pcp ? ORIGINAL_CIGS.pcp : ORIGINAL_CIGS.simog),
        ...(pcp && { originalCard: pick(rng, ['AD3', 'P2_16'] as const) }),
      };
    },
  },
  {
    id: 'lots', topics: ['lotti', 'valore-stimato'], levels: ['avanzato', 'intermedio'], years: [2016, YEAR_MAX],
    questions: { base: ['estimatedValue'], intermedio: ['estimatedValue', 'system', 'euThresholdReached'], avanzato: ['estimatedValue', 'system', 'euThresholdReached', 'card', 'contribution'] },
    draw: (rng, d) => ({
      case: 'new', date: d, object: pick(rng, OBJECTS), procedure: pick(rng, ['open', 'negotiated'] as const),
      lots: Array.from({ length: int(rng, 2, 4) }, (_, i) => ({ label: `Lotto ${i + 1}`, base: amount(rng, MEDIUM.concat(LARGE)) })),
    }),
  },
  {
    id: 'frameworkCall', topics: ['accordi-quadro'], levels: ['avanzato', 'intermedio'], years: [YEAR_MIN, YEAR_MAX],
    questions: { base: ['newCig'], intermedio: ['newCig', 'system'], avanzato: ['newCig', 'system', 'card'] },
    draw: (rng, d) => ({
      case: 'frameworkCall', date: d, object: pick(rng, ['services', 'supplies'] as const), amount: amount(rng, SMALL.concat(MEDIUM)),
      parentCig: pick(rng, onPcp(d) ? ORIGINAL_CIGS.pcp : ORIGINAL_CIGS.simog), withCompetition: rng() < 0.5,
    }),
  },
  {
    id: 'pcpAward', topics: ['pcp', 'procedure', 'sistemi'], levels: ['intermedio', 'avanzato'], years: [PCP_FIRST_YEAR, YEAR_MAX],
    questions: { base: ['system'], intermedio: ['system', 'card', 'field:canale', 'procedureAllowed'], avanzato: ['card', 'field:canale', 'procedureAllowed', 'euThresholdReached', 'contribution'] },
    draw: (rng, d) => ({ case: 'new', date: d, object: pick(rng, OBJECTS), base: amount(rng, SMALL.concat(MEDIUM, LARGE)), procedure: pick(rng, PROCEDURES) }),
  },
];

/** Templates that fit the request, most specific first; `newContract` covers every year and level. */
function candidates(o: GeneratorOptions, from: number, to: number): readonly Template[] {
  const years = (t: Template) => t.years[0] <= to && t.years[1] >= from;
  const topic = (t: Template) => o.topic === undefined || t.topics.includes(o.topic);
  const level = (t: Template) => t.levels.includes(o.level);
  for (const filter of [(t: Template) => years(t) && topic(t) && level(t), (t: Template) => years(t) && topic(t), years]) {
    const found = TEMPLATES.filter(filter);
    if (found.length > 0) return found;
  }
  return TEMPLATES.filter((t) => t.id === 'newContract');
}

const MIN_QUESTIONS = 2;
const ATTEMPTS = 40;

/** The same options give the same exercises, always ones the engine accepts and settles. */
export function generateExercises(o: GeneratorOptions): GeneratedExercise[] {
  const rng = mulberry32(o.seed);
  const from = Math.max(YEAR_MIN, Math.min(o.from ?? YEAR_MIN, YEAR_MAX));
  const to = Math.min(YEAR_MAX, Math.max(o.to ?? YEAR_MAX, from));
  const templates = candidates(o, from, to);
  const out: GeneratedExercise[] = [];
  for (let i = 0; i < o.count; i++) {
    let made: GeneratedExercise | undefined;
    for (let attempt = 0; attempt < ATTEMPTS && made === undefined; attempt++) {
      const t = pick(rng, templates);
      const d = date(rng, Math.max(from, t.years[0]), Math.min(to, t.years[1]));
      const raw = t.draw(rng, d);
      const all = expectedAnswers(raw, t.questions[o.level], o.today);
      // ask what the engine settles; a refused scenario is dropped and drawn again
      if (all.ok === false && all.refused !== '') continue;
      const settled = all.ok ? t.questions[o.level] : t.questions[o.level].filter((q) => !all.unanswerable.some((u) => u.question === q));
      if (settled.length < MIN_QUESTIONS && attempt < ATTEMPTS - 1) continue;
      const r = expectedAnswers(raw, settled, o.today);
      if (r.ok && r.answers.length > 0) {
        made = { id: `g${o.seed}-${i + 1}`, level: o.level, topics: t.topics, template: t.id, scenario: r.scenario, answers: r.answers };
      }
    }
    if (made === undefined) throw new RangeError(`no exercise after ${ATTEMPTS} attempts (seed ${o.seed})`);
    out.push(made);
  }
  return out;
}
