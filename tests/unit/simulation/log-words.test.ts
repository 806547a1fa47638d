/**
 * Review of issue 12: the activity log (screen and CSV) and the undo button name a clock move and a
 * "Vai alla data" in Italian, not by the machine's keys ('day', 'week') or an ISO date.
 */
import { describe, expect, it } from 'vitest';
import { logCsv } from '../../../src/components/simulatore/screens/Log.tsx';
import { targetWords } from '../../../src/components/simulatore/log-target.ts';
import { logEntry } from '../../../src/domain/simulation/state.ts';

describe('clock moves in the activity log', () => {
  it('the CSV names the move and writes the date as dd/mm/yyyy', () => {
    const csv = logCsv([
      logEntry('2011-05-03', 'clock', 'day'),
      logEntry('2011-05-10', 'clock', 'week'),
      logEntry('2020-09-01', 'clock', '2020-09-01'),
      { ...logEntry('2020-09-01', 'undo', 'deadline'), undone: 'clock' },
      logEntry('2020-09-01', 'cancel', 'X31F000000'),
    ]);
    const rows = csv.trim().split('\r\n').slice(1);
    expect(rows[0]).toContain('"avanti di 1 giorno"');
    expect(rows[1]).toContain('"avanti di 1 settimana"');
    expect(rows[2]).toContain('"01/09/2020"');
    expect(rows[3]).toContain('"al termine dei dati di un carnet"');
    expect(rows[4]).toContain('"X31F000000"');
    expect(csv).not.toMatch(/"(day|week|deadline)"/);
  });

  it('other targets stay as they are, and an unknown key is not looked up on the prototype', () => {
    expect(targetWords('clock', 'month')).toBe('avanti di 30 giorni');
    expect(targetWords('clock', 'expiry')).toBe('alla scadenza di un carnet');
    expect(targetWords('clock', 'toString')).toBe('toString');
    expect(targetWords('load', 'day')).toBe('day');
    expect(targetWords('requestCarnet', 'CARNET/0000001')).toBe('CARNET/0000001');
  });
});
