/**
 * Shareable links (CONTRACT §5): a scenario travels in the query string of /questionario/.
 * Arrays are repeated keys (renewals=30000&renewals=30000); countTechnicalExtension is 'true' or
 * 'false'; every other value stays a string, so that parseScenario() judges it and says what to fix.
 * This module only converts: it never validates and never changes an amount; the schema (parseScenario) and
 * the questionnaire read every value through the same parse of its kind (issue 14: src/domain/parse.ts).
 */
import { isCaseId } from './cases.ts';
import { normaliseText } from './normalise.ts';
import { CASE_KEYS, WITHOUT_AMOUNT_KEYS, keysInLinkAs, listElementInLink, listInScenario } from './question-table.ts';

/** Keys that the scenario holds as lists (from the questions' table). */
const ARRAY_KEYS: readonly string[] = keysInLinkAs('list');

/** Keys that the scenario holds as booleans (from the questions' table). */
const BOOLEAN_KEYS: readonly string[] = [...keysInLinkAs('boolean'), ...WITHOUT_AMOUNT_KEYS];

/** The questionnaire's address. */
export const QUESTIONNAIRE_PATH = '/questionario/';

function toBoolean(text: string): boolean | string {
  const value = normaliseText(text); // issue 14: trimmed like every other value
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value; // left as text: the schema refuses it with its own message
}

/**
 * Query string (with or without the leading '?') → raw scenario object for parseScenario().
 * Empty values are treated as absent (the questionnaire then asks that question); for a key that is
 * not a list, the first occurrence wins.
 */
export function queryToRaw(search: string | URLSearchParams): Record<string, unknown> {
  const params = typeof search === 'string' ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search) : search;
  // issue 14: no prototype, so a key named like a built-in ("constructor", "__proto__") is an ordinary
  // unknown key that the schema refuses by name, never an inherited value or a prototype change
  const raw: Record<string, unknown> = Object.create(null);
  for (const [key, value] of params) {
    if (value === '') continue;
    if (ARRAY_KEYS.includes(key)) {
      const list = raw[key];
      raw[key] = Array.isArray(list) ? [...list, value] : [value];
    } else if (!Object.hasOwn(raw, key)) {
      raw[key] = BOOLEAN_KEYS.includes(key) ? toBoolean(value) : value;
    }
  }
  return raw;
}

/** Issue 11: a link's query as the scenario the engine reads (the lots' amounts become lots), for parseScenario(). */
export function linkScenario(search: string): Record<string, unknown> {
  const raw = queryToRaw(search);
  for (const [key, value] of Object.entries(raw)) {
    if (Array.isArray(value)) raw[key] = listInScenario(key, value.filter((v): v is string => typeof v === 'string'));
  }
  return raw;
}

function keyOrder(s: Record<string, unknown>): string[] {
  const c = s['case'];
  const known: readonly string[] = isCaseId(c) ? CASE_KEYS[c] : [];
  const rest = Object.keys(s).filter((k) => !known.includes(k));
  return [...known.filter((k) => Object.hasOwn(s, k)), ...rest];
}

/**
 * Scenario (or a partial one) → query string without the leading '?'. Keys follow the order in
 * which the questionnaire asks them; arrays become repeated keys; undefined and null are left out.
 */
export function scenarioToQuery(s: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const key of keyOrder(s)) {
    const value = s[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const v of value) if (v !== undefined && v !== null) params.append(key, listElementInLink(key, v));
    } else {
      params.append(key, String(value));
    }
  }
  return params.toString();
}

/** The questionnaire address for a scenario: /questionario/?case=new&… */
export function questionnaireHref(s: Record<string, unknown>): string {
  const q = scenarioToQuery(s);
  return q ? `${QUESTIONNAIRE_PATH}?${q}` : QUESTIONNAIRE_PATH;
}
