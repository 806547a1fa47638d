/**
 * What rests on each source: the rows of the rule tables that cite it. Read by the public page
 * /fonti/ at build time and by the tests, which check that every id a rule cites is in the registry.
 *
 * A new rule table is registered with one line in `RULE_TABLES` (its key, its name, its rows): the
 * rows are searched for the properties that hold source ids (`source`, `sources`, `law` and any
 * property whose name ends in `Sources`, at any depth), so a table needs no code of its own. A table
 * keyed by name (`Record<key, row>`, or `Record<key, SourceId[]>` such as a `..._SOURCES` map) is
 * registered as it is: each entry is a row whose id is its key.
 */
import type { Period } from './periods.ts';
import { SOURCES, type SourceId } from './sources.ts';
import { CONTRIBUTION_TABLES, DIRECT_AWARD_LIMITS, PROCEDURE_LABELS, REGIMES, SMART_CIG_LIMITS } from './data.ts';
import { AD3_CEILING_CHECKS, CIG_TIMING_BY_PHASE, CIG_TIMING_BY_SYSTEM, PCP_CARDS, PCP_CHANNELS } from './pcp-cards.ts';
import { PNRR_ROWS } from './pnrr.ts';
import { CONDITION_SOURCES, PERIOD_NOTE_SOURCES, PERIOD_OPEN_POINT_SOURCES, PROCEDURE_PERIODS, QUALIFICATION_RULES } from './procedures.ts';
import { CIG_SERIES, CONTRACT_LAWS, EVENT_RULES } from './events.ts';
import { EU_THRESHOLDS } from './eu-thresholds.ts';
import {
  CARNET_RULES, FATTISPECIE, FORM_NOTES, LATER_FIELD_OPTIONS, LATER_FIELD_ROWS, SERVICE_OUTAGES, SMART_CIG_PROCEDURE_ROWS, SMART_CIG_SERVICE,
} from './smartcig.ts';
import { SIMULATED_SMART_CIG } from './simulated-cig.ts';
import { LOT_RULES } from './lots.ts';
import { IN_HOUSE_LABEL, SPECIAL_AWARD_RULES } from './special-awards.ts';
import { FRAMEWORK_CALL_ENTRIES, FRAMEWORK_CALL_RULES } from './frameworks.ts';

/** A table keyed by name: each entry a row, or the list of source ids of that key. */
type KeyedTable = Readonly<Record<string, object>>;

export interface RuleTable {
  /** Stable key: the name of the exported constant. */
  key: string;
  /** What the table decides, in the words of the public page. */
  name: string;
  rows: readonly object[] | KeyedTable;
  /**
   * How /fonti/ names a row: by its period (the default), by its key (`id`, or `card` for the PCP
   * cards), or not at all (the table's name only, for keys that are not words).
   */
  label?: 'period' | 'key' | 'none';
}

/** Every rule table the engine and the simulator read. Add new tables here. */
export const RULE_TABLES: readonly RuleTable[] = [
  { key: 'REGIMES', name: 'Regimi: codice in vigore e sistema per il CIG', rows: REGIMES },
  { key: 'SMART_CIG_LIMITS', name: 'Limiti di importo dello Smart CIG', rows: SMART_CIG_LIMITS },
  { key: 'PROCEDURE_LABELS', name: 'Voci della procedura di scelta del contraente in SIMOG e Smart CIG', rows: PROCEDURE_LABELS },
  { key: 'CONTRIBUTION_TABLES', name: 'Tabelle del contributo ANAC', rows: CONTRIBUTION_TABLES },
  { key: 'DIRECT_AWARD_LIMITS', name: 'Limiti dell\'affidamento diretto (art. 50 d.lgs. 36/2023)', rows: DIRECT_AWARD_LIMITS },
  { key: 'EU_THRESHOLDS', name: 'Soglie europee per biennio', rows: EU_THRESHOLDS },
  { key: 'PCP_CARDS', name: 'Schede PCP per un nuovo affidamento', rows: PCP_CARDS, label: 'key' },
  { key: 'PCP_CHANNELS', name: 'Canale della PCP per data: piattaforma certificata o interfaccia web', rows: PCP_CHANNELS },
  { key: 'AD3_CEILING_CHECKS', name: 'Controlli ANAC sul tetto della scheda AD3', rows: AD3_CEILING_CHECKS },
  { key: 'CIG_TIMING_BY_SYSTEM', name: 'Quando nasce il CIG con SIMOG e Smart CIG', rows: CIG_TIMING_BY_SYSTEM, label: 'key' },
  { key: 'CIG_TIMING_BY_PHASE', name: 'Quando nasce il CIG con la PCP, per fase della scheda', rows: CIG_TIMING_BY_PHASE, label: 'key' },
  { key: 'PNRR_ROWS', name: 'Affidamenti finanziati con PNRR e PNC', rows: PNRR_ROWS },
  { key: 'PROCEDURE_PERIODS', name: 'Procedure ammesse per valore, oggetto e data', rows: PROCEDURE_PERIODS },
  { key: 'PERIOD_NOTE_SOURCES', name: 'Note sulle procedure di un periodo (in economia, D.L. 76/2020, interesse transfrontaliero)', rows: PERIOD_NOTE_SOURCES, label: 'none' },
  { key: 'CONDITION_SOURCES', name: 'Procedure ammesse solo a condizioni che il questionario non può verificare', rows: CONDITION_SOURCES, label: 'none' },
  { key: 'PERIOD_OPEN_POINT_SOURCES', name: 'Punti da verificare dei periodi delle procedure', rows: PERIOD_OPEN_POINT_SOURCES, label: 'none' },
  { key: 'QUALIFICATION_RULES', name: 'Qualificazione della stazione appaltante (art. 62 d.lgs. 36/2023)', rows: QUALIFICATION_RULES },
  { key: 'CONTRACT_LAWS', name: 'Codice che regola un evento, secondo la data del contratto originario', rows: CONTRACT_LAWS },
  { key: 'CIG_SERIES', name: 'Serie dei CIG e sistema che li ha rilasciati', rows: CIG_SERIES },
  { key: 'EVENT_RULES', name: 'Rinnovi, modifiche e proroga tecnica, secondo la data dell\'evento', rows: EVENT_RULES },
  { key: 'FATTISPECIE', name: 'Fattispecie del modulo Smart CIG (simulatore)', rows: FATTISPECIE },
  { key: 'SMART_CIG_SERVICE', name: 'Periodo di servizio dello Smart CIG (simulatore)', rows: [SMART_CIG_SERVICE] },
  { key: 'CARNET_RULES', name: 'Regole del carnet di Smart CIG (simulatore)', rows: [CARNET_RULES] },
  // ---- issue 11, lots
  { key: 'LOT_RULES', name: 'Appalti in lotti: somma dei lotti, un CIG per lotto, lotti piccoli', rows: LOT_RULES },
  { key: 'FRAMEWORK_CALL_RULES', name: 'Contratti in base a un accordo quadro o a una convenzione: dove si acquisisce il CIG derivato', rows: FRAMEWORK_CALL_RULES },
  { key: 'FRAMEWORK_CALL_ENTRIES', name: 'Voci del SIMOG e dello Smart CIG per un contratto derivato da accordo quadro', rows: FRAMEWORK_CALL_ENTRIES, label: 'key' },
  { key: 'SPECIAL_AWARD_RULES', name: 'Affidamenti in house e contratti soggetti alla sola tracciabilità', rows: SPECIAL_AWARD_RULES },
  { key: 'IN_HOUSE_LABEL', name: 'Voce del SIMOG e dello Smart CIG per un affidamento in house', rows: [IN_HOUSE_LABEL], label: 'none' },
  // ---- issue 12 (simform): the Smart CIG form of each year and the May 2021 outage, in the simulator
  { key: 'SMART_CIG_PROCEDURE_ROWS', name: 'Voci della procedura di scelta del contraente nel modulo Smart CIG, per periodo (simulatore)', rows: SMART_CIG_PROCEDURE_ROWS },
  { key: 'LATER_FIELD_ROWS', name: 'Campi aggiunti al modulo Smart CIG: centralizzazione della spesa e motivo della richiesta (simulatore)', rows: LATER_FIELD_ROWS },
  { key: 'LATER_FIELD_OPTIONS', name: 'Valori dei campi aggiunti al modulo Smart CIG (simulatore)', rows: LATER_FIELD_OPTIONS },
  { key: 'FORM_NOTES', name: 'Note e punti da verificare del modulo Smart CIG per periodo (simulatore)', rows: FORM_NOTES, label: 'none' },
  { key: 'SERVICE_OUTAGES', name: 'Giorni di disservizio dello Smart CIG (simulatore)', rows: SERVICE_OUTAGES },
  { key: 'SIMULATED_SMART_CIG', name: 'Codici inventati dal simulatore (intervallo che nessun CIG reale ha raggiunto)', rows: [SIMULATED_SMART_CIG], label: 'none' },
];

/** One row of a table that cites a source. */
export interface RowCitation {
  table: string;
  /** Position of the row in its table, from 0. */
  row: number;
  /** The row's own id, when it has one (regimes, contribution tables, fattispecie; the card of a PCP card row; the key of a keyed table). */
  id: string | null;
  /** The row's period, when it has one. */
  period: Period | null;
}

const SOURCE_KEY = /^(?:source|sources|law)$|Sources$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The source ids a value cites, at any depth: every string held by a source property (so that a
 * mistyped id is found), and any other property's string that is an id of the registry (such as
 * `transition: 'dlgs36-art226'`), except a row's own `id`.
 */
export function citedIdsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(citedIdsOf);
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    if (SOURCE_KEY.test(k)) {
      if (typeof v === 'string') return [v];
      if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
    }
    if (typeof v === 'string') return k !== 'id' && Object.hasOwn(SOURCES, v) ? [v] : [];
    return citedIdsOf(v);
  });
}

const periodOf = (row: Record<string, unknown>): Period | null => {
  const { from, to } = row;
  return typeof from === 'string' && (typeof to === 'string' || to === null) ? { from, to } : null;
};

/**
 * For every id cited by a row, the rows citing it, in table order. Ids not in the registry are kept
 * (under their own string) so that a test can name them.
 */
/** The rows of a table; a keyed table's entries become rows with their key as id. */
function rowsOf(t: RuleTable): readonly object[] {
  if (Array.isArray(t.rows)) return t.rows;
  return Object.entries(t.rows).map(([id, v]) => (Array.isArray(v) ? { id, sources: v } : { id, ...v }));
}

export function rowsBySource(tables: readonly RuleTable[] = RULE_TABLES): Map<string, RowCitation[]> {
  const out = new Map<string, RowCitation[]>();
  for (const t of tables) {
    rowsOf(t).forEach((row, i) => {
      const r: Record<string, unknown> = { ...row };
      const id = typeof r.id === 'string' ? r.id : typeof r.card === 'string' ? r.card : null;
      const cite: RowCitation = { table: t.key, row: i, id, period: periodOf(r) };
      for (const id of new Set(citedIdsOf(row))) out.set(id, [...(out.get(id) ?? []), cite]);
    });
  }
  return out;
}

/** The ids that rule rows cite but the registry does not hold (empty when the data are sound). */
export function unknownCitedIds(tables: readonly RuleTable[] = RULE_TABLES): string[] {
  return [...rowsBySource(tables).keys()].filter((id) => !Object.hasOwn(SOURCES, id));
}

/** A FAQ page and the ids under `fonti:` in its frontmatter. */
export interface FaqCitations {
  slug: string;
  fonti: readonly string[];
}

/** One line of the public list of sources: the source and everything that rests on it. */
export interface SourceUse {
  id: SourceId;
  faq: string[];
  rows: RowCitation[];
  /** Cited by the engine's own notes and reasons (a quoted id in one of `engineTexts`). */
  engine: boolean;
}

/**
 * Every source of the registry, in registry order, with the FAQ pages, the rule rows and the engine
 * code that cite it. `engineTexts` are the sources of the engine's modules (the page reads them at
 * build time); an id counts when it appears there in quotes, as `reason(..., 'id')` writes it.
 */
export function whatRestsOn(faq: readonly FaqCitations[], engineTexts: readonly string[] = [], tables: readonly RuleTable[] = RULE_TABLES): SourceUse[] {
  const rows = rowsBySource(tables);
  return Object.keys(SOURCES).filter((id): id is SourceId => Object.hasOwn(SOURCES, id)).map((id) => ({
    id,
    faq: faq.filter((p) => p.fonti.includes(id)).map((p) => p.slug),
    rows: rows.get(id) ?? [],
    engine: engineTexts.some((t) => t.includes(`'${id}'`)),
  }));
}
