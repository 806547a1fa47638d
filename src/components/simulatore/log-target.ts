/**
 * Review of issue 12: what a line of the activity log, or the undo button, acted on, in words. The
 * machine records a clock move by its key ('day', 'week', …) and a "Vai alla data" by its ISO date;
 * the learner reads the move's name and the date as Italians write it. Codes, carnets and file names
 * stay as they are.
 */
import { SIM } from '../../copy/simulatore.ts';
import { formatDateShortIt, isIsoDate } from '../../domain/dates.ts';
import type { LogAction } from '../../domain/simulation/state.ts';

const MOVES: Readonly<Record<string, string>> = SIM.logClockMoves;

/** `action` is the action that named the target (for an undo, the action it took back). */
export function targetWords(action: LogAction, target: string): string {
  if (action !== 'clock') return target;
  if (Object.hasOwn(MOVES, target)) return MOVES[target] ?? target;
  return isIsoDate(target) ? formatDateShortIt(target) : target;
}
