/**
 * The trainer tools, loaded on demand (not in class mode): the ready scenarios with their
 * class-mode links, export, import, starting again, and the printable handout.
 */
import { useState } from 'preact/hooks';
import { SIM } from '../../../copy/simulatore.ts';
import { SIM_TOOLS } from '../../../copy/simulatore-tools.ts';
import { SCENARIOS } from '../../../domain/simulation/scenarios.ts';
import { formatDateIt } from '../../../domain/dates.ts';
import { serialiseDoc } from '../../../domain/simulation/storage.ts';
import { parseClassParams } from '../../../domain/simulation/session-read.ts';
import type { SimEvent } from '../../../machines/simulatore.machine.ts';
import { download, readDocument } from '../files.ts';
import type { ScreenProps } from '../parts.tsx';

/**
 * What a class-mode link asks for (`?classe=1&scenario=<id>`), checked: the scenario to load, or
 * why the link is refused (in Italian), or nothing to do.
 */
export function classRequest(search: string): { load: SimEvent } | { problem: string } | null {
  const cls = parseClassParams(search);
  if (!cls.on) return null;
  if ('invalid' in cls) return { problem: SIM_TOOLS.classProblem.invalid };
  if (cls.scenario === null) return null;
  const s = SCENARIOS.find((x) => x.id === cls.scenario);
  if (!s) return { problem: SIM_TOOLS.classProblem.unknown(cls.scenario) };
  return { load: { type: 'LOAD', doc: s.build(), source: 'scenario', name: s.title, scenario: s.id } };
}

/**
 * Class mode (review of issue 12): the loaded scenario's story and goal, so that a class opening the
 * link knows the task (the trainer tools, where they are listed, are hidden).
 */
export function ClassBrief({ ctx }: ScreenProps) {
  const s = SCENARIOS.find((x) => x.id === ctx.scenario);
  if (!s) return null;
  return (
    <section class="sim-class-brief" aria-labelledby="sim-class-brief-title" data-class-brief={s.id}>
      <h2 id="sim-class-brief-title">{s.title}</h2>
      <p>{s.description} <em>{SIM.scenarioGoal}</em> {s.goal}</p>
    </section>
  );
}

/** The class-mode link of a scenario, on this site. */
export function classLink(origin: string, scenario: string): string {
  return `${origin}/simulatore/?classe=1&scenario=${encodeURIComponent(scenario)}`;
}

export function TrainerTools({ ctx, today, send }: ScreenProps) {
  const [importError, setImportError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const current = SCENARIOS.find((s) => s.id === ctx.scenario);
  const copy = async (id: string) => {
    const url = classLink(location.origin, id);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(SIM_TOOLS.classLinkCopied(url));
    } catch {
      setCopied(SIM_TOOLS.classLinkManual(url));
    }
  };
  return (<>
    <h3>{SIM_TOOLS.scenariosTitle}</h3>
    <p class="sim-hint">{SIM_TOOLS.classLinkHint}</p>
    {current && <p>{SIM_TOOLS.currentScenario(current.title)}</p>}
    <ul class="sim-scenarios">
      {SCENARIOS.map((s) => (
        <li key={s.id}>
          <strong>{s.title}</strong> ({formatDateIt(s.date)}): {s.description} <em>{SIM.scenarioGoal}</em> {s.goal}{' '}
          <span class="sim-actions">
            <button type="button" class="sim-button sim-secondary" aria-label={`${SIM_TOOLS.loadScenario}: ${s.title}`}
              onClick={() => send({ type: 'LOAD', doc: s.build(), source: 'scenario', name: s.title, scenario: s.id })}>{SIM_TOOLS.loadScenario}</button>
            <button type="button" class="sim-button sim-secondary" aria-label={`${SIM_TOOLS.classLinkButton}: ${s.title}`} data-class-link={s.id}
              onClick={() => void copy(s.id)}>{SIM_TOOLS.classLinkButton}</button>
          </span>
        </li>
      ))}
    </ul>
    <p role="status" class="sim-hint sim-copied">{copied}</p>
    <p class="sim-actions">
      <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'handout' })}>{SIM_TOOLS.handoutButton}</button>
      <button type="button" class="sim-button sim-secondary" onClick={() => download(`simulazione-smart-cig-${today}.json`, serialiseDoc(ctx.doc), 'application/json')}>{SIM_TOOLS.exportButton}</button>
      <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'RESET' })}>{SIM_TOOLS.resetButton}</button>
    </p>
    <p class="sim-hint">{SIM_TOOLS.logExportHint}</p>
    <div class="sim-group">
      <label for="sim-import">{SIM_TOOLS.importLabel}</label>
      {importError && <p class="sim-field-error" id="sim-import-error" role="alert">{`${SIM_TOOLS.importError} ${importError}`}</p>}
      <input id="sim-import" type="file" accept="application/json,.json" aria-describedby={importError ? 'sim-import-error' : undefined}
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          const p = await readDocument(await file.text());
          input.value = '';
          if (p.ok) { setImportError(null); send({ type: 'LOAD', doc: p.doc, source: 'import', name: file.name }); } else setImportError(p.reason);
        }} />
    </div>
  </>);
}
