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
import type { Advice, Communication } from '../../domain/advice.ts';
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
        <table class="table table--stack q-fields" data-communication={c.system}>
          <caption class="visually-hidden">{words.title}</caption>
          <thead><tr><th scope="col">{OUTCOME.fieldsHead.field}</th><th scope="col">{OUTCOME.fieldsHead.value}</th><th scope="col" class="no-print">{OUTCOME.fieldsHead.copy}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-communication-field={r.key}>
                <th scope="row" data-label={OUTCOME.fieldsHead.field}>{r.label}</th>
                <td data-label={OUTCOME.fieldsHead.value}>{r.value !== null ? <code class="code">{r.shown}</code> : r.shown}</td>
                <td class="no-print q-copy-cell">{r.value !== null && <CopyButton value={r.value} label={r.label} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The decision in one sentence (issue 10, answer first): new CIG or not, where, the value, the contribution. */
function AnswerSentence({ a }: { a: Advice }) {
  const words = OUTCOME.answer;
  const scheda = a.fields.scheda ?? null;
  const where = a.newCig === true && a.system
    ? `${words.where[a.system]}${scheda ? words.card(scheda) : ''}`
    : a.communication
      ? a.communication.scheda ? words.send(a.communication.scheda) : a.communication.system === 'SIMOG' ? words.sendSimog : ''
      : '';
  const [lead, middle, end] = words.contribution;
  const contribution = a.contribution
    ? <>{lead}<span class="amount">{formatEuro(a.contribution.stazioneAppaltante)}</span>{middle}<span class="amount">{formatEuro(a.contribution.operatoreEconomico)}</span>{end}{a.contribution.provisional && words.contributionProvisional}</>
    : words.contributionUnknown;
  return (
    <p class="q-answer">
      <strong>{a.newCig === true ? OUTCOME.newCig.yes : a.newCig === false ? OUTCOME.newCig.no : OUTCOME.newCig.unknown}</strong>{where}
      {a.estimatedValue !== undefined && <>{`. ${OUTCOME.estimatedValue}: `}<strong class="amount q-answer__value" data-estimated-value>{formatEuro(a.estimatedValue)}</strong></>}
      {contribution}
    </p>
  );
}

/** One table of form values (Campo, Valore, Copia), stacked on phones. */
function FieldsTable({ rows, title, labelledBy, amounts, dataKey }: {
  rows: { key: string; label: string; shown: string; copy: boolean; code: boolean }[];
  title: string; labelledBy?: string; amounts?: boolean; dataKey: 'data-field' | 'data-quadro';
}) {
  const head = OUTCOME.fieldsHead;
  return (
    <div class="table-wrap" tabIndex={0} role="region" {...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': title })}>
      <table class="table table--stack q-fields">
        <caption class="visually-hidden">{title}</caption>
        <thead><tr><th scope="col">{head.field}</th><th scope="col" class={amounts ? 'num' : undefined}>{head.value}</th><th scope="col" class="no-print">{head.copy}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} {...{ [dataKey]: r.key }}>
              <th scope="row" data-label={head.field}>{r.label}</th>
              <td data-label={head.value} class={amounts ? 'num' : undefined}>{r.code ? <code class={`code${amounts ? ' amount' : ''}`}>{r.shown}</code> : r.shown}</td>
              <td class="no-print q-copy-cell">{r.copy && <CopyButton value={r.shown} label={r.label} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OutcomeView({ answers, today, faq, link }: { answers: Answers; today: string; faq: readonly FaqLink[]; link: string }) {
  const r = adviceFor(answers, today);
  const [linkState, setLinkState] = useState('');
  if (!r.ok) return <p class="warning">{OUTCOME.failed} {r.error.message}</p>;
  const a = presentAdvice(r.advice);
  const qualification = r.advice.notes.find((n) => n.code === 'qualificationNeeded');
  const { quadroEconomico, ...formFields } = a.fields;
  const toChoose = a.procedures !== undefined && (a.procedures.chosen === null || a.procedures.chosenAllowed === false);
  const fields = Object.entries(formFields).map(([k, v]) => {
    const label = isKeyOf(OUTCOME.fieldLabels, k) ? OUTCOME.fieldLabels[k] : k;
    return { key: k, label, shown: fieldValue(k, v, toChoose), copy: v !== null, code: true };
  });
  const quadro = (quadroEconomico ? Object.entries(quadroEconomico) : []).map(([k, v]) => (
    { key: k, label: isKeyOf(OUTCOME.quadroLabels, k) ? OUTCOME.quadroLabels[k] : k, shown: formatAmountIt(v), copy: true, code: true }
  ));
  const systemName = a.system ? OUTCOME.systemNames[a.system] : null;
  const items = a.items ?? [];
  const head = OUTCOME.itemHead;
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
      <div class="panel q-panel" id="esito">
        <AnswerSentence a={a} />
        {a.euThreshold && (
          <p data-eu-threshold={a.euThreshold.reached ? 'reached' : 'notReached'}>
            {OUTCOME.euThreshold}: <strong class="amount">{formatEuro(a.euThreshold.amount)}</strong>, {a.euThreshold.reached ? OUTCOME.euReached : OUTCOME.euNotReached}
          </p>
        )}
        {systemName && a.newCig !== true && <p>{OUTCOME.system}: <strong>{systemName}</strong></p>}
        {a.alternatives.length > 0 && <p>{OUTCOME.alternatives}: {a.alternatives.map((s) => OUTCOME.systemNames[s]).join(', ')}</p>}
        {a.cigTiming && <p>{OUTCOME.cigTiming}: <strong>{OUTCOME.cigTimingValues[a.cigTiming]}</strong></p>}
        <p class="q-meta">{OUTCOME.date}: {formatDateIt(a.date)}. {OUTCOME.regime}: {a.regime.name}.</p>
      </div>

      {/* What to enter, then why, then what next (two columns on paper) */}
      <div class="q-outcome__body">
      {fields.length > 0 && (
        <section aria-labelledby="q-fields">
          <h2 id="q-fields">{OUTCOME.fieldsTitle}{systemName ? ` (${systemName})` : ''}</h2>
          <FieldsTable rows={fields} title={OUTCOME.fieldsTitle} dataKey="data-field" />
        </section>
      )}

      {/* issue 11: one CIG per lot */}
      {a.lots && <LotsView lots={a.lots} />}

      {quadro.length > 0 && (
        <section aria-labelledby="quadro-economico">
          <h2 id="quadro-economico">{OUTCOME.quadroTitle}</h2>
          <p>{OUTCOME.quadroHint}</p>
          <FieldsTable rows={quadro} title={OUTCOME.quadroTitle} labelledBy="quadro-economico" amounts dataKey="data-quadro" />
        </section>
      )}

      {a.communication && <CommunicationView c={a.communication} />}

      {a.procedures && (
        <section aria-labelledby="q-procedures">
          <h2 id="q-procedures">{OUTCOME.procedures}</h2>
          <ul data-procedures>
            {a.procedures.allowed.map((p) => <li key={p} data-procedure={p}>{OUTCOME.procedureNames[p]}</li>)}
          </ul>
          {a.procedures.chosen === null
            ? <p data-chosen-allowed="none"><strong>{OUTCOME.procedureNotStated}</strong></p>
            : (
              <p data-chosen-allowed={String(a.procedures.chosenAllowed)}>
                {OUTCOME.chosenProcedure}: <strong>{OUTCOME.procedureNames[a.procedures.chosen]}</strong>, {' '}
                {a.procedures.chosenAllowed === true ? OUTCOME.chosenAllowed.yes : a.procedures.chosenAllowed === false ? OUTCOME.chosenAllowed.no : OUTCOME.chosenAllowed.unknown}
              </p>
            )}
          <p>{a.procedures.why} <span class="q-source">{OUTCOME.source}: {a.procedures.source}</span></p>
          {qualification && (
            <div class="warning" data-qualification>
              <h3 class="q-h2-inline">{OUTCOME.qualification}</h3>
              <p>{explain(qualification)} <span class="q-source">{OUTCOME.source}: {cite(...qualification.sources)}</span></p>
            </div>
          )}
        </section>
      )}

      {/* Why: the value's items, the contribution, what to verify, the reasoning with sources */}
      {a.unverified.length > 0 && (
        <div class="warning">
          <h2 class="q-h2-inline">{OUTCOME.toVerify}</h2>
          <ul>{a.unverified.map((u, i) => <li key={i}>{u}</li>)}</ul>
        </div>
      )}

      {items.length > 0 && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={OUTCOME.itemsCaption}>
          <table class="table table--stack q-items">
            <caption>{OUTCOME.itemsCaption}</caption>
            <thead><tr><th scope="col">{head.kind}</th><th scope="col" class="num">{head.amount}</th><th scope="col">{head.counted}</th><th scope="col">{head.why}</th></tr></thead>
            <tbody>
              {items.map((it, i) => (
                <tr key={i} data-item={it.kind}>
                  <th scope="row" data-label={head.kind}>{OUTCOME.itemKind[it.kind]}</th>
                  <td class="num" data-label={head.amount}>{it.amount === null ? OUTCOME.itemNotEstimated : formatEuro(it.amount)}</td>
                  <td data-label={head.counted}>{it.amount === null ? OUTCOME.itemForeseen : it.counted ? OUTCOME.yes : OUTCOME.no}</td>
                  <td data-label={head.why}>{it.why} <span class="q-source">{OUTCOME.source}: {it.source}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{OUTCOME.contribution}</h2>
      {a.contribution ? (
        <>
          {a.contribution.provisional && <p class="warning">{OUTCOME.contributionProvisional}</p>}
          <ul>
            <li>{OUTCOME.contributionSA}: <span class="amount">{formatEuro(a.contribution.stazioneAppaltante)}</span></li>
            <li>{OUTCOME.contributionOE}: <span class="amount">{formatEuro(a.contribution.operatoreEconomico)}</span></li>
          </ul>
          <p class="q-source">{OUTCOME.source}: {a.contribution.source}</p>
        </>
      ) : <p>{OUTCOME.contributionUnknown}</p>}

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
      </div>

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
