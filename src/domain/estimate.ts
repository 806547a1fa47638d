/**
 * The estimated value of a contract (valore stimato): the base, plus every renewal, proroga option
 * and other option stated in the tender documents; the proroga tecnica is shown but counted only
 * when the RUP chooses to count an estimate of it.
 */
import { euro, isAbove, sumAmounts, toFixed2 } from './money.ts';
import type { EstimateItem, ItemKind } from './advice.ts';
import type { NewScenario } from './scenario.ts';
import { QUINTO, type Regime } from './rules/data.ts';
import { cite, type SourceId } from './rules/sources.ts';

export interface Estimate {
  items: EstimateItem[];
  /** Sum of the counted items, two decimals. */
  total: string;
}

function technicalExtensionSources(regime: Regime): SourceId[] {
  return ['anac-faq-rinnovo', ...regime.modificationSources];
}

export function estimateValue(s: NewScenario, regime: Regime): Estimate {
  const law = regime.estimateSource;
  const items: EstimateItem[] = [];
  const add = (kind: ItemKind, amount: string, counted: boolean, why: string, sources: SourceId[]) =>
    items.push({ kind, amount: toFixed2(amount), counted, why, source: cite(...sources) });

  add('base', s.base, true,
    s.safetyCosts !== undefined
      ? `Parte certa del contratto, al netto dell'IVA, compresi gli oneri per la sicurezza (${toFixed2(s.safetyCosts)} €).`
      : "Parte certa del contratto, al netto dell'IVA, compresi gli oneri per la sicurezza.",
    [law]);
  for (const r of s.renewals ?? []) {
    add('renewal', r, true, 'Rinnovo previsto nei documenti di gara: il valore stimato comprende ogni rinnovo.', [law, 'anac-faq-rinnovo']);
  }
  for (const p of s.prorogaOptions ?? []) {
    add('prorogaOption', p, true,
      "Opzione di proroga prevista nei documenti ed esercitabile dalla sola stazione appaltante: è un'opzione e va compresa nel valore stimato.",
      regime.id.startsWith('dlgs36') ? [law, 'dlgs36-art120', 'anac-faq-rinnovo'] : [law, 'anac-faq-rinnovo']);
  }
  for (const o of s.otherOptions ?? []) {
    add('otherOption', o, true, 'Opzione stabilita nei documenti di gara: il valore stimato comprende qualsiasi forma di opzione.', [law]);
  }
  if (s.technicalExtension !== undefined) {
    if (s.countTechnicalExtension === true) {
      add('technicalExtension', s.technicalExtension, true,
        'Proroga tecnica: di regola non si computa, ma hai scelto di includerne una stima nel valore stimato.',
        [...technicalExtensionSources(regime), 'anac-air-bando-tipo-1']);
    } else {
      add('technicalExtension', s.technicalExtension, false,
        'Proroga tecnica: serve solo per il tempo strettamente necessario a concludere la nuova gara e non si computa nel valore stimato.',
        technicalExtensionSources(regime));
    }
  }
  const total = toFixed2(sumAmounts(items.filter((i) => i.counted).map((i) => i.amount)));
  return { items, total };
}

/** One fifth of the contract amount, exact (not rounded). */
export function quintoOf(contractAmount: string) {
  return euro(contractAmount).times(QUINTO);
}

/** "oltre il quinto": the modification is strictly greater than one fifth of the contract amount. */
export function exceedsQuinto(amount: string, contractAmount: string): boolean {
  return isAbove(amount, quintoOf(contractAmount));
}
