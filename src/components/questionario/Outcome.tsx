/**
 * The outcome page: the engine's advice, shown as it is (no rule here). Loaded with a dynamic
 * import when the outcome is reached, together with the engine.
 */
import { useState } from 'preact/hooks';
import { ESITO as OUTCOME } from '../../copy/esito.ts';
import { presentAdvice } from '../../copy/present.ts';
import { explain } from '../../copy/explain.ts';
import { formatAmountIt, formatEuro } from '../../domain/money.ts';
import { formatDateIt } from '../../domain/dates.ts';
import { adviceFor, topicsOf, type Topic } from '../../domain/outcome.ts';
import { cite } from '../../domain/rules/sources.ts';
import type { Answers } from '../../domain/questions.ts';
import type { Communication } from '../../domain/advice.ts';
import { LotsView } from './LotsView.tsx'; // issue 11, lots

export interface FaqLink { id: string; title: string }

/** The FAQ pages that explain the topics of this advice, among those that exist. */
function relevantFaq(topics: ReadonlySet<Topic>, faq: readonly FaqLink[]): FaqLink[] {
  const wanted = new Set([...topics].map((t) => OUTCOME.faqByTopic[t]));
  return faq.filter((f) => wanted.has(f.id));
}

/** Whether `key` names an entry of a words table (own keys only), so that it can index it. */
const isKeyOf = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(table, key);

function fieldValue(key: string, value: string | null, toChoose = false): string {
  if (value === null && toChoose && OUTCOME.procedureFields.some((f) => f === key)) return OUTCOME.procedureToChoose;
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

// ---- issue 9, events: the card to send on the original CIG, with a copy button for each value
function CommunicationView({ c }: { c: Communication }) {
  const words = OUTCOME.communication;
  const rows: { key: string; label: string; value: string | null; shown: string }[] = [
    { key: 'system', label: words.labels.system, value: null, shown: words.systems[c.system] },
    ...(c.system === 'PCP' ? [{ key: 'scheda', label: words.labels.scheda, value: c.scheda, shown: c.scheda ?? words.missing.scheda }] : []),
    ...Object.entries(c.fields).flatMap(([k, v]) => (isKeyOf(words.labels, k) && isKeyOf(words.missing, k)
      ? [{ key: k, label: words.labels[k], value: v ?? null, shown: v == null ? words.missing[k] : isKeyOf(words.reasons, v) ? `${v}: ${words.reasons[v]}` : v }]
      : [])),
  ];
  return (
    <section aria-labelledby="q-communication">
      <h2 id="q-communication">{words.title}</h2>
      <p>{words.lead[c.system]}</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={words.title}>
        <table class="table q-fields" data-communication={c.system}>
          <caption class="visually-hidden">{words.title}</caption>
          <thead><tr><th scope="col">{OUTCOME.fieldsHead.field}</th><th scope="col">{OUTCOME.fieldsHead.value}</th><th scope="col" class="no-print">{OUTCOME.fieldsHead.copy}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-communication-field={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.value !== null ? <code class="code">{r.shown}</code> : r.shown}</td>
                <td class="no-print">{r.value !== null && <CopyButton value={r.value} label={r.label} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function OutcomeView({ answers, today, faq, link }: { answers: Answers; today: string; faq: readonly FaqLink[]; link: string }) {
  const r = adviceFor(answers, today);
  const [linkState, setLinkState] = useState('');
  if (!r.ok) return <p class="warning">{OUTCOME.failed} {r.error.message}</p>;
  const a = presentAdvice(r.advice);
  const qualification = r.advice.notes.find((n) => n.code === 'qualificationNeeded');
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
        {a.euThreshold && (
          <p data-eu-threshold={a.euThreshold.reached ? 'reached' : 'notReached'}>
            {OUTCOME.euThreshold}: <strong>{formatEuro(a.euThreshold.amount)}</strong>, {a.euThreshold.reached ? OUTCOME.euReached : OUTCOME.euNotReached}
          </p>
        )}
        <p class="q-big"><strong>{a.newCig === true ? OUTCOME.newCig.yes : a.newCig === false ? OUTCOME.newCig.no : OUTCOME.newCig.unknown}</strong></p>
        {a.communication?.scheda && <p><strong>{OUTCOME.communication.summary(a.communication.scheda)}</strong></p>}
        {systemName && <p>{OUTCOME.system}: <strong>{systemName}</strong></p>}
        {a.alternatives.length > 0 && <p>{OUTCOME.alternatives}: {a.alternatives.map((s) => OUTCOME.systemNames[s]).join(', ')}</p>}
        <p class="q-meta">{OUTCOME.date}: {formatDateIt(a.date)}. {OUTCOME.regime}: {a.regime.name}.</p>
      </div>

      {a.communication && <CommunicationView c={a.communication} />}

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

      {a.procedures && (
        <section aria-labelledby="q-procedures">
          <h2 id="q-procedures">{OUTCOME.procedures}</h2>
          <ul data-procedures>
            {a.procedures.allowed.map((p) => <li key={p} data-procedure={p}>{OUTCOME.procedureNames[p]}</li>)}
          </ul>
          <p>{a.procedures.why} <span class="q-source">{OUTCOME.source}: {a.procedures.source}</span></p>
          {a.procedures.chosen === null
            ? <p data-chosen-allowed="none"><strong>{OUTCOME.procedureNotStated}</strong></p>
            : (
              <p data-chosen-allowed={String(a.procedures.chosenAllowed)}>
                {OUTCOME.chosenProcedure}: <strong>{OUTCOME.procedureNames[a.procedures.chosen]}</strong>, {' '}
                {a.procedures.chosenAllowed === true ? OUTCOME.chosenAllowed.yes : a.procedures.chosenAllowed === false ? OUTCOME.chosenAllowed.no : OUTCOME.chosenAllowed.unknown}
              </p>
            )}
          {qualification && (
            <div class="warning" data-qualification>
              <h3 class="q-h2-inline">{OUTCOME.qualification}</h3>
              <p>{explain(qualification)} <span class="q-source">{OUTCOME.source}: {cite(...qualification.sources)}</span></p>
            </div>
          )}
        </section>
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
                  const shown = fieldValue(k, v, a.procedures !== undefined && (a.procedures.chosen === null || a.procedures.chosenAllowed === false));
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

      {/* issue 11: one CIG per lot */}
      {a.lots && <LotsView lots={a.lots} />}

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
