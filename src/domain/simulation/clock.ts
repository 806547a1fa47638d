/**
 * The simulated clock: where each button takes the date, and what the move changes (carnets
 * expiring, data deadlines passing, new carnets blocked or allowed again). Pure.
 */
import { addDays, formatDateIt, isIsoDate, type IsoDate } from '../dates.ts';
import { periodContains } from '../rules/periods.ts';
import { SMART_CIG_SERVICE } from '../rules/smartcig.ts';
import { advanceTo, canRequestCarnet, carnetCounts, simulatedToday, type SimError, type SimState } from './state.ts';

export type ClockMove = 'day' | 'week' | 'month' | 'expiry' | 'deadline';

/** The date a move leads to, or null when there is nowhere to go (no carnet, or past the service's end). */
export function clockTarget(s: SimState, today: IsoDate, move: ClockMove): IsoDate | null {
  let target: IsoDate | null;
  switch (move) {
    case 'day': target = addDays(today, 1); break;
    case 'week': target = addDays(today, 7); break;
    case 'month': target = addDays(today, 30); break;
    case 'expiry': target = s.carnets.map((c) => c.expires).filter((d) => d > today).sort()[0] ?? null; break;
    case 'deadline': target = s.carnets.map((c) => c.dataDeadline).filter((d) => d > today).sort()[0] ?? null; break;
  }
  if (target === null) return null;
  if (SMART_CIG_SERVICE.to !== null && target > SMART_CIG_SERVICE.to) return null;
  return target;
}

/** What changes between `from` (excluded) and `to` (included), in Italian, in date order. */
export function describeChanges(s: SimState, from: IsoDate, to: IsoDate): string[] {
  const events: Array<{ date: IsoDate; text: string }> = [];
  for (const c of s.carnets) {
    const afterExpiry = addDays(c.expires, 1);
    if (afterExpiry > from && afterExpiry <= to) {
      events.push({ date: afterExpiry, text: `Dal ${formatDateIt(afterExpiry)} il ${c.number} è scaduto (validità fino al ${formatDateIt(c.expires)}): i suoi CIG non si usano più, ma i dati dei CIG usati vanno comunicati entro il ${formatDateIt(c.dataDeadline)}.` });
    }
    const afterDeadline = addDays(c.dataDeadline, 1);
    const open = carnetCounts(c).nonRendicontati;
    if (afterDeadline > from && afterDeadline <= to && open > 0) {
      events.push({ date: afterDeadline, text: `Il ${formatDateIt(c.dataDeadline)} è passato il termine per i dati del ${c.number} con ${open} CIG non rendicontati: nuovi carnet bloccati finché non li comunichi o annulli.` });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out = events.map((e) => e.text);
  const before = canRequestCarnet(s, from);
  const after = canRequestCarnet(s, to);
  if (!before.ok && after.ok) out.push('Ora si può richiedere un nuovo carnet.');
  if (before.ok && !after.ok && after.code === 'CARNET_LIMIT') out.push(after.message);
  if (out.length === 0) out.push('Nessun carnet cambia stato.');
  return out;
}

/**
 * A move of the clock: the new state and what changed, or why the clock stays (no date for this
 * move, or a date the simulation refuses).
 */
export type ClockOutcome =
  | { ok: true; state: SimState; changes: string[] }
  | { ok: false; reason: 'NOWHERE'; move: ClockMove }
  | { ok: false; reason: 'REFUSED'; error: SimError }
  | { ok: false; reason: 'BAD_DATE'; message: string };

export function moveClock(s: SimState, move: ClockMove): ClockOutcome {
  const from = simulatedToday(s);
  const target = clockTarget(s, from, move);
  if (target === null) return { ok: false, reason: 'NOWHERE', move };
  const t = advanceTo(s, target);
  if (!t.ok) return { ok: false, reason: 'REFUSED', error: t.error };
  return { ok: true, state: t.state, changes: describeChanges(s, from, target) };
}

const serviceRange = (): string =>
  `dal ${formatDateIt(SMART_CIG_SERVICE.from)} al ${SMART_CIG_SERVICE.to === null ? 'oggi' : formatDateIt(SMART_CIG_SERVICE.to)}`;

/**
 * "Vai alla data": the clock goes to any day of the service's life in one step.
 *
 * Going back: the real service could not, and the dates of what was done (carnets, CIGs) must stay
 * in the past of the simulated date, or expiries and deadlines would be read from a day before they
 * were set. So an earlier date is accepted only while the simulation holds nothing (no carnet, no
 * CIG): then nothing depends on the old date. Otherwise it is refused with the way to start again
 * from an earlier day (start from scratch, or load a scenario).
 */
export function goToDate(s: SimState, raw: string): ClockOutcome {
  const date = raw.trim();
  if (date === '') return { ok: false, reason: 'BAD_DATE', message: 'Inserisci la data in cui portare il calendario, ad esempio 1/9/2020' };
  if (!isIsoDate(date)) return { ok: false, reason: 'BAD_DATE', message: 'Data non valida: inserisci giorno, mese e anno, ad esempio 1/9/2020' };
  if (!periodContains(SMART_CIG_SERVICE, date)) {
    return { ok: false, reason: 'BAD_DATE', message: `Scegli una data ${serviceRange()}: lo Smart CIG era in servizio solo in quel periodo (il ${formatDateIt(date)} è fuori)` };
  }
  const from = simulatedToday(s);
  if (date < from) {
    if (s.carnets.length > 0 || s.smartCigs.length > 0) {
      return {
        ok: false, reason: 'BAD_DATE',
        message: `Il calendario non torna indietro quando la simulazione ha già carnet o CIG (è al ${formatDateIt(from)}): le loro scadenze dipendono dalle date già passate. Per partire da una data precedente usa "Ricomincia da capo" o carica uno scenario, poi scegli la data.`,
      };
    }
    return { ok: true, state: { ...s, today: date }, changes: [`Calendario riportato al ${formatDateIt(date)}: la simulazione è vuota, nessuna scadenza cambia.`] };
  }
  const t = advanceTo(s, date);
  if (!t.ok) return { ok: false, reason: 'REFUSED', error: t.error };
  return { ok: true, state: t.state, changes: describeChanges(s, from, date) };
}
