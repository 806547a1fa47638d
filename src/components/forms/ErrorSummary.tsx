import { UI } from '../../copy/ui.ts';

export interface SummaryError {
  href: string;
  message: string;
}

/**
 * GOV.UK error summary: above the heading, links to each field, receives focus (done by the parent).
 * `hidden`: rendered on the server but hidden, for a page script that shows it (no JavaScript
 * island); without it the summary is left out while there is no error.
 */
export function ErrorSummary({ errors, id, hidden = false }: { errors: readonly SummaryError[]; id: string; hidden?: boolean }) {
  if (errors.length === 0) return null;
  const onClick = (e: Event, href: string) => {
    const el = document.getElementById(href.slice(1));
    if (!el) return;
    e.preventDefault();
    el.focus();
    (el.closest('fieldset') ?? el).scrollIntoView({ block: 'start' });
  };
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id={id} aria-labelledby={`${id}-title`} hidden={hidden}>
      <h2 class="error-summary__title" id={`${id}-title`}>{UI.errorSummaryTitle}</h2>
      <ul class="error-summary__list">
        {errors.map((e) => (
          <li key={e.href}>
            <a href={e.href} onClick={(ev) => onClick(ev, e.href)}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
