/**
 * Issue 13: checking a learner's answer. Amounts are read as Italians type them ("30.000,00",
 * "30000", "€ 30.000") with the project's parser, and compared to the cent with decimal.js: a cent
 * off is wrong. Choices are compared as they are.
 */
import { euro, parseUserAmount } from '../money.ts';
import type { ExpectedAnswer } from './answers.ts';

export type Checked =
  | { status: 'right' | 'wrong' }
  /** The amount could not be read: the learner is asked to write it again (not counted as wrong). */
  | { status: 'unreadable'; message: string };

export function checkAnswer(expected: Pick<ExpectedAnswer, 'type' | 'value'>, given: string): Checked {
  if (expected.type === 'choice') return { status: given === expected.value ? 'right' : 'wrong' };
  const parsed = parseUserAmount(given);
  if (!parsed.ok) return { status: 'unreadable', message: parsed.message };
  return { status: euro(parsed.value).equals(euro(expected.value)) ? 'right' : 'wrong' };
}
