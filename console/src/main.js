// The civic-ledger console: sign-in, the registrar's queue, search, an organisation's profile
// with its decision, and the application form. Preact + htm: no build step beyond bundling.

import { h, render, createContext } from 'preact';
import { useState, useEffect, useRef, useContext, useCallback } from 'preact/hooks';
import htm from 'htm';
import { translate } from './i18n.js';
import { Audit } from './audit.js';
import { Board, DraftForm, ProcurementPage } from './procurement.js';
import { EligibleBoard, MyBids } from './bids.js';
import { MyCommittees, CommitteePage } from './committee.js';
import { ContractPage, ContractList } from './contract.js';
import { CountBars } from './charts.js';
import { EvaluationPage, SupplierGrades, MyEvaluations } from './performance.js';
import { PurchaseAudit, PurchaseFinder } from './purchase-audit.js';
import { Statistics } from './statistics.js';
import { menuRoute, MenuScreens } from './menu.js';
import { ContestList, ContestPage, OpenCallForm } from './contest.js';
import { gql, session, language, decodeClaims, newCommandId, whenUnauthenticated, ApiError } from './api.js';
import { formatMoney, formatDate, formatDateTime, normaliseCreditCode, parseMoney, trimmed, chinaToday } from './format.js';

const html = htm.bind(h);
const Ctx = createContext(null);
const useApp = () => useContext(Ctx);

// ---- routing (history API under /app)

function currentRoute() {
  const path = location.pathname.replace(/^\/app\/?/, '');
  const params = new URLSearchParams(location.search);
  const org = /^organisations\/([0-9a-fA-F-]{36})$/.exec(path);
  if (org) return { screen: 'organisation', id: org[1] };
  if (path === 'search') return { screen: 'search', params };
  if (path === 'apply') return { screen: 'apply' };
  if (path === 'audit') return { screen: 'audit', params };
  if (path === 'procurements') return { screen: 'procurements', params };
  if (path === 'procurements/new') return { screen: 'draft' };
  const proc = /^procurements\/([0-9a-fA-F-]{36})$/.exec(path);
  if (proc) return { screen: 'procurement', id: proc[1] };
  if (path === 'eligible') return { screen: 'eligible' };
  if (path === 'bids') return { screen: 'bids' };
  if (path === 'committees') return { screen: 'committees' };
  const committee = /^committees\/([0-9a-fA-F-]{36})$/.exec(path);
  if (committee) return { screen: 'committee', id: committee[1] };
  if (path === 'contracts') return { screen: 'contracts' };
  const contract = /^contracts\/([0-9a-fA-F-]{36})$/.exec(path);
  if (contract) return { screen: 'contract', id: contract[1] };
  const evaluation = /^evaluations\/([0-9a-fA-F-]{36})$/.exec(path);
  if (evaluation) return { screen: 'evaluation', id: evaluation[1] };
  const purchase = /^audit\/purchases\/([0-9a-fA-F-]{36})$/.exec(path);
  if (purchase) return { screen: 'purchaseAudit', id: purchase[1] };
  if (path === 'statistics') return { screen: 'statistics', params };
  if (path === 'evaluations') return { screen: 'evaluations' };
  const menu = menuRoute(path, params);
  if (menu) return menu;
  if (path === 'contests') return { screen: 'contests', params };
  if (path === 'contests/new') return { screen: 'openCall' };
  const contest = /^contests\/([0-9a-fA-F-]{36})$/.exec(path);
  if (contest) return { screen: 'contest', id: contest[1] };
  return { screen: 'home' };
}

function navigate(href) {
  history.pushState(null, '', href);
  dispatchEvent(new PopStateEvent('popstate'));
}

function Link({ href, children, ...rest }) {
  const onClick = (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return html`<a href=${href} onClick=${onClick} ...${rest}>${children}</a>`;
}

// ---- shared pieces

/** A rule's name in the reader's language, where the console knows it: the API's messages are in English. */
function ruleName(t, rule) {
  const name = t('rules.' + rule);
  return name === 'rules.' + rule ? '' : t('ruleSeparator') + name;
}

/** An API error as a clerk reads it: the message, and the rule it cites. */
function ErrorText({ error, id }) {
  const { t, lang } = useApp();
  if (!error) return null;
  const message = error.code === 'CONFLICT' ? t('conflict') : error.code === 'NETWORK' ? t('networkError', { message: error.message }) : error.message;
  // The API explains in English; where the console words the rule in Chinese, the clerk reads
  // that first and the ledger's particulars after it.
  const ruleText = lang === 'zh' && error.rule ? t('ruleText.' + error.rule) : null;
  const explained = ruleText && ruleText !== 'ruleText.' + error.rule;
  return html`<p class="error" id=${id} role="alert">
    ${explained ? html`${ruleText} <span class="detail" lang="en">${message}</span>` : message}${error.rule ? html` <span class="rule">(${t('ruleLabel', { rule: error.rule })}${ruleName(t, error.rule)})</span>` : null}
    ${error.code === 'CONFLICT' ? html` <button type="button" class="link" onClick=${() => location.reload()}>${t('reload')}</button>` : null}
  </p>`;
}

function Field({ id, label, error, children, hint }) {
  return html`<div class=${'field' + (error ? ' invalid' : '')}>
    <label for=${id}>${label}</label>
    ${children}
    ${hint ? html`<p class="hint" id=${id + '-hint'}>${hint}</p>` : null}
    <${ErrorText} error=${error} id=${id + '-error'} />
  </div>`;
}

function describedBy(id, error, hint) {
  return [hint ? id + '-hint' : null, error ? id + '-error' : null].filter(Boolean).join(' ') || undefined;
}

function Status({ status }) {
  const { t } = useApp();
  return status ? html`<span class=${'status status-' + status.toLowerCase()}>${t('statuses.' + status)}</span>` : null;
}

function caseName(t, c) {
  return t('cases.' + c.kind, { year: c.year });
}

// ---- sign-in

function SignIn({ notice, onToken }) {
  const { t, lang } = useApp();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState(null);
  const [tokenError, setTokenError] = useState(null);
  const [busy, setBusy] = useState(false);

  const withPassword = async (e) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const data = await gql(
        'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
        { u: trimmed(username), p: password },
        { lang, token: null },
      );
      onToken(data.signIn.token);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const withToken = (e) => {
    e.preventDefault();
    const claims = decodeClaims(token);
    if (!claims) return setTokenError(new ApiError(t('tokenMalformed'), { code: 'VALIDATION' }));
    if (claims.exp * 1000 <= Date.now()) return setTokenError(new ApiError(t('tokenExpired'), { code: 'UNAUTHENTICATED' }));
    onToken(token.trim());
  };
  return html`<main id="main" class="sign-in">
    <h1>${t('signInTitle')}</h1>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : null}
    <div class="sign-in-forms">
      <form onSubmit=${withPassword} aria-labelledby="password-heading">
        <h2 id="password-heading">${t('signInPassword')}</h2>
        <${Field} id="username" label=${t('username')}>
          <input id="username" name="username" autocomplete="username" value=${username} onInput=${(e) => setUsername(e.currentTarget.value)} />
        <//>
        <${Field} id="password" label=${t('password')} error=${error}>
          <input id="password" name="password" type="password" autocomplete="current-password" value=${password}
            aria-describedby=${describedBy('password', error)} aria-invalid=${error ? 'true' : undefined}
            onInput=${(e) => setPassword(e.currentTarget.value)} />
        <//>
        <button type="submit" disabled=${busy}>${t('signIn')}</button>
      </form>
      <form onSubmit=${withToken} aria-labelledby="token-heading">
        <h2 id="token-heading">${t('signInToken')}</h2>
        <${Field} id="token" label=${t('token')} error=${tokenError} hint=${t('tokenHelp')}>
          <textarea id="token" name="token" rows="4" spellcheck=${false} value=${token}
            aria-describedby=${describedBy('token', tokenError, true)} aria-invalid=${tokenError ? 'true' : undefined}
            onInput=${(e) => setToken(e.currentTarget.value)}></textarea>
        <//>
        <button type="submit">${t('signInWithToken')}</button>
      </form>
    </div>
  </main>`;
}

// ---- today's queue

const QUEUE = `query Queue($j: String!, $after: String) {
  organisations(filter: {jurisdiction: $j}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name status creditCode openCases { kind year rule openedOn due overdue } }
  }
}`;

/** Every open case of the jurisdiction, overdue first, then by due date. */
async function loadQueue(jurisdiction, lang) {
  const rows = [];
  let after = null;
  // Ten pages (1,000 organisations) bound the work of one screen.
  for (let page = 0; page < 10; page++) {
    const data = await gql(QUEUE, { j: jurisdiction, after }, { lang });
    for (const org of data.organisations.nodes) {
      for (const c of org.openCases) rows.push({ org, case: c });
    }
    if (!data.organisations.pageInfo.hasNextPage) break;
    after = data.organisations.pageInfo.endCursor;
  }
  rows.sort((a, b) => Number(b.case.overdue) - Number(a.case.overdue) || a.case.due.localeCompare(b.case.due) || a.org.name.localeCompare(b.org.name));
  return rows;
}

/** `YYYY-MM-DD` `days` after `day`. */
function addDays(day, days) {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The queue's cases due in the seven days from today, by day, after those already overdue. */
function DueThisWeek({ rows, today }) {
  const { t, lang } = useApp();
  const days = Array.from({ length: 7 }, (_, i) => addDays(today, i));
  const weekday = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { weekday: 'short', timeZone: 'UTC' });
  const bars = [
    { key: 'overdue', label: t('overdue'), count: rows.filter((r) => r.case.overdue).length, className: 'overdue' },
    ...days.map((day, i) => ({
      key: day,
      label: i === 0 ? t('today') : weekday.format(new Date(day + 'T00:00:00Z')),
      sublabel: day.slice(5).replace('-', '/'),
      count: rows.filter((r) => !r.case.overdue && r.case.due === day).length,
      className: i === 0 ? 'today' : '',
    })),
  ];
  const describe = t('weekChartDescribe', {
    overdue: bars[0].count,
    days: bars.slice(1).map((b) => `${formatDate(b.key, lang)} ${b.count}`).join(t('listSeparator')),
  });
  return html`<${CountBars} id="week-chart" title=${t('weekChartTitle')} describe=${describe} bars=${bars} />`;
}

function Queue() {
  const { t, lang, claims } = useApp();
  const [rows, setRows] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    setRows(null);
    loadQueue(claims.jurisdiction, lang).then((r) => live && setRows(r), (e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [claims.jurisdiction, lang]);
  const today = chinaToday();
  return html`<main id="main">
    <h1>${t('queueTitle')}</h1>
    <p>${t('queueIntro')}</p>
    <${ErrorText} error=${error} />
    ${rows == null && !error ? html`<p role="status">${t('loading')}</p>` : null}
    ${rows && rows.length === 0 ? html`<p class="empty">${t('queueEmpty')}</p>` : null}
    ${rows && rows.length > 0 ? html`<${DueThisWeek} rows=${rows} today=${today} />` : null}
    ${rows && rows.length > 0
      ? html`<table class="queue">
          <caption>${t('queueTitle')} · ${formatDate(today, lang)}</caption>
          <thead><tr><th scope="col">${t('state')}</th><th scope="col">${t('due')}</th><th scope="col">${t('caseKind')}</th><th scope="col">${t('organisation')}</th><th scope="col">${t('rule')}</th><th scope="col">${t('openedOn')}</th></tr></thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr class=${r.case.overdue ? 'overdue' : ''}>
                <td>${r.case.overdue ? html`<strong class="badge overdue">${t('overdue')}</strong>` : r.case.due === today ? html`<span class="badge today">${t('dueToday')}</span>` : t('onTime')}</td>
                <td>${formatDate(r.case.due, lang)}</td>
                <td>${caseName(t, r.case)}</td>
                <td><${Link} href=${'/app/organisations/' + r.org.id}>${r.org.name}<//></td>
                <td><code>${r.case.rule}</code></td>
                <td>${formatDate(r.case.openedOn, lang)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : null}
  </main>`;
}

// ---- search

const STATUSES = ['APPLIED', 'PREP_APPLIED', 'PREPARING', 'ESTAB_APPLIED', 'ACTIVE', 'SUSPENDED', 'LIQUIDATING', 'REFUSED', 'LAPSED', 'DEREGISTERED', 'REVOKED'];

const SEARCH = `query Search($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 100) {
    totalCount
    nodes { id name kind status creditCode jurisdiction appliedAt }
  }
}`;

function Search({ params }) {
  const { t, lang } = useApp();
  const [name, setName] = useState(params.get('name') ?? '');
  const [code, setCode] = useState(params.get('code') ?? '');
  const [status, setStatus] = useState(params.get('status') ?? '');
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (filter) => {
      setBusy(true);
      setError(null);
      try {
        setResult(await gql(SEARCH, { filter }, { lang }));
      } catch (e) {
        setError(e);
        setResult(null);
      } finally {
        setBusy(false);
      }
    },
    [lang],
  );
  const filterFrom = (n, c, s) => {
    const filter = {};
    if (trimmed(n)) filter.nameContains = trimmed(n);
    if (normaliseCreditCode(c)) filter.creditCode = normaliseCreditCode(c);
    if (s) filter.status = s;
    return filter;
  };
  useEffect(() => {
    if (params.toString()) run(filterFrom(params.get('name') ?? '', params.get('code') ?? '', params.get('status') ?? ''));
  }, [params.toString(), run]);
  const submit = (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    if (trimmed(name)) q.set('name', trimmed(name));
    if (normaliseCreditCode(code)) q.set('code', normaliseCreditCode(code));
    if (status) q.set('status', status);
    setCode(normaliseCreditCode(code));
    const href = '/app/search' + (q.toString() ? '?' + q : '');
    if (href === location.pathname + location.search) run(filterFrom(name, code, status));
    else navigate(href);
  };
  const codeError = error && (error.field === 'creditCode' || /credit/i.test(error.field ?? '')) ? error : null;
  return html`<main id="main">
    <h1>${t('searchTitle')}</h1>
    <form class="search" onSubmit=${submit} role="search">
      <${Field} id="search-name" label=${t('searchName')}>
        <input id="search-name" value=${name} onInput=${(e) => setName(e.currentTarget.value)} />
      <//>
      <${Field} id="search-code" label=${t('searchCreditCode')} error=${codeError}>
        <input id="search-code" value=${code} spellcheck=${false} autocomplete="off"
          aria-describedby=${describedBy('search-code', codeError)} aria-invalid=${codeError ? 'true' : undefined}
          onInput=${(e) => setCode(e.currentTarget.value)} onBlur=${() => setCode(normaliseCreditCode(code))} />
      <//>
      <${Field} id="search-status" label=${t('searchStatus')}>
        <select id="search-status" value=${status} onChange=${(e) => setStatus(e.currentTarget.value)}>
          <option value="">${t('anyStatus')}</option>
          ${STATUSES.map((s) => html`<option value=${s}>${t('statuses.' + s)}</option>`)}
        </select>
      <//>
      <button type="submit" disabled=${busy}>${t('search')}</button>
    </form>
    ${codeError ? null : html`<${ErrorText} error=${error} />`}
    ${result
      ? result.organisations.nodes.length === 0
        ? html`<p class="empty" role="status">${t('noResults')}</p>`
        : html`<table class="results">
            <caption role="status">${t('results', { count: result.organisations.totalCount })}</caption>
            <thead><tr><th scope="col">${t('name')}</th><th scope="col">${t('creditCode')}</th><th scope="col">${t('kind')}</th><th scope="col">${t('state')}</th><th scope="col">${t('appliedAt')}</th></tr></thead>
            <tbody>
              ${result.organisations.nodes.map(
                (o) => html`<tr>
                  <td><${Link} href=${'/app/organisations/' + o.id}>${o.name}<//></td>
                  <td><code>${o.creditCode}</code></td>
                  <td>${o.kind ? t('kinds.' + o.kind) : ''}</td>
                  <td><${Status} status=${o.status} /></td>
                  <td>${formatDateTime(o.appliedAt, lang)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
      : null}
  </main>`;
}

// ---- an organisation's profile and decision

const PROFILE = `query Profile($id: UUID!) {
  organisation(id: $id) {
    id name kind status creditCode jurisdiction domicile purpose businessScope
    legalRepresentative { name idNumber phone }
    registeredFunds supervisoryUnit publicFundraising appliedAt registeredAt refusedAt refusalReason decisionDue establishmentDue version
    members { individual unit }
    rating { label score validUntil }
    creditStanding { list reason listedAt }
    creditHistory { list reason listedAt endedAt }
    annualReports { year submittedAt conclusion notFiledDue }
    openCases { kind year rule due overdue }
  }
}`;

/** What decides an application in each status: the mutations, and whether refusal is by `ReasonedCommandInput`. */
const DECISIONS = {
  APPLIED: { approve: 'approveRegistration', refuse: 'refuseRegistration', approveType: 'ApproveRegistrationInput', refuseType: 'RefuseRegistrationInput' },
  ESTAB_APPLIED: { approve: 'approveRegistration', refuse: 'refuseRegistration', approveType: 'ApproveRegistrationInput', refuseType: 'RefuseRegistrationInput' },
  PREP_APPLIED: { approve: 'approvePreparation', refuse: 'refusePreparation', approveType: 'OrganisationCommandInput', refuseType: 'ReasonedCommandInput' },
};

function Decision({ org, onDecided }) {
  const { t, lang, claims } = useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(null);
  // Guards against a second click before the first re-render disabled the button; the
  // command id makes even a repeated request write once.
  const inFlight = useRef(false);
  const commandIds = useRef({});
  const decision = DECISIONS[org.status];
  if (!decision || claims?.role !== 'registrar') return null;

  const act = async (action) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(action);
    setError(null);
    commandIds.current[action] ??= newCommandId();
    const input = { organisationId: org.id, commandId: commandIds.current[action], expectedVersion: org.version };
    if (action === 'refuse') input.reason = trimmed(reason);
    const mutation = decision[action];
    let decided = false;
    try {
      await gql(`mutation($i: ${decision[action + 'Type']}!) { ${mutation}(input: $i) { version } }`, { i: input }, { lang });
      delete commandIds.current[action];
      // Decided: the panel stays shut until the organisation read again remounts it (it is
      // keyed by version), so the second click of a double click that lands after the answer
      // sends nothing.
      decided = true;
      const preparation = org.status === 'PREP_APPLIED';
      onDecided(t(action === 'approve' ? (preparation ? 'preparationApproved' : 'approved') : preparation ? 'preparationRefused' : 'refused'));
    } catch (e) {
      // An answer from the ledger settles this command; a lost one may have been written, so
      // its retry keeps the id and is answered with the first outcome.
      if (e.code !== 'NETWORK') delete commandIds.current[action];
      setError({ action, error: e });
    } finally {
      if (!decided) inFlight.current = false;
      setBusy(null);
    }
  };
  const approveError = error?.action === 'approve' ? error.error : null;
  const refuseError = error?.action === 'refuse' ? error.error : null;
  return html`<section class="decision" aria-labelledby="decision-heading">
    <h2 id="decision-heading">${t('decision')}</h2>
    <div class="action">
      <button type="button" id="approve" onClick=${() => act('approve')} disabled=${busy != null} aria-describedby=${approveError ? 'approve-error' : undefined}>${t(org.status === 'PREP_APPLIED' ? 'approvePreparation' : 'approve')}</button>
      <${ErrorText} error=${approveError} id="approve-error" />
    </div>
    <form class="action" onSubmit=${(e) => (e.preventDefault(), act('refuse'))}>
      <${Field} id="refuse-reason" label=${t('refuseReason')} error=${refuseError}>
        <textarea id="refuse-reason" rows="3" value=${reason} aria-required="true"
          aria-describedby=${describedBy('refuse-reason', refuseError)} aria-invalid=${refuseError ? 'true' : undefined}
          onInput=${(e) => setReason(e.currentTarget.value)}></textarea>
      <//>
      <button type="submit" id="refuse" class="danger" disabled=${busy != null}>${t(org.status === 'PREP_APPLIED' ? 'refusePreparation' : 'refuse')}</button>
    </form>
  </section>`;
}

function Facts({ rows }) {
  return html`<dl class="facts">
    ${rows.filter(([, v]) => v != null && v !== '').map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}
  </dl>`;
}

function Profile({ id, flash }) {
  const { t, lang } = useApp();
  const [org, setOrg] = useState(undefined);
  const [error, setError] = useState(null);
  const [message, setMessage] = useState(flash);
  const load = useCallback(() => {
    gql(PROFILE, { id }, { lang }).then(
      (d) => setOrg(d.organisation),
      (e) => setError(e),
    );
  }, [id, lang]);
  useEffect(load, [load]);
  if (error) return html`<main id="main"><${ErrorText} error=${error} /></main>`;
  if (org === undefined) return html`<main id="main"><p role="status">${t('loading')}</p></main>`;
  if (org === null) return html`<main id="main"><p class="empty">${t('notFound')}</p></main>`;
  const lr = org.legalRepresentative;
  return html`<main id="main" class="profile">
    <h1>${org.name} <${Status} status=${org.status} /></h1>
    ${message ? html`<p class="notice" role="status">${message}</p>` : null}
    <${Facts}
      rows=${[
        [t('creditCode'), html`<code>${org.creditCode}</code>`],
        [t('kind'), org.kind ? t('kinds.' + org.kind) + (org.publicFundraising ? ` · ${t('publicFundraising')}` : '') : null],
        [t('jurisdiction'), org.jurisdiction],
        [t('domicile'), org.domicile],
        [t('purpose'), org.purpose],
        [t('businessScope'), org.businessScope],
        [t('legalRepresentative'), lr ? [lr.name, lr.idNumber, lr.phone].filter(Boolean).join(' · ') : null],
        [t('registeredFunds'), formatMoney(org.registeredFunds)],
        [t('supervisoryUnitShort'), org.supervisoryUnit],
        [t('members'), org.members ? t('memberCounts', { individual: org.members.individual, unit: org.members.unit }) : null],
        [t('appliedAt'), formatDateTime(org.appliedAt, lang)],
        [t('decisionDue'), DECISIONS[org.status] ? formatDate(org.decisionDue, lang) : null],
        [t('registeredAt'), formatDateTime(org.registeredAt, lang)],
        [t('refusedAt'), formatDateTime(org.refusedAt, lang)],
        [t('refusalReason'), org.refusalReason],
        [t('version'), String(org.version)],
      ]}
    />
    <${Decision} key=${org.version} org=${org} onDecided=${(m) => (setMessage(m), load())} />
    <${Establishment} key=${'e' + org.version} org=${org} onDone=${(m) => (setMessage(m), load())} />
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">${t('openCases')}</h2>
      ${org.openCases.length === 0
        ? html`<p>${t('none')}</p>`
        : html`<ul class="cases">${org.openCases.map(
            (c) => html`<li class=${c.overdue ? 'overdue' : ''}>${caseName(t, c)} · ${t('due')} ${formatDate(c.due, lang)} ${c.overdue ? html`<strong class="badge overdue">${t('overdue')}</strong>` : null} <code>${c.rule}</code></li>`,
          )}</ul>`}
    </section>
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">${t('annualReports')}</h2>
      ${org.annualReports.length === 0
        ? html`<p>${t('none')}</p>`
        : html`<table><caption class="sr-only">${t('annualReports')}</caption>
            <thead><tr><th scope="col">${t('year')}</th><th scope="col">${t('submittedAt')}</th><th scope="col">${t('conclusion')}</th><th scope="col">${t('notFiledDue')}</th></tr></thead>
            <tbody>${org.annualReports.map(
              (r) => html`<tr><td>${r.year}</td><td>${formatDateTime(r.submittedAt, lang)}</td><td>${r.conclusion ? t('conclusions.' + r.conclusion) : ''}</td><td>${formatDate(r.notFiledDue, lang)}</td></tr>`,
            )}</tbody></table>`}
    </section>
    <section aria-labelledby="credit-heading">
      <h2 id="credit-heading">${t('creditStanding')}</h2>
      <p><span class=${'list list-' + org.creditStanding.list.toLowerCase()}>${t('lists.' + org.creditStanding.list)}</span>
        ${org.creditStanding.reason ? ` · ${org.creditStanding.reason}` : ''}
        ${org.creditStanding.listedAt ? ` · ${formatDateTime(org.creditStanding.listedAt, lang)}` : ''}</p>
      ${org.creditHistory.length > 0
        ? html`<table><caption>${t('creditHistory')}</caption>
            <thead><tr><th scope="col">${t('creditStanding')}</th><th scope="col">${t('reason')}</th><th scope="col">${t('listedAt')}</th><th scope="col">${t('endedAt')}</th></tr></thead>
            <tbody>${org.creditHistory.map(
              (l) => html`<tr><td>${t('lists.' + l.list)}</td><td>${l.reason}</td><td>${formatDateTime(l.listedAt, lang)}</td><td>${formatDateTime(l.endedAt, lang)}</td></tr>`,
            )}</tbody></table>`
        : null}
    </section>
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">${t('rating')}</h2>
      <p>${org.rating ? t('ratingScore', { label: org.rating.label, score: org.rating.score, until: formatDate(org.rating.validUntil, lang) }) : t('noRating')}</p>
    </section>
    <${SupplierGrades} ui=${{ t, lang, Link }} organisationId=${org.id} />
  </main>`;
}

/** Individual and unit members, for a social group's preparation and establishment. */
function MemberFields({ prefix, values, set, error }) {
  const { t } = useApp();
  const err = isMembersError(error) ? error : null;
  return html`<fieldset class="members">
    <legend>${t('members')}</legend>
    <${Field} id=${prefix + '-individual'} label=${t('individualMembers')}>
      <input id=${prefix + '-individual'} inputmode="numeric" value=${values.individualMembers ?? ''}
        aria-describedby=${describedBy(prefix + '-members', err)} aria-invalid=${err ? 'true' : undefined}
        onInput=${(e) => set('individualMembers', e.currentTarget.value)} />
    <//>
    <${Field} id=${prefix + '-unit'} label=${t('unitMembers')}>
      <input id=${prefix + '-unit'} inputmode="numeric" value=${values.unitMembers ?? ''}
        aria-describedby=${describedBy(prefix + '-members', err)} aria-invalid=${err ? 'true' : undefined}
        onInput=${(e) => set('unitMembers', e.currentTarget.value)} />
    <//>
    <${ErrorText} error=${err} id=${prefix + '-members-error'} />
  </fieldset>`;
}

/** A social group in preparation applies for establishment (成立登记), the second stage. */
function Establishment({ org, onDone }) {
  const { t, lang, claims } = useApp();
  const [values, setValues] = useState({});
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const commandId = useRef(null);
  if (org.status !== 'PREPARING' || claims?.role !== 'registrar') return null;
  const set = (k, v) => setValues((old) => ({ ...old, [k]: v }));
  const submit = async (e) => {
    e.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    commandId.current ??= newCommandId();
    const input = {
      organisationId: org.id,
      individualMembers: parseCount(values.individualMembers ?? '0'),
      unitMembers: parseCount(values.unitMembers ?? '0'),
      commandId: commandId.current,
      expectedVersion: org.version,
    };
    try {
      await gql('mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { version } }', { i: input }, { lang });
      commandId.current = null;
      onDone(t('establishmentApplied'));
    } catch (err) {
      if (err.code !== 'NETWORK') commandId.current = null;
      setError(err);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  const membersError = isMembersError(error) ? error : null;
  return html`<section class="decision" aria-labelledby="establishment-heading">
    <h2 id="establishment-heading">${t('establishment')}</h2>
    <p>${t('establishmentDue', { due: formatDate(org.establishmentDue, lang) })}</p>
    <form onSubmit=${submit}>
      <${MemberFields} prefix="establish" values=${values} set=${set} error=${error} />
      <div class="action">
        <button type="submit" id="apply-establishment" disabled=${busy}>${t('applyEstablishment')}</button>
        ${error && !membersError ? html`<${ErrorText} error=${error} id="establishment-error" />` : null}
      </div>
    </form>
  </section>`;
}

// ---- the application form

const APPLY = `mutation Apply($i: ApplyForRegistrationInput!) {
  applyForRegistration(input: $i) { organisation { id } }
}`;

/** A social group's first stage: preparation (筹备), with its members. */
const APPLY_PREPARATION = `mutation Prepare($i: ApplyForPreparationInput!) {
  applyForPreparation(input: $i) { organisation { id } }
}`;

/** A whole number as typed (full-width digits too); anything else is sent as typed for the API to refuse. */
function parseCount(text) {
  const cleaned = normaliseCreditCode(text).replace(/,/g, '');
  return /^\d{1,9}$/.test(cleaned) ? Number(cleaned) : cleaned;
}

/** The form's inputs, by the API field path their errors name. */
const APPLY_FIELDS = [
  ['name', 'name'],
  ['creditCode', 'creditCode'],
  ['domicile', 'domicile'],
  ['purpose', 'purpose', 'textarea'],
  ['businessScope', 'businessScope', 'textarea'],
  ['legalRepresentative.name', 'legalRepresentativeName'],
  ['legalRepresentative.idNumber', 'idNumber'],
  ['legalRepresentative.phone', 'phone'],
  ['registeredFunds', 'registeredFunds'],
  ['supervisoryUnit', 'supervisoryUnit'],
];

const inputId = (path) => 'apply-' + path.replace(/\./g, '-');

/** The input an API error concerns: by its full path, or by the last part of it. */
/** Rules whose refusals name no field but concern one input. */
const RULE_FIELDS = { 'REG-MIN-MEMBERS': 'members', 'REG-MIN-FUNDS': 'registeredFunds', 'REG-USCC': 'creditCode' };

const isMembersError = (error) => !!error && (['individualMembers', 'unitMembers', 'members'].includes(error.field) || RULE_FIELDS[error.rule] === 'members');

function fieldOf(error) {
  if (isMembersError(error)) return 'members';
  if (!error?.field) return (error?.rule && RULE_FIELDS[error.rule]) || null;
  const exact = APPLY_FIELDS.find(([p]) => p === error.field);
  if (exact) return exact[0];
  const last = error.field.split('.').pop();
  const bySuffix = APPLY_FIELDS.find(([p]) => p.split('.').pop() === last);
  return bySuffix ? bySuffix[0] : null;
}

function Apply() {
  const { t, lang, claims } = useApp();
  const [values, setValues] = useState({ kind: 'SOCIAL_SERVICE_ORG', publicFundraising: false, jurisdiction: claims.jurisdiction ?? '' });
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const commandId = useRef(null);
  const set = (path, value) => setValues((v) => ({ ...v, [path]: value }));

  const submit = async (e) => {
    e.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    commandId.current ??= newCommandId();
    const v = (p) => trimmed(values[p]);
    const input = {
      name: v('name'),
      kind: values.kind,
      creditCode: normaliseCreditCode(values.creditCode),
      domicile: v('domicile'),
      purpose: v('purpose'),
      businessScope: v('businessScope'),
      legalRepresentative: { name: v('legalRepresentative.name'), idNumber: normaliseCreditCode(values['legalRepresentative.idNumber']), phone: v('legalRepresentative.phone') },
      registeredFunds: parseMoney(values.registeredFunds),
      jurisdiction: v('jurisdiction'),
      publicFundraising: values.kind === 'FOUNDATION' && values.publicFundraising,
      commandId: commandId.current,
    };
    if (v('supervisoryUnit')) input.supervisoryUnit = v('supervisoryUnit');
    const twoStage = values.kind === 'SOCIAL_GROUP' && values.twoStage;
    if (twoStage) {
      delete input.kind;
      delete input.publicFundraising;
      input.individualMembers = parseCount(values.individualMembers ?? '0');
      input.unitMembers = parseCount(values.unitMembers ?? '0');
    }
    try {
      const data = await gql(twoStage ? APPLY_PREPARATION : APPLY, { i: input }, { lang });
      commandId.current = null;
      const payload = twoStage ? data.applyForPreparation : data.applyForRegistration;
      navigate('/app/organisations/' + payload.organisation.id + '?applied=1');
    } catch (err) {
      if (err.code !== 'NETWORK') commandId.current = null;
      setError(err);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  const errorField = fieldOf(error);
  const fieldError = (path) => (errorField === path ? error : null);
  return html`<main id="main">
    <h1>${t('applyTitle')}</h1>
    <p>${t('applyIntro')}</p>
    <form class="apply" onSubmit=${submit} novalidate>
      <${Field} id="apply-kind" label=${t('kind')}>
        <select id="apply-kind" value=${values.kind} onChange=${(e) => set('kind', e.currentTarget.value)}>
          ${['SOCIAL_GROUP', 'SOCIAL_SERVICE_ORG', 'FOUNDATION'].map((k) => html`<option value=${k}>${t('kinds.' + k)}</option>`)}
        </select>
      <//>
      ${APPLY_FIELDS.map(([path, label, type]) => {
        const id = inputId(path);
        const err = fieldError(path);
        const props = {
          id,
          name: path,
          value: values[path] ?? '',
          'aria-describedby': describedBy(id, err),
          'aria-invalid': err ? 'true' : undefined,
          onInput: (e) => set(path, e.currentTarget.value),
        };
        if (path === 'creditCode') props.onBlur = () => set(path, normaliseCreditCode(values[path]));
        if (path === 'registeredFunds') props.inputmode = 'decimal';
        return html`<${Field} id=${id} label=${t(label)} error=${err}>
          ${type === 'textarea' ? html`<textarea rows="2" ...${props}></textarea>` : html`<input ...${props} />`}
        <//>`;
      })}
      ${values.kind === 'SOCIAL_GROUP'
        ? html`<div class="field checkbox"><input type="checkbox" id="apply-two-stage" checked=${!!values.twoStage} onChange=${(e) => set('twoStage', e.currentTarget.checked)} /><label for="apply-two-stage">${t('twoStage')}</label></div>
            ${values.twoStage
              ? html`<${MemberFields} prefix="apply" values=${values} set=${set} error=${error} />`
              : null}`
        : null}
      ${values.kind === 'FOUNDATION'
        ? html`<div class="field checkbox"><input type="checkbox" id="apply-public" checked=${values.publicFundraising} onChange=${(e) => set('publicFundraising', e.currentTarget.checked)} /><label for="apply-public">${t('publicFundraising')}</label></div>`
        : null}
      <${Field} id="apply-jurisdiction" label=${t('jurisdiction')}>
        <input id="apply-jurisdiction" value=${values.jurisdiction} inputmode="numeric" onInput=${(e) => set('jurisdiction', e.currentTarget.value)} />
      <//>
      <div class="action">
        <button type="submit" disabled=${busy}>${busy ? t('submitting') : t('submit')}</button>
        ${error && !errorField ? html`<${ErrorText} error=${error} id="apply-error" />` : null}
      </div>
    </form>
  </main>`;
}

// ---- the frame

function Header({ onSignOut, onLanguage }) {
  const { t, claims } = useApp();
  return html`<header class="top">
    <a class="skip" href="#main">${t('skipToMain')}</a>
    <div class="brand">${t('appTitle')}</div>
    <nav aria-label=${t('nav')}>
      ${claims?.jurisdiction && claims.role !== 'purchaser' ? html`<${Link} href="/app/">${t('navQueue')}<//>` : null}
      <${Link} href="/app/procurements">${t('proc.nav')}<//>
      <${Link} href="/app/contests">${t('contest.nav')}<//>
      ${claims?.role === 'ngo' ? html`<${Link} href="/app/eligible">${t('proc.navEligible')}<//> <${Link} href="/app/bids">${t('proc.navMyBids')}<//>` : null}
      ${claims?.role === 'ngo' && claims.organisation ? html`<${Link} href=${'/app/organisations/' + claims.organisation}>${t('navMyOrganisation')}<//>` : null}
      ${claims?.role === 'evaluator' ? html`<${Link} href="/app/committees">${t('eval.nav')}<//>` : null}
      ${claims?.role === 'ngo' || claims?.role === 'purchaser' ? html`<${Link} href="/app/contracts">${t(claims.role === 'ngo' ? 'con.navMine' : 'con.navUnit')}<//>` : null}
      <${Link} href="/app/search">${t(claims ? 'navSearch' : 'navPublicSearch')}<//>
      <${Link} href="/app/menu-orders">${t('menu.nav')}<//>
      ${claims?.role === 'registrar' ? html`<${Link} href="/app/apply">${t('navApply')}<//>` : null}
      ${claims?.role === 'auditor' || claims?.role === 'admin' ? html`<${Link} href="/app/audit">${t('audit.nav')}<//>` : null}
      ${EVALUATION_ROLES.includes(claims?.role) ? html`<${Link} href="/app/evaluations">${t('perf.nav')}<//>` : null}
      ${STATISTICS_ROLES.includes(claims?.role) ? html`<${Link} href="/app/statistics">${t('stats.nav')}<//>` : null}
      ${claims ? null : html`<${Link} href="/app/">${t('signIn')}<//>`}
    </nav>
    <div class="who">
      ${claims
        ? html`<span class="identity" aria-label=${t('signedInAs')}>
            <span class="subject">${claims.sub}</span>
            <span class="role">${t('roles.' + claims.role)}</span>
            ${claims.jurisdiction ? html`<span class="jurisdiction">${t('jurisdiction')} ${claims.jurisdiction}</span>` : null}
          </span>`
        : null}
      <button type="button" class="link" lang=${t('switchLanguage') === 'English' ? 'en' : 'zh-CN'} aria-label=${t('switchLanguageLabel')} onClick=${onLanguage}>${t('switchLanguage')}</button>
      ${claims ? html`<button type="button" class="link" id="sign-out" onClick=${onSignOut}>${t('signOut')}</button>` : null}
    </div>
  </header>`;
}

/** Who reads purchasing statistics: staff of a jurisdiction, auditors and administrators. */
const STATISTICS_ROLES = ['purchaser', 'registrar', 'auditor', 'admin'];

/** Who has evaluations of its own: the contract's purchaser, its supplier, a third party. */
const EVALUATION_ROLES = ['purchaser', 'ngo', 'evaluator'];

function validClaims(token) {
  const claims = token ? decodeClaims(token) : null;
  return claims && claims.exp * 1000 > Date.now() ? claims : null;
}

function App() {
  const [lang, setLang] = useState(language.get());
  const [token, setToken] = useState(session.token());
  const [notice, setNotice] = useState(null);
  const [route, setRoute] = useState(currentRoute());
  const claims = validClaims(token);
  const t = useCallback((key, params) => translate(lang, key, params), [lang]);

  useEffect(() => {
    const onPop = () => setRoute(currentRoute());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = `${translate(lang, 'appTitle')} · civic-ledger`;
  }, [lang]);
  const signOut = useCallback((message = null) => {
    session.clear();
    setToken(null);
    setNotice(message);
  }, []);
  useEffect(() => whenUnauthenticated(() => signOut(translate(language.get(), 'sessionEnded'))), [signOut]);
  // A token that expires while the page is open signs the clerk out then, saying why.
  useEffect(() => {
    if (!token) return undefined;
    const expires = decodeClaims(token)?.exp * 1000;
    const end = () => signOut(translate(language.get(), 'tokenExpired'));
    if (!(expires > Date.now())) return end();
    const timer = setTimeout(end, Math.min(expires - Date.now(), 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [token, signOut]);

  const value = { t, lang, claims };
  const ui = { t, lang, claims, ErrorText, Link, navigate };
  let screen;
  if (route.screen === 'procurements' || (route.screen === 'home' && claims?.role === 'purchaser')) {
    // The procurement board and pages are public (采购公告); a purchaser's home is its board.
    screen = html`<${Board} key=${location.search} ui=${ui} params=${route.params ?? new URLSearchParams(claims ? 'mine=1' : '')} />`;
  } else if (route.screen === 'procurement') {
    screen = html`<${ProcurementPage} key=${route.id + location.search} ui=${ui} id=${route.id} flash=${new URLSearchParams(location.search).has('drafted') ? t('proc.drafted') : null} />`;
  } else if (route.screen === 'menu') {
    // The menu and its orders are public (公示); each screen shows what the signed-in role may do.
    screen = html`<${MenuScreens} ui=${ui} route=${route} />`;
  } else if (route.screen === 'contract') {
    // Contracts are published (政府采购法): anyone reads one, signed in or not.
    screen = html`<${ContractPage} key=${route.id + location.search} ui=${ui} id=${route.id} flash=${new URLSearchParams(location.search).has('signed') ? t('con.signed') : null} />`;
  } else if (route.screen === 'contests') {
    // Contests, their ranking and their money are public (issue 15).
    screen = html`<${ContestList} key=${location.search} ui=${ui} params=${route.params} />`;
  } else if (route.screen === 'contest') {
    screen = html`<${ContestPage} key=${route.id + location.search} ui=${ui} id=${route.id} flash=${new URLSearchParams(location.search).has('opened') ? t('contest.opened') : null} />`;
  } else if (claims?.role === 'purchaser' && route.screen === 'openCall') {
    screen = html`<${OpenCallForm} ui=${ui} />`;
  } else if (EVALUATION_ROLES.includes(claims?.role) && route.screen === 'evaluations') {
    screen = html`<${MyEvaluations} ui=${ui} />`;
  } else if (route.screen === 'evaluation') {
    // A concluded evaluation is public; an open one reads as null to anyone but its parties.
    screen = html`<${EvaluationPage} key=${route.id} ui=${ui} id=${route.id} />`;
  } else if ((claims?.role === 'auditor' || claims?.role === 'admin') && route.screen === 'purchaseAudit') {
    screen = html`<${PurchaseAudit} key=${route.id} ui=${ui} id=${route.id} />`;
  } else if (STATISTICS_ROLES.includes(claims?.role) && route.screen === 'statistics') {
    screen = html`<${Statistics} key=${location.search} ui=${ui} params=${route.params} />`;
  } else if ((claims?.role === 'ngo' || claims?.role === 'purchaser') && route.screen === 'contracts') {
    screen = html`<${ContractList} ui=${ui} />`;
  } else if (claims?.role === 'purchaser' && route.screen === 'draft') {
    screen = html`<${DraftForm} ui=${ui} />`;
  } else if (claims?.role === 'ngo' && (route.screen === 'eligible' || route.screen === 'home')) {
    screen = html`<${EligibleBoard} ui=${ui} />`;
  } else if (claims?.role === 'ngo' && route.screen === 'bids') {
    screen = html`<${MyBids} ui=${ui} />`;
  } else if (claims?.role === 'evaluator' && (route.screen === 'committees' || route.screen === 'home')) {
    screen = html`<${MyCommittees} ui=${ui} />`;
  } else if (claims?.role === 'evaluator' && route.screen === 'committee') {
    screen = html`<${CommitteePage} key=${route.id} ui=${ui} id=${route.id} />`;
  } else if (!claims && (route.screen === 'search' || route.screen === 'organisation')) {
    // The public registry: search and profiles without signing in; the API shows no personal data.
    screen = route.screen === 'search' ? html`<${Search} params=${route.params} />` : html`<${Profile} key=${route.id} id=${route.id} flash=${null} />`;
  } else if (!claims) {
    screen = html`<${SignIn} notice=${notice} onToken=${(tk) => (session.save(tk), setToken(tk), setNotice(null))} />`;
  } else if (route.screen === 'audit') {
    screen = html`<${Audit} t=${t} lang=${lang} ErrorText=${ErrorText} params=${route.params} extra=${html`<${PurchaseFinder} ui=${ui} />`} />`;
  } else if (route.screen === 'organisation') {
    screen = html`<${Profile} key=${route.id + location.search} id=${route.id} flash=${new URLSearchParams(location.search).has('applied') ? t('applied') : null} />`;
  } else if (route.screen === 'search' || (route.screen === 'home' && !claims.jurisdiction)) {
    screen = html`<${Search} params=${route.params ?? new URLSearchParams()} />`;
  } else if (route.screen === 'apply') {
    screen = html`<${Apply} />`;
  } else {
    screen = html`<${Queue} />`;
  }
  return html`<${Ctx.Provider} value=${value}>
    <${Header}
      onSignOut=${() => signOut(null)}
      onLanguage=${() => {
        const next = lang === 'en' ? 'zh' : 'en';
        language.set(next);
        setLang(next);
      }}
    />
    ${screen}
  <//>`;
}

render(html`<${App} />`, document.getElementById('root'));
