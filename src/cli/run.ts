/** The command line's logic, free of process I/O so that tests and the benchmark can call it. */
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

const USAGE = `Uso: cig advise [FILE] | cig carnet [FILE] | cig check-cig CODICE... | ${EXERCISE_USAGE}`;

function refused(code: string, message: string, issues?: InputError['issues']): ErrorBody {
  return { error: issues ? { code, message, issues } : { code, message } };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; body: ErrorBody } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : '';
    return {
      ok: false,
      body: refused('INVALID_INPUT', `L'input non è JSON valido (${detail}). Controlla virgolette, virgole e parentesi: ad esempio {"case": "new", "object": "services", "base": "30000"}`),
    };
  }
}

function isRefusal(x: unknown): boolean {
  return typeof x === 'object' && x !== null && 'error' in x;
}

/** One item or a batch: arrays give arrays, in the same order. */
function perItem(value: unknown, one: (item: unknown) => unknown): CommandResult {
  const outputs = Array.isArray(value) ? value.map(one) : one(value);
  const anyRefused = Array.isArray(outputs) ? outputs.some(isRefusal) : isRefusal(outputs);
  return { output: outputs, exitCode: anyRefused ? 2 : 0 };
}

function adviseOne(raw: unknown, options: AdviseOptions = {}): unknown {
  const parsed = parseScenario(raw);
  if (!parsed.ok) return refused(parsed.error.code, parsed.error.message, parsed.error.issues);
  return presentAdvice(advise(parsed.scenario, options));
}

export function runCommand(argv: string[], readInput: (file: string | undefined) => string, options: AdviseOptions = {}): CommandResult {
  const [command, ...args] = argv;
  const readJson = (): { ok: true; value: unknown } | { ok: false; body: ErrorBody } => {
    let text: string;
    try {
      text = readInput(args[0]);
    } catch {
      return { ok: false, body: refused('INVALID_INPUT', `Non riesco a leggere il file ${args[0]}: controlla il percorso.`) };
    }
    return parseJson(text);
  };
  switch (command) {
    case 'advise': {
      const input = readJson();
      if (!input.ok) return { output: input.body, exitCode: 2 };
      return perItem(input.value, (item) => adviseOne(item, options));
    }
    case 'carnet': {
      const input = readJson();
      if (!input.ok) return { output: input.body, exitCode: 2 };
      return perItem(input.value, (item) => runCarnetScript(item));
    }
    case 'check-cig': {
      if (args.length === 0) {
        return { output: refused('INVALID_INPUT', 'Indica almeno un codice CIG, ad esempio: cig check-cig X3A000262F'), exitCode: 2 };
      }
      return { output: args.map((code) => checkCig(code)), exitCode: 0 };
    }
    case 'exercise': return runExercise(args); // issue 13: generated exercises (src/cli/exercise.ts)
    default:
      return {
        output: refused('INVALID_INPUT', command ? `Comando sconosciuto "${command}". ${USAGE}` : USAGE),
        exitCode: 2,
      };
  }
}
