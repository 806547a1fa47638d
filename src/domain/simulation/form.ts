/**
 * The data of a Smart CIG (single request, or a carnet CIG being communicated), validated as the
 * simulated form does: fattispecie in force on the date, amount within its limit, CUP of 15
 * characters, CIG accordo quadro checked with the official algorithm. String-only (no decimal.js),
 * so the browser can use it.
 */
import { comparePlain, parsePlainAmount, parseUserAmount, isZeroAmount, formatAmountIt } from '../amount-text.ts';
import { checkCig } from '../cig.ts';
import { PEC_MAX_LENGTH, bidiProblem } from '../text.ts'; // issue 14, text
import { formatDateIt, type IsoDate } from '../dates.ts';
import {
  FORM_LIMITS, OGGETTI_PRINCIPALI, defaultFattispecie, fattispecieAllows, fattispecieInForce, findFattispecie, findProcedure,
  laterFieldOptions, laterFieldsInForce, proceduresInForce, type Fattispecie, type LaterField,
} from '../rules/smartcig.ts';
import type * as z from 'zod/mini';
import type { CigDataSchema, ProfileSchema } from './schema.ts';
import { PEC_PATTERN, profileNameProblem, profilePecProblem } from './pec.ts';

export type CigData = z.infer<typeof CigDataSchema>;

type CigField = keyof CigData;

export const CIG_FIELDS: readonly CigField[] = [
  'fattispecieContrattuale', 'importo', 'oggetto', 'proceduraSceltaContraente', 'oggettoPrincipale', 'cigAccordoQuadro', 'cup',
  // issue 12 (simform): the fields of the later form
  'centralizzazione', 'motivoRichiesta',
];

/** What a form or a script gives: every value as text, possibly missing. */
export type RawCigData = Partial<Record<CigField, unknown>>;

interface FieldError {
  field: CigField;
  message: string;
}

type CigDataParse = { ok: true; data: CigData } | { ok: false, errors: FieldError[] };

interface ParseOptions {
  /** The simulated date: it decides which fattispecie and limits apply. */
  date: IsoDate;
  /** 'user': Italian or plain amounts as typed in the page; 'plain': the script's "39999.99" form. */
  amountForm: 'user' | 'plain';
  /** A carnet CIG may be communicated without choosing a fattispecie: the amount one for its object is used. */
  fattispecieOptional?: boolean;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

export function describeLimit(f: Fattispecie): string {
  if (f.limit === null) return 'qualunque importo';
  const a = formatAmountIt(f.limit.amount);
  return f.limit.kind === 'below' ? `importo inferiore a ${a} euro` : `importo fino a ${a} euro`;
}

/** Checks an amount against a fattispecie: null when it fits, else the message. */
function amountLimitError(amount: string, f: Fattispecie): string | null {
  if (f.limit === null) return null;
  const c = comparePlain(amount, f.limit.amount);
  const a = formatAmountIt(f.limit.amount);
  if (f.limit.kind === 'below' && c >= 0) {
    return `Per questa fattispecie l'importo deve essere inferiore a ${a} euro: per importi pari o superiori serve il CIG ordinario (SIMOG)`;
  }
  if (f.limit.kind === 'atMost' && c > 0) {
    return `Per questa fattispecie l'importo può arrivare al massimo a ${a} euro`;
  }
  return null;
}

export function parseCigData(raw: RawCigData, opts: ParseOptions): CigDataParse {
  const errors: FieldError[] = [];
  const push = (field: CigField, message: string) => errors.push({ field, message });

  // oggetto principale
  const objRaw = str(raw.oggettoPrincipale).trim().toUpperCase();
  const object = OGGETTI_PRINCIPALI.find((o) => o === objRaw);
  if (!object) push('oggettoPrincipale', 'Scegli l\'oggetto principale del contratto: LAVORI, FORNITURE o SERVIZI');

  // fattispecie
  const fRaw = str(raw.fattispecieContrattuale).trim();
  let fatt: Fattispecie | undefined;
  if (fRaw === '') {
    if (opts.fattispecieOptional && object) {
      fatt = defaultFattispecie(object, opts.date);
      if (!fatt) push('fattispecieContrattuale', `Il ${formatDateIt(opts.date)} nessuna fattispecie dello Smart CIG copre questo contratto`);
    } else if (!opts.fattispecieOptional) {
      push('fattispecieContrattuale', 'Scegli la fattispecie contrattuale dall\'elenco');
    }
  } else {
    const found = findFattispecie(fRaw);
    const inForce = fattispecieInForce(opts.date);
    if (!found) {
      push('fattispecieContrattuale', `Fattispecie non riconosciuta: scegline una dell'elenco (${inForce.map((f) => f.id).join(', ') || 'nessuna in vigore'})`);
    } else if (!inForce.includes(found)) {
      push('fattispecieContrattuale', `La fattispecie scelta non è in vigore il ${formatDateIt(opts.date)}: scegline una dell'elenco in vigore in quella data`);
    } else if (object && found.objects !== null && !found.objects.includes(object)) {
      push('fattispecieContrattuale', `Questa fattispecie vale solo per ${found.objects.join(' e ').toLowerCase()}: scegli un'altra fattispecie o correggi l'oggetto principale`);
    } else {
      fatt = found;
    }
  }

  // importo
  const amtRaw = str(raw.importo);
  const parsed = opts.amountForm === 'user' ? parseUserAmount(amtRaw) : parsePlainAmount(amtRaw);
  let importo: string | undefined;
  if (!parsed.ok) push('importo', parsed.message);
  else if (isZeroAmount(parsed.value)) push('importo', "L'importo deve essere maggiore di zero");
  else {
    importo = parsed.value;
    if (fatt) {
      const e = amountLimitError(importo, fatt);
      if (e) push('importo', e);
    }
  }

  // oggetto
  const oggetto = str(raw.oggetto).trim();
  if (oggetto === '') push('oggetto', 'Descrivi l\'oggetto del contratto, ad esempio "stampe digitali"');
  else if (oggetto.length > FORM_LIMITS.oggettoMax) push('oggetto', `L'oggetto può avere al massimo ${FORM_LIMITS.oggettoMax} caratteri: ne ha ${oggetto.length}`);
  else if (bidiProblem(oggetto)) push('oggetto', `L'oggetto ${bidiProblem(oggetto)}`); // issue 14: no bidi controls (text.ts)

  // procedura: an entry of the list in force on the date, allowed by the fattispecie
  const procRaw = str(raw.proceduraSceltaContraente);
  const proc = findProcedure(procRaw);
  let procedura: string | undefined;
  if (!proc) {
    push('proceduraSceltaContraente', procRaw.trim() === ''
      ? 'Scegli la procedura di scelta del contraente dall\'elenco, ad esempio AFFIDAMENTO DIRETTO'
      : 'Procedura non riconosciuta: scegli una voce dell\'elenco, ad esempio AFFIDAMENTO DIRETTO');
  } else if (!proceduresInForce(opts.date).includes(proc)) {
    const when = proc.to !== null && proc.to < opts.date ? `c'era fino al ${formatDateIt(proc.to)}` : `c'è dal ${formatDateIt(proc.from)}`;
    push('proceduraSceltaContraente', `La procedura «${proc.label}» non è nell'elenco del modulo il ${formatDateIt(opts.date)} (${when}): scegli una voce dell'elenco in vigore in quella data`);
  } else if (fatt && !fattispecieAllows(fatt, proc)) {
    const allowed = proceduresInForce(opts.date).filter((p) => fattispecieAllows(fatt, p)).map((p) => p.label).join(', ');
    push('proceduraSceltaContraente', `La procedura «${proc.label}» non è ammessa per la fattispecie «${fatt.label}»: scegli una di queste procedure (${allowed}) oppure un'altra fattispecie`);
  } else {
    procedura = proc.label;
  }

  // CIG accordo quadro (optional)
  const aqRaw = str(raw.cigAccordoQuadro).trim();
  let cigAccordoQuadro: string | undefined;
  if (aqRaw !== '') {
    const r = checkCig(aqRaw);
    if (!r.valid) push('cigAccordoQuadro', `CIG accordo quadro non valido: ${r.reason}`);
    else cigAccordoQuadro = r.code;
  }

  // CUP (optional)
  const cupRaw = str(raw.cup).trim().toUpperCase();
  let cup: string | undefined;
  if (cupRaw !== '') {
    if (!/^[A-Z0-9]+$/.test(cupRaw)) push('cup', 'Il CUP contiene solo lettere e cifre, senza spazi né simboli');
    else if (cupRaw.length !== FORM_LIMITS.cupLength) push('cup', `Il CUP ha 15 caratteri: questo ne ha ${cupRaw.length}`);
    else cup = cupRaw;
  }

  // The fields of the later form (optional: whether they were mandatory is not documented).
  const later: Partial<Record<LaterField, string>> = {};
  const inForceFields = laterFieldsInForce(opts.date);
  for (const field of ['centralizzazione', 'motivoRichiesta'] as const) {
    const v = str(raw[field]).trim();
    if (v === '') continue;
    const row = inForceFields.find((r) => r.field === field);
    const option = laterFieldOptions(field, opts.date).find((o) => o.id === v || o.label.toUpperCase() === v.toUpperCase());
    if (!row) push(field, `Il ${formatDateIt(opts.date)} il modulo non aveva questo campo: lascialo vuoto`);
    else if (!option) push(field, `Valore non riconosciuto per «${row.label}»: scegli una voce dell'elenco`);
    else later[field] = option.id;
  }

  // In the order of the form, so the error summary reads top to bottom.
  errors.sort((a, b) => CIG_FIELDS.indexOf(a.field) - CIG_FIELDS.indexOf(b.field));
  if (errors.length > 0 || !object || !fatt || !importo || !procedura) {
    return { ok: false, errors: errors.length ? errors : [{ field: 'fattispecieContrattuale', message: 'Dati incompleti' }] };
  }
  const data: CigData = {
    fattispecieContrattuale: fatt.id, importo, oggetto, proceduraSceltaContraente: procedura, oggettoPrincipale: object,
  };
  if (cigAccordoQuadro) data.cigAccordoQuadro = cigAccordoQuadro;
  if (cup) data.cup = cup;
  if (later.centralizzazione) data.centralizzazione = later.centralizzazione;
  if (later.motivoRichiesta) data.motivoRichiesta = later.motivoRichiesta;
  return { ok: true, data };
}

interface CarnetRequestError { field: 'size' | 'pec'; message: string }
// issue 12 (simform): the profile form
interface ProfileError { field: 'profileName' | 'profilePec'; message: string }
/** A field of a simulated form and what is wrong with it. */
export type FormError = FieldError | CarnetRequestError | ProfileError;
export type FormField = FormError['field'];
type CarnetRequestParse = { ok: true; size: number; pec: string } | { ok: false; errors: CarnetRequestError[] };

/** The "Richiedi carnet" form: how many codes (1 to 50) and the PEC address the notice goes to. */
export function parseCarnetRequest(raw: { size?: unknown; pec?: unknown }, limits: { min: number; max: number }): CarnetRequestParse {
  const errors: CarnetRequestError[] = [];
  const sizeText = str(raw.size).trim();
  let size = limits.max;
  if (sizeText !== '') {
    if (!/^\d{1,3}$/.test(sizeText) || +sizeText < limits.min || +sizeText > limits.max) {
      errors.push({ field: 'size', message: `Indica quanti CIG vuoi nel carnet, un numero da ${limits.min} a ${limits.max}` });
    } else size = +sizeText;
  }
  const pec = str(raw.pec).trim();
  if (pec === '') errors.push({ field: 'pec', message: "Inserisci l'indirizzo PEC a cui inviare il carnet, ad esempio protocollo@pec.comune.example" });
  else if (bidiProblem(pec)) errors.push({ field: 'pec', message: `L'indirizzo PEC ${bidiProblem(pec)}` }); // issue 14 (text.ts)
  else if (pec.length > PEC_MAX_LENGTH) errors.push({ field: 'pec', message: `L'indirizzo PEC può avere al massimo ${PEC_MAX_LENGTH} caratteri: ne ha ${pec.length}` }); // issue 14
  else if (!PEC_PATTERN.test(pec)) {
    errors.push({ field: 'pec', message: "Inserisci l'indirizzo PEC nella forma nome@dominio.it, ad esempio protocollo@pec.comune.example" });
  }
  return errors.length ? { ok: false, errors } : { ok: true, size, pec };
}

// ---- issue 12 (simform): the simulated user's profile
export type Profile = z.infer<typeof ProfileSchema>;
type ProfileParse = { ok: true; profile: Profile } | { ok: false; errors: ProfileError[] };

/**
 * The "Profilo" form: the user's name and the PEC address registered for the carnet notices. Checked
 * with the checks ProfileSchema uses too (pec.ts), without zod: zod stays out of the simulator's
 * first view (issue 12 budget).
 */
export function parseProfile(raw: { profileName?: unknown; profilePec?: unknown }): ProfileParse {
  const name = str(raw.profileName).trim();
  const pec = str(raw.profilePec).trim();
  const errors: ProfileError[] = [];
  const nameProblem = profileNameProblem(name);
  if (nameProblem) errors.push({ field: 'profileName', message: nameProblem });
  const pecProblem = profilePecProblem(pec);
  if (pecProblem) errors.push({ field: 'profilePec', message: pecProblem });
  return errors.length ? { ok: false, errors } : { ok: true, profile: { name, pec } };
}
