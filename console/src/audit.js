// The auditor's screen (issue 14): find a record, read its timeline (who, role, China time,
// reason, old → new), step through it as it stood, verify the hash chains with progress, and
// download the ledger as JSON Lines. Texts and shared pieces come from main.js as props, so
// this module has no import cycle with it.

import { h } from 'preact';
import { useState, useEffect, useRef } from 'preact/hooks';
import htm from 'htm';
import { gql, session, ApiError } from './api.js';
import { formatDateTime, formatMoney, normaliseCreditCode, trimmed } from './format.js';

const html = htm.bind(h);

const FIND = `query AuditFind($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 20) { nodes { id name creditCode status } }
}`;

const TIMELINE = `query Timeline($s: String!, $from: Int) {
  recordTimeline(stream: $s, fromVersion: $from, first: 100) {
    stream totalCount nextVersion
    entries { version position kind command actor role reason recordedAt changes { field old new } }
  }
}`;

const AS_OF = `query AsOf($id: UUID!, $at: DateTime!) {
  organisationAsOf(id: $id, at: $at) { name status creditCode domicile registeredFunds supervisoryUnit version }
}`;

const VERIFY_LEDGER = `query Verify($after: Int) {
  verifyLedger(after: $after) { eventsChecked lastPosition head done firstFailure { stream version position reason } }
}`;

const VERIFY_STREAM = `query VerifyStream($s: String!) {
  verifyStream(stream: $s) { eventsChecked firstFailure { stream version position reason } }
}`;

/** A timeline holds at most this many pages (1,000 events) on screen. */
const MAX_TIMELINE_PAGES = 10;

/** `verifyLedger` stretches a click may run through (a million events at 10,000 a stretch at most). */
const MAX_VERIFY_STRETCHES = 1000;

const STREAM = /^organisation-[0-9a-fA-F-]{36}$/;

function fieldName(t, field) {
  const name = t('audit.fields.' + field);
  return name === 'audit.fields.' + field ? field : name;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A changed value as a clerk reads it: statuses in words, instants in China time, money in yuan. */
function fieldValue(t, lang, field, value) {
  if (value == null) return t('audit.empty');
  if (field === 'status') return t('statuses.' + value);
  if (field === 'kind') return t('kinds.' + value);
  if (field === 'registeredFunds') return formatMoney(value);
  if (INSTANT.test(value)) return formatDateTime(value, lang);
  return value;
}

function Finder({ t, lang, ErrorText, onOpen }) {
  const [text, setText] = useState('');
  const [found, setFound] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e) => {
    e.preventDefault();
    const q = trimmed(text);
    if (!q || busy) return;
    if (STREAM.test(q)) return onOpen(q);
    setBusy(true);
    setError(null);
    const code = normaliseCreditCode(q);
    const filter = /^[0-9A-Z]{18}$/.test(code) ? { creditCode: code } : { nameContains: q };
    try {
      setFound((await gql(FIND, { filter }, { lang })).organisations.nodes);
    } catch (err) {
      setError(err);
      setFound(null);
    } finally {
      setBusy(false);
    }
  };
  return html`<section aria-labelledby="audit-find-heading">
    <h2 id="audit-find-heading">${t('audit.find')}</h2>
    <form class="search" role="search" onSubmit=${submit}>
      <div class="field">
        <label for="audit-query">${t('audit.query')}</label>
        <input id="audit-query" value=${text} spellcheck=${false} aria-describedby="audit-query-hint" onInput=${(e) => setText(e.currentTarget.value)} />
        <p class="hint" id="audit-query-hint">${t('audit.queryHint')}</p>
      </div>
      <button type="submit" disabled=${busy}>${t('search')}</button>
    </form>
    <${ErrorText} error=${error} />
    ${found && found.length === 0 ? html`<p class="empty" role="status">${t('noResults')}</p>` : null}
    ${found && found.length > 0
      ? html`<ul class="found" aria-label=${t('audit.found')}>
          ${found.map(
            (o) => html`<li>
              <button type="button" class="link" onClick=${() => onOpen('organisation-' + o.id)}>${o.name}</button>
              ${' '}<code>${o.creditCode}</code> ${t('statuses.' + o.status)}
            </li>`,
          )}
        </ul>`
      : null}
  </section>`;
}

function Changes({ t, lang, changes }) {
  if (changes.length === 0) return html`<span class="empty">${t('audit.noChange')}</span>`;
  return html`<ul class="changes">
    ${changes.map(
      (c) => html`<li>
        <span class="field-name">${fieldName(t, c.field)}</span>: <del>${fieldValue(t, lang, c.field, c.old)}</del>
        <span aria-label=${t('audit.becomes')}> → </span><ins>${fieldValue(t, lang, c.field, c.new)}</ins>
      </li>`,
    )}
  </ul>`;
}

function AsOf({ t, lang, ErrorText, stream, entries }) {
  const [index, setIndex] = useState(entries.length - 1);
  const [state, setState] = useState(null);
  const [error, setError] = useState(null);
  const id = stream.slice('organisation-'.length);
  const at = entries[Math.min(index, entries.length - 1)]?.recordedAt;
  useEffect(() => {
    if (!at) return undefined;
    let live = true;
    setError(null);
    gql(AS_OF, { id, at }, { lang }).then(
      (d) => live && setState(d.organisationAsOf),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [id, at, lang]);
  const when = at ? formatDateTime(at, lang) : '';
  return html`<section aria-labelledby="audit-asof-heading">
    <h2 id="audit-asof-heading">${t('audit.asOf')}</h2>
    <div class="field">
      <label for="audit-slider">${t('audit.slider')}</label>
      <input id="audit-slider" type="range" min="0" max=${entries.length - 1} step="1" value=${index}
        aria-valuetext=${t('audit.sliderValue', { version: entries[index]?.version, when })}
        onInput=${(e) => setIndex(Number(e.currentTarget.value))} />
      <p class="hint" id="audit-asof-when" aria-live="polite">${t('audit.sliderValue', { version: entries[index]?.version, when })}</p>
    </div>
    <${ErrorText} error=${error} />
    ${state
      ? html`<dl class="facts as-of">
          <div><dt>${t('name')}</dt><dd>${state.name}</dd></div>
          <div><dt>${t('state')}</dt><dd>${t('statuses.' + state.status)}</dd></div>
          <div><dt>${t('creditCode')}</dt><dd><code>${state.creditCode}</code></dd></div>
          <div><dt>${t('audit.fields.domicile')}</dt><dd>${state.domicile}</dd></div>
          <div><dt>${t('audit.fields.registeredFunds')}</dt><dd>${formatMoney(state.registeredFunds)}</dd></div>
          <div><dt>${t('version')}</dt><dd>${state.version}</dd></div>
        </dl>`
      : null}
  </section>`;
}

function Timeline({ t, lang, ErrorText, stream }) {
  const [pages, setPages] = useState([]);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [check, setCheck] = useState(null);
  const load = async (from, previous) => {
    setBusy(true);
    setError(null);
    try {
      const page = (await gql(TIMELINE, { s: stream, from }, { lang })).recordTimeline;
      setPages([...previous, page]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    setPages([]);
    setCheck(null);
    load(0, []);
  }, [stream, lang]);
  const verifyRecord = async () => {
    setCheck({ busy: true });
    try {
      const r = (await gql(VERIFY_STREAM, { s: stream }, { lang })).verifyStream;
      setCheck({ result: r });
    } catch (e) {
      setCheck({ error: e });
    }
  };
  const entries = pages.flatMap((p) => p.entries);
  const last = pages[pages.length - 1];
  return html`<section aria-labelledby="audit-timeline-heading">
    <h2 id="audit-timeline-heading">${t('audit.timeline')} <code>${stream}</code></h2>
    <div class="action">
      <button type="button" id="audit-verify-record" disabled=${check?.busy} onClick=${verifyRecord}>${t('audit.verifyRecord')}</button>
      <div role="status" aria-live="polite">
        ${check?.result ? html`<${VerifyResult} t=${t} failure=${check.result.firstFailure} ok=${t('audit.recordOk', { count: check.result.eventsChecked })} />` : null}
      </div>
      <${ErrorText} error=${check?.error} />
    </div>
    <${ErrorText} error=${error} />
    ${entries.length > 0 ? html`<${AsOf} key=${stream + entries.length} t=${t} lang=${lang} ErrorText=${ErrorText} stream=${stream} entries=${entries} />` : null}
    ${entries.length > 0
      ? html`<table class="timeline">
          <caption>${t('audit.events', { count: last.totalCount })}</caption>
          <thead><tr><th scope="col">${t('version')}</th><th scope="col">${t('audit.when')}</th><th scope="col">${t('audit.who')}</th><th scope="col">${t('audit.what')}</th><th scope="col">${t('audit.reason')}</th><th scope="col">${t('audit.changes')}</th></tr></thead>
          <tbody>
            ${entries.map(
              (e) => html`<tr>
                <td>${e.version}</td>
                <td>${formatDateTime(e.recordedAt, lang)}</td>
                <td>${e.actor ?? t('audit.ledgerItself')}${e.role ? html` <span class="role">(${t('roles.' + e.role)})</span>` : null}</td>
                <td>${t('audit.kinds.' + e.kind) === 'audit.kinds.' + e.kind ? e.kind : t('audit.kinds.' + e.kind)}</td>
                <td>${e.reason ?? ''}</td>
                <td><${Changes} t=${t} lang=${lang} changes=${e.changes} /></td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : busy
        ? html`<p role="status">${t('loading')}</p>`
        : null}
    ${last?.nextVersion != null && pages.length < MAX_TIMELINE_PAGES
      ? html`<button type="button" disabled=${busy} onClick=${() => load(last.nextVersion, pages)}>${t('audit.more')}</button>`
      : null}
  </section>`;
}

function VerifyResult({ t, failure, ok }) {
  if (!failure) return html`<p class="notice verify-ok">${ok}</p>`;
  return html`<p class="error verify-broken">
    ${t('audit.broken', { stream: failure.stream, version: failure.version, position: failure.position })}
    <br /><span class="rule">${failure.reason}</span>
  </p>`;
}

function VerifyLedger({ t, lang, ErrorText }) {
  const [progress, setProgress] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  // A second click while a check runs is ignored, before the re-render disables the button.
  const running = useRef(false);
  const run = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    let after = 0;
    let checked = 0;
    try {
      let done = false;
      for (let stretch = 0; stretch < MAX_VERIFY_STRETCHES && !done; stretch++) {
        const r = (await gql(VERIFY_LEDGER, { after }, { lang })).verifyLedger;
        checked += r.eventsChecked;
        after = r.lastPosition;
        done = r.done || r.firstFailure != null;
        setProgress({ checked, at: after, head: r.head, failure: r.firstFailure, done });
        // A stretch that checked nothing and is not done would repeat forever: never call that "ok".
        if (!done && r.eventsChecked === 0) break;
      }
      if (!done) throw new ApiError(t('audit.stalled', { position: after }), { code: 'INTERNAL' });
    } catch (e) {
      setError(e);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return html`<section aria-labelledby="audit-verify-heading">
    <h2 id="audit-verify-heading">${t('audit.verify')}</h2>
    <p>${t('audit.verifyIntro')}</p>
    <div class="action">
      <button type="button" id="audit-verify" onClick=${run} disabled=${busy}>${t('audit.verifyButton')}</button>
    </div>
    ${progress
      ? html`<div class="field">
          <label for="audit-verify-progress">${t('audit.progress')}</label>
          <progress id="audit-verify-progress" max=${Math.max(progress.head, 1)} value=${progress.at}>${progress.at}</progress>
        </div>`
      : null}
    <div role="status" aria-live="polite" id="audit-verify-result">
      ${progress && !progress.done ? html`<p>${t('audit.verifying', { checked: progress.checked, head: progress.head })}</p>` : null}
      ${progress?.done ? html`<${VerifyResult} t=${t} failure=${progress.failure} ok=${t('audit.ledgerOk', { count: progress.checked })} />` : null}
    </div>
    <${ErrorText} error=${error} />
  </section>`;
}

function Export({ t, ErrorText }) {
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/export.jsonl', { headers: { authorization: `Bearer ${session.token()}` } });
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        const first = body.errors?.[0];
        throw Object.assign(new Error(first?.message ?? `HTTP ${response.status}`), { code: first?.extensions?.code ?? 'NETWORK' });
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'civic-ledger.jsonl';
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return html`<section aria-labelledby="audit-export-heading">
    <h2 id="audit-export-heading">${t('audit.export')}</h2>
    <p>${t('audit.exportIntro')}</p>
    <button type="button" id="audit-export" disabled=${busy} onClick=${download}>${t('audit.exportButton')}</button>
    <${ErrorText} error=${error} />
  </section>`;
}

/** The auditor's screen; `stream` opens a record's timeline directly (from `?stream=`). */
export function Audit({ t, lang, ErrorText, params, extra = null }) {
  const [stream, setStream] = useState(params.get('stream'));
  const open = (s) => {
    setStream(s);
    history.replaceState(null, '', '/app/audit?stream=' + encodeURIComponent(s));
  };
  return html`<main id="main" class="audit">
    <h1>${t('audit.title')}</h1>
    <${Finder} t=${t} lang=${lang} ErrorText=${ErrorText} onOpen=${open} />
    ${stream && STREAM.test(stream) ? html`<${Timeline} key=${stream} t=${t} lang=${lang} ErrorText=${ErrorText} stream=${stream} />` : null}
    ${extra}
    <${VerifyLedger} t=${t} lang=${lang} ErrorText=${ErrorText} />
    <${Export} t=${t} ErrorText=${ErrorText} />
  </main>`;
}
