/**
 * Issue 13, exercises: the small vocabularies (levels, topics, question kinds) and the zod/mini
 * schemas of an exercise as content (content/esercizi/*.mdx) and of a generated set's link. Light
 * (no engine, no decimal.js), so the page's first view can read links and stored progress with it.
 */
import * as z from 'zod/mini';

export const LEVELS = ['base', 'intermedio', 'avanzato'] as const;
export type Level = (typeof LEVELS)[number];

/** What an exercise is about; also how FAQ pages find the exercises on their topic. */
export const TOPICS = ['valore-stimato', 'rinnovi-proroghe', 'modifiche', 'sistemi', 'pcp', 'contributo', 'procedure', 'lotti', 'accordi-quadro'] as const;
export type Topic = (typeof TOPICS)[number];

/** Form fields an exercise may ask about: amounts typed, or one value among a few. */
export const AMOUNT_FIELDS = ['importo', 'importoBaseAsta', 'diCuiSicurezza'] as const;
export const CHOICE_FIELDS = {
  prevedeRipetizioni: ['SI', 'NO'],
  ripetizionePrecedenteContratto: ['SI', 'NO'],
  oggettoPrincipale: ['LAVORI', 'SERVIZI', 'FORNITURE'],
  canale: ['PAD', 'PAD_O_INTERFACCIA_WEB'],
} as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];
export type ChoiceField = keyof typeof CHOICE_FIELDS;

export const QUESTION_IDS = [
  'estimatedValue', 'system', 'newCig', 'contribution', 'card', 'procedureAllowed', 'euThresholdReached',
  'field:importo', 'field:importoBaseAsta', 'field:diCuiSicurezza',
  'field:prevedeRipetizioni', 'field:ripetizionePrecedenteContratto', 'field:oggettoPrincipale', 'field:canale',
] as const satisfies readonly (string | `field:${AmountField | ChoiceField}`)[];
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Years the generator draws dates from (the engine answers from 2 May 2011). */
export const YEAR_MIN = 2011;
export const YEAR_MAX = 2026;

/** The parameters of a generated set, as a link carries them (`?seed=&level=&topic=&from=&to=&count=`): strings in, numbers out. */
const digits = (max: number, message: string) => z.string({ error: () => message }).check(z.regex(new RegExp(`^\\d{1,${max}}$`), { error: message }));
const yearText = (what: string) => z.optional(digits(4, `${what} è un anno tra ${YEAR_MIN} e ${YEAR_MAX}, ad esempio 2019`));
const SEED_MESSAGE = 'Il seme è un numero intero tra 0 e 4294967295, ad esempio 12345';
const COUNT_MAX = 50;

const linkParams = z.strictObject({
  seed: digits(10, SEED_MESSAGE),
  level: z.enum(LEVELS, { error: () => 'Indica il livello: "base", "intermedio" oppure "avanzato"' }),
  topic: z.optional(z.enum(TOPICS, { error: () => `Indica un argomento tra: ${TOPICS.join(', ')}` })),
  from: yearText("L'anno iniziale"),
  to: yearText("L'anno finale"),
  count: z.optional(digits(2, `Il numero di esercizi va da 1 a ${COUNT_MAX}`)),
}).check(z.superRefine((p, ctx) => {
  const issue = (path: string, message: string) => ctx.issues.push({ code: 'custom', input: p, path: [path], message });
  if (/^\d{1,10}$/.test(p.seed) && Number(p.seed) > 0xffffffff) issue('seed', SEED_MESSAGE);
  for (const key of ['from', 'to'] as const) {
    const y = p[key];
    if (y !== undefined && (Number(y) < YEAR_MIN || Number(y) > YEAR_MAX)) issue(key, `Gli anni vanno dal ${YEAR_MIN} al ${YEAR_MAX}`);
  }
  if (p.from !== undefined && p.to !== undefined && Number(p.from) > Number(p.to)) issue('from', "L'anno iniziale non può venire dopo quello finale");
  if (p.count !== undefined && (Number(p.count) < 1 || Number(p.count) > COUNT_MAX)) issue('count', `Il numero di esercizi va da 1 a ${COUNT_MAX}`);
}));

export interface GeneratedSetParams {
  seed: number;
  level: Level;
  topic?: Topic | undefined;
  from?: number | undefined;
  to?: number | undefined;
  count?: number | undefined;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** Reads a generated set's link parameters (Italian messages that say how to fix them). */
export function parseSetParams(raw: Record<string, string>): { ok: true; params: GeneratedSetParams } | { ok: false; issues: { path: string; message: string }[] } {
  const r = linkParams.safeParse(raw);
  if (!r.success) {
    return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(',') : ''), message: i.code === 'unrecognized_keys' ? `Parametro non previsto: ${i.keys.join(', ')}. Usa seed, level, topic, from, to, count` : i.message })) };
  }
  const p = r.data;
  return { ok: true, params: { seed: Number(p.seed), level: p.level, topic: p.topic, from: num(p.from), to: num(p.to), count: num(p.count) } };
}
