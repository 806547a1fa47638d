/**
 * Issue 13: the exercises' application, mounted by the page's script when the link names a set
 * (`?set=id,id` or `?seed=&level=&topic=&from=&to=`, validated). The learner answers, checks, sees why
 * with the sources and keeps the score; progress stays in this browser. Bundled apart by esbuild with
 * the engine and its own Preact (src/pages/esercizi/motore.js.ts), loaded on demand.
 */
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ESERCIZI as W } from '../../copy/esercizi.ts';
import type { CatalogEntry } from './catalog.ts';
import { PrintSet } from './PrintSet.tsx';
import type { SetProgress } from './progress.ts';
import * as rt from './runtime.ts';
import type { Prepared } from './runtime.ts';

/** Renders the set the link asks for into `root` (or why the link is not valid). */
export function mount(root: HTMLElement, catalog: readonly CatalogEntry[], search: string, today: string): void {
  const req = rt.requestOf(new URLSearchParams(search), catalog);
  if ('error' in req) {
    render(<div class="warning" role="alert"><p>{req.error}</p></div>, root);
    return;
  }
  const all = rt.loadAll();
  const exercises = req.load(today);
  const saved = all.stored.sets[req.key] ?? rt.emptyProgress();
  render(<Session setKey={req.key} exercises={exercises} setAside={all.setAside} initial={{ ...saved, current: Math.min(saved.current, exercises.length - 1) }} />, root);
}

function Session({ setKey: key, exercises, setAside, initial }: { setKey: string; exercises: readonly Prepared[]; setAside: boolean; initial: SetProgress }) {
  const [progress, setProgress] = useState<SetProgress>(initial);
  const update = (p: SetProgress) => {
    setProgress(p);
    rt.saveSet(key, p);
  };
  const ex = exercises[progress.current] ?? exercises[0];
  if (ex === undefined) return null;
  const total = exercises.reduce((n, e) => n + (progress.checked.includes(e.id) ? e.answers.length : 0), 0);
  const right = exercises.reduce((n, e) => n + (progress.checked.includes(e.id)
    ? e.answers.filter((a) => rt.checkAnswer(a, progress.answers[e.id]?.[a.question] ?? '').status === 'right').length : 0), 0);
  const allChecked = exercises.every((e) => progress.checked.includes(e.id));
  const go = (i: number) => {
    update({ ...progress, current: i });
    // the new exercise's heading takes the focus, as a new page would
    requestAnimationFrame(() => document.getElementById(`${exercises[i]?.id ?? ''}-title`)?.focus());
  };

  return (
    <div class="ex-session">
      {setAside && <div class="warning" role="status"><p>{W.storageSetAside}</p></div>}
      <p class="ex-count">{W.exerciseOf(progress.current + 1, exercises.length)}</p>
      <Exercise key={ex.id} ex={ex} progress={progress} update={update} />
      {(total > 0) && (
        <div class={allChecked ? 'panel ex-score' : 'ex-score'} role="status">
          {allChecked && <h2>{W.finalTitle}</h2>}
          <p><strong>{W.score(right, total)}</strong></p>
        </div>
      )}
      <div class="button-group ex-nav">
        {progress.current > 0 && <button type="button" class="button button--secondary" onClick={() => go(progress.current - 1)}>{W.previous}</button>}
        {progress.current < exercises.length - 1 && <button type="button" class="button button--secondary" onClick={() => go(progress.current + 1)}>{W.next}</button>}
        {allChecked && <button type="button" class="button button--secondary" onClick={() => update(rt.emptyProgress())}>{W.again}</button>}
      </div>
      <h2>{W.shareTitle}</h2>
      <p>{W.shareIntro} <a href={location.href} class="ex-share">{location.href}</a></p>
      <h2>{W.trainersTitle}</h2>
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>{W.print}</button>
        <button type="button" class="button button--secondary" onClick={() => void download('moodle', exercises)}>{W.downloadMoodle}</button>
        <button type="button" class="button button--secondary" onClick={() => void download('gift', exercises)}>{W.downloadGift}</button>
      </div>
      <p><a href="/esercizi/">{W.backToList}</a></p>
      <PrintSet exercises={exercises} />
    </div>
  );
}

async function download(kind: 'moodle' | 'gift', exercises: readonly Prepared[]) {
  const blob = await rt.exportSet(kind, exercises);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = kind === 'moodle' ? 'esercizi-cig-moodle.xml' : 'esercizi-cig.gift.txt';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function Exercise({ ex, progress, update }: { ex: Prepared; progress: SetProgress; update: (p: SetProgress) => void }) {
  const given = progress.answers[ex.id] ?? {};
  const checked = progress.checked.includes(ex.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const fid = (q: string) => `${ex.id}-${q.replace(':', '-')}`;

  const set = (q: string, v: string) => update({ ...progress, answers: { ...progress.answers, [ex.id]: { ...given, [q]: v } }, checked: progress.checked.filter((c) => c !== ex.id) });
  const submit = (e: Event) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    for (const a of ex.answers) {
      const v = given[a.question] ?? '';
      if (v.trim() === '') errs[a.question] = a.type === 'amount' ? W.noAnswer : W.chooseOne;
      else {
        const c = rt.checkAnswer(a, v);
        if (c.status === 'unreadable') errs[a.question] = c.message;
      }
    }
    setErrors(errs);
    if (Object.keys(errs).length > 0) {
      requestAnimationFrame(() => summary.current?.querySelector<HTMLElement>('.error-summary')?.focus());
      return;
    }
    update({ ...progress, checked: [...progress.checked.filter((c) => c !== ex.id), ex.id] });
    requestAnimationFrame(() => heading.current?.focus());
  };
  const summaryErrors = ex.answers.flatMap((a) => {
    const m = errors[a.question];
    return m === undefined ? [] : [{ href: `#${fid(a.question)}${a.type === 'choice' ? '-0' : ''}`, message: m }];
  });

  return (
    <section aria-labelledby={`${ex.id}-title`}>
      <div ref={summary}>{summaryErrors.length > 0 && (
        // GOV.UK error summary, as components/forms/ErrorSummary.tsx (not imported: sharing it would split the questionnaire's chunks)
        <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="ex-errors-title">
          <h2 class="error-summary__title" id="ex-errors-title">{W.errorsTitle}</h2>
          <ul class="error-summary__list">{summaryErrors.map((e) => <li key={e.href}><a href={e.href}>{e.message}</a></li>)}</ul>
        </div>
      )}</div>
      <h2 id={`${ex.id}-title`} tabIndex={-1} ref={heading}>{ex.title}</h2>
      {ex.story.map((p, i) => <p key={i}>{p}</p>)}
      <form onSubmit={submit} noValidate>
        {ex.answers.map((a) => {
          const id = fid(a.question);
          const err = errors[a.question];
          const value = given[a.question] ?? '';
          const result = checked ? rt.checkAnswer(a, value) : null;
          return (
            <div key={a.question} class={`form-group${err !== undefined ? ' form-group--error' : ''}`}>
              {a.type === 'amount' ? (
                <>
                  <h3 class="ex-q"><label class="label" for={id}>{W.question[a.question]}</label></h3>
                  <p class="hint" id={`${id}-hint`}>{W.amountHint}</p>
                  {err !== undefined && <p class="error-message" id={`${id}-error`}><span class="visually-hidden">{W.errorLabel}</span> {err}</p>}
                  <input class={`input input--w10${err !== undefined ? ' input--error' : ''}`} id={id} name={id} type="text" inputMode="decimal" autoComplete="off" spellcheck={false}
                    aria-describedby={`${id}-hint${err !== undefined ? ` ${id}-error` : ''}`} value={value} onInput={(e) => set(a.question, e.currentTarget.value)} />
                </>
              ) : (
                <fieldset class="fieldset" aria-describedby={err !== undefined ? `${id}-error` : undefined}>
                  <legend class="legend"><h3 class="ex-q">{W.question[a.question]}</h3></legend>
                  {err !== undefined && <p class="error-message" id={`${id}-error`}><span class="visually-hidden">{W.errorLabel}</span> {err}</p>}
                  <div class={`radios${a.options.length <= 3 ? ' radios--inline' : ''}`}>
                    {a.options.map((o, i) => (
                      <div class="radio" key={o}>
                        <input type="radio" id={`${id}-${i}`} name={id} value={o} checked={value === o} onChange={() => set(a.question, o)} />
                        <label for={`${id}-${i}`}>{rt.choiceText(o)}</label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              )}
              {result && result.status !== 'unreadable' && (
                <div class={`ex-result ex-result--${result.status}`}>
                  <p><strong class={`tag ex-tag--${result.status}`}>{result.status === 'right' ? W.right : W.wrong}</strong></p>
                  {result.status === 'wrong' && <p>{W.yourAnswer}: {a.type === 'amount' ? value : rt.choiceText(value)}. {W.correctAnswer}: <strong>{rt.answerText(a)}</strong></p>}
                  {result.status === 'right' && <p>{W.correctAnswer}: <strong>{rt.answerText(a)}</strong></p>}
                  <details class="ex-why" open={result.status === 'wrong'}>
                    <summary>{W.why}</summary>
                    <ul>{rt.whyOf(a).map((w, i) => <li key={i}>{w.text} <span class="ex-source">{W.source}: {w.source}</span></li>)}</ul>
                  </details>
                </div>
              )}
            </div>
          );
        })}
        <button type="submit" class="button">{W.check}</button>
      </form>
    </section>
  );
}
