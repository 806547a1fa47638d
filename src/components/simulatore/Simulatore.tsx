/** The simulator island: loads the saved simulation, runs the screens machine, saves every change. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StateValueFrom } from 'xstate';
import { SIM } from '../../copy/simulatore.ts';
import { UI } from '../../copy/ui.ts';
import { useMachine } from '../../lib/useMachine.ts';
import { simulatoreMachine } from '../../machines/simulatore.machine.ts';
import { viewState } from '../../domain/simulation/view.ts';
import { simulatedToday } from '../../domain/simulation/state.ts';
import { formatDateIt } from '../../domain/dates.ts';
import { SCENARIOS } from '../../domain/simulation/scenarios.ts';
import { serialiseDoc, type Loaded } from '../../domain/simulation/storage.ts';
import { Clock } from './Clock.tsx';
import { browserStore, download, loadSimulation, readDocument } from './files.ts';
import { StorageWarnings } from './StorageWarnings.tsx'; // issue 14, stored data is never lost
import type { ScreenProps } from './parts.tsx';
import { CarnetDetail } from './screens/CarnetDetail.tsx';
import { CarnetGenerated } from './screens/CarnetGenerated.tsx';
import { CarnetList } from './screens/CarnetList.tsx';
import { CarnetRequest } from './screens/CarnetRequest.tsx';
import { CigDetail } from './screens/CigDetail.tsx';
import { CigModify } from './screens/CigModify.tsx';
import { CigUse } from './screens/CigUse.tsx';
import { Home } from './screens/Home.tsx';
import { Inbox } from './screens/Inbox.tsx';
import { Outage } from './screens/Outage.tsx';
import { SingleDetail } from './screens/SingleDetail.tsx';
import { SingleForm } from './screens/SingleForm.tsx';
import { SingleList } from './screens/SingleList.tsx';
import { SingleModify } from './screens/SingleModify.tsx';
import { Profile } from './screens/Profile.tsx';

export default function Simulatore() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => { void loadSimulation(browserStore()).then(setLoaded); }, []); // issue 14: reader loaded on demand
  if (!loaded) return <p class="sim-loading">{SIM.loading}</p>;
  return <App loaded={loaded} />;
}

type StateValue = StateValueFrom<typeof simulatoreMachine>;
type View = (p: ScreenProps) => preact.JSX.Element | null;
/** A screen: the machine state that shows it (chosen with `snapshot.matches`), its name, its component. */
interface Screen { at: StateValue; name: string; View: View }

const top = (name: Extract<StateValue, string>, View: View): Screen => ({ at: name, name, View });
const inService = (name: NonNullable<Extract<StateValue, object>['service']>, View: View): Screen => ({ at: { service: name }, name, View });

const SCREENS: readonly Screen[] = [
  top('outage', Outage),
  top('inboxDuringOutage', Inbox),
  inService('home', Home),
  inService('singleForm', SingleForm),
  inService('singleList', SingleList),
  inService('singleDetail', SingleDetail),
  inService('singleModify', SingleModify),
  inService('carnetList', CarnetList),
  inService('carnetRequest', CarnetRequest),
  inService('carnetGenerated', CarnetGenerated),
  inService('carnetDetail', CarnetDetail),
  inService('cigUse', CigUse),
  inService('cigDetail', CigDetail),
  inService('cigModify', CigModify),
  inService('inbox', Inbox),
  // issue 12 (simform)
  inService('profile', Profile),
];

function App({ loaded }: { loaded: Loaded }) {
  const [snap, send] = useMachine(simulatoreMachine, { input: { doc: loaded.doc } });
  const ctx = snap.context;
  const [importError, setImportError] = useState<string | null>(null);
  const screenRef = useRef<HTMLDivElement>(null);
  const screen = SCREENS.find((s) => snap.matches(s.at));
  const today = simulatedToday(ctx.doc.sim);
  const view = viewState(ctx.doc.sim, today);
  const props: ScreenProps = { ctx, view, today, send };

  // Focus: the error summary when a form has errors, otherwise the new screen's heading.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    // issue 12 (simform): a control of the clock keeps the focus (Enter can be pressed again).
    if (document.activeElement?.closest('.sim-clock')) return;
    const summary = screenRef.current?.querySelector<HTMLElement>('#sim-error-summary, [data-refusal]');
    const target = summary ?? screenRef.current?.querySelector<HTMLElement>('h2');
    target?.focus();
  }, [screen, ctx.errors, ctx.refusal]);

  useEffect(() => {
    const base = document.title.startsWith(UI.errorTitlePrefix) ? document.title.slice(UI.errorTitlePrefix.length) : document.title;
    document.title = ctx.errors.length ? `${UI.errorTitlePrefix}${base}` : base;
  }, [ctx.errors]);

  return (
    <div class="sim">
      {/* issue 14: saving, unreadable data, a second tab */}
      <StorageWarnings store={browserStore()} loaded={loaded} doc={ctx.doc} onLoad={(doc) => send({ type: 'LOAD', doc })} />
      <Clock {...props} />
      <nav class="sim-areas" aria-label={SIM.areasLabel}>
        <button type="button" aria-current={snap.hasTag('home') ? 'page' : undefined} onClick={() => send({ type: 'NAV', to: 'home' })}>{SIM.home}</button>
        <button type="button" aria-current={snap.hasTag('single') ? 'page' : undefined} onClick={() => send({ type: 'NAV', to: 'singleForm' })}>{SIM.areaSingle}</button>
        <button type="button" aria-current={snap.hasTag('carnet') ? 'page' : undefined} onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.areaCarnet}</button>
        <button type="button" aria-current={snap.hasTag('inbox') ? 'page' : undefined} onClick={() => send({ type: 'NAV', to: 'inbox' })}>{`${SIM.inbox} (${ctx.doc.inbox.length})`}</button>
        <button type="button" aria-current={snap.hasTag('profile') ? 'page' : undefined} onClick={() => send({ type: 'NAV', to: 'profile' })}>{SIM.profileNav}</button>
      </nav>
      <div class="sim-screen" ref={screenRef} data-screen={screen?.name}>
        {ctx.notice && <p class="sim-notice" role="status">{SIM.notices[ctx.notice]}</p>}
        {screen && <screen.View {...props} />}
      </div>
      <section class="sim-tools" aria-labelledby="sim-tools-title">
        <h2 id="sim-tools-title">{SIM.toolsTitle}</h2>
        <h3>{SIM.scenariosTitle}</h3>
        <ul class="sim-scenarios">
          {SCENARIOS.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong> ({formatDateIt(s.date)}): {s.description} <em>{SIM.scenarioGoal}</em> {s.goal}{' '}
              <button type="button" class="sim-button sim-secondary" aria-label={`${SIM.loadScenario}: ${s.title}`} onClick={() => send({ type: 'LOAD', doc: s.build() })}>{SIM.loadScenario}</button>
            </li>
          ))}
        </ul>
        <p class="sim-actions">
          <button type="button" class="sim-button sim-secondary" onClick={() => download(`simulazione-smart-cig-${today}.json`, serialiseDoc(ctx.doc), 'application/json')}>{SIM.exportButton}</button>
          <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'RESET' })}>{SIM.resetButton}</button>
        </p>
        <div class="sim-group">
          <label for="sim-import">{SIM.importLabel}</label>
          {importError && <p class="sim-field-error" id="sim-import-error" role="alert">{`${SIM.importError} ${importError}`}</p>}
          <input id="sim-import" type="file" accept="application/json,.json" aria-describedby={importError ? 'sim-import-error' : undefined}
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              const p = await readDocument(await file.text());
              input.value = '';
              if (p.ok) { setImportError(null); send({ type: 'LOAD', doc: p.doc }); } else setImportError(p.reason);
            }} />
        </div>
      </section>
    </div>
  );
}
