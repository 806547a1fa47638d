/**
 * Awards funded in whole or in part by the PNRR or the PNC (research §6.2), by period. Each rule id has
 * one handler in `advise.ts` (`PNRR_RULES`):
 * - `noneKnown`: the sources read name no rule on the CIG for these awards before delibera 122/2022;
 * - `ordinaryCigAlways`: no Smart CIG, an ordinary CIG with SIMOG at any amount (delibera ANAC 122/2022);
 * - `ordinaryCigAbove`: an ordinary CIG is compulsory for awards "di importo superiore a" `above`
 *   (strictly above: D.L. 13/2023 art. 5 c.5, as two secondary sources report it); at or below it the
 *   Smart CIG is not forbidden by that rule;
 * - `pcpCup`: under the PCP the cards ask whether the contract is funded by PNRR/PNC and then require the
 *   CUP (ANAC's rules REG18-REG19); card AD5 has no such field.
 */
import type { Period } from './periods.ts';
import type { SourceId } from './sources.ts';

export type PnrrRuleId = 'noneKnown' | 'ordinaryCigAlways' | 'ordinaryCigAbove' | 'pcpCup';

export interface PnrrRow extends Period {
  rule: PnrrRuleId;
  /** For `ordinaryCigAbove`: the amount an award must exceed. */
  above: string | null;
  sources: readonly SourceId[];
}

export const PNRR_ROWS: readonly PnrrRow[] = [
  { from: '2011-05-02', to: '2022-03-15', rule: 'noneKnown', above: null, sources: [] },
  { from: '2022-03-16', to: '2023-02-24', rule: 'ordinaryCigAlways', above: null, sources: ['anac-delibera-122-2022'] },
  { from: '2023-02-25', to: '2023-12-31', rule: 'ordinaryCigAbove', above: '5000', sources: ['dl13-2023-art5'] },
  { from: '2024-01-01', to: null, rule: 'pcpCup', above: null, sources: ['anac-npa-regole-pnrr'] },
];
