/**
 * CIG codes: the official check algorithm for the three series, and a generator of Smart CIG
 * codes for the simulator. Source: ANAC, "Algoritmo validazione CIG" (github anticorruzione/npa).
 *
 * - SIMOG first version: 7 decimal digits (not all zero) + 3 hex check characters,
 *   check = hex((first7 * 211) mod 4091).
 * - SIMOG second version and PCP: a letter A-U + 6 hex digits + 3 hex check characters,
 *   check = hex(((counter + position of the letter) * 211) mod 4091), A = 1.
 * - Smart CIG: X, Y or Z + 2 hex check characters + 7 hex digits (not all zero),
 *   check = hex((counter * 211) mod 251).
 */
import { SIMULATED_SMART_CIG } from './rules/simulated-cig.ts';

type CigSeries = 'SIMOG_V1' | 'SIMOG_V2_PCP' | 'SMART_CIG';

/**
 * The answer of the check. A refusal says why in words (length, characters, series, check
 * characters) and never which characters would make the code pass: following such a hint turns a
 * typo into a code that passes the check but does not exist. `simulated` marks a Smart CIG from the
 * counter range of this site's simulator (rules/simulated-cig.ts): it passes the check, but no such
 * code was ever issued.
 */
export type CigCheck =
  | { code: string; valid: true; series: CigSeries; warning?: string; simulated?: true }
  | { code: string; valid: false; reason: string };

const HEX = /^[0-9A-F]+$/;

export function normaliseCig(input: string): string {
  return input.trim().toUpperCase();
}

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, '0');
}

function simogV1Check(first7: string): string {
  return hex((parseInt(first7, 10) * 211) % 4091, 3);
}

function simogV2Check(letter: string, counter6: string): string {
  const position = letter.charCodeAt(0) - 64; // A = 1
  return hex(((parseInt(counter6, 16) + position) * 211) % 4091, 3);
}

function smartCigCheck(counter7: string): string {
  return hex((parseInt(counter7, 16) * 211) % 251, 2);
}

/** Whether a Smart CIG counter is in the range this site's simulator issues. */
function isSimulatedCounter(counter: number): boolean {
  return counter >= SIMULATED_SMART_CIG.from && counter <= SIMULATED_SMART_CIG.to;
}

const MISMATCH = 'non corrispondono agli altri caratteri del codice: c\'è probabilmente un errore di battitura. Ricopia il codice dall\'atto o dalla piattaforma da cui proviene.';

export function checkCig(input: string): CigCheck {
  const code = normaliseCig(input);
  const fail = (reason: string): CigCheck => ({ code, valid: false, reason });
  if (code.length !== 10) {
    return fail(`Il CIG ha 10 caratteri: questo ne ha ${code.length}. Controlla di averlo copiato per intero.`);
  }
  const first = code.charAt(0);
  if (/[0-9]/.test(first)) {
    const digits = code.slice(0, 7);
    const check = code.slice(7);
    if (!/^\d{7}$/.test(digits)) return fail('Nei CIG che iniziano con una cifra, i primi 7 caratteri devono essere tutti cifre.');
    if (!HEX.test(check)) return fail('Gli ultimi 3 caratteri devono essere cifre o lettere da A a F.');
    if (digits === '0000000') return fail('Il progressivo 0000000 non è mai assegnato.');
    if (check !== simogV1Check(digits)) return fail(`I caratteri di controllo (gli ultimi 3) ${MISMATCH}`);
    return { code, valid: true, series: 'SIMOG_V1' };
  }
  if (/[A-U]/.test(first)) {
    const counter = code.slice(1, 7);
    const check = code.slice(7);
    if (!HEX.test(counter) || !HEX.test(check)) return fail('Dopo la lettera iniziale sono ammessi solo cifre e lettere da A a F.');
    if (check !== simogV2Check(first, counter)) return fail(`I caratteri di controllo (gli ultimi 3) ${MISMATCH}`);
    if (counter === '000000') {
      return { code, valid: true, series: 'SIMOG_V2_PCP', warning: 'Progressivo 000000: il codice supera il controllo, ma alcune implementazioni lo rifiutano. Verificalo.' };
    }
    return { code, valid: true, series: 'SIMOG_V2_PCP' };
  }
  if (/[XYZ]/.test(first)) {
    const check = code.slice(1, 3);
    const counter = code.slice(3);
    if (!HEX.test(counter) || !HEX.test(check)) return fail('Dopo la lettera iniziale sono ammessi solo cifre e lettere da A a F.');
    if (counter === '0000000') return fail('Il progressivo 0000000 non è mai assegnato.');
    if (check !== smartCigCheck(counter)) return fail(`I caratteri di controllo (il 2° e il 3°) ${MISMATCH}`);
    if (isSimulatedCounter(parseInt(counter, 16))) return { code, valid: true, series: 'SMART_CIG', simulated: true };
    return { code, valid: true, series: 'SMART_CIG' };
  }
  return fail('Il CIG inizia con una cifra, con una lettera da A a U (SIMOG e PCP) oppure con X, Y o Z (Smart CIG).');
}

export const SMART_CIG_MAX_COUNTER = 0xfffffff;

/** A valid Smart CIG for a counter from 1 to 0xFFFFFFF. */
export function makeSmartCig(counter: number, prefix: 'X' | 'Y' | 'Z' = 'Z'): string {
  if (!Number.isInteger(counter) || counter < 1 || counter > SMART_CIG_MAX_COUNTER) {
    throw new RangeError('Il progressivo di uno Smart CIG va da 1 a FFFFFFF');
  }
  const c = hex(counter, 7);
  return `${prefix}${smartCigCheck(c)}${c}`;
}
