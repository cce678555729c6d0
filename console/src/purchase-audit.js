// The auditor's view of one purchase (issue 14): its whole timeline (the procurement, its bids,
// its committees, its contract and the contract's evaluations, in log order: who, role, when in
// China time, why, what changed old → new, and which event a correction corrects), its
// contract as it stood after any event of it, and its OCDS release and record packages as
// downloads. Shared pieces come from main.js as `ui`.

import { h } from 'preact';
import { useState, useEffect } from 'preact/hooks';
import htm from 'htm';
import { gql } from './api.js';
import { formatDateTime, formatMoney } from './format.js';
import { SplitBar } from './charts.js';

const html = htm.bind(h);

const yuan = (fen) => formatMoney(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);

const TIMELINE = `query PurchaseTimeline($id: UUID!, $after: Int) {
  purchaseTimeline(procurementId: $id, after: $after, first: 100) {
    streams nextPosition
    entries { stream position version kind command actor role reason recordedAt changes { field old new } omittedChanges correctsVersion }
  }
}`;
const TITLE = `query Title($id: UUID!) { procurement(id: $id) { id title contract { id } } }`;
const AS_OF = `query ContractAsOf($id: UUID!, $at: DateTime!) {
  contractAsOf(id: $id, at: $at) { version status amount amountFen total totalFen accepted acceptedFen paid paidFen remaining remainingFen
    overdue { unpaidFen }
    milestones { id kind title accepted paidFen amountFen } payments { id milestoneId amount late } supplements { id amount } }
}`;
const RELEASES = `query Releases($id: UUID!) { ocdsReleasePackage(procurementId: $id) }`;
const RECORDS = `query Records($id: UUID!) { ocdsRecordPackage(procurementId: $id) }`;

/** A timeline holds at most this many pages (1,000 events) on screen. */
const MAX_PAGES = 10;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** `procurement-…` → `procurement`: what kind of record an entry belongs to. */
const categoryOf = (stream) => stream.split('-')[0];

/** Values longer than this (a committee's members, a score sheet) fold behind their start. */
const LONG = 120;

function shown(t, lang, value) {
  if (value == null) return t('audit.empty');
  if (INSTANT.test(value)) return formatDateTime(value, lang);
  if (value.length <= LONG) return value;
  return html`<details class="long"><summary>${value.slice(0, 60)}…</summary><code>${value}</code></details>`;
}

/**
 * The instant one microsecond after `instant`: the API shows instants to the microsecond and
 * records them finer, so the state "as of" an event's shown instant can precede the event.
 */
export function justAfter(instant) {
  const m = /^(.*T\d{2}:\d{2}:\d{2})\.(\d{6})(Z|[+-]\d{2}:\d{2})$/.exec(instant);
  if (m && m[2] !== '999999') return `${m[1]}.${String(Number(m[2]) + 1).padStart(6, '0')}${m[3]}`;
  return new Date(new Date(instant).getTime() + 1).toISOString();
}

/** Saves `value` as a JSON file the browser downloads. */
function saveJson(value, name) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2) + '\n'], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function OcdsExport({ ui, id }) {
  const { t, lang, ErrorText } = ui;
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(null);
  const download = async (which) => {
    if (busy) return;
    setBusy(which);
    setError(null);
    try {
      const d = await gql(which === 'releases' ? RELEASES : RECORDS, { id }, { lang });
      const value = which === 'releases' ? d.ocdsReleasePackage : d.ocdsRecordPackage;
      if (value == null) throw Object.assign(new Error(t('paudit.ocdsNone')), { code: 'NOT_FOUND' });
      saveJson(value, `ocds-${which === 'releases' ? 'release' : 'record'}-package-${id}.json`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return html`<section aria-labelledby="ocds-heading">
    <h2 id="ocds-heading">${t('paudit.ocds')}</h2>
    <p>${t('paudit.ocdsIntro')}</p>
    <p class="actions">
      <button type="button" id="ocds-releases" disabled=${!!busy} onClick=${() => download('releases')}>${t('paudit.ocdsReleases')}</button>
      ${' '}<button type="button" id="ocds-records" disabled=${!!busy} onClick=${() => download('records')}>${t('paudit.ocdsRecords')}</button>
    </p>
    <${ErrorText} error=${error} id="ocds-error" />
  </section>`;
}

/** The contract as it stood once a chosen event of it was recorded. */
function ContractAsOf({ ui, contractId, entries }) {
  const { t, lang, ErrorText } = ui;
  const own = entries.filter((e) => e.stream === 'contract-' + contractId);
  // Null follows the latest event, as the timeline's pages arrive.
  const [picked, setPicked] = useState(null);
  const index = picked ?? Math.max(0, own.length - 1);
  const [state, setState] = useState(null);
  const [error, setError] = useState(null);
  const at = own[index]?.recordedAt;
  useEffect(() => {
    if (!at) return undefined;
    let live = true;
    gql(AS_OF, { id: contractId, at: justAfter(at) }, { lang }).then(
      (d) => live && (setState(d.contractAsOf), setError(null)),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [contractId, at, lang]);
  if (own.length === 0) return null;
  const entry = own[index];
  return html`<section aria-labelledby="asof-contract-heading">
    <h2 id="asof-contract-heading">${t('paudit.asOf')}</h2>
    <div class="field">
      <label for="asof-contract">${t('paudit.asOfPick')}</label>
      <input id="asof-contract" type="range" min="0" max=${own.length - 1} step="1" value=${index}
        aria-valuetext=${`${entry.version} · ${entry.kind} · ${formatDateTime(entry.recordedAt, lang)}`} onInput=${(e) => setPicked(Number(e.currentTarget.value))} />
      <p class="hint" id="asof-contract-at">${t('paudit.asOfAt', { version: entry.version, kind: entry.kind, at: formatDateTime(entry.recordedAt, lang) })}</p>
    </div>
    <${ErrorText} error=${error} />
    ${state
      ? html`<dl class="facts" id="asof-contract-facts">
            <div><dt>${t('state')}</dt><dd id="asof-status">${t('con.statuses.' + state.status)}</dd></div>
            <div><dt>${t('con.total')}</dt><dd>${formatMoney(state.total)}</dd></div>
            <div><dt>${t('con.accepted')}</dt><dd>${formatMoney(state.accepted)}</dd></div>
            <div><dt>${t('con.paid')}</dt><dd id="asof-paid">${formatMoney(state.paid)}</dd></div>
            <div><dt>${t('con.remaining')}</dt><dd>${formatMoney(state.remaining)}</dd></div>
            <div><dt>${t('con.milestones')}</dt><dd>${state.milestones
              .map((m) => `${m.id} ${m.kind === 'DELIVERY' ? t(m.accepted ? 'con.ocds.met' : 'con.ocds.scheduled') : `${yuan(m.paidFen)} / ${yuan(m.amountFen)}`}`)
              .join(t('listSeparator'))}</dd></div>
          </dl>
          <${SplitBar}
            id="asof-chart"
            title=${t('con.chartTitle')}
            describe=${t('paudit.asOfChart', { paid: formatMoney(state.paid), remaining: formatMoney(state.remaining) })}
            format=${yuan}
            parts=${[
              { key: 'paid', label: t('con.chartPaid'), value: state.paidFen, className: 'paid' },
              { key: 'remaining', label: t('con.remaining'), value: state.remainingFen, className: 'later' },
            ]}
          />`
      : null}
  </section>`;
}

/** The auditor's page of one purchase. */
export function PurchaseAudit({ ui, id }) {
  const { t, lang, ErrorText, Link } = ui;
  const [p, setP] = useState(undefined);
  const [entries, setEntries] = useState([]);
  const [streams, setStreams] = useState([]);
  const [next, setNext] = useState(null);
  const [pages, setPages] = useState(0);
  const [error, setError] = useState(null);
  const load = async (after) => {
    const d = await gql(TIMELINE, { id, after }, { lang });
    const page = d.purchaseTimeline;
    if (!page) return;
    setStreams(page.streams);
    setEntries((old) => (after == null ? page.entries : [...old, ...page.entries]));
    setNext(page.nextPosition);
    setPages((n) => (after == null ? 1 : n + 1));
  };
  useEffect(() => {
    let live = true;
    gql(TITLE, { id }, { lang })
      .then(async (d) => {
        if (!live) return;
        setP(d.procurement);
        if (d.procurement) await load(null);
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id, lang]);
  if (error) return html`<main id="main"><${ErrorText} error=${error} /></main>`;
  if (p === undefined) return html`<main id="main"><p role="status">${t('loading')}</p></main>`;
  if (p === null) return html`<main id="main"><h1>${t('proc.notFound')}</h1></main>`;
  return html`<main id="main" class="audit purchase-audit">
    <h1>${t('paudit.title', { title: p.title })}</h1>
    <p>${t('paudit.intro', { streams: streams.length })} <${Link} href=${'/app/procurements/' + p.id}>${t('paudit.procurementPage')}<//>
      ${p.contract ? html` · <${Link} href=${'/app/contracts/' + p.contract.id}>${t('perf.theContract')}<//>` : null}</p>
    ${p.contract ? html`<${ContractAsOf} ui=${ui} contractId=${p.contract.id} entries=${entries} />` : null}
    <${OcdsExport} ui=${ui} id=${p.id} />
    <section aria-labelledby="purchase-timeline-heading">
      <h2 id="purchase-timeline-heading">${t('paudit.timeline')}</h2>
      <table class="timeline purchase-timeline">
        <caption class="sr-only">${t('paudit.timeline')}</caption>
        <thead><tr><th scope="col">${t('audit.when')}</th><th scope="col">${t('paudit.record')}</th><th scope="col">${t('audit.what')}</th><th scope="col">${t('audit.who')}</th><th scope="col">${t('audit.reason')}</th><th scope="col">${t('audit.changes')}</th></tr></thead>
        <tbody>${entries.map(
          (e) => html`<tr data-stream=${categoryOf(e.stream)} data-position=${e.position}>
            <td>${formatDateTime(e.recordedAt, lang)}</td>
            <td>${t('paudit.categories.' + categoryOf(e.stream))} <span class="hint">v${e.version}</span></td>
            <td><code>${e.kind}</code>${e.correctsVersion != null ? html`<br /><span class="badge today">${t('paudit.corrects', { version: e.correctsVersion })}</span>` : null}</td>
            <td>${e.actor ?? t('audit.ledgerItself')}${e.role ? html` <span class="hint">(${t('roles.' + e.role)})</span>` : null}</td>
            <td>${e.reason ?? ''}</td>
            <td><ul class="changes">${e.changes.map((c) => html`<li><code>${c.field}</code>: ${shown(t, lang, c.old)} → ${shown(t, lang, c.new)}</li>`)}
              ${e.omittedChanges > 0 ? html`<li class="hint">${t('paudit.omitted', { count: e.omittedChanges })}</li>` : null}</ul></td>
          </tr>`,
        )}</tbody>
      </table>
      ${next != null && pages < MAX_PAGES
        ? html`<button type="button" id="timeline-more" onClick=${() => load(next).catch(setError)}>${t('audit.more')}</button>`
        : null}
    </section>
  </main>`;
}

/** On the auditor's screen: a purchase's history opened by its procurement id. */
export function PurchaseFinder({ ui }) {
  const { t, navigate } = ui;
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (e) => {
    e.preventDefault();
    const id = text.trim().toLowerCase();
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return setInvalid(true);
    navigate('/app/audit/purchases/' + id);
  };
  return html`<section aria-labelledby="purchase-find-heading">
    <h2 id="purchase-find-heading">${t('paudit.navHint')}</h2>
    <form class="search" onSubmit=${submit}>
      <div class=${'field' + (invalid ? ' invalid' : '')}><label for="purchase-id">${t('paudit.procurementId')}</label>
        <input id="purchase-id" spellcheck=${false} value=${text} aria-invalid=${invalid ? 'true' : undefined}
          aria-describedby=${invalid ? 'purchase-id-error' : undefined} onInput=${(e) => (setText(e.currentTarget.value), setInvalid(false))} />
        ${invalid ? html`<p class="error" id="purchase-id-error" role="alert">${t('paudit.idInvalid')}</p>` : null}</div>
      <button type="submit" id="purchase-open">${t('paudit.open')}</button>
    </form>
  </section>`;
}
