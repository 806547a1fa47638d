/** The simulator island: loads the saved simulation, runs the screens machine, saves every change. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SIM } from '../../copy/simulatore.ts';
import { useMachine } from '../../lib/useMachine.ts';
import { simulatoreMachine, type SimContext, type SimEvent } from '../../machines/simulatore.machine.ts';
import { viewState, type CarnetView, type StateView } from '../../domain/simulation/view.ts';
import { nextDeadline } from '../../domain/simulation/state.ts';
import { deadlineIcs } from '../../domain/simulation/ics.ts';
import { SCENARIOS } from '../../domain/simulation/scenarios.ts';
import { parseDoc, serialiseDoc, type SimDoc } from '../../domain/simulation/storage.ts';
import { CARNET_RULES, findFattispecie } from '../../domain/rules/smartcig.ts';
import { formatDateIt, formatDateShortIt } from '../../domain/dates.ts';
import { formatAmountIt } from '../../domain/amount-text.ts';
import type { ClockMove } from '../../domain/simulation/clock.ts';
import { CigForm, ErrorSummary, TextField, formValues } from './CigForm.tsx';
import { download, loadSaved, save, type LoadResult } from './files.ts';

export default function Simulatore() {
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  useEffect(() => { setLoaded(loadSaved()); }, []);
  if (!loaded) return <p class="sim-loading">{SIM.loading}</p>;
  return <App initial={loaded.doc} problem={loaded.problem} />;
}

type Send = (e: SimEvent) => void;

function Code({ code }: { code: string }) {
  return <><code class="sim-code" data-code={code}>{code}</code> <span class="sim-tag">{SIM.simulated}</span></>;
}

function App({ initial, problem }: { initial: SimDoc; problem: LoadResult['problem'] }) {
  const [snap, send] = useMachine(simulatoreMachine, { input: { doc: initial } });
  const ctx = snap.context;
  const [saveFailed, setSaveFailed] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const screenRef = useRef<HTMLDivElement>(null);
  const screen = typeof snap.value === 'string' ? snap.value : Object.values(snap.value)[0] as string;
  const today = ctx.doc.sim.today ?? '2011-05-02';
  const view = viewState(ctx.doc.sim, today);

  useEffect(() => { setSaveFailed(!save(ctx.doc)); }, [ctx.doc]);

  // Focus: the error summary when a form has errors, otherwise the new screen's heading.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    const summary = screenRef.current?.querySelector<HTMLElement>('[data-error-summary], [data-refusal]');
    const target = summary ?? screenRef.current?.querySelector<HTMLElement>('h2');
    target?.focus();
  }, [screen, ctx.errors, ctx.refusal]);

  useEffect(() => {
    const base = document.title.replace(/^Errore: /, '');
    document.title = ctx.errors.length ? `Errore: ${base}` : base;
  }, [ctx.errors]);

  return (
    <div class="sim">
      {problem && (
        <div class="sim-warning" role="alert">
          <h2>{SIM.storageProblemTitle}</h2>
          <p>{SIM.storageProblemText(problem.reason)}</p>
          <button type="button" class="sim-button sim-secondary" onClick={() => download('simulazione-illeggibile.txt', problem.raw, 'text/plain')}>{SIM.storageDownload}</button>
        </div>
      )}
      {saveFailed && <p class="sim-warning" role="alert">{SIM.storageWriteError}</p>}
      <Clock ctx={ctx} view={view} today={today} send={send} />
      <nav class="sim-areas" aria-label={SIM.areasLabel}>
        <button type="button" aria-current={screen === 'home' ? 'page' : undefined} onClick={() => send({ type: 'NAV', to: 'home' })}>{SIM.home}</button>
        <button type="button" aria-current={screen.startsWith('single') ? 'page' : undefined} onClick={() => send({ type: 'NAV', to: 'singleForm' })}>{SIM.areaSingle}</button>
        <button type="button" aria-current={screen.startsWith('carnet') || screen.startsWith('cig') ? 'page' : undefined} onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.areaCarnet}</button>
        <button type="button" aria-current={screen.startsWith('inbox') ? 'page' : undefined} onClick={() => send({ type: 'NAV', to: 'inbox' })}>{`${SIM.inbox} (${ctx.doc.inbox.length})`}</button>
      </nav>
      <div class="sim-screen" ref={screenRef} data-screen={screen}>
        {ctx.notice && SIM.notices[ctx.notice] && <p class="sim-notice" role="status">{SIM.notices[ctx.notice]}</p>}
        <Screen screen={screen} ctx={ctx} view={view} today={today} send={send} />
      </div>
      <section class="sim-tools" aria-labelledby="sim-tools-title">
        <h2 id="sim-tools-title">{SIM.toolsTitle}</h2>
        <p>
          <button type="button" class="sim-button sim-warning-button" onClick={() => send({ type: 'OUTAGE', on: !ctx.doc.outage })}>
            {ctx.doc.outage ? SIM.outageEnd : SIM.outageButton}
          </button>
        </p>
        <h3>{SIM.scenariosTitle}</h3>
        <ul class="sim-scenarios">
          {SCENARIOS.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong>: {s.description}{' '}
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
              const p = parseDoc(await file.text());
              input.value = '';
              if (p.ok) { setImportError(null); send({ type: 'LOAD', doc: p.doc }); } else setImportError(p.reason);
            }} />
        </div>
      </section>
    </div>
  );
}

function Clock({ ctx, view, today, send }: { ctx: SimContext; view: StateView; today: string; send: Send }) {
  const next = nextDeadline(ctx.doc.sim, today);
  const moves: ClockMove[] = ['day', 'week', 'month', 'expiry', 'deadline'];
  return (
    <section class="sim-clock" aria-labelledby="sim-clock-title">
      <h2 id="sim-clock-title">{SIM.clockTitle}</h2>
      <p class="sim-today">{SIM.clockNow} <strong data-today={today}>{formatDateIt(today)}</strong></p>
      <div class="sim-actions">
        {moves.map((m) => <button key={m} type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'CLOCK', move: m })}>{SIM.clockMoves[m]}</button>)}
      </div>
      <div aria-live="polite" class="sim-changes">
        {ctx.changes && (<><h3>{SIM.clockChanges}</h3><ul>{ctx.changes.map((c, i) => <li key={i}>{c}</li>)}</ul></>)}
      </div>
      {next && (
        <p>
          {SIM.nextDeadline} {next.kind === 'expiry' ? `${next.carnet} ${SIM.nextExpiry} ${formatDateIt(next.date)}` : `${SIM.nextDataDeadline} ${next.carnet}: ${formatDateIt(next.date)}`}.{' '}
          <button type="button" class="sim-link" onClick={() => download(`scadenza-${next.date}.ics`, deadlineIcs({
            date: next.date,
            summary: next.kind === 'expiry' ? `Scadenza ${next.carnet} (simulazione Smart CIG)` : `Termine dati ${next.carnet} (simulazione Smart CIG)`,
            description: 'Scadenza di una simulazione a scopo formativo, non di un servizio reale.',
            uid: `${next.carnet}-${next.kind}-${next.date}@cig-advisor.simulazione`,
            stamp: new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, ''),
          }), 'text/calendar')}>{SIM.icsButton}</button>
        </p>
      )}
      {!view.canRequestCarnet && view.blockedCode === 'CARNET_BLOCKED' && <p class="sim-inline-warning">{view.blockedReason}</p>}
    </section>
  );
}

function Refusal({ ctx }: { ctx: SimContext }) {
  if (!ctx.refusal || ctx.errors.length) return null;
  return (
    <div class="sim-error-summary" role="alert" tabIndex={-1} data-refusal>
      <h3>{SIM.refusedTitle}</h3>
      <p data-refusal-code={ctx.refusal.code}>{ctx.refusal.message}</p>
    </div>
  );
}

const statusWords = (s: string) => (SIM.cigStatus as Record<string, string>)[s] ?? s;

function DataList({ data }: { data: NonNullable<CarnetView['cigs'][number]['data']> }) {
  const f = findFattispecie(data.fattispecieContrattuale);
  return (
    <dl class="sim-summary">
      <dt>{SIM.fields.fattispecieContrattuale}</dt><dd>{f?.label ?? data.fattispecieContrattuale}</dd>
      <dt>{SIM.fields.importo}</dt><dd>{`€ ${formatAmountIt(data.importo)}`}</dd>
      <dt>{SIM.fields.oggetto}</dt><dd>{data.oggetto}</dd>
      <dt>{SIM.fields.proceduraSceltaContraente}</dt><dd>{data.proceduraSceltaContraente}</dd>
      <dt>{SIM.fields.oggettoPrincipale}</dt><dd>{data.oggettoPrincipale}</dd>
      {data.cigAccordoQuadro && <><dt>{SIM.fields.cigAccordoQuadro}</dt><dd>{data.cigAccordoQuadro}</dd></>}
      {data.cup && <><dt>{SIM.fields.cup}</dt><dd>{data.cup}</dd></>}
    </dl>
  );
}

function PdfButton({ carnet, today }: { carnet: CarnetView; today: string }) {
  const [state, setState] = useState<string | null>(null);
  return (
    <>
      <button type="button" class="sim-button" onClick={async () => {
        setState(SIM.pdfWorking);
        try {
          const { carnetPdf } = await import('./pdf.ts');
          const bytes = await carnetPdf(carnet, today);
          download(`${carnet.number.replace('/', '-')}-SIMULAZIONE.pdf`, bytes as BlobPart, 'application/pdf');
          setState(null);
        } catch (e) {
          setState(`${SIM.pdfError} ${e instanceof Error ? e.message : String(e)}`);
        }
      }}>{SIM.downloadPdf}</button>
      {state && <span role="status" class="sim-hint"> {state}</span>}
    </>
  );
}

function Screen({ screen, ctx, view, today, send }: { screen: string; ctx: SimContext; view: StateView; today: string; send: Send }) {
  const carnet = view.carnets.find((c) => c.number === ctx.carnet);
  const cig = carnet && ctx.cig ? carnet.cigs[ctx.cig - 1] : undefined;
  const single = view.smartCigs.find((g) => g.code === ctx.single);
  const h2 = (text: string) => <h2 tabIndex={-1}>{text}</h2>;

  switch (screen) {
    case 'outage':
    case 'inboxDuringOutage':
      if (screen === 'inboxDuringOutage') return <Inbox ctx={ctx} view={view} today={today} h2={h2} />;
      return (
        <div class="sim-outage">
          {h2(SIM.outageTitle)}
          {SIM.outageText.map((t, i) => <p key={i}>{t}</p>)}
          <p><a href="/faq/">{SIM.outageFaq}</a></p>
        </div>
      );
    case 'home':
      return (<>{h2(SIM.homeTitle)}<p>{SIM.homeText}</p>
        <div class="sim-actions">
          <button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'singleForm' })}>{SIM.areaSingle}</button>
          <button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.areaCarnet}</button>
        </div></>);
    case 'singleForm':
    case 'singleModify':
      return (<>
        {h2(screen === 'singleForm' ? SIM.singleFormTitle : SIM.singleModifyTitle)}
        {screen === 'singleModify' && single && <p>{SIM.issued} <Code code={single.code} /></p>}
        <Refusal ctx={ctx} />
        <CigForm key={`${screen}-${ctx.single ?? ''}`} date={today} errors={ctx.errors}
          values={screen === 'singleModify' && single && !Object.keys(ctx.values).length ? { ...single.data } as Record<string, string> : ctx.values}
          submitLabel={screen === 'singleForm' ? SIM.confirm : SIM.save}
          onSubmit={(values) => send(screen === 'singleForm' ? { type: 'SUBMIT_SINGLE', values } : { type: 'SUBMIT_MODIFY', values })}
          secondary={<button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'singleList' })}>{SIM.viewList}</button>} />
      </>);
    case 'singleList':
      return (<>
        {h2(SIM.singleListTitle)}
        {view.smartCigs.length === 0 ? <p>{SIM.singleListEmpty}</p> : (
          <table class="sim-table">
            <thead><tr><th scope="col">{SIM.cols.cig}</th><th scope="col">{SIM.cols.object}</th><th scope="col">{SIM.cols.amount}</th><th scope="col">{SIM.cols.date}</th><th scope="col">{SIM.cols.status}</th></tr></thead>
            <tbody>{view.smartCigs.map((g) => (
              <tr key={g.code}>
                <td><button type="button" class="sim-link" onClick={() => send({ type: 'OPEN_SINGLE', code: g.code })}><Code code={g.code} /></button></td>
                <td>{g.data.oggetto}</td><td>{`€ ${formatAmountIt(g.data.importo)}`}</td><td>{formatDateShortIt(g.requested)}</td><td>{statusWords(g.status)}</td>
              </tr>))}
            </tbody>
          </table>)}
        <p><button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'singleForm' })}>{SIM.newRequest}</button></p>
      </>);
    case 'singleDetail':
      if (!single) return h2(SIM.singleDetailTitle);
      return (<>
        {h2(SIM.singleDetailTitle)}
        <Refusal ctx={ctx} />
        <p class="sim-issued">{SIM.issued} <Code code={single.code} /> – {statusWords(single.status)}</p>
        <DataList data={single.data} />
        <div class="sim-actions">
          {single.status === 'COMUNICATO' && <>
            <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'EDIT' })}>{SIM.modify}</button>
            <button type="button" class="sim-button sim-warning-button" aria-label={`${SIM.cancel}: ${SIM.cancelHint}`} onClick={() => send({ type: 'CANCEL' })}>{SIM.cancel}</button>
          </>}
          <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'singleList' })}>{SIM.viewList}</button>
        </div>
      </>);
    case 'carnetList':
    case 'carnetRequest':
      return (<>
        {h2(screen === 'carnetList' ? SIM.carnetListTitle : SIM.carnetRequestTitle)}
        {screen === 'carnetList' && <>
          {view.carnets.length === 0 ? <p>{SIM.carnetListEmpty}</p> : (
            <table class="sim-table">
              <thead><tr><th scope="col">{SIM.cols.number}</th><th scope="col">{SIM.cols.created}</th><th scope="col">{SIM.cols.expires}</th><th scope="col">{SIM.cols.size}</th><th scope="col">{SIM.cols.status}</th></tr></thead>
              <tbody>{view.carnets.map((c) => (
                <tr key={c.number}>
                  <td><button type="button" class="sim-link" onClick={() => send({ type: 'OPEN_CARNET', number: c.number })}>{c.number}</button></td>
                  <td>{formatDateShortIt(c.created)}</td><td>{formatDateShortIt(c.expires)}</td><td>{c.size}</td>
                  <td>{SIM.carnetStatus[c.status]}{c.overdue && <> <span class="sim-tag sim-tag-alert">{SIM.overdue}</span></>}</td>
                </tr>))}
              </tbody>
            </table>)}
          {!view.canRequestCarnet && <div class="sim-inline-warning" data-blocked={view.blockedCode}><strong>{SIM.blockedWhere}.</strong> {view.blockedReason}</div>}
          <p><button type="button" class="sim-button" onClick={() => send({ type: 'NAV', to: 'carnetRequest' })}>{SIM.requestNew}</button></p>
        </>}
        {screen === 'carnetRequest' && <>
          <Refusal ctx={ctx} />
          <form novalidate onSubmit={(e) => { e.preventDefault(); send({ type: 'GENERA', values: formValues(e.currentTarget) }); }}>
            <ErrorSummary errors={ctx.errors} />
            <SizeAndPec ctx={ctx} />
            <div class="sim-actions"><button type="submit" class="sim-button">{SIM.generate}</button>
              <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.carnetListTitle}</button></div>
          </form>
        </>}
      </>);
    case 'carnetGenerated':
      if (!carnet) return null;
      return (<>
        {h2(SIM.generatedTitle)}
        <div class="sim-success" role="status"><p>{SIM.generatedText(carnet.size, carnet.pec ?? '')}</p></div>
        <div class="sim-actions">
          <PdfButton carnet={carnet} today={today} />
          <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'OPEN_CARNET', number: carnet.number })}>{SIM.openDetail}</button>
          <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'NAV', to: 'carnetList' })}>{SIM.carnetListTitle}</button>
        </div>
      </>);
    case 'carnetDetail':
      if (!carnet) return null;
      return (<>
        {h2(SIM.carnetDetailTitle)}
        <dl class="sim-summary">
          <dt>{SIM.formatCarnetId}</dt><dd>{carnet.number} ({SIM.carnetStatus[carnet.status]})</dd>
          <dt>{SIM.cols.created}:</dt><dd>{formatDateShortIt(carnet.created)}</dd>
          <dt>{SIM.cols.expires}:</dt><dd>{formatDateShortIt(carnet.expires)}</dd>
          <dt>{SIM.dataDeadline}</dt><dd>{formatDateShortIt(carnet.dataDeadline)}{carnet.overdue && <> <span class="sim-tag sim-tag-alert">{SIM.overdue}</span></>}</dd>
          <dt>{SIM.counters.nonRendicontati}</dt><dd data-count="nonRendicontati">{carnet.counts.nonRendicontati}</dd>
          <dt>{SIM.counters.comunicati}</dt><dd data-count="comunicati">{carnet.counts.comunicati}</dd>
          <dt>{SIM.counters.annullati}</dt><dd data-count="annullati">{carnet.counts.annullati}</dd>
        </dl>
        <div class="sim-actions"><PdfButton carnet={carnet} today={today} /></div>
        <table class="sim-table">
          <thead><tr><th scope="col">{SIM.cols.cig}</th><th scope="col">{SIM.cols.object}</th><th scope="col">{SIM.cols.status}</th></tr></thead>
          <tbody>{carnet.cigs.map((g) => (
            <tr key={g.code}>
              <td><button type="button" class="sim-link" onClick={() => send({ type: 'OPEN_CIG', number: carnet.number, position: g.position })}><Code code={g.code} /></button></td>
              <td>{g.data?.oggetto ?? '-'}</td><td>{statusWords(g.status)}</td>
            </tr>))}
          </tbody>
        </table>
      </>);
    case 'cigUse':
      if (!carnet || !cig) return null;
      return (<>
        {h2(`${SIM.useTitle} ${cig.code}`)}
        <p><Code code={cig.code} /> – {carnet.number}. {SIM.useHint}</p>
        <Refusal ctx={ctx} />
        <CigForm key={cig.code} date={today} errors={ctx.errors} values={ctx.values} carnet submitLabel={SIM.communicate}
          onSubmit={(values) => send({ type: 'COMUNICA', values })}
          secondary={<>
            <button type="button" class="sim-button sim-warning-button" onClick={() => send({ type: 'CANCEL' })}>{SIM.cancelCig}</button>
            <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'OPEN_CARNET', number: carnet.number })}>{SIM.backToCarnet}</button>
          </>} />
      </>);
    case 'cigDetail':
    case 'cigModify':
      if (!carnet || !cig) return null;
      return (<>
        {h2(screen === 'cigDetail' ? SIM.cigDetailTitle : SIM.singleModifyTitle)}
        <p><Code code={cig.code} /> – {carnet.number} – {statusWords(cig.status)}</p>
        <Refusal ctx={ctx} />
        {screen === 'cigDetail' && cig.data && <DataList data={cig.data} />}
        {screen === 'cigModify' && cig.data && (
          <CigForm key={`m-${cig.code}`} date={today} errors={ctx.errors} carnet submitLabel={SIM.save}
            values={Object.keys(ctx.values).length ? ctx.values : { ...cig.data } as Record<string, string>}
            onSubmit={(values) => send({ type: 'SUBMIT_MODIFY', values })} />
        )}
        <div class="sim-actions">
          {screen === 'cigDetail' && cig.status === 'COMUNICATO' && <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'EDIT' })}>{SIM.modify}</button>}
          <button type="button" class="sim-button sim-secondary" onClick={() => send({ type: 'OPEN_CARNET', number: carnet.number })}>{SIM.backToCarnet}</button>
        </div>
      </>);
    case 'inbox':
      return <Inbox ctx={ctx} view={view} today={today} h2={h2} />;
    default:
      return null;
  }
}

function SizeAndPec({ ctx }: { ctx: SimContext }) {
  return (<>
    <p>{`Un carnet vale ${CARNET_RULES.validityDays} giorni; al massimo ${CARNET_RULES.maxActive} carnet attivi insieme.`}</p>
    <TextField field="size" errors={ctx.errors} values={ctx.values} inputMode="numeric" width="sim-w3" />
    <TextField field="pec" errors={ctx.errors} values={ctx.values} type="email" inputMode="email" autoComplete="email" />
  </>);
}

function Inbox({ ctx, view, today, h2 }: { ctx: SimContext; view: StateView; today: string; h2: (t: string) => preact.JSX.Element }) {
  return (<>
    {h2(SIM.inboxTitle)}
    {ctx.doc.inbox.length === 0 ? <p>{SIM.inboxEmpty}</p> : (
      <ul class="sim-inbox">
        {[...ctx.doc.inbox].reverse().map((m, i) => {
          const carnet = view.carnets.find((c) => c.number === m.carnet);
          return (
            <li key={i}>
              <p><strong>{m.subject}</strong> – {formatDateShortIt(m.date)}</p>
              <p>{SIM.inboxFrom} – {SIM.inboxTo} {m.to}</p>
              <p>{SIM.inboxBody(m.carnet)}</p>
              {carnet && <PdfButton carnet={carnet} today={today} />}
            </li>
          );
        })}
      </ul>)}
  </>);
}
