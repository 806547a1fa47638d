/** The simulator island: loads the saved simulation, runs the screens machine, saves every change. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StateValueFrom } from 'xstate';
import { SIM } from '../../copy/simulatore.ts';
import { UI } from '../../copy/ui.ts';
import { useMachine } from '../../lib/useMachine.ts';
import { resumeEvent, screenRef, simulatoreMachine } from '../../machines/simulatore.machine.ts';
import { viewState } from '../../domain/simulation/view.ts';
import { simulatedToday } from '../../domain/simulation/state.ts';
import type { Session } from '../../domain/simulation/session.ts';
import { Clock } from './Clock.tsx';
import type { Loaded } from '../../domain/simulation/storage.ts';
import { browserStore, loadSession, loadSimulation, saveSession } from './files.ts';
import { StorageWarnings } from './StorageWarnings.tsx'; // issue 14, stored data is never lost
import type { ScreenProps } from './parts.tsx';
import { Home } from './screens/Home.tsx';
import { targetWords } from './log-target.ts'; // review of issue 12: the undo button names a clock move in Italian

interface Boot { loaded: Loaded; session: Session; classMode: boolean }

export default function Simulatore() {
  const [boot, setBoot] = useState<Boot | null>(null);
  // Class mode (`?classe=...`): its link is checked, with the scenario, by the part loaded on demand.
  useEffect(() => {
    // issue 14: the document reader is loaded on demand; so is the session's (only when something is stored)
    void Promise.all([loadSimulation(browserStore()), loadSession()]).then(([loaded, session]) => {
      setBoot({ loaded, session, classMode: new URLSearchParams(location.search).has('classe') });
    });
  }, []);
  if (!boot) return <p class="sim-loading">{SIM.loading}</p>;
  return <App boot={boot} />;
}

type StateValue = StateValueFrom<typeof simulatoreMachine>;
type View = (p: ScreenProps) => preact.JSX.Element | null;
/** A screen: the machine state that shows it (chosen with `snapshot.matches`), its name, its component. */
interface Screen { at: StateValue; name: string; View: View }

const top = (name: Extract<StateValue, string>, View: View): Screen => ({ at: name, name, View });
const inService = (name: NonNullable<Extract<StateValue, object>['service']>, View: View): Screen => ({ at: { service: name }, name, View });

/** A part loaded on demand (dynamic import): the log, the handout and the trainer tools stay out of the first view. */
function useOnDemand<T>(load: () => Promise<T>): T | 'failed' | null {
  const [part, setPart] = useState<T | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    load().then((m) => { if (live) setPart(() => m); }, () => { if (live) setPart('failed'); });
    return () => { live = false; };
  }, []);
  return part;
}

/** The part of the simulator loaded after the first view (one module: see screens/on-demand.ts). */
let partPromise: Promise<typeof import('./screens/on-demand.ts')> | null = null;
const part = () => (partPromise ??= import('./screens/on-demand.ts'));

/**
 * A screen loaded on demand (dynamic import), to keep the page's first view within its budget: the
 * screens but Inizio (fetched at the first pointer or key on the simulator, so they are there when asked
 * for), the log, the handout.
 * The screen renders its own heading.
 */
function onDemand(load: () => Promise<View>): { View: View; preload: () => Promise<void> } {
  let loaded: View | null = null;
  let failed = false;
  let pending: Promise<void> | null = null;
  const preload = () => (pending ??= load().then((v) => { loaded = v; }, () => { failed = true; }));
  function OnDemand(p: ScreenProps) {
    const [late, setLate] = useState(false);
    useEffect(() => { if (!loaded) void preload().then(() => setLate(true)); }, []);
    // Late (fetched after the screen opened): its heading takes the focus, as on every screen change, unless
    // nothing had the focus (the page has just opened on the screen saved before a reload).
    useEffect(() => {
      if (late && document.activeElement && document.activeElement !== document.body) document.querySelector<HTMLElement>('.sim-screen h2')?.focus();
    }, [late]);
    if (loaded) { const Body = loaded; return <Body {...p} />; }
    return failed ? <p class="sim-warning">{SIM.toolsFailed}</p> : <p>{SIM.toolsLoading}</p>;
  }
  return { View: OnDemand, preload };
}

const SingleForm = onDemand(() => part().then((m) => m.SingleForm));
const SingleModify = onDemand(() => part().then((m) => m.SingleModify));
const CarnetRequest = onDemand(() => part().then((m) => m.CarnetRequest));
const CigUse = onDemand(() => part().then((m) => m.CigUse));
const CigModify = onDemand(() => part().then((m) => m.CigModify));
const Profile = onDemand(() => part().then((m) => m.Profile));
const CarnetList = onDemand(() => part().then((m) => m.CarnetList));
const CarnetGenerated = onDemand(() => part().then((m) => m.CarnetGenerated));
const CarnetDetail = onDemand(() => part().then((m) => m.CarnetDetail));
const CigDetail = onDemand(() => part().then((m) => m.CigDetail));
const SingleList = onDemand(() => part().then((m) => m.SingleList));
const SingleDetail = onDemand(() => part().then((m) => m.SingleDetail));
const Inbox = onDemand(() => part().then((m) => m.Inbox));
const Outage = onDemand(() => part().then((m) => m.Outage));
const Confirm = onDemand(() => part().then((m) => m.Confirm));
const ClassBrief = onDemand(() => part().then((m) => m.ClassBrief));
/** Fetched at the first sign of use: every screen of the service but "Inizio". */
const PRELOADED = [Profile, SingleForm, SingleModify, CarnetRequest, CigUse, CigModify, CarnetList, CarnetGenerated, CarnetDetail, CigDetail, SingleList, SingleDetail, Inbox, Outage, Confirm];
const LogScreen = onDemand(() => part().then((m) => m.Log));
const HandoutScreen = onDemand(() => part().then((m) => m.Handout));

function ToolsBody(p: ScreenProps) {
  const Tools = useOnDemand(() => part().then((m) => m.TrainerTools));
  return Tools === null ? <p>{SIM.toolsLoading}</p> : Tools === 'failed' ? <p class="sim-warning">{SIM.toolsFailed}</p> : <Tools {...p} />;
}

/** The trainer tools: shown (and loaded) when asked for, so a learner's page stays light. */
function TrainerTools(p: ScreenProps) {
  const [open, setOpen] = useState(false);
  return (
    <section class="sim-tools" aria-labelledby="sim-tools-title">
      <h2 id="sim-tools-title">{SIM.toolsTitle}</h2>
      <button type="button" class="sim-button sim-secondary" aria-expanded={open} aria-controls="sim-tools-body" onClick={() => setOpen(!open)}>
        {open ? SIM.toolsHide : SIM.toolsShow}
      </button>
      <div id="sim-tools-body">{open && <ToolsBody {...p} />}</div>
    </section>
  );
}

const SCREENS: readonly Screen[] = [
  top('outage', Outage.View),
  top('inboxDuringOutage', Inbox.View),
  inService('home', Home),
  inService('singleForm', SingleForm.View),
  inService('singleList', SingleList.View),
  inService('singleDetail', SingleDetail.View),
  inService('singleModify', SingleModify.View),
  inService('carnetList', CarnetList.View),
  inService('carnetRequest', CarnetRequest.View),
  inService('carnetGenerated', CarnetGenerated.View),
  inService('carnetDetail', CarnetDetail.View),
  inService('cigUse', CigUse.View),
  inService('cigDetail', CigDetail.View),
  inService('cigModify', CigModify.View),
  inService('inbox', Inbox.View),
  inService('log', LogScreen.View),
  inService('handout', HandoutScreen.View),
  // issue 12 (simform)
  inService('profile', Profile.View),
];

function App({ boot }: { boot: Boot }) {
  const { loaded, session, classMode } = boot;
  const [snap, send] = useMachine(simulatoreMachine, {
    input: { doc: loaded.doc, history: session.history, log: session.log, classMode, scenario: session.scenario },
  });
  const ctx = snap.context;
  const [classProblem, setClassProblem] = useState<string | null>(null);
  const screenRef$ = useRef<HTMLDivElement>(null);
  const screen = SCREENS.find((s) => snap.matches(s.at));
  const today = simulatedToday(ctx.doc.sim);
  const view = viewState(ctx.doc.sim, today);
  const props: ScreenProps = { ctx, view, today, send };
  const last = ctx.history[ctx.history.length - 1];

  // The screens are fetched at the first sign of use (a pointer or a key on the simulator), not while the page loads.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const go = () => { for (const f of PRELOADED) void f.preload(); };
    const kinds = ['pointerdown', 'keydown', 'focusin', 'mouseover', 'touchstart'] as const;
    for (const k of kinds) el.addEventListener(k, go, { once: true, passive: true });
    return () => { for (const k of kinds) el.removeEventListener(k, go); };
  }, []);
  // The undo history, the log and the screen are kept beside the document, so a reload finds them.
  const screenName = ctx.confirm ? null : screen?.name ?? null;
  useEffect(() => {
    saveSession({ history: ctx.history, log: ctx.log, screen: screenName ? screenRef(ctx, screenName) : null, scenario: ctx.scenario });
  }, [ctx.history, ctx.log, screenName, ctx.carnet, ctx.cig, ctx.single, ctx.scenario]);

  // On opening: a class link loads its scenario (confirmed first if there is work); otherwise back to the saved screen.
  const [resume] = useState(() => (classMode ? null : resumeEvent(session.screen, loaded.doc)));
  const quiet = useRef(resume ? 2 : 1);
  useEffect(() => {
    if (classMode) {
      const search = location.search;
      history.replaceState(null, '', `${location.pathname}?classe=1`);
      void part().then(({ classRequest }) => {
        const r = classRequest(search);
        if (r && 'problem' in r) setClassProblem(r.problem);
        else if (r) { quiet.current = 0; send(r.load); }
      });
      return;
    }
    if (resume) send(resume);
  }, []);

  // Focus: the error summary when a form has errors, otherwise the new screen's heading (not when the page opens).
  useEffect(() => {
    if (quiet.current > 0) { quiet.current--; return; }
    // issue 12 (simform): a control of the clock keeps the focus (Enter can be pressed again).
    if (document.activeElement?.closest('.sim-clock')) return;
    const summary = screenRef$.current?.querySelector<HTMLElement>('#sim-error-summary, [data-refusal]');
    const target = summary ?? screenRef$.current?.querySelector<HTMLElement>('h2');
    target?.focus();
  }, [screen, ctx.errors, ctx.refusal, ctx.confirm]);

  useEffect(() => {
    const base = document.title.startsWith(UI.errorTitlePrefix) ? document.title.slice(UI.errorTitlePrefix.length) : document.title;
    document.title = ctx.errors.length ? `${UI.errorTitlePrefix}${base}` : base;
  }, [ctx.errors]);

  const nav = (to: 'home' | 'singleForm' | 'carnetList' | 'inbox' | 'profile' | 'log', tag: 'home' | 'single' | 'carnet' | 'inbox' | 'profile' | 'log', label: string) => (
    <button type="button" aria-current={snap.hasTag(tag) ? 'page' : undefined} onClick={() => send({ type: 'NAV', to })}>{label}</button>
  );

  return (
    <div class={`sim${ctx.classMode ? ' sim-class' : ''}`} ref={root}>
      {/* issue 14: saving, unreadable data, a second tab */}
      <StorageWarnings store={browserStore()} loaded={loaded} doc={ctx.doc} onLoad={(doc) => send({ type: 'LOAD', doc, source: 'import', name: SIM.otherTab, confirmed: true })} />
      {classProblem && <p class="sim-warning" role="alert" data-class-problem>{classProblem}</p>}
      {/* review of issue 12: in class mode each learner moves their own calendar (the scenarios' goals need it) and reads the task */}
      {ctx.classMode && <p class="sim-class-banner">{SIM.classBanner}</p>}
      {ctx.classMode && <ClassBrief.View {...props} />}
      <Clock {...props} />
      <nav class="sim-areas" aria-label={SIM.areasLabel}>
        {nav('home', 'home', SIM.home)}
        {nav('singleForm', 'single', SIM.areaSingle)}
        {nav('carnetList', 'carnet', SIM.areaCarnet)}
        {nav('inbox', 'inbox', `${SIM.inbox} (${ctx.doc.inbox.length})`)}
        {nav('profile', 'profile', SIM.profileNav)}
        {nav('log', 'log', SIM.logNav)}
      </nav>
      {last && !ctx.confirm && (
        <p class="sim-undo">
          <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'UNDO' })}>
            {SIM.undoButton(last.target ? `${SIM.actions[last.action]}: ${targetWords(last.action, last.target)}` : SIM.actions[last.action])}
          </button>{' '}
          <span class="sim-hint">{SIM.undoCount(ctx.history.length)}</span>
        </p>
      )}
      <div class="sim-screen" ref={screenRef$} data-screen={ctx.confirm ? 'confirm' : screen?.name}>
        {ctx.notice && !ctx.confirm && <p class="sim-notice" role="status">{SIM.notices[ctx.notice]}</p>}
        {ctx.confirm ? <Confirm.View {...props} /> : screen && <screen.View {...props} />}
      </div>
      {!ctx.classMode && <TrainerTools {...props} />}
    </div>
  );
}
