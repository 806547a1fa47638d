/**
 * The confirmation step before an action that discards or overwrites work (GOV.UK style): the
 * question as the heading (focused when it opens), the consequence, "Conferma" and "Torna indietro".
 */
import { SIM_TOOLS } from '../../../copy/simulatore-tools.ts';
import type { ConfirmRequest } from '../../../machines/simulatore.machine.ts';
import { Heading, type ScreenProps } from '../parts.tsx';

function title(q: ConfirmRequest): string {
  switch (q.kind) {
    case 'cancel': return SIM_TOOLS.confirmTitle.cancel(q.code);
    case 'bulkCancel': return SIM_TOOLS.confirmTitle.bulkCancel(q.carnet, q.count);
    case 'reset': return SIM_TOOLS.confirmTitle.reset;
    case 'load': return SIM_TOOLS.confirmTitle.load(q.name);
  }
}

export function Confirm({ ctx, send }: ScreenProps) {
  const q = ctx.confirm;
  if (!q) return null;
  return (
    <div class="sim-confirm" data-confirm={q.kind}>
      <Heading>{title(q)}</Heading>
      <p>{SIM_TOOLS.confirmText[q.kind]}</p>
      <div class="sim-actions">
        <button type="button" class={`sim-button${q.kind === 'cancel' || q.kind === 'bulkCancel' ? ' sim-warning-button' : ''}`} onClick={() => send({ type: 'CONFIRM' })}>{SIM_TOOLS.confirmYes}</button>
        <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'BACK' })}>{SIM_TOOLS.confirmBack}</button>
      </div>
    </div>
  );
}
