/**
 * The command line's logic, free of process I/O so that tests, the golden corpus and the benchmark can
 * call it; main.ts reads and writes (streaming, issue 14). Each subcommand is a row of one table.
 */
import { parseScenario, type InputError } from '../domain/scenario.ts';
import { advise, type AdviseOptions } from '../domain/advise.ts';
import { checkCig } from '../domain/cig.ts';
import { presentAdvice } from '../copy/present.ts';
import { runCarnetScript } from '../domain/simulation/script.ts';
import { runExercise, EXERCISE_USAGE } from './exercise.ts'; // issue 13

interface CommandResult {
  output: unknown;
  exitCode: 0 | 1 | 2;
}

type ErrorBody = { error: { code: string; message: string; issues?: InputError['issues'] } };

/**
 * Issue 14: the largest input read whole (a JSON file or standard input without --ndjson), and the
 * longest line with --ndjson. Above it the command refuses the input and suggests --ndjson, which
 * reads one item per line in constant memory. README and `cig help` say it.
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
const MAX_INPUT_MB = MAX_INPUT_BYTES / 1024 / 1024;

/** A subcommand that answers items: how it reads its input and answers one item of it. */
export interface ItemCommand {
  /** 'json': a JSON value (an array is a batch) or, with --ndjson, one JSON value per line; 'codes': CIG codes. */
  input: 'json' | 'codes';
  /** An example of one input item, for the messages that say how to fix the input. */
  example: string;
  /** Answers one item (never throws on input: refusals are `{ error }` objects). */
  one: (item: unknown, options: AdviseOptions) => unknown;
}

/** A subcommand that reads only its arguments and answers at once (a string output is printed as it is: an export). */
interface ArgsCommand {
  input: 'args';
  run: (args: readonly string[]) => CommandResult;
}

type Subcommand = ItemCommand | ArgsCommand;

function refused(code: string, message: string, issues?: InputError['issues']): ErrorBody {
  return { error: issues ? { code, message, issues } : { code, message } };
}

function adviseOne(raw: unknown, options: AdviseOptions): unknown {
  const parsed = parseScenario(raw);
  if (!parsed.ok) return refused(parsed.error.code, parsed.error.message, parsed.error.issues);
  return presentAdvice(advise(parsed.scenario, options));
}

function checkOne(code: unknown): unknown {
  return typeof code === 'string' ? checkCig(code) : refused('INVALID_INPUT', 'Scrivi il CIG come testo, ad esempio "X3A000262F"');
}

/** The subcommands, by name (a Map: a name like "constructor" is not a subcommand). */
const SUBCOMMANDS = new Map<string, Subcommand>([
  ['advise', { input: 'json', example: '{"case": "new", "object": "services", "base": "30000"}', one: adviseOne }],
  ['carnet', { input: 'json', example: '{"actions": [{"date": "2011-05-04", "type": "requestCarnet"}]}', one: (item) => runCarnetScript(item) }],
  ['check-cig', { input: 'codes', example: 'X3A000262F', one: checkOne }],
  ['exercise', { input: 'args', run: runExercise }], // issue 13: generated exercises (src/cli/exercise.ts)
]);

export const USAGE = `Uso: cig advise [--ndjson] [FILE] | cig carnet [--ndjson] [FILE] | cig check-cig [--ndjson] [CODICE...] | ${EXERCISE_USAGE}. `
  + `Senza FILE legge lo standard input; senza codici check-cig li legge dallo standard input, uno per riga. Con --ndjson legge un elemento per riga e scrive una risposta per riga, senza limite di dimensione; senza, l'input letto per intero può essere al massimo di ${MAX_INPUT_MB} MB.`;

/** The subcommand of a name, or the refusal that explains the usage. */
export function subcommand(name: string | undefined): { ok: true; sub: Subcommand } | { ok: false; body: ErrorBody } {
  const sub = name === undefined ? undefined : SUBCOMMANDS.get(name);
  if (sub) return { ok: true, sub };
  return { ok: false, body: refused('INVALID_INPUT', name ? `Comando sconosciuto "${name}". ${USAGE}` : USAGE) };
}

/** Issue 14: invalid JSON, in Italian only (Node's own message is English), with the subcommand's own example. */
export function parseJson(sub: ItemCommand, text: string): { ok: true; value: unknown } | { ok: false; body: ErrorBody } {
  try {
    // a byte order mark before the JSON (files saved by some Windows editors) is not part of it
    return { ok: true, value: JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text) };
  } catch {
    const what = text.trim() === '' ? "L'input è vuoto" : "L'input non è JSON valido";
    return { ok: false, body: refused('INVALID_INPUT', `${what}: controlla virgolette, virgole e parentesi. Ad esempio: ${sub.example}`) };
  }
}

/** A FILE that cannot be read. */
export function unreadable(file: string | undefined): ErrorBody {
  return refused('INVALID_INPUT', `Non riesco a leggere il file ${file ?? ''}: controlla il percorso.`);
}

/** check-cig without codes. */
export function noCodes(sub: ItemCommand): ErrorBody {
  return refused('INVALID_INPUT', `Indica almeno un codice CIG, ad esempio: cig check-cig ${sub.example}`);
}

/** Issue 14: an input too large to be read whole. */
export function tooLarge(): ErrorBody {
  return refused('INVALID_INPUT', `L'input supera ${MAX_INPUT_MB} MB: per input così grandi usa --ndjson, con un elemento JSON per riga (ad esempio: cig advise --ndjson scenari.ndjson).`);
}

function isRefusal(x: unknown): boolean {
  return typeof x === 'object' && x !== null && 'error' in x;
}

const isInternal = (x: unknown): boolean => isRefusal(x) && typeof x === 'object' && x !== null && 'error' in x && typeof x.error === 'object' && x.error !== null && 'code' in x.error && x.error.code === 'INTERNAL';

/** An internal fault while answering one item: reported in that item's place (issue 14), never as a stack trace. */
export function internal(e: unknown): ErrorBody {
  const message = e instanceof Error ? e.message : String(e);
  return refused('INTERNAL', `Errore interno: ${message}`);
}

/** One item's answer; a fault stays in its place. */
export function answer(sub: ItemCommand, item: unknown, options: AdviseOptions): unknown {
  try {
    return sub.one(item, options);
  } catch (e) {
    return internal(e);
  }
}

/** The exit status an answer asks for (CONTRACT §1): 1 for an internal fault, 2 for a refusal, else 0. */
export function exitCodeOf(output: unknown): 0 | 1 | 2 {
  return isInternal(output) ? 1 : isRefusal(output) ? 2 : 0;
}

/** The worst of two exit statuses: an internal fault, then a refusal. */
export function worse(a: 0 | 1 | 2, b: 0 | 1 | 2): 0 | 1 | 2 {
  return a === 1 || b === 1 ? 1 : a === 2 || b === 2 ? 2 : 0;
}

/** The codes of check-cig's standard input: one per line, empty lines left out. */
export function codeLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** One item or a batch: arrays give arrays, in the same order, each item with its own answer or error. */
function perItem(sub: ItemCommand, value: unknown, options: AdviseOptions): CommandResult {
  if (!Array.isArray(value)) {
    const output = answer(sub, value, options);
    return { output, exitCode: exitCodeOf(output) };
  }
  const outputs = value.map((item) => answer(sub, item, options));
  return { output: outputs, exitCode: outputs.reduce<0 | 1 | 2>((code, o) => worse(code, exitCodeOf(o)), 0) };
}

/**
 * The whole command at once (the golden corpus and the tests; main.ts streams the same answers).
 * `readInput` gives the text of FILE, or of standard input when it is undefined.
 */
export function runCommand(argv: string[], readInput: (file: string | undefined) => string, options: AdviseOptions = {}): CommandResult {
  const [name, ...args] = argv;
  const found = subcommand(name);
  if (!found.ok) return { output: found.body, exitCode: 2 };
  const { sub } = found;
  if (sub.input === 'args') return sub.run(args);
  if (sub.input === 'codes') {
    let codes = args;
    if (codes.length === 0) {
      try {
        codes = codeLines(readInput(undefined));
      } catch {
        codes = [];
      }
    }
    if (codes.length === 0) {
      return { output: noCodes(sub), exitCode: 2 };
    }
    return perItem(sub, codes, options);
  }
  let text: string;
  try {
    text = readInput(args[0]);
  } catch {
    return { output: unreadable(args[0]), exitCode: 2 };
  }
  const input = parseJson(sub, text);
  if (!input.ok) return { output: input.body, exitCode: 2 };
  return perItem(sub, input.value, options);
}
