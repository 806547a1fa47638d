/**
 * The scenario: what the command line, shareable links and the questionnaire all feed to the
 * engine. One zod schema (zod/mini, light enough for the browser) with Italian messages that say
 * how to fix the input. Amounts are canonical plain strings ("30000", "39999.99").
 */
import * as z from 'zod/mini';
import { comparePlain, isZeroAmount, AMOUNT_EXAMPLE_PLAIN } from './amount-text.ts';
import { parseAmount as parseAmountOnce, parseCigCode as parseCigCodeOnce, parseDate as parseDateOnce, parseText, type Parsed } from './parse.ts';
import { normaliseText } from './normalise.ts';
import { FIRST_SUPPORTED_DATE } from './rules/supported.ts';
import type { ObjectKind, Procedure } from './rules/data.ts';
import type { OriginalCard } from './rules/events.ts';
import type { Authority, Sector } from './rules/eu-thresholds.ts';

export type { CaseId } from './cases.ts';
import { isCaseId } from './cases.ts';
import { CASE_KEYS, QUESTIONS } from './question-table.ts';
/** The choices of the questions' table, checked against the rules' own names. */
const OBJECTS = QUESTIONS.object.options satisfies readonly ObjectKind[];
const PROCEDURES = QUESTIONS.procedure.options satisfies readonly Procedure[];
const ORIGINAL_CARDS = QUESTIONS.originalCard.options satisfies readonly OriginalCard[];
// ---- issue 9, procedures: who awards and in which sector (they select the EU threshold)
const AUTHORITIES = QUESTIONS.authority.options satisfies readonly Authority[];
const SECTORS = QUESTIONS.sector.options satisfies readonly Sector[];
/** Issue 11: the awards the engine answers apart from the procedures' table. */
const SPECIAL_PROCEDURES = ['inHouse', 'frameworkAgreement'] as const;

// ---- issue 14, cli: normalised() parses each value and the schema's check parses the normalised value again;
// the results of the last texts are kept (the parses are pure), at most MEMO_SIZE of them.
const MEMO_SIZE = 256;
const remembered = <T>(parse: (input: unknown) => Parsed<T>) => {
  const memo = new Map<string, Parsed<T>>();
  return (input: unknown): Parsed<T> => {
    if (typeof input !== 'string') return parse(input);
    let r = memo.get(input);
    if (r === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      r = parse(input);
      memo.set(input, r);
    }
    return r;
  };
};
const parseAmount = remembered(parseAmountOnce);
const parseDate = remembered(parseDateOnce);
const parseCigCode = remembered(parseCigCodeOnce);

const amountMessage = (what: string) => `Inserisci ${what} in euro come testo tra virgolette, ad esempio "${AMOUNT_EXAMPLE_PLAIN}"`;

/**
 * Issue 14: a value the one parse of its kind (src/domain/parse.ts) accepts, refused with that parse's words
 * (or `message`, where the schema says more: which amount). parseScenario has already put every value the
 * parse accepts in its normalised form (normalised() below), so the schema's output is normalised. A check,
 * not a transform: zod/mini's pipes and transforms would weigh on every page that loads the schemas.
 */
const parsed = (parse: (input: unknown) => Parsed<string>, message?: (input: unknown) => string | undefined) => {
  const words = (input: unknown) => { const r = parse(input); return message?.(input) ?? (r.ok ? 'Valore non valido: controlla questo campo' : r.message); };
  return z.string({ error: (issue) => words(issue.input) }).check(z.superRefine((s, ctx) => {
    if (!parse(s).ok) ctx.issues.push({ code: 'custom', input: s, message: words(s) });
  }));
};

/** A positive amount, in the plain or the Italian form (issue 14), given as text; gives the plain form. */
const amount = (what: string, allowZero = false) =>
  parsed(
    (input) => {
      const r = parseAmount(input);
      return r.ok && !allowZero && isZeroAmount(r.value) ? { ok: false, message: `${capitalise(what)} deve essere maggiore di zero` } : r;
    },
    (input) => (typeof input === 'string' ? undefined : amountMessage(what)),
  );

/** One of a fixed list (issue 14: trimmed by normalised(); zod's enum is a Set, so built-in names are refused). */
const choice = <const T extends string>(options: readonly T[], message: string) => z.enum(options, { error: () => message });

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const amounts = (what: string) => z.array(amount(what), { error: () => `Elenca gli importi tra parentesi quadre, ad esempio ["30000"]` });

const date = parsed(parseDate);

const object = choice(OBJECTS, 'Indica l\'oggetto principale: "works" (lavori), "services" (servizi) o "supplies" (forniture)');

const cig = parsed(parseCigCode);

const common = {
  date: z.optional(date),
  object,
};

/** The amounts of one contract, or of one lot (issue 11). */
const contractAmounts = {
  safetyCosts: z.optional(amount('gli oneri per la sicurezza', true)),
  renewals: z.optional(amounts("l'importo del rinnovo")),
  prorogaOptions: z.optional(amounts("l'importo dell'opzione di proroga")),
  otherOptions: z.optional(amounts("l'importo dell'opzione")),
  technicalExtension: z.optional(amount('la stima della proroga tecnica')),
};

const safetyNotAboveBase = z.superRefine((s: { base?: string | undefined; safetyCosts?: string | undefined }, ctx) => {
  if (s.safetyCosts !== undefined && s.base !== undefined && comparePlain(s.safetyCosts, s.base) > 0) {
    ctx.issues.push({ code: 'custom', input: s.safetyCosts, path: ['safetyCosts'], message: "Gli oneri per la sicurezza sono una parte dell'importo a base: non possono superarlo" });
  }
});

// ---- issue 11, lots (CONTRACT §7.1): each lot has its own amounts; with lots the top-level amounts are refused
const LotSchema = z.strictObject({
  label: z.optional(parsed((input) => parseText(input, 'Lotto 1'), () => 'Scrivi il nome del lotto come testo tra virgolette, ad esempio "Lotto 1"')),
  base: amount("l'importo a base del lotto"),
  ...contractAmounts,
  repetitions: z.optional(amounts("l'importo della ripetizione")),
}).check(safetyNotAboveBase);

export type Lot = z.infer<typeof LotSchema>;

/** The top-level keys that a scenario with lots gives lot by lot instead. */
const LOT_AMOUNT_KEYS = ['base', 'safetyCosts', 'renewals', 'prorogaOptions', 'otherOptions', 'repetitions', 'technicalExtension'] as const;

const NewSchema = z.strictObject({
  case: z.literal('new'),
  ...common,
  base: z.optional(amount("l'importo a base (la parte certa del contratto)")),
  ...contractAmounts,
  countTechnicalExtension: z.optional(z.boolean({ error: () => 'Scrivi true oppure false, senza virgolette' })),
  // issue 10: the documents foresee a proroga tecnica, without an estimate (shown, never counted)
  technicalExtensionForeseen: z.optional(z.boolean({ error: () => 'Scrivi true se i documenti di gara prevedono la proroga tecnica senza stimarla, altrimenti false, senza virgolette' })),
  // issue 11: also "inHouse" and "frameworkAgreement" (CONTRACT §7.1), which the questions' table does not offer yet
  procedure: z.optional(choice([...PROCEDURES, ...SPECIAL_PROCEDURES], 'Indica la procedura: "direct", "negotiated", "open", "restricted", "other", "inHouse" (in house) oppure "frameworkAgreement" (accordo quadro o convenzione)')),
  // ---- issue 9, procedures
  repetitions: z.optional(amounts("l'importo della ripetizione")),
  authority: z.optional(choice(AUTHORITIES, 'Indica la stazione appaltante: "subCentral" (comuni, regioni, ASL, scuole...) oppure "central" (ministeri e amministrazioni centrali)')),
  sector: z.optional(choice(SECTORS, 'Indica il settore: "ordinary" (settori ordinari) oppure "special" (settori speciali)')),
  // issue 9, cards helper: funded by PNRR/PNC (CONTRACT §7.1)
  pnrr: z.optional(z.boolean({ error: () => 'Scrivi true se il contratto è finanziato con fondi PNRR o PNC, altrimenti false, senza virgolette' })),
  // ---- issue 11: a contract outside the Code, subject only to tracciabilità (delibere 584-585/2023)
  excluded: z.optional(choice(['traceabilityOnly'], 'Indica "traceabilityOnly" per un contratto escluso dal Codice e soggetto alla sola tracciabilità')),
  // ---- issue 11, lots
  lots: z.optional(z.array(LotSchema, { error: () => 'Elenca i lotti tra parentesi quadre, ad esempio [{"base": "100000"}, {"base": "50000"}]' })
    .check(z.minLength(1, { error: 'Indica almeno un lotto, oppure togli la chiave lots' }))),
}).check(
  safetyNotAboveBase,
  z.superRefine((s, ctx) => {
    if (s.lots === undefined && s.base === undefined) {
      ctx.issues.push({ code: 'custom', input: s, path: ['base'], message: "Inserisci l'importo a base (la parte certa del contratto), oppure i lotti con la chiave lots" });
    }
    // issue 11: lots with an in-house award or a contract subject only to tracciabilità are refused: the sources do not
    // say how such an award divided into lots gets its CIGs (docs/decisions.md, item 16)
    const special = s.excluded !== undefined ? `"excluded": "${s.excluded}"` : s.procedure === 'inHouse' ? `"procedure": "${s.procedure}"` : undefined;
    if (s.lots !== undefined && special !== undefined) {
      ctx.issues.push({ code: 'custom', input: s.lots, path: ['lots'], message: `Con ${special} i lotti non sono gestiti: le fonti non dicono come si acquisiscono i CIG di un affidamento in house o di un contratto a sola tracciabilità diviso in lotti. Togli la chiave lots e indica con base l'importo complessivo, oppure togli ${special}` });
    }
    if (s.lots !== undefined) {
      for (const key of LOT_AMOUNT_KEYS) {
        if (s[key] !== undefined) ctx.issues.push({ code: 'custom', input: s[key], path: [key], message: `Con i lotti gli importi si indicano lotto per lotto: sposta ${key} dentro ciascun lotto di lots` });
      }
    }
  }),
);

// ---- issue 9, events: the original contract's start date and award card (CONTRACT §7.1)
const original = {
  originalDate: z.optional(date),
  originalCard: z.optional(choice(ORIGINAL_CARDS, `Indica la scheda PCP che ha aggiudicato il contratto: ${ORIGINAL_CARDS.map((c) => `"${c}"`).join(', ')}`)),
};

/** The original contract starts before the event: refused the other way round, when both dates are given. */
const originalBeforeEvent = z.superRefine((s: { date?: string | undefined; originalDate?: string | undefined }, ctx) => {
  if (s.date !== undefined && s.originalDate !== undefined && s.originalDate > s.date) {
    ctx.issues.push({ code: 'custom', input: s.originalDate, path: ['originalDate'], message: "La data del contratto originario non può essere successiva a quella dell'evento" });
  }
});

const RenewalSchema = z.strictObject({
  case: z.literal('renewal'),
  ...common,
  amount: amount("l'importo del rinnovo"),
  originalCig: cig,
  ...original,
}).check(originalBeforeEvent);

const modification = <C extends 'variant' | 'technicalExtension'>(c: C, what: string) =>
  z.strictObject({
    case: z.literal(c),
    ...common,
    amount: amount(what),
    contractAmount: amount("l'importo del contratto aggiudicato"),
    originalCig: z.optional(cig),
    ...original,
  }).check(originalBeforeEvent);

const VariantSchema = modification('variant', "l'importo della modifica");
const TechnicalExtensionSchema = modification('technicalExtension', "l'importo della proroga tecnica");

// ---- issue 11: a contract under a framework agreement or convention: its CIG derivato (CONTRACT §7.1)
const FrameworkCallSchema = z.strictObject({
  case: z.literal('frameworkCall'),
  ...common,
  parentCig: cig,
  amount: amount("l'importo del contratto derivato"),
  withCompetition: z.optional(z.boolean({ error: () => 'Scrivi true se il contratto segue un nuovo confronto competitivo tra gli operatori, altrimenti false, senza virgolette' })),
  pnrr: z.optional(z.boolean({ error: () => 'Scrivi true se il contratto è finanziato con fondi PNRR o PNC, altrimenti false, senza virgolette' })),
});
export type FrameworkCallScenario = z.infer<typeof FrameworkCallSchema>;

const ScenarioSchema = z.discriminatedUnion('case', [NewSchema, RenewalSchema, VariantSchema, TechnicalExtensionSchema, FrameworkCallSchema]);

export type Scenario = z.infer<typeof ScenarioSchema>;
/** A new contract as the schema accepts it: one contract (with `base`) or lots (issue 11). */
export type NewInput = z.infer<typeof NewSchema>;
/** One contract: the engine computes its value from `base` and the options. */
export type NewScenario = Omit<NewInput, 'base' | 'lots' | 'procedure'> & { base: string; procedure?: Procedure };
/** A contract in lots (issue 11, CONTRACT §7.1). */
export type LotsScenario = Omit<NewInput, 'lots'> & { lots: Lot[] };
export type RenewalScenario = z.infer<typeof RenewalSchema>;
export type ModificationScenario = z.infer<typeof VariantSchema> | z.infer<typeof TechnicalExtensionSchema>;


interface InputIssue {
  path: string;
  message: string;
}

export interface InputError {
  code: 'INVALID_INPUT' | 'DATE_OUT_OF_RANGE';
  message: string;
  issues: InputIssue[];
}

export type ScenarioParse = { ok: true; scenario: Scenario } | { ok: false; error: InputError };

function issueMessage(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    const c = raw && typeof raw === 'object' && 'case' in raw ? String(raw.case) : '';
    const allowed = isCaseId(c) ? CASE_KEYS[c] : undefined;
    return `Chiave non prevista: ${issue.keys.join(', ')}. ${allowed ? `Per "${c}" sono ammesse: ${allowed.join(', ')}` : 'Controlla di averla scritta bene'}`;
  }
  if (issue.code === 'invalid_union' && issue.path.join('.') === 'case') {
    return 'Indica il caso: "new" (nuovo affidamento), "renewal" (rinnovo), "variant" (modifica), "technicalExtension" (proroga tecnica) oppure "frameworkCall" (contratto in base a un accordo quadro o a una convenzione)';
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object' && issue.path.length === 0) {
    return 'Lo scenario deve essere un oggetto JSON, ad esempio {"case": "new", "object": "services", "base": "30000"}';
  }
  return issue.message && issue.message !== 'Invalid input' ? issue.message : 'Valore non valido: controlla questo campo';
}

/** Validates raw input (parsed JSON, or an object built from a link) into a scenario. */
export function parseScenario(raw: unknown): ScenarioParse {
  const r = ScenarioSchema.safeParse(normalised(raw, SCENARIO_KEYS));
  if (!r.success) {
    const issues = r.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(',') : ''),
      message: issueMessage(i, raw),
    }));
    return { ok: false, error: { code: 'INVALID_INPUT', message: summarise(issues), issues } };
  }
  const s = r.data;
  if (s.date !== undefined && s.date < FIRST_SUPPORTED_DATE) {
    const message = `La data deve essere dal 2 maggio 2011 (avvio dello Smart CIG) in poi: ${s.date} è precedente`;
    return { ok: false, error: { code: 'DATE_OUT_OF_RANGE', message, issues: [{ path: 'date', message }] } };
  }
  return { ok: true, scenario: s };
}

// ---- issue 14: every value read by the one parse of its kind before the schema checks it
type Normalise = (value: unknown) => unknown;
/** The parse's value when it accepts the input, else the input as it is (the schema refuses it, with the parse's words). */
const by = (parse: (input: unknown) => Parsed<string>): Normalise => (value) => { const r = parse(value); return r.ok ? r.value : value; };
const text: Normalise = (value) => (typeof value === 'string' ? normaliseText(value) : value);
const each = (one: Normalise): Normalise => (value) => (Array.isArray(value) ? value.map(one) : value);
const AMOUNT = by(parseAmount);
const AMOUNTS = each(AMOUNT);
/** A lot's keys (LotSchema). */
const LOT_KEYS = new Map<string, Normalise>([
  ['label', text], ['base', AMOUNT], ['safetyCosts', AMOUNT], ['technicalExtension', AMOUNT],
  ['renewals', AMOUNTS], ['prorogaOptions', AMOUNTS], ['otherOptions', AMOUNTS], ['repetitions', AMOUNTS],
]);
/** A scenario's keys, by the kind of their value (a Map: a key like "constructor" has no entry). */
const SCENARIO_KEYS = new Map<string, Normalise>([
  ...LOT_KEYS, ['amount', AMOUNT], ['contractAmount', AMOUNT],
  ['date', by(parseDate)], ['originalDate', by(parseDate)], ['originalCig', by(parseCigCode)], ['parentCig', by(parseCigCode)],
  ['case', text], ['object', text], ['procedure', text], ['authority', text], ['sector', text], ['excluded', text], ['originalCard', text],
  ['lots', each((lot) => normalised(lot, LOT_KEYS))],
]);

/** A copy of an object with each known key's value normalised; anything else is returned as it is. */
function normalised(raw: unknown, keys: ReadonlyMap<string, Normalise>): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  // issue 14, cli: one loop instead of entries and fromEntries; a key "__proto__" stays an own key, as fromEntries made it
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const value = keys.get(k)?.(v) ?? v;
    if (k === '__proto__') Object.defineProperty(copy, k, { value, enumerable: true, writable: true, configurable: true });
    else copy[k] = value;
  }
  return copy;
}

function summarise(issues: InputIssue[]): string {
  const [first] = issues;
  if (issues.length === 1 && first) return first.message;
  return `Ci sono ${issues.length} problemi: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`;
}
