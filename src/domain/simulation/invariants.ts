/**
 * Issue 14: what every simulation built by the page's own transitions satisfies, checked on every
 * stored or imported document after its shape (schema.ts). A file edited by hand, or made by
 * another program, may have the right shape and still describe a state the service could never
 * reach: three carnets active at once, a carnet that expires before it is created, a CIG
 * communicated after the simulated date. Such a document is refused with an Italian reason that
 * names what is wrong, before the page renders it.
 */
import { addDays, daysBetween, formatDateIt, type IsoDate } from '../dates.ts';
import { CARNET_RULES, FORM_LIMITS, SMART_CIG_SERVICE } from '../rules/smartcig.ts';
import { periodContains } from '../rules/periods.ts';
import { PEC_MAX_LENGTH, bidiProblem } from '../text.ts';
import type { Carnet, SimState } from './state.ts';

/**
 * The most carnets a simulation can hold: at most `maxActive` at a time, each active for
 * validityDays + 1 days, within the days of the service. A longer list is refused before the
 * schema walks it (10,000 carnets would take seconds to check and to render).
 */
/** The last day of the service (its period is closed: dismissed on 31 December 2023). */
const LAST_DAY: IsoDate = SMART_CIG_SERVICE.to ?? SMART_CIG_SERVICE.from;

const MAX_CARNETS = CARNET_RULES.maxActive
  * Math.ceil((daysBetween(SMART_CIG_SERVICE.from, LAST_DAY) + 1) / (CARNET_RULES.validityDays + 1));

/** "dal 2 maggio 2011 al 31 dicembre 2023" */
const SERVICE_DAYS = `dal ${formatDateIt(SMART_CIG_SERVICE.from)} al ${formatDateIt(LAST_DAY)}`;

/** The list at `path` of a parsed JSON value, if it is a list (built-in names of objects are never looked up). */
function listAt(raw: unknown, ...path: string[]): unknown[] | undefined {
  let v: unknown = raw;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = Object.getOwnPropertyDescriptor(v, key)?.value;
  }
  return Array.isArray(v) ? v : undefined;
}

/** null, or why the document holds more carnets than a simulation can (checked on the parsed JSON). */
export function sizeProblem(raw: unknown): string | null {
  const carnets = listAt(raw, 'sim', 'carnets');
  if (carnets && carnets.length > MAX_CARNETS) {
    return `sim.carnets: ${carnets.length} carnet, ma una simulazione ne può contenere al massimo ${MAX_CARNETS} (al massimo ${CARNET_RULES.maxActive} attivi insieme, ${CARNET_RULES.validityDays} giorni ciascuno, ${SERVICE_DAYS})`;
  }
  return null;
}

const inService = (d: IsoDate) => periodContains(SMART_CIG_SERVICE, d);

/** The first event date of a list that is before `from` or after `to`, with its name. */
function outOfOrder(events: readonly (readonly [string, IsoDate | undefined])[], from: IsoDate, to: IsoDate): string | null {
  for (const [name, d] of events) {
    if (d !== undefined && (d < from || d > to)) return `${name} il ${formatDateIt(d)}`;
  }
  return null;
}

function carnetProblem(c: Carnet, today: IsoDate, nextCarnet: number): string | null {
  const n = Number(c.number.slice(c.number.indexOf('/') + 1));
  if (n >= nextCarnet) return `${c.number}: il numero non è tra quelli già rilasciati (il prossimo è il ${nextCarnet})`;
  if (!inService(c.created)) return `${c.number}: creato il ${formatDateIt(c.created)}, fuori dal periodo dello Smart CIG (${SERVICE_DAYS})`;
  if (c.created > today) return `${c.number}: creato il ${formatDateIt(c.created)}, dopo la data simulata (${formatDateIt(today)})`;
  const expires = addDays(c.created, CARNET_RULES.validityDays);
  const deadline = addDays(expires, CARNET_RULES.dataDays);
  if (c.expires !== expires || c.dataDeadline !== deadline) {
    return `${c.number}: le date non tornano (creato il ${formatDateIt(c.created)}, deve scadere il ${formatDateIt(expires)} con termine per i dati il ${formatDateIt(deadline)})`;
  }
  for (const g of c.cigs) {
    const late = outOfOrder([['comunicato', g.communicated], ['modificato', g.modified], ['annullato', g.cancelled]], c.created, today);
    if (late) return `${c.number}, CIG ${g.code}: ${late}, fuori dal periodo tra la creazione del carnet e la data simulata`;
    if (g.status === 'COMUNICATO' && (g.data === undefined || g.communicated === undefined)) return `${c.number}, CIG ${g.code}: risulta comunicato ma mancano i dati o la data di comunicazione`;
    if (g.status === 'ANNULLATO' && g.cancelled === undefined) return `${c.number}, CIG ${g.code}: risulta annullato ma manca la data di annullamento`;
  }
  return null;
}

/** null when at most `maxActive` carnets are active on every day, else the first carnet created beyond the limit. */
function activeLimitProblem(carnets: readonly Carnet[]): string | null {
  const byCreation = [...carnets].sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
  for (let i = 0; i < byCreation.length; i++) {
    const c = byCreation[i];
    if (!c) continue;
    // The carnets created up to c's day (ties included) that are still active on it.
    const active = byCreation.filter((o, j) => (j < i || o.created === c.created) && o.expires >= c.created);
    if (active.length > CARNET_RULES.maxActive) {
      return `il ${formatDateIt(c.created)} risultano attivi ${active.length} carnet (${active.map((a) => a.number).join(', ')}): al massimo ${CARNET_RULES.maxActive} possono essere attivi insieme`;
    }
  }
  return null;
}

/** null when the simulation could have been built by the page's transitions, else the first thing that could not. */
export function invariantProblem(s: SimState): string | null {
  if (s.today === null) {
    return s.carnets.length || s.smartCigs.length ? 'sim.today: manca la data simulata ma ci sono carnet o CIG' : null;
  }
  const today = s.today;
  // The simulated date within the service is checked by the schema (schema.ts, issue 12).
  const numbers = new Set<string>();
  for (const c of s.carnets) {
    if (numbers.has(c.number)) return `${c.number}: numero di carnet ripetuto`;
    numbers.add(c.number);
    const p = carnetProblem(c, today, s.nextCarnet);
    if (p) return p;
  }
  const limit = activeLimitProblem(s.carnets);
  if (limit) return limit;
  for (const g of s.smartCigs) {
    if (!inService(g.requested) || g.requested > today) return `CIG ${g.code}: richiesto il ${formatDateIt(g.requested)}, fuori dal periodo tra l'avvio dello Smart CIG e la data simulata`;
    const late = outOfOrder([['modificato', g.modified], ['annullato', g.cancelled]], g.requested, today);
    if (late) return `CIG ${g.code}: ${late}, fuori dal periodo tra la richiesta e la data simulata`;
    if (g.status === 'ANNULLATO' && g.cancelled === undefined) return `CIG ${g.code}: risulta annullato ma manca la data di annullamento`;
  }
  return null;
}

/** A text of the document: where it is, its value, and the longest it may be. */
type Text = readonly [where: string, value: string | undefined, max: number];

/**
 * null when every free text of the document is within the form's bounds and free of bidirectional
 * control characters (text.ts), else what is wrong and where: the page shows these texts, and the
 * form would have refused them.
 */
export function textProblem(doc: { sim: SimState; inbox: readonly { to: string; subject: string }[] }): string | null {
  const texts: Text[] = [
    ...doc.sim.carnets.flatMap((c): Text[] => [
      [`${c.number}, PEC`, c.pec, PEC_MAX_LENGTH],
      ...c.cigs.map((g): Text => [`${c.number}, CIG ${g.code}, oggetto`, g.data?.oggetto, FORM_LIMITS.oggettoMax]),
    ]),
    ...doc.sim.smartCigs.map((g): Text => [`CIG ${g.code}, oggetto`, g.data.oggetto, FORM_LIMITS.oggettoMax]),
    ...doc.inbox.flatMap((m, i): Text[] => [[`inbox.${i}.to`, m.to, PEC_MAX_LENGTH], [`inbox.${i}.subject`, m.subject, FORM_LIMITS.oggettoMax]]),
  ];
  for (const [where, value, max] of texts) {
    if (value === undefined) continue;
    if (value.length > max) return `${where}: al massimo ${max} caratteri, ne ha ${value.length}`;
    const b = bidiProblem(value);
    if (b) return `${where}: ${b}`;
  }
  return null;
}
