/**
 * Command line (CONTRACT §1): JSON in, JSON out, Italian messages, no stack traces.
 *
 *   npm run --silent cig -- advise [FILE]       scenario(s) -> advice(s)
 *   npm run --silent cig -- carnet [FILE]       Smart CIG simulation script -> results and final state
 *   npm run --silent cig -- check-cig CODE...   CIG codes -> validity
 *   npm run --silent cig -- exercise --seed N --level L [--count K] [--topic T] [--format json|moodle|gift]
 *                                                generated exercises with answers (issue 13; moodle/gift print the export as text)
 *
 * Exit status: 0 everything answered; 2 some input refused; 1 internal fault.
 */
import { readFileSync } from 'node:fs';
import { runCommand } from './run.ts';

function readInput(file: string | undefined): string {
  return readFileSync(file ?? 0, 'utf8');
}

try {
  const { output, exitCode } = runCommand(process.argv.slice(2), readInput);
  process.stdout.write(typeof output === 'string' ? output : JSON.stringify(output, null, 2) + '\n'); // a string is an export (issue 13)
  process.exitCode = exitCode;
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  process.stdout.write(JSON.stringify({ error: { code: 'INTERNAL', message: `Errore interno: ${message}` } }, null, 2) + '\n');
  process.exitCode = 1;
}
