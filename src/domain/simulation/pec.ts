/**
 * The simulated user's profile (issue 12): the checks of its two fields, shared by the profile form
 * (form.ts, without zod so that it stays out of the simulator's first view) and the saved document's
 * schema (schema.ts). One wording for both.
 */
import { PEC_MAX_LENGTH, bidiProblem } from '../text.ts';

/** A PEC address as the form accepts it: name@domain.tld, no spaces or brackets. */
export const PEC_PATTERN = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[A-Za-z]{2,}$/;

const NAME_MAX_LENGTH = 100;

/** What is wrong with the profile's name (already trimmed), or null. */
export function profileNameProblem(name: string): string | null {
  if (name === '') return 'Scrivi il nome dell\'utente simulato, ad esempio "Maria Rossi"';
  if (name.length > NAME_MAX_LENGTH) return `Il nome può avere al massimo ${NAME_MAX_LENGTH} caratteri: accorcialo`;
  const bidi = bidiProblem(name); // issue 14: no bidirectional control characters (text.ts)
  return bidi === null ? null : `Il nome ${bidi}`;
}

/** What is wrong with the profile's PEC address (already trimmed), or null. */
export function profilePecProblem(pec: string): string | null {
  if (pec === '') return 'Scrivi l\'indirizzo PEC registrato, ad esempio protocollo@pec.comune.example';
  if (pec.length > PEC_MAX_LENGTH) return `L'indirizzo PEC è troppo lungo: al massimo ${PEC_MAX_LENGTH} caratteri`;
  const bidi = bidiProblem(pec);
  if (bidi !== null) return `L'indirizzo PEC ${bidi}`;
  return PEC_PATTERN.test(pec) ? null : 'Scrivi l\'indirizzo PEC nella forma nome@dominio.it, ad esempio protocollo@pec.comune.example';
}
