import { UI } from '../../copy/ui.ts';

/** GOV.UK inline error: the same words as the error summary, announced as an error. */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">{UI.errorLabel}</span> {message}
    </p>
  );
}
