/**
 * The counters of the Smart CIG codes this site's simulator issues: a range of the X/Y/Z counter
 * space (7 hex digits after the two check characters) that no real code has reached, so that the
 * CIG checker can say that a code in it was made here and does not exist.
 *
 * Why the range is safe: X, Y and Z share one counter (REFERENCE §1.3); the highest one seen in ANAC
 * open data is 0x3E0A3BA (Z483E0A3BA, published 30 December 2023), and the service stopped issuing
 * codes on 31 December 2023 (delibera ANAC 582/2023), so real counters will never grow past it. The
 * simulator starts at 0xF000000 (251,658,240), about four times the highest real counter; the
 * check algorithm allows counters up to 0xFFFFFFF. Decided for issue 10 on 21 November 2026.
 */
import type { IsoDate } from '../dates.ts';
import type { SourceId } from './sources.ts';

export const SIMULATED_SMART_CIG: {
  /** First and last counter (inclusive) the simulator issues. */
  from: number;
  to: number;
  /** The highest counter of a real Smart CIG in the data the range was chosen against. */
  highestRealCounter: number;
  /** When the range was chosen; the last real code it was checked against is of 30 December 2023. */
  decided: IsoDate;
  sources: readonly SourceId[];
} = {
  from: 0xf000000,
  to: 0xfffffff,
  highestRealCounter: 0x3e0a3ba,
  decided: '2026-11-21',
  sources: ['anac-cig-algoritmo', 'anac-delibera-582-2023', 'ondata-liberiamoli-tutti'],
};
