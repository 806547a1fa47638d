/** The activity log (loaded on demand): every action with its simulated date and result; export (CSV, JSON) and print. */
import { SIM } from '../../../copy/simulatore.ts';
import { SIM_TOOLS } from '../../../copy/simulatore-tools.ts';
import { formatDateShortIt } from '../../../domain/dates.ts';
import type { LogEntry } from '../../../domain/simulation/state.ts';
import { download } from '../files.ts';
import { targetWords } from '../log-target.ts';
import { Heading, type ScreenProps } from '../parts.tsx';

/** The action in words; an undo also names the action it took back. */
function actionWords(e: LogEntry): string {
  return e.undone ? `${SIM.actions[e.action]} (${SIM.actions[e.undone]})` : SIM.actions[e.action];
}

/** What the action was on, in words (a clock move by its name, a date as dd/mm/yyyy). */
function target(e: LogEntry): string | undefined {
  return e.target === undefined ? undefined : targetWords(e.undone ?? e.action, e.target);
}

function cells(e: LogEntry, i: number): string[] {
  return [String(i + 1), e.date, actionWords(e), target(e) ?? '', e.ok ? SIM_TOOLS.logOk : SIM_TOOLS.logRefused, e.code ?? '', e.detail ?? ''];
}

/** The log as CSV (RFC 4180: every field quoted, quotes doubled; a leading = + - @ is neutralised for spreadsheets). */
export function logCsv(log: readonly LogEntry[]): string {
  const q = (v: string) => `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`;
  return [SIM_TOOLS.csvHeader, ...log.map(cells)].map((row) => row.map(q).join(',')).join('\r\n') + '\r\n';
}

export function Log({ ctx, today }: ScreenProps) {
  const log = ctx.log;
  return (<>
    <Heading>{SIM_TOOLS.logTitle}</Heading>
    <p>{SIM_TOOLS.logIntro}</p>
    {!ctx.classMode && log.length > 0 && (
      <div class="sim-actions">
        <button type="button" class="sim-button sim-secondary" onClick={() => download(`registro-simulazione-${today}.csv`, logCsv(log), 'text/csv')}>{SIM_TOOLS.logCsv}</button>
        <button type="button" class="sim-button sim-secondary" onClick={() => download(`registro-simulazione-${today}.json`, JSON.stringify(log, null, 2), 'application/json')}>{SIM_TOOLS.logJson}</button>
      </div>
    )}
    {log.length > 0 && <p><button type="button" class="sim-button sim-secondary" onClick={() => window.print()}>{SIM_TOOLS.logPrint}</button></p>}
    {log.length === 0 ? <p>{SIM_TOOLS.logEmpty}</p> : (
      <table class="sim-table table--stack sim-log">
        <thead><tr>{Object.values(SIM_TOOLS.logCols).map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
        <tbody>{log.map((e, i) => (
          <tr key={i} data-ok={String(e.ok)}>
            <td data-label={SIM_TOOLS.logCols.n}>{i + 1}</td>
            <td data-label={SIM_TOOLS.logCols.date}>{formatDateShortIt(e.date)}</td>
            <td data-label={SIM_TOOLS.logCols.action}>{actionWords(e)}</td>
            <td data-label={SIM_TOOLS.logCols.target}>{target(e) ?? '-'}</td>
            <td data-label={SIM_TOOLS.logCols.result}>{e.ok ? SIM_TOOLS.logOk : <strong>{SIM_TOOLS.logRefused}</strong>}</td>
            <td data-label={SIM_TOOLS.logCols.reason}>{e.code ? `${SIM_TOOLS.reason(e.code)}${e.detail ? `: ${e.detail}` : ''}` : '-'}</td>
          </tr>))}
        </tbody>
      </table>)}
  </>);
}
