/**
 * Issue 13: words made from the engine's answers, loaded on demand with the engine: the story of a
 * generated exercise, the right answer, why (the engine's reasons worded by explain.ts, the module of
 * the outcome page, with their sources).
 */
import type { ExpectedAnswer } from '../domain/exercises/answers.ts';
import type { TemplateId } from '../domain/exercises/generator.ts';
import type { Scenario } from '../domain/scenario.ts';
import { formatAmountIt } from '../domain/amount-text.ts';
import { cite } from '../domain/rules/sources.ts';
import { explain } from './explain.ts';
import { ESERCIZI } from './esercizi.ts';

const amountText = (a: string) => `${formatAmountIt(a)} euro`;
const OBJECT_WORDS = { works: 'lavori', services: 'un servizio', supplies: 'una fornitura' } as const;

/** The story of a generated exercise, in plain Italian, from its scenario. */
export function storyOf(s: Scenario, template: TemplateId): string {
  const when = `Il ${s.date?.split('-').reverse().join('/') ?? ''}`;
  const what = OBJECT_WORDS[s.object];
  switch (s.case) {
    case 'new': {
      if (s.lots) return `${when} un ente avvia una gara per ${what} divisa in ${s.lots.length} lotti: ${s.lots.map((l) => `${l.label ?? CORREZIONE.lotWord} ${amountText(l.base)}`).join(', ')}.`;
      const parts = [`${when} un ente deve affidare ${what} con una parte certa di ${amountText(s.base ?? '0')}, IVA esclusa.`];
      if (s.renewals?.length) parts.push(`I documenti prevedono ${s.renewals.length === 1 ? 'un rinnovo' : `${s.renewals.length} rinnovi`} da ${amountText(s.renewals[0] ?? '0')}.`);
      if (s.prorogaOptions?.length) parts.push(`È prevista un'opzione di proroga da ${amountText(s.prorogaOptions[0] ?? '0')}.`);
      if (s.technicalExtension) parts.push(`La proroga tecnica è stimata in ${amountText(s.technicalExtension)} e il RUP ${s.countTechnicalExtension ? 'sceglie di conteggiarla' : 'non la conteggia'}.`);
      if (s.procedure) parts.push(`Procedura scelta: ${PROCEDURE_WORDS[s.procedure]}.`);
      else if (template === 'newContract') parts.push('La procedura non è ancora stata scelta.');
      return parts.join(' ');
    }
    case 'renewal':
      return `${when} un ente esercita il rinnovo, previsto nei documenti, di un contratto per ${what} (CIG ${s.originalCig}${s.originalCard ? `, aggiudicato con la scheda ${s.originalCard}` : ''}): il rinnovo vale ${amountText(s.amount)}.`;
    case 'variant':
      return `${when}, durante l'esecuzione di un contratto per ${what} di ${amountText(s.contractAmount)}, serve una modifica di ${amountText(s.amount)}.`;
    case 'technicalExtension':
      return `${when} la gara per il nuovo contratto non è conclusa e l'ente usa la proroga tecnica del contratto per ${what} di ${amountText(s.contractAmount)}: la proroga vale ${amountText(s.amount)}.`;
    case 'frameworkCall':
      return `${when} un ente affida ${what} da ${amountText(s.amount)} in base a un accordo quadro (CIG ${s.parentCig}), ${s.withCompetition ? 'dopo un nuovo confronto tra gli operatori' : 'senza un nuovo confronto'}.`;
  }
}

const PROCEDURE_WORDS = {
  direct: 'affidamento diretto', negotiated: 'procedura negoziata senza bando', open: 'procedura aperta', restricted: 'procedura ristretta',
  other: 'altra procedura', inHouse: 'affidamento in house', frameworkAgreement: 'accordo quadro',
} as const;

/** The right answer in words. */
export function answerText(a: Pick<ExpectedAnswer, 'type' | 'value'>): string {
  if (a.type === 'amount') return `€ ${formatAmountIt(a.value.includes('.') ? a.value : `${a.value}.00`)}`;
  return choiceText(a.value);
}

export function choiceText(value: string): string {
  return ESERCIZI.choice[value] ?? value;
}

/** Why the answer is right: the engine's reasons in the words of the outcome, each with its source. */
export function whyOf(a: Pick<ExpectedAnswer, 'why' | 'sources'>): { text: string; source: string }[] {
  const rows = a.why.map((r) => ({ text: explain(r), source: cite(...r.sources) }));
  if (a.sources.length > 0) rows.push({ text: CORREZIONE.valueSource, source: cite(...a.sources) });
  return rows;
}

const CORREZIONE = {
  valueSource: 'Il valore viene dalla tabella in vigore alla data.',
  lotWord: 'lotto',
} as const;
