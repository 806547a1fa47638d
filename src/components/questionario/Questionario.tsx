/**
 * The questionnaire island. The machine routes; this component renders the current step, keeps the
 * address in step with the answers (CONTRACT §5: every step pushes a history entry, popstate and
 * reload restore), moves focus to the heading on each new step and to the error summary on error.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useMachine } from '../../lib/useMachine.ts';
import { questionarioMachine, type QuestionarioEvent } from '../../machines/questionario.machine.ts';
import {
  OUTCOME as OUTCOME_STEP, CHECK, OUTAGE as OUTAGE_STEP, answersToLinkObject, answersFromRaw, isQuestionId, storedToForm,
  type StepId,
} from '../../domain/questions.ts';
import { queryToRaw, scenarioToQuery } from '../../domain/links.ts';
import { todayInRome } from '../../domain/dates.ts';
import { PAGE, OUTCOME, OUTAGE, problemText } from '../../copy/questionario.ts';
import { SITE, UI } from '../../copy/ui.ts';
import { Question } from './Question.tsx';
import { fieldId } from './kinds/parts.tsx';
import { ErrorSummary } from '../forms/ErrorSummary.tsx';
import { Answers } from './Answers.tsx';
import type { FaqLink } from './Outcome.tsx';
import './questionario.css';

type OutcomeModule = typeof import('./Outcome.tsx');

/** The source of the 2021 guidance, from the sources table (loaded on demand: it is not needed before). */
function OutageSource() {
  const [title, setTitle] = useState('');
  useEffect(() => {
    void import('../../domain/rules/sources.ts').then((m) => setTitle(m.SOURCES['anac-comunicato-2021-05'].title));
  }, []);
  return <p class="q-source">{OUTCOME.source}: {title}</p>;
}

function readLocation(): { answers: ReturnType<typeof answersFromRaw>; step: string | null } {
  const params = new URLSearchParams(window.location.search);
  const step = params.get('step');
  params.delete('step');
  return { answers: answersFromRaw(queryToRaw(params)), step };
}

export default function Questionario({ faq }: { faq: FaqLink[] }) {
  const [snapshot, send, actor] = useMachine(questionarioMachine, { input: {} });
  const { answers, errors, form, step } = snapshot.context;
  const [today, setToday] = useState('');
  const [outcomeModule, setOutcomeModule] = useState<OutcomeModule | null>(null);
  const [version, setVersion] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const lastStep = useRef<StepId | null>(null);

  const href = (s: StepId) => {
    const q = scenarioToQuery(answersToLinkObject(answers, s));
    return q ? `?${q}` : window.location.pathname;
  };

  /** What the next render does with the address and the focus. */
  const intent = useRef<{ url: 'push' | 'replace'; focus: boolean }>({ url: 'replace', focus: false });

  /** A user event: a new history entry, focus on the new heading. */
  const go = (event: QuestionarioEvent) => {
    intent.current = { url: 'push', focus: true };
    send(event);
  };

  // On first load: read the link; on back/forward: restore from the address.
  useEffect(() => {
    setToday(todayInRome());
    const restore = (focus: boolean) => {
      const { answers: fromUrl, step: s } = readLocation();
      // Back/forward: an earlier entry lacks the answers given after it; keep those from memory.
      const a = focus ? { ...actor.getSnapshot().context.answers, ...fromUrl } : fromUrl;
      intent.current = { url: 'replace', focus };
      send({ type: 'RESTORE', answers: a, step: s });
      setVersion((v) => v + 1);
    };
    if (window.location.search) restore(false);
    const onPop = () => restore(true);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Keep the address in step and manage focus and the page title.
  useEffect(() => {
    const q = scenarioToQuery(answersToLinkObject(answers, step));
    const target = `${window.location.pathname}${q ? `?${q}` : ''}`;
    const current = `${window.location.pathname}${window.location.search}`;
    const { url, focus } = intent.current;
    if (target !== current) {
      const prev = lastStep.current;
      if (url === 'push' && prev && prev !== step) {
        // The entry being left records the answer just given, so that back and reload show it.
        const pq = scenarioToQuery(answersToLinkObject(answers, prev));
        history.replaceState(null, '', `${window.location.pathname}${pq ? `?${pq}` : ''}`);
      }
      if (url === 'push') history.pushState(null, '', target);
      else history.replaceState(null, '', target);
    }
    lastStep.current = step;
    const heading = root.current?.querySelector<HTMLElement>('h1');
    const title = heading?.textContent ?? PAGE.title;
    document.title = `${errors.length ? UI.errorTitlePrefix : ''}${title} – ${SITE.name}`;
    if (errors.length) root.current?.querySelector<HTMLElement>('.error-summary')?.focus();
    else if (focus) heading?.focus();
    intent.current = { url: 'replace', focus: false };
  }, [snapshot, version]);

  // Load the engine only when the outcome is shown.
  useEffect(() => {
    if (step === OUTCOME_STEP && !outcomeModule) void import('./Outcome.tsx').then((m) => setOutcomeModule(m));
  }, [step]);

  const back = () => {
    const prev = snapshot.context.back;
    if (!prev) return null;
    return (
      <a class="back-link" href={href(prev)} onClick={(e) => { e.preventDefault(); go({ type: 'BACK' }); }}>{UI.back}</a>
    );
  };

  let content;
  if (isQuestionId(step)) {
    const summary = errors.map((e) => ({ href: `#${fieldId(step, e.field)}`, message: problemText(e.problem) }));
    content = (
      <>
        {back() ?? <a class="back-link" href="/">{UI.back}</a>}
        <ErrorSummary errors={summary} id="q-errors" />
        <Question key={`${step}-${version}-${errors.length ? JSON.stringify(form) : ''}`} qid={step} answers={answers}
          initial={form ?? storedToForm(step, answers[step])} errors={errors} today={today}
          onSubmit={(values) => go({ type: 'ANSWER', values })} />
      </>
    );
  } else if (step === CHECK) {
    content = (
      <>
        {back()}
        <h1 tabIndex={-1}>{PAGE.check.title}</h1>
        <p>{PAGE.check.lead}</p>
        <Answers answers={answers} today={today} onChange={(key) => go({ type: 'CHANGE', key })} />
        <form novalidate onSubmit={(e) => { e.preventDefault(); go({ type: 'CONFIRM' }); }}>
          <button type="submit" class="button">{PAGE.check.submit}</button>
        </form>
        <p><a href={window.location.pathname} onClick={(e) => { e.preventDefault(); go({ type: 'RESTART' }); }}>{PAGE.startAgain}</a></p>
      </>
    );
  } else if (step === OUTCOME_STEP) {
    const link = `${window.location.origin}${window.location.pathname}?${scenarioToQuery(answersToLinkObject(answers, OUTCOME_STEP))}`;
    content = (
      <>
        {back()}
        <h1 tabIndex={-1}>{OUTCOME.title}</h1>
        {outcomeModule ? <outcomeModule.OutcomeView answers={answers} today={today} faq={faq} link={link} /> : <p role="status">{OUTCOME.loading}</p>}
        {/* issue 10: the answer first, the answers given (with "Modifica") after it */}
        <section class="q-given" aria-labelledby="q-given">
          <h2 id="q-given">{PAGE.check.title}</h2>
          <Answers answers={answers} today={today} onChange={(key) => go({ type: 'CHANGE', key })} />
        </section>
        <p class="no-print"><a href={window.location.pathname} onClick={(e) => { e.preventDefault(); go({ type: 'RESTART' }); }}>{PAGE.startAgain}</a></p>
      </>
    );
  } else if (step === OUTAGE_STEP) {
    content = (
      <>
        {back()}
        <h1 tabIndex={-1}>{OUTAGE.title}</h1>
        <p class="lead">{OUTAGE.lead}</p>
        <h2>{OUTAGE.stepsTitle}</h2>
        <ol>{OUTAGE.steps.map((s, i) => <li key={i}>{s}</li>)}</ol>
        <div class="warning"><p>{OUTAGE.verify}</p></div>
        <OutageSource />
        {faq.filter((f) => f.id === 'piattaforma-anac-non-funziona').map((f) => <p key={f.id}><a href={`/faq/${f.id}/`}>{f.title}</a></p>)}
        <p><a href={window.location.pathname} onClick={(e) => { e.preventDefault(); go({ type: 'RESTART' }); }}>{OUTAGE.restart}</a></p>
      </>
    );
  }
  return <div ref={root} class="q-root" data-step={step}>{content}</div>;
}
