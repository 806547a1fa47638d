/**
 * Issue 13: `cig exercise --seed N --count K --level L [--topic T] [--from YYYY] [--to YYYY] [--format json|moodle|gift]`:
 * generated exercises with the engine's answers, as JSON (default) or as a Moodle XML / GIFT export.
 * The same generator and words as the page /esercizi/ (a seed gives the same set in both).
 */
import { generateExercises } from '../domain/exercises/generator.ts';
import { parseSetParams } from '../domain/exercises/kinds.ts';
import { todayInRome } from '../domain/dates.ts';
import { ESERCIZI } from '../copy/esercizi.ts';
import { answerText, storyOf, whyOf } from '../copy/esercizi-correzione.ts';
import { toGift, toMoodleXml, type ExportExercise } from '../copy/esercizi-export.ts';

export const EXERCISE_USAGE = 'cig exercise --seed N --level base|intermedio|avanzato [--count K] [--topic T] [--from AAAA] [--to AAAA] [--format json|moodle|gift]';

const FLAGS = ['seed', 'count', 'level', 'topic', 'from', 'to', 'format'] as const;
type Flag = (typeof FLAGS)[number];
const isFlag = (s: string): s is Flag => FLAGS.some((f) => f === s);
const FORMATS = ['json', 'moodle', 'gift'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (s: string): s is Format => FORMATS.some((f) => f === s);
const DEFAULT_COUNT = '5';

type Refusal = { error: { code: 'INVALID_INPUT'; message: string; issues: { path: string; message: string }[] } };
const refusal = (issues: { path: string; message: string }[]): Refusal => ({
  error: { code: 'INVALID_INPUT', message: `${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}. Uso: ${EXERCISE_USAGE}`, issues },
});

/** The flags as strings, or what is wrong with them. */
function readFlags(args: readonly string[]): { ok: true; flags: Partial<Record<Flag, string>> } | { ok: false; body: Refusal } {
  const flags: Partial<Record<Flag, string>> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i] ?? '';
    const value = args[i + 1];
    const key = name.replace(/^--/, '');
    if (!name.startsWith('--') || !isFlag(key)) return { ok: false, body: refusal([{ path: name, message: `opzione sconosciuta: usa ${FLAGS.map((f) => `--${f}`).join(', ')}` }]) };
    if (value === undefined || value.startsWith('--')) return { ok: false, body: refusal([{ path: name, message: `manca il valore, ad esempio ${name} ${key === 'level' ? 'base' : key === 'format' ? 'moodle' : '3'}` }]) };
    flags[key] = value;
  }
  return { ok: true, flags };
}

export function runExercise(args: readonly string[]): { output: unknown; exitCode: 0 | 2 } {
  const read = readFlags(args);
  if (!read.ok) return { output: read.body, exitCode: 2 };
  const { format = 'json', ...rest } = read.flags;
  const missing = (['seed', 'level'] as const).filter((f) => rest[f] === undefined);
  if (missing.length > 0) return { output: refusal(missing.map((f) => ({ path: `--${f}`, message: f === 'seed' ? 'indica il seme, un numero intero, ad esempio --seed 12345' : 'indica il livello: --level base, intermedio oppure avanzato' }))), exitCode: 2 };
  if (!isFormat(format)) return { output: refusal([{ path: '--format', message: 'indica json, moodle oppure gift' }]), exitCode: 2 };
  const parsed = parseSetParams({ count: DEFAULT_COUNT, ...rest });
  if (!parsed.ok) return { output: refusal(parsed.issues.map((i) => ({ path: `--${i.path}`, message: i.message }))), exitCode: 2 };
  const p = parsed.params;
  const generated = generateExercises({ seed: p.seed, count: p.count ?? Number(DEFAULT_COUNT), level: p.level, topic: p.topic, from: p.from, to: p.to, today: todayInRome() });
  const exercises: ExportExercise[] = generated.map((g, i) => ({ id: g.id, title: `${ESERCIZI.randomTitle} ${i + 1}`, story: [storyOf(g.scenario, g.template)], answers: g.answers }));
  if (format === 'moodle') return { output: toMoodleXml(exercises), exitCode: 0 };
  if (format === 'gift') return { output: toGift(exercises), exitCode: 0 };
  return {
    output: generated.map((g, i) => ({
      id: g.id, level: g.level, topics: g.topics, title: exercises[i]?.title, story: exercises[i]?.story.join(' '), scenario: g.scenario,
      questions: g.answers.map((a) => ({
        id: a.question, text: ESERCIZI.question[a.question], type: a.type, ...(a.type === 'choice' && { options: a.options }),
        answer: a.value, answerText: answerText(a), why: whyOf(a),
      })),
    })),
    exitCode: 0,
  };
}
