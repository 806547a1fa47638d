/**
 * Issue 11: the lots of a contract, one CIG each, with the values of that CIG's form (amounts of the lot).
 * Shown by the outcome page (loaded on demand, never on the question pages' first view).
 */
import { ESITO as OUTCOME } from '../../copy/esito.ts';
import type { Advice } from '../../domain/advice.ts';
import { formatAmountIt, formatEuro } from '../../domain/money.ts';

type Lots = NonNullable<Advice['lots']>;

const isFieldKey = (k: string): k is keyof typeof OUTCOME.fieldLabels => Object.hasOwn(OUTCOME.fieldLabels, k);

function fieldsText(fields: Lots[number]['fields']): string {
  const { quadroEconomico: _q, ...form } = fields;
  return Object.entries(form)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([k, v]) => `${isFieldKey(k) ? OUTCOME.fieldLabels[k] : k}: ${OUTCOME.amountFields.some((f) => f === k) ? formatAmountIt(v) : v}`)
    .join('; ');
}

export function LotsView({ lots }: { lots: Lots }) {
  return (
    <section aria-labelledby="q-lots" data-lots={lots.length}>
      <h2 id="q-lots">{OUTCOME.lots.title(lots.length)}</h2>
      <p>{OUTCOME.lots.hint}</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="q-lots">
        <table class="table table--stack">
          <caption class="visually-hidden">{OUTCOME.lots.title(lots.length)}</caption>
          <thead><tr><th scope="col">{OUTCOME.lots.head.lot}</th><th scope="col" class="num">{OUTCOME.lots.head.value}</th><th scope="col">{OUTCOME.lots.head.fields}</th></tr></thead>
          <tbody>
            {lots.map((l, i) => (
              <tr key={i} data-lot={i + 1}>
                <th scope="row" data-label={OUTCOME.lots.head.lot}>{l.label}</th>
                <td class="num" data-label={OUTCOME.lots.head.value}>{formatEuro(l.estimatedValue)}</td>
                <td data-label={OUTCOME.lots.head.fields}>{fieldsText(l.fields)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
