import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDateIt, isIsoDate, todayInRome } from '../../../src/domain/dates.ts';

describe('calendar dates', () => {
  it.each([
    ['2011-05-04', 90, '2011-08-02'], // carnet of the seed: created 4 May, expires 2 August
    ['2011-08-02', 30, '2011-09-01'], // its data deadline
    ['2024-02-28', 1, '2024-02-29'], ['2023-02-28', 1, '2023-03-01'], ['2000-02-28', 1, '2000-02-29'], ['1900-02-28', 1, '1900-03-01'],
    ['2021-03-27', 1, '2021-03-28'], ['2021-03-28', 1, '2021-03-29'], // DST starts in Rome on 28 March 2021
    ['2021-10-30', 2, '2021-11-01'], // DST ends on 31 October 2021
    ['2023-12-31', 1, '2024-01-01'], ['2024-01-01', -1, '2023-12-31'],
  ])('%s + %i days = %s', (from, n, to) => {
    expect(addDays(from, n)).toBe(to);
    expect(daysBetween(from, to)).toBe(n);
  });
  it('knows which dates exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-4-1')).toBe(false);
  });
  it('reads today in Rome, not in UTC', () => {
    expect(todayInRome(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01'); // 00:30 in Rome (winter, UTC+1)
    expect(todayInRome(new Date('2023-06-30T22:30:00Z'))).toBe('2023-07-01'); // 00:30 in Rome (summer, UTC+2)
    expect(todayInRome(new Date('2023-06-30T21:30:00Z'))).toBe('2023-06-30');
  });
  it('writes dates in Italian', () => {
    expect(formatDateIt('2011-05-04')).toBe('4 maggio 2011');
  });
});
