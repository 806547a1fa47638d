/**
 * The outcome page: the engine's advice, shown as it is (no rule here). Loaded with a dynamic
 * import when the outcome is reached, together with the engine.
 */
import { useState } from 'preact/hooks';
import { ESITO as OUTCOME } from '../../copy/esito.ts';
import { presentAdvice } from '../../copy/present.ts';
import { formatAmountIt, formatEuro } from '../../domain/money.ts';
import { formatDateIt } from '../../domain/dates.ts';
import { adviceFor, topicsOf, type Topic } from '../../domain/outcome.ts';
import type { Answers } from '../../domain/questions.ts';

export interface FaqLink { id: string; title: string }

/** The FAQ pages that explain the topics of this advice, among those that exist. */
function relevantFaq(topics: ReadonlySet<Topic>, faq: readonly FaqLink[]): FaqLink[] {
  const wanted = new Set([...topics].map((t) => OUTCOME.faqByTopic[t]));
  return faq.filter((f) => wanted.has(f.id));
}

/** Whether `key` names an entry of a words table (own keys only), so that it can index it. */
const isKeyOf = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(table, key);

function fieldValue(key: string, value: string | null): string {
  if (value === null) return OUTCOME.fieldMissing;
  if (OUTCOME.amountFields.some((f) => f === key) && /^\d+(\.\d+)?$/.test(value)) return formatAmountIt(value);
  return isKeyOf(OUTCOME.fieldValues, value) ? OUTCOME.fieldValues[value] : value;
}

function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'' | 'ok' | 'ko'>('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('ok');
    } catch {
      setState('ko');
    }
  };
  return (
    <>
      <button type="button" class="q-copy" onClick={copy}>
        {OUTCOME.fieldsHead.copy}<span class="visually-hidden"> {label}</span>
      </button>
      <span class="q-copy__status" role="status">{state === 'ok' ? OUTCOME.copied : state === 'ko' ? OUTCOME.copyFailed : ''}</span>
    </>
  );
}

export function OutcomeView({ answers, today, faq, link }: { answers: Answers; today: string; faq: readonly FaqLink[]; link: string }) {
  const r = adviceFor(answers, today);
  const [linkState, setLinkState] = useState('');
  if (!r.ok) return <p class="warning">{OUTCOME.failed} {r.error.message}</p>;
  const a = presentAdvice(r.advice);
  const { quadroEconomico, ...formFields } = a.fields;
  const fields = Object.entries(formFields);
  const quadro = quadroEconomico ? Object.entries(quadroEconomico) : [];
  const systemName = a.system ? OUTCOME.systemNames[a.system] : null;
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setLinkState(OUTCOME.linkCopied);
    } catch {
      setLinkState(OUTCOME.copyFailed);
    }
  };
  return (
    <div class="q-outcome">
      <div class="panel" id="esito">
        {a.estimatedValue !== undefined && (
          <p class="q-big">{OUTCOME.estimatedValue}: <strong>{formatEuro(a.estimatedValue)}</strong></p>
        )}
        <p class="q-big"><strong>{a.newCig === true ? OUTCOME.newCig.yes : a.newCig === false ? OUTCOME.newCig.no : OUTCOME.newCig.unknown}</strong></p>
        {systemName && <p>{OUTCOME.system}: <strong>{systemName}</strong></p>}
        {a.alternatives.length > 0 && <p>{OUTCOME.alternatives}: {a.alternatives.map((s) => OUTCOME.systemNames[s]).join(', ')}</p>}
        <p class="q-meta">{OUTCOME.date}: {formatDateIt(a.date)}. {OUTCOME.regime}: {a.regime.name}.</p>
      </div>

      {a.items && a.items.length > 0 && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={OUTCOME.itemsCaption}>
          <table class="table">
            <caption>{OUTCOME.itemsCaption}</caption>
            <thead><tr><th scope="col">{OUTCOME.itemHead.kind}</th><th scope="col" class="num">{OUTCOME.itemHead.amount}</th><th scope="col">{OUTCOME.itemHead.counted}</th><th scope="col">{OUTCOME.itemHead.why}</th></tr></thead>
            <tbody>
              {a.items.map((it, i) => (
                <tr key={i}>
                  <th scope="row">{OUTCOME.itemKind[it.kind]}</th>
                  <td class="num">{formatEuro(it.amount)}</td>
                  <td>{it.counted ? OUTCOME.yes : OUTCOME.no}</td>
                  <td>{it.why} <span class="q-source">{OUTCOME.source}: {it.source}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {fields.length > 0 && (
        <>
          <h2>{OUTCOME.fieldsTitle}{systemName ? ` (${systemName})` : ''}</h2>
          <div class="table-wrap" tabIndex={0} role="region" aria-label={OUTCOME.fieldsTitle}>
            <table class="table q-fields">
              <caption class="visually-hidden">{OUTCOME.fieldsTitle}</caption>
              <thead><tr><th scope="col">{OUTCOME.fieldsHead.field}</th><th scope="col">{OUTCOME.fieldsHead.value}</th><th scope="col" class="no-print">{OUTCOME.fieldsHead.copy}</th></tr></thead>
              <tbody>
                {fields.map(([k, v]) => {
                  const label = isKeyOf(OUTCOME.fieldLabels, k) ? OUTCOME.fieldLabels[k] : k;
                  const shown = fieldValue(k, v);
                  return (
                    <tr key={k} data-field={k}>
                      <th scope="row">{label}</th>
                      <td><code class="code">{shown}</code></td>
                      <td class="no-print">{v !== null && <CopyButton value={shown} label={label} />}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}

      {quadro.length > 0 && (
        <>
          <h2 id="quadro-economico">{OUTCOME.quadroTitle}</h2>
          <p>{OUTCOME.quadroHint}</p>
          <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="quadro-economico">
            <table class="table q-fields">
              <caption class="visually-hidden">{OUTCOME.quadroTitle}</caption>
              <thead><tr><th scope="col">{OUTCOME.fieldsHead.field}</th><th scope="col" class="num">{OUTCOME.fieldsHead.value}</th><th scope="col" class="no-print">{OUTCOME.fieldsHead.copy}</th></tr></thead>
              <tbody>
                {quadro.map(([k, v]) => {
                  const label = isKeyOf(OUTCOME.quadroLabels, k) ? OUTCOME.quadroLabels[k] : k;
                  const shown = formatAmountIt(v);
                  return (
                    <tr key={k} data-quadro={k}>
                      <th scope="row">{label}</th>
                      <td class="num"><code class="code">{shown}</code></td>
                      <td class="no-print"><CopyButton value={shown} label={label} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}

      {a.cigTiming && <p>{OUTCOME.cigTiming}: <strong>{OUTCOME.cigTimingValues[a.cigTiming]}</strong></p>}

      <h2>{OUTCOME.contribution}</h2>
      {a.contribution ? (
        <>
          {a.contribution.provisional && <p class="warning">{OUTCOME.contributionProvisional}</p>}
          <ul>
            <li>{OUTCOME.contributionSA}: {formatEuro(a.contribution.stazioneAppaltante)}</li>
            <li>{OUTCOME.contributionOE}: {formatEuro(a.contribution.operatoreEconomico)}</li>
          </ul>
          <p class="q-source">{OUTCOME.source}: {a.contribution.source}</p>
        </>
      ) : <p>{OUTCOME.contributionUnknown}</p>}

      {a.unverified.length > 0 && (
        <div class="warning">
          <h2 class="q-h2-inline">{OUTCOME.toVerify}</h2>
          <ul>{a.unverified.map((u, i) => <li key={i}>{u}</li>)}</ul>
        </div>
      )}

      <h2>{OUTCOME.reasoning}</h2>
      <ol class="q-notes">
        {a.notes.map((n, i) => <li key={i}>{n.text} <span class="q-source">{OUTCOME.source}: {n.source}</span></li>)}
      </ol>

      {a.next.length > 0 && (
        <>
          <h2>{OUTCOME.next}</h2>
          <ul class="q-notes">
            {a.next.map((n, i) => <li key={i}>{n.text} <span class="q-source">{OUTCOME.source}: {n.source}</span></li>)}
          </ul>
        </>
      )}

      <h2 class="no-print">{OUTCOME.faq}</h2>
      <ul class="no-print">
        {relevantFaq(topicsOf(r.advice), faq).map((f) => <li key={f.id}><a href={`/faq/${f.id}/`}>{f.title}</a></li>)}
        <li><a href="/faq/">{OUTCOME.faqAll}</a></li>
      </ul>

      <div class="button-group no-print">
        <button type="button" class="button" onClick={() => window.print()}>{OUTCOME.print}</button>
        <button type="button" class="button button--secondary" onClick={copyLink}>{OUTCOME.copyLink}</button>
        <span role="status" class="q-copy__status">{linkState}</span>
      </div>
      <div class="q-print-only">
        <p>{OUTCOME.printedOn(formatDateIt(today))}. {OUTCOME.regime}: {a.regime.name}.</p>
        <p>{OUTCOME.link}: <span class="q-url">{link}</span></p>
      </div>
      <p class="inset">{OUTCOME.notAnac}</p>
    </div>
  );
}
