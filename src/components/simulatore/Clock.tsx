/**
 * The simulated calendar: today's date, the moves, "Vai alla data", what the last move changed, the
 * next deadline. Every control keeps the focus after use (the page does not move it to the screen's
 * heading when the clock was used), so Enter can be pressed again.
 */
import { useEffect } from 'preact/hooks';
import { SIM } from '../../copy/simulatore.ts';
import { formatDateIt } from '../../domain/dates.ts';
import type { ClockMove, ClockOutcome } from '../../domain/simulation/clock.ts';
import { deadlineIcs } from '../../domain/simulation/ics.ts';
import { nextDeadline } from '../../domain/simulation/state.ts';
import { SMART_CIG_SERVICE } from '../../domain/rules/smartcig.ts';
import { ErrorSummary } from '../forms/ErrorSummary.tsx';
import { ErrorMessage } from '../forms/ErrorMessage.tsx';
import { download } from './files.ts';
import type { ScreenProps } from './parts.tsx';

const MOVES: readonly ClockMove[] = ['day', 'week', 'month', 'expiry', 'deadline'];

/** The lines under "Cosa è cambiato": the changes, or why the clock did not move. */
function report(clock: ClockOutcome): string[] {
  if (clock.ok) return clock.changes;
  if (clock.reason === 'BAD_DATE') return [];
  return [clock.reason === 'NOWHERE' ? SIM.clockNowhere[clock.move] : clock.error.message];
}

export function Clock({ ctx, view, today, send }: ScreenProps) {
  const next = nextDeadline(ctx.doc.sim, today);
  const lines = ctx.clock && report(ctx.clock);
  const badDate = ctx.clock && !ctx.clock.ok && ctx.clock.reason === 'BAD_DATE' ? ctx.clock.message : null;
  // GOV.UK pattern: a refused date moves the focus to the summary of the error.
  useEffect(() => { if (badDate) document.getElementById('sim-goto-error-summary')?.focus(); }, [ctx.clock]);
  return (
    <section class="sim-clock" aria-labelledby="sim-clock-title">
      <h2 id="sim-clock-title">{SIM.clockTitle}</h2>
      <p class="sim-today">{SIM.clockNow} <strong data-today={today}>{formatDateIt(today)}</strong></p>
      <div class="sim-actions">
        {MOVES.map((m) => <button key={m} type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'CLOCK', move: m })}>{SIM.clockMoves[m]}</button>)}
      </div>
      <form class="sim-goto" novalidate onSubmit={(e) => {
        e.preventDefault();
        const v = new FormData(e.currentTarget).get('date');
        send({ type: 'CLOCK_GOTO', date: typeof v === 'string' ? v : '' });
      }}>
        {badDate && <ErrorSummary id="sim-goto-error-summary" errors={[{ href: '#sim-goto-date', message: badDate }]} />}
        <div class={`sim-group${badDate ? ' sim-group-error' : ''}`}>
          <label for="sim-goto-date">{SIM.gotoLabel}</label>
          <p class="sim-hint" id="sim-goto-date-hint">{SIM.gotoHint}</p>
          {badDate && <ErrorMessage id="sim-goto-date-error" message={badDate} />}
          <input id="sim-goto-date" name="date" type="date" min={SMART_CIG_SERVICE.from} max={SMART_CIG_SERVICE.to ?? undefined} defaultValue={today}
            aria-invalid={badDate ? true : undefined} aria-describedby={badDate ? 'sim-goto-date-hint sim-goto-date-error' : 'sim-goto-date-hint'} />{' '}
          <button type="submit" class="sim-button sim-secondary">{SIM.gotoButton}</button>
        </div>
      </form>
      <div aria-live="polite" class="sim-changes">
        {lines && lines.length > 0 && (<><h3>{SIM.clockChanges}</h3><ul>{lines.map((c, i) => <li key={i}>{c}</li>)}</ul></>)}
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
