/**
 * Issue 14, text: checks of free text typed or imported into the simulator's fields.
 *
 * Bidirectional control characters (the embeddings and overrides U+202A-U+202E, the isolates
 * U+2066-U+2069, the marks U+200E, U+200F and U+061C) are refused: one of them in an "oggetto"
 * or a PEC address can reverse the rest of a line wherever the value is shown (page, PDF, inbox).
 * None of them is needed to write Italian, and a refusal that names the position lets the user
 * delete an invisible character they could not otherwise find.
 */

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** The maximum length of an e-mail (PEC) address: 254 characters (RFC 5321 §4.5.3.1.3, path of 256 with the brackets). */
export const PEC_MAX_LENGTH = 254;

/** The character's code as written in the Unicode tables ("U+202E"). */
function codePointName(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * null when the text has no bidirectional control character, else an Italian message that names
 * the first one and its position (1-based, in characters).
 */
export function bidiProblem(text: string): string | null {
  const m = BIDI_CONTROLS.exec(text);
  if (!m) return null;
  const position = [...text.slice(0, m.index)].length + 1;
  return `contiene un carattere invisibile di controllo della direzione del testo (${codePointName(m[0])}, posizione ${position}) che può capovolgere il resto della riga: cancellalo e riscrivi il testo senza copiarlo`;
}
