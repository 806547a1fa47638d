/**
 * The shapes of the Smart CIG simulation, written once as zod/mini schemas. The types of the
 * simulation (state.ts, form.ts) are inferred from them, and the saved document (storage.ts) is
 * validated with them: what is stored and what the rules handle cannot drift apart.
 */
import * as z from 'zod/mini';
import { checkCig } from '../cig.ts';
import { formatDateIt, isIsoDate } from '../dates.ts';
import { periodContains } from '../rules/periods.ts';
import { SMART_CIG_SERVICE } from '../rules/smartcig.ts';
import { profileNameProblem, profilePecProblem } from './pec.ts';

const date = z.string().check(z.refine(isIsoDate, { error: 'data non valida' }));
const code = z.string().check(z.refine((c) => checkCig(c).valid && c === c.toUpperCase(), { error: 'codice non valido' }));
const opt = z.exactOptional;

// issue 12 (simform): the simulated date of a document lies in the service's life (imports of a
// saved simulation dated 2030 are refused with the range).
const serviceDate = date.check(z.refine((d) => periodContains(SMART_CIG_SERVICE, d), {
  error: `la data simulata deve essere tra il ${formatDateIt(SMART_CIG_SERVICE.from)} e il ${SMART_CIG_SERVICE.to === null ? 'oggi' : formatDateIt(SMART_CIG_SERVICE.to)}, gli anni in cui lo Smart CIG era in servizio`,
}));

export const CigDataSchema = z.object({
  /** Id of the fattispecie (see rules/smartcig.ts). */
  fattispecieContrattuale: z.string(),
  /** Plain amount, net of VAT ("1500", "39999.99"). */
  importo: z.string().check(z.regex(/^\d{1,15}(\.\d{1,2})?$/)),
  oggetto: z.string().check(z.maxLength(1000)),
  proceduraSceltaContraente: z.string(),
  oggettoPrincipale: z.enum(['LAVORI', 'SERVIZI', 'FORNITURE']),
  cigAccordoQuadro: opt(z.string()),
  cup: opt(z.string()),
  // issue 12 (simform): the fields of the later form (ids of rules/smartcig.ts LATER_FIELD_OPTIONS)
  centralizzazione: opt(z.string()),
  motivoRichiesta: opt(z.string()),
});

export const CarnetCigSchema = z.object({
  code,
  status: z.enum(['NON_RENDICONTATO', 'COMUNICATO', 'ANNULLATO']),
  data: opt(CigDataSchema),
  communicated: opt(date),
  modified: opt(date),
  cancelled: opt(date),
});

export const CarnetSchema = z.object({
  number: z.string().check(z.regex(/^CARNET\/\d{7}$/)),
  created: date,
  expires: date,
  dataDeadline: date,
  size: z.int().check(z.minimum(1), z.maximum(50)),
  /** The simulated PEC address the notice was "sent" to, if given. */
  pec: opt(z.string().check(z.maxLength(320))),
  cigs: z.array(CarnetCigSchema),
});

export const SmartCigSchema = z.object({
  code,
  status: z.enum(['COMUNICATO', 'ANNULLATO']),
  requested: date,
  data: CigDataSchema,
  modified: opt(date),
  cancelled: opt(date),
});

export const SimStateSchema = z.object({
  /** The simulated date: the last action's date or where the clock was moved. null before anything happens. */
  today: z.nullable(serviceDate),
  /** Next carnet number (CARNET/0000001 first). */
  nextCarnet: z.int().check(z.minimum(1)),
  /** Next Smart CIG counter: a state keeps its own, so codes never repeat within it. */
  nextCounter: z.int().check(z.minimum(1)),
  prefix: z.enum(['X', 'Y', 'Z']),
  carnets: z.array(CarnetSchema),
  smartCigs: z.array(SmartCigSchema),
});

/** A message of the simulated PEC inbox. */
export const InboxMessageSchema = z.object({
  date, to: z.string(), subject: z.string(), carnet: z.string(),
  /** simclass (issue 12): the carnet as it was when the message was sent, so its PDF shows that day's statuses. Older documents lack it (see session.ts, withSnapshots). */
  snapshot: opt(CarnetSchema),
});

// --- simclass (issue 12): the activity log -------------------------------------------------------

/** The kinds of action the activity log and the undo history name (their words are in src/copy). */
export const LOG_ACTIONS = [
  'requestSmartCig', 'requestCarnet', 'communicate', 'modify', 'cancel', 'bulkCancel',
  'clock', 'load', 'import', 'reset', 'undo', 'profile',
] as const;

export const LogEntrySchema = z.object({
  date,
  action: z.enum(LOG_ACTIONS),
  ok: z.boolean(),
  /** The code, carnet or scenario the action was about. */
  target: opt(z.string().check(z.maxLength(200))),
  /** A refusal's code (its words are in src/copy) and the service's explanation. */
  code: opt(z.string().check(z.maxLength(40))),
  detail: opt(z.string().check(z.maxLength(2000))),
  /** For an undo: the kind of action it took back. */
  undone: opt(z.enum(LOG_ACTIONS)),
});

// ---- issue 12 (simform): the simulated user's profile (the carnet goes by PEC to its address)

export const ProfileSchema = z.object({
  name: z.string().check(z.refine((t) => profileNameProblem(t) === null, { error: (iss) => profileNameProblem(String(iss.input)) ?? '' })),
  pec: z.string().check(z.refine((t) => profilePecProblem(t) === null, { error: (iss) => profilePecProblem(String(iss.input)) ?? '' })),
});
