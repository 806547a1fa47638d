/**
 * Issue 13: a set on paper: questions first, the answer key on separate pages (print CSS in the page).
 * Loaded with the set.
 */
import { ESERCIZI as W } from '../../copy/esercizi.ts';
import * as rt from './runtime.ts';
import type { Prepared } from './runtime.ts';

/** The set on paper: questions first, the answer key on separate pages (print CSS). */
export function PrintSet({ exercises }: { exercises: readonly Prepared[] }) {
  return (
    <div class="ex-print" aria-hidden="true">
      {exercises.map((e, i) => (
        <div class="ex-print__item" key={e.id}>
          <p class="ex-print__title"><strong>{i + 1}. {e.title}</strong></p>
          {e.story.map((p, j) => <p key={j}>{p}</p>)}
          <ol>{e.answers.map((a) => <li key={a.question}>{W.question[a.question]}{a.type === 'choice' ? ` (${a.options.map((o) => rt.choiceText(o)).join(' / ')})` : ''}</li>)}</ol>
        </div>
      ))}
      <div class="ex-print__key">
        <p class="ex-print__title"><strong>{W.answerKey}</strong></p>
        {exercises.map((e, i) => (
          <div key={e.id}>
            <p><strong>{i + 1}. {e.title}</strong></p>
            <ol>{e.answers.map((a) => <li key={a.question}>{rt.answerText(a)}: {rt.whyOf(a).map((w) => `${w.text} (${w.source})`).join(' ')}</li>)}</ol>
          </div>
        ))}
      </div>
    </div>
  );
}
