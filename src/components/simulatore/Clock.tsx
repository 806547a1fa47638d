/** The simulated calendar: today's date, the moves, what the last move changed, the next deadline. */
import { SIM } from '../../copy/simulatore.ts';
import { formatDateIt } from '../../domain/dates.ts';
import type { ClockMove, ClockOutcome } from '../../domain/simulation/clock.ts';
import { deadlineIcs } from '../../domain/simulation/ics.ts';
import { nextDeadline } from '../../domain/simulation/state.ts';
import { download } from './files.ts';
import type { ScreenProps } from './parts.tsx';

const MOVES: readonly ClockMove[] = ['day', 'week', 'month', 'expiry', 'deadline'];

/** The lines under "Cosa è cambiato": the changes, or why the clock did not move. */
function report(clock: ClockOutcome): string[] {
  if (clock.ok) return clock.changes;
  return [clock.reason === 'NOWHERE' ? SIM.clockNowhere[clock.move] : clock.error.message];
}

export function Clock({ ctx, view, today, send }: ScreenProps) {
  const next = nextDeadline(ctx.doc.sim, today);
  const lines = ctx.clock && report(ctx.clock);
  return (
    <section class="sim-clock" aria-labelledby="sim-clock-title">
      <h2 id="sim-clock-title">{SIM.clockTitle}</h2>
      <p class="sim-today">{SIM.clockNow} <strong data-today={today}>{formatDateIt(today)}</strong></p>
      <div class="sim-actions">
        {MOVES.map((m) => <button key={m} type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'CLOCK', move: m })}>{SIM.clockMoves[m]}</button>)}
      </div>
      <div aria-live="polite" class="sim-changes">
        {lines && (<><h3>{SIM.clockChanges}</h3><ul>{lines.map((c, i) => <li key={i}>{c}</li>)}</ul></>)}
      </div>
      {next && (
        <p>
          {SIM.nextDeadline} {next.kind === 'expiry' ? `${next.carnet} ${SIM.nextExpiry} ${formatDateIt(next.date)}` : `${SIM.nextDataDeadline} ${next.carnet}: ${formatDateIt(next.date)}`}.{' '}
          <button type="button" class="sim-link" onClick={() => download(`scadenza-${next.date}.ics`, deadlineIcs({
            date: next.date,
            summary: SIM.icsSummary(next.kind, next.carnet),
            description: SIM.icsDescription,
            uid: `${next.carnet}-${next.kind}-${next.date}@cig-advisor.simulazione`,
            stamp: new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, ''),
          }), 'text/calendar')}>{SIM.icsButton}</button>
        </p>
      )}
      {!view.canRequestCarnet && view.blockedCode === 'CARNET_BLOCKED' && <p class="sim-inline-warning">{view.blockedReason}</p>}
    </section>
  );
}
