// Public-welfare project contests (公益项目大赛, issue 15): the public list and a contest's
// public page (the call's terms and matching policy, the ranking with its scores, each project's
// money raised, matched, granted and spent), the bureau's journey on it (open the call, the
// jury, the public jury's scores, the ranking, pledges as the platform reports them, the
// matching, the grants, a grant's contract, a cancellation), and an organisation's (the contests
// it may enter and why not, its project submitted or withdrawn, its submissions). The jury
// scores in the committee screens (committee.js). Shared pieces come from main.js as `ui`.

import { h } from 'preact';
import { useState, useEffect } from 'preact/hooks';
import htm from 'htm';
import { gql, ApiError } from './api.js';
import { formatMoney, formatDateTime, trimmed, chinaToday } from './format.js';
import { toFen, useCommand, CommandButton, ReasonForm, FormField, refusalField } from './forms.js';
import { SplitBar, PairedBars } from './charts.js';
import { toHundredths } from './committee.js';
import { SignContract } from './contract.js';
import { chinaInstant, chinaLocal } from './procurement.js';

const html = htm.bind(h);

export const STATUSES = ['OPEN', 'REVIEWED', 'RANKED', 'MATCHED', 'AWARDED', 'CANCELLED'];
const DONOR_KINDS = ['INDIVIDUAL', 'ENTERPRISE', 'FOUNDATION', 'OTHER'];

const SUMMARY = `contestId version status title bureau bureauUnit jurisdiction pool granted
  submissionsOpenAt submissionsCloseAt pledgesOpenAt pledgesCloseAt`;

// Donors' references stay with the platform: the API has none to give, and the page asks none.
const SUBMISSION = `submissionId organisationId organisationName title summary theme requested status submittedAt
  panelRank panelScoreHundredths publicScoreHundredths finalRank finalScoreHundredths raised donors
  matchingRank incentiveScoreHundredths matchClaim matched matchOutcome granted
  contract { id status paid }`;

const FULL = `${SUMMARY} panelWeightPercent shortlistSize bonusTheme committeeId sheetsDigest cancelReason
  matching { kind version percent cap raisedWeightPercent donorsWeightPercent themeBonusPoints tiers { fromRank toRank amount } }
  scoring { criteria { key name maxPoints } }
  submissions { ${SUBMISSION} }
  ranking { submissionId }`;

const LIST = `query Contests($f: ContestListFilter) { contests(filter: $f, first: 100) { totalCount nodes { ${SUMMARY} } } }`;
const ONE = `query Contest($id: UUID!) { contest(id: $id) { ${FULL} } }`;
const TO_ENTER = `query ToEnter { contestsToEnter { eligible reasons { code message } contest { ${SUMMARY} } } }`;
const MINE = `query Mine($o: UUID!) { contestSubmissionsOf(organisationId: $o) { submissionId contestId title status raised matched granted finalRank } }`;
const JURIES = `query Juries($id: UUID!) { contestCommittees(contestId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt } }`;

const OPEN_CALL = `mutation OpenCall($i: OpenContestCallInput!) { openContestCall(input: $i) { contestId } }`;
const SUBMIT = `mutation Submit($i: SubmitContestProjectInput!) { submitContestProject(input: $i) { version } }`;
const WITHDRAW = `mutation Withdraw($i: WithdrawContestProjectInput!) { withdrawContestProject(input: $i) { version } }`;
const CONSTITUTE = `mutation Jury($i: ConstituteJuryInput!) { constituteJury(input: $i) { committeeId } }`;
const CONCLUDE = `mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }`;
const REVIEW = `mutation Review($i: RecordContestReviewInput!) { recordContestReview(input: $i) { version } }`;
const PLEDGE = `mutation Pledge($i: RecordContestPledgeInput!) { recordContestPledge(input: $i) { version } }`;
const PUBLIC_SCORES = `mutation PublicScores($i: RecordContestPublicScoresInput!) { recordContestPublicScores(input: $i) { version } }`;
const RANK = `mutation Rank($i: ContestActionInput!) { rankContest(input: $i) { version } }`;
const MATCH = `mutation Match($i: ContestActionInput!) { computeContestMatching(input: $i) { version } }`;
const GRANTS = `mutation Grants($i: AwardContestGrantsInput!) { awardContestGrants(input: $i) { version } }`;
const CANCEL = `mutation Cancel($i: CancelContestInput!) { cancelContest(input: $i) { version } }`;

/** Fen of the API's decimal string (string arithmetic, as everywhere money is read). */
const fen = (amount) => (amount == null ? 0 : toFen(String(amount)) ?? 0);
const yuan = (f) => formatMoney((f / 100).toFixed(2));
const points = (hundredths) => (hundredths == null ? '' : (hundredths / 100).toFixed(2));

function StatusBadge({ t, status }) {
  return status ? html`<span class=${'status status-' + status.toLowerCase()}>${t('contest.statuses.' + status)}</span>` : null;
}

/** The finalists in the order the page ranks them: final ranking once ranked, else the jury's. */
function finalists(c) {
  const ranked = c.ranking.map((r) => c.submissions.find((s) => s.submissionId === r.submissionId)).filter(Boolean);
  if (ranked.length > 0) return ranked;
  return c.submissions.filter((s) => s.status === 'SHORTLISTED').sort((a, b) => a.panelRank - b.panelRank);
}

/** The public list of contests (a jurisdiction's), with the organisation's own boards above it. */
export function ContestList({ ui, params }) {
  const { t, lang, claims, ErrorText, Link, navigate } = ui;
  const [jurisdiction, setJurisdiction] = useState(params.get('jurisdiction') ?? claims?.jurisdiction ?? '');
  const [status, setStatus] = useState(params.get('status') ?? '');
  const [rows, setRows] = useState(null);
  const [error, setError] = useState(null);
  const query = params.toString();
  useEffect(() => {
    const f = {};
    const j = params.get('jurisdiction') ?? claims?.jurisdiction;
    if (j) f.jurisdiction = j;
    if (params.get('status')) f.status = params.get('status');
    let live = true;
    setError(null);
    gql(LIST, { f }, { lang }).then(
      (d) => live && setRows(d.contests),
      (e) => live && (setError(e), setRows(null)),
    );
    return () => {
      live = false;
    };
  }, [query, lang]);
  const submit = (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (trimmed(jurisdiction)) p.set('jurisdiction', trimmed(jurisdiction));
    if (status) p.set('status', status);
    navigate('/app/contests?' + p.toString());
  };
  return html`<main id="main">
    <h1>${t('contest.listTitle')}</h1>
    <p>${t('contest.listIntro')}</p>
    ${claims?.role === 'purchaser' ? html`<p class="actions"><${Link} href="/app/contests/new" class="button">${t('contest.openTitle')}<//></p>` : null}
    ${claims?.role === 'ngo' && claims.organisation ? html`<${ToEnter} ui=${ui} /><${MySubmissions} ui=${ui} />` : null}
    <h2 id="all-contests-heading">${t('contest.allTitle')}</h2>
    <form class="search board-filter" role="search" onSubmit=${submit} aria-label=${t('contest.filters')}>
      <div class="field"><label for="contest-jurisdiction">${t('jurisdiction')}</label>
        <input id="contest-jurisdiction" inputmode="numeric" value=${jurisdiction} onInput=${(e) => setJurisdiction(e.currentTarget.value)} /></div>
      <div class="field"><label for="contest-status">${t('state')}</label>
        <select id="contest-status" value=${status} onChange=${(e) => setStatus(e.currentTarget.value)}>
          <option value="">${t('contest.anyStatus')}</option>
          ${STATUSES.map((s) => html`<option value=${s}>${t('contest.statuses.' + s)}</option>`)}
        </select></div>
      <button type="submit">${t('search')}</button>
    </form>
    <${ErrorText} error=${error} />
    ${rows && rows.nodes.length === 0 ? html`<p class="empty" role="status">${t('contest.none')}</p>` : null}
    ${rows && rows.nodes.length > 0
      ? html`<table class="board contests">
          <caption>${t('contest.count', { count: rows.totalCount })}</caption>
          <thead><tr><th scope="col">${t('contest.title')}</th><th scope="col">${t('contest.bureau')}</th><th scope="col">${t('contest.pool')}</th><th scope="col">${t('contest.granted')}</th>
            <th scope="col">${t('contest.submissionsClose')}</th><th scope="col">${t('contest.pledgesClose')}</th><th scope="col">${t('state')}</th></tr></thead>
          <tbody>${rows.nodes.map(
            (c) => html`<tr>
              <td><${Link} href=${'/app/contests/' + c.contestId}>${c.title}<//></td>
              <td>${c.bureau}</td>
              <td class="money">${formatMoney(c.pool)}</td>
              <td class="money">${formatMoney(c.granted)}</td>
              <td>${formatDateTime(c.submissionsCloseAt, lang)}</td>
              <td>${formatDateTime(c.pledgesCloseAt, lang)}</td>
              <td><${StatusBadge} t=${t} status=${c.status} /></td>
            </tr>`,
          )}</tbody>
        </table>`
      : null}
  </main>`;
}

/** For an organisation: the contests taking submissions, and why it may not enter one. */
function ToEnter({ ui }) {
  const { t, lang, ErrorText, Link } = ui;
  const [rows, setRows] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    gql(TO_ENTER, {}, { lang }).then(
      (d) => live && setRows(d.contestsToEnter),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return html`<section aria-labelledby="to-enter-heading">
    <h2 id="to-enter-heading">${t('contest.toEnterTitle')}</h2>
    <${ErrorText} error=${error} />
    ${rows && rows.length === 0 ? html`<p class="empty">${t('contest.noneToEnter')}</p>` : null}
    ${rows && rows.length > 0
      ? html`<table class="board to-enter">
          <caption class="sr-only">${t('contest.toEnterTitle')}</caption>
          <thead><tr><th scope="col">${t('contest.title')}</th><th scope="col">${t('contest.pool')}</th><th scope="col">${t('contest.submissionsClose')}</th><th scope="col">${t('contest.mayEnter')}</th></tr></thead>
          <tbody>${rows.map(
            (r) => html`<tr class=${r.eligible ? 'eligible' : 'ineligible'}>
              <td><${Link} href=${'/app/contests/' + r.contest.contestId}>${r.contest.title}<//></td>
              <td class="money">${formatMoney(r.contest.pool)}</td>
              <td>${formatDateTime(r.contest.submissionsCloseAt, lang)}</td>
              <td>${r.eligible
                ? html`<strong class="badge ok">${t('contest.eligible')}</strong>`
                : html`<span class="badge no">${t('contest.ineligible')}</span>
                    <ul class="reasons">${r.reasons.map((x) => html`<li>${x.message} <code class="rule">BID-ELIGIBLE</code></li>`)}</ul>`}</td>
            </tr>`,
          )}</tbody>
        </table>`
      : null}
  </section>`;
}

/** For an organisation: its own submissions, with their money. */
function MySubmissions({ ui }) {
  const { t, lang, claims, ErrorText, Link } = ui;
  const [rows, setRows] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    gql(MINE, { o: claims.organisation }, { lang }).then(
      (d) => live && setRows(d.contestSubmissionsOf),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [lang, claims.organisation]);
  return html`<section aria-labelledby="my-submissions-heading">
    <h2 id="my-submissions-heading">${t('contest.mineTitle')}</h2>
    <${ErrorText} error=${error} />
    ${rows && rows.length === 0 ? html`<p class="empty">${t('contest.noneMine')}</p>` : null}
    ${rows && rows.length > 0
      ? html`<table class="board my-submissions">
          <caption class="sr-only">${t('contest.mineTitle')}</caption>
          <thead><tr><th scope="col">${t('contest.project')}</th><th scope="col">${t('state')}</th><th scope="col">${t('contest.finalRank')}</th>
            <th scope="col">${t('contest.raised')}</th><th scope="col">${t('contest.matched')}</th><th scope="col">${t('contest.granted')}</th></tr></thead>
          <tbody>${rows.map(
            (r) => html`<tr>
              <td><${Link} href=${'/app/contests/' + r.contestId}>${r.title}<//></td>
              <td>${t('contest.submissionStatuses.' + r.status)}</td>
              <td>${r.finalRank ?? ''}</td>
              <td class="money">${formatMoney(r.raised)}</td>
              <td class="money">${formatMoney(r.matched)}</td>
              <td class="money">${formatMoney(r.granted)}</td>
            </tr>`,
          )}</tbody>
        </table>`
      : null}
  </section>`;
}

/** `YYYY-MM-DDTHH:MM` in China time, `hours` from now. */
function chinaLocalIn(hours) {
  return chinaLocal(new Date(Date.now() + hours * 3600e3).toISOString());
}

const CALL_FIELDS = {
  bureau: 'bureau',
  title: 'title',
  poolFen: 'pool',
  pool: 'pool',
  matching: 'matching',
  scoring: 'scoring',
  bonusTheme: 'bonusTheme',
  shortlistSize: 'shortlistSize',
  submissionsOpenAt: 'submissionsOpenAt',
  submissionsCloseAt: 'submissionsCloseAt',
  pledgesOpenAt: 'pledgesOpenAt',
  pledgesCloseAt: 'pledgesCloseAt',
};

/** The bureau opens a call: the pool in yuan as typed, the matching policy, China-time windows. */
export function OpenCallForm({ ui }) {
  const { t, lang, claims, ErrorText, navigate } = ui;
  const [v, setV] = useState(() => ({
    bureau: '',
    title: '',
    pool: '',
    kind: 'PROPORTIONAL_WITH_CAP',
    percent: '100',
    cap: '',
    bonusTheme: '',
    shortlistSize: '10',
    submissionsOpenAt: chinaLocalIn(0),
    submissionsCloseAt: chinaLocalIn(24 * 30),
    pledgesOpenAt: chinaLocalIn(24 * 30),
    pledgesCloseAt: chinaLocalIn(24 * 45),
    criteria: [
      { name: t('contest.defaultPlan'), points: '75' },
      { name: t('contest.defaultTeam'), points: '25' },
    ],
  }));
  const [local, setLocal] = useState(null);
  const command = useCommand(lang);
  const set = (k) => (value) => setV((old) => ({ ...old, [k]: value }));
  const setCriterion = (i, k, value) => setV((old) => ({ ...old, criteria: old.criteria.map((c, j) => (j === i ? { ...c, [k]: value } : c)) }));
  const proportional = v.kind === 'PROPORTIONAL_WITH_CAP';
  const submit = (e) => {
    e.preventDefault();
    const poolFen = toFen(v.pool);
    if (poolFen == null) return setLocal(new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION', field: 'poolFen' }));
    const capFen = proportional ? toFen(v.cap) : null;
    if (proportional && capFen == null) return setLocal(new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION', field: 'matching' }));
    setLocal(null);
    const matching = proportional ? { kind: v.kind, percent: Number(trimmed(v.percent)) || 0, capFen } : { kind: v.kind };
    const input = {
      bureau: trimmed(v.bureau),
      title: trimmed(v.title),
      poolFen,
      matching,
      scoring: {
        priceWeightPercent: 0,
        criteria: v.criteria.filter((c) => trimmed(c.name)).map((c, i) => ({ key: 'c' + (i + 1), name: trimmed(c.name), maxPoints: Number(trimmed(c.points)) || 0 })),
      },
      bonusTheme: trimmed(v.bonusTheme) || null,
      shortlistSize: Number(trimmed(v.shortlistSize)) || 0,
      submissionsOpenAt: chinaInstant(v.submissionsOpenAt),
      submissionsCloseAt: chinaInstant(v.submissionsCloseAt),
      pledgesOpenAt: chinaInstant(v.pledgesOpenAt),
      pledgesCloseAt: chinaInstant(v.pledgesCloseAt),
    };
    command.run(OPEN_CALL, input, (d) => navigate('/app/contests/' + d.openContestCall.contestId + '?opened=1'));
  };
  const error = local ?? command.error;
  // CONTEST-WINDOW names no field: the windows are about the submissions' close first.
  const at = refusalField(error, CALL_FIELDS, { 'CONTEST-WINDOW': 'submissionsCloseAt', 'CONTEST-MATCHING': 'matching' });
  const on = (f) => (at === f ? error : null);
  const input = (name, label, extra = {}) =>
    html`<${FormField} ui=${ui} id=${'call-' + name} label=${t(label)} value=${v[name]} onInput=${set(name)} error=${on(name)} ...${extra} />`;
  return html`<main id="main">
    <h1>${t('contest.openTitle')}</h1>
    <p>${t('contest.openIntro', { jurisdiction: claims.jurisdiction ?? '' })}</p>
    <form class="apply draft call" onSubmit=${submit} novalidate>
      ${input('bureau', 'contest.bureau')}
      ${input('title', 'contest.title')}
      ${input('pool', 'contest.pool', { inputmode: 'decimal', hint: t('proc.priceHint') })}
      <fieldset class=${'members matching' + (at === 'matching' ? ' invalid' : '')}>
        <legend>${t('contest.matchingPolicy')}</legend>
        ${['PROPORTIONAL_WITH_CAP', 'INCENTIVE_TIERS'].map(
          (k) => html`<div class="field checkbox"><input type="radio" name="call-kind" id=${'call-kind-' + k} checked=${v.kind === k} onChange=${() => set('kind')(k)} />
            <label for=${'call-kind-' + k}>${t('contest.kinds.' + k)}</label></div>`,
        )}
        <p class="hint">${t(proportional ? 'contest.proportionalHint' : 'contest.tiersHint')}</p>
        ${proportional
          ? html`<${FormField} ui=${ui} id="call-percent" label=${t('contest.percent')} inputmode="numeric" value=${v.percent} onInput=${set('percent')} />
              <${FormField} ui=${ui} id="call-cap" label=${t('contest.cap')} inputmode="decimal" value=${v.cap} onInput=${set('cap')} />`
          : null}
        ${at === 'matching' ? html`<${ErrorText} error=${error} id="call-matching-error" />` : null}
      </fieldset>
      <fieldset class=${'members scoring' + (at === 'scoring' ? ' invalid' : '')}>
        <legend>${t('contest.scoring')}</legend>
        <p class="hint">${t('contest.scoringHint')}</p>
        ${v.criteria.map(
          (c, i) => html`<div class="criterion">
            <div class="field"><label for=${'call-criterion-' + i}>${t('proc.criterion', { n: i + 1 })}</label>
              <input id=${'call-criterion-' + i} value=${c.name} onInput=${(e) => setCriterion(i, 'name', e.currentTarget.value)} /></div>
            <div class="field"><label for=${'call-points-' + i}>${t('proc.maxPoints')}</label>
              <input id=${'call-points-' + i} inputmode="numeric" value=${c.points} onInput=${(e) => setCriterion(i, 'points', e.currentTarget.value)} /></div>
          </div>`,
        )}
        ${at === 'scoring' ? html`<${ErrorText} error=${error} id="call-scoring-error" />` : null}
      </fieldset>
      ${input('bonusTheme', 'contest.bonusTheme', { hint: t('contest.bonusThemeHint') })}
      ${input('shortlistSize', 'contest.shortlistSize', { inputmode: 'numeric' })}
      ${input('submissionsOpenAt', 'contest.submissionsOpen', { type: 'datetime-local', hint: t('proc.chinaTimeHint') })}
      ${input('submissionsCloseAt', 'contest.submissionsClose', { type: 'datetime-local', hint: t('proc.chinaTimeHint') })}
      ${input('pledgesOpenAt', 'contest.pledgesOpen', { type: 'datetime-local', hint: t('proc.chinaTimeHint') })}
      ${input('pledgesCloseAt', 'contest.pledgesClose', { type: 'datetime-local', hint: t('proc.chinaTimeHint') })}
      <div class="action">
        <button type="submit" id="call-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('contest.open')}</button>
        ${error && !at ? html`<${ErrorText} error=${error} id="call-error" />` : null}
      </div>
    </form>
  </main>`;
}

/** The pool as the page reads it: granted, matched but not (yet) granted, and what is left. */
function PoolChart({ t, c }) {
  const pool = fen(c.pool);
  const granted = fen(c.granted);
  const matched = c.submissions.reduce((sum, s) => sum + fen(s.matched), 0);
  const pending = c.status === 'AWARDED' || c.status === 'CANCELLED' ? 0 : Math.max(0, matched - granted);
  const left = Math.max(0, pool - granted - pending);
  const describe = t('contest.poolDescribe', { pool: yuan(pool), granted: yuan(granted), pending: yuan(pending), left: yuan(left) });
  return html`<${SplitBar}
    id="pool-chart"
    title=${t('contest.poolChart')}
    describe=${describe}
    format=${yuan}
    parts=${[
      { key: 'granted', label: t('contest.granted'), value: granted, className: 'paid' },
      { key: 'pending', label: t('contest.matchedNotGranted'), value: pending, className: 'owed' },
      { key: 'left', label: t('contest.left'), value: left, className: 'later' },
    ]}
  />`;
}

/** Per finalist: the social money raised beside what the pool matched and granted. */
function MoneyChart({ t, rows }) {
  const series = [
    { label: t('contest.raised'), className: 'contracted' },
    { label: t('contest.matched'), className: 'owed' },
    { label: t('contest.granted'), className: 'paid' },
  ];
  const data = rows.map((s) => ({ key: s.submissionId, label: s.title, values: [fen(s.raised), fen(s.matched), fen(s.granted)] }));
  const describe = data
    .map((r) => t('contest.moneyDescribe', { title: r.label, raised: yuan(r.values[0]), matched: yuan(r.values[1]), granted: yuan(r.values[2]) }))
    .join(t('listSeparator'));
  return html`<${PairedBars} id="money-chart" title=${t('contest.moneyChart')} describe=${describe} series=${series} rows=${data} format=${yuan} />`;
}

function policyText(t, m) {
  if (!m) return '';
  if (m.kind === 'PROPORTIONAL_WITH_CAP') return t('contest.proportionalText', { percent: m.percent, cap: formatMoney(m.cap) });
  const tiers = m.tiers.map((x) => t('contest.tierText', { from: x.fromRank, to: x.toRank, amount: formatMoney(x.amount) })).join(t('listSeparator'));
  return t('contest.tiersText', { raised: m.raisedWeightPercent, donors: m.donorsWeightPercent, bonus: m.themeBonusPoints, tiers });
}

/** A contest's public page; the bureau's and an organisation's acts below it. */
export function ContestPage({ ui, id, flash }) {
  const { t, lang, claims, ErrorText, Link } = ui;
  const [c, setC] = useState(undefined);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(flash);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    gql(ONE, { id }, { lang }).then(
      (d) => live && setC(d.contest),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [id, lang]);
  if (error) return html`<main id="main"><${ErrorText} error=${error} /></main>`;
  if (c === undefined) return html`<main id="main"><p role="status">${t('loading')}</p></main>`;
  if (c === null) return html`<main id="main"><h1>${t('contest.notFound')}</h1></main>`;
  const own = claims?.role === 'purchaser' && claims.organisation === c.bureauUnit;
  // The notice shows with the contest as the command left it, not over the page before it.
  const done = async (message) => {
    const d = await gql(ONE, { id }, { lang });
    setC(d.contest);
    setNotice(message);
    setGeneration((n) => n + 1);
  };
  const term = (label, value, tid) => html`<div><dt>${t(label)}</dt><dd id=${tid}>${value}</dd></div>`;
  const ranked = finalists(c);
  const withMoney = ranked.filter((s) => fen(s.raised) > 0 || fen(s.matched) > 0 || fen(s.granted) > 0);
  return html`<main id="main" class="contest">
    <h1>${c.title}</h1>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : null}
    <p><${StatusBadge} t=${t} status=${c.status} /> ${c.bureau} · ${t('jurisdiction')} ${c.jurisdiction}</p>
    ${c.cancelReason ? html`<p class="notice" id="contest-cancelled">${t('contest.cancelledText', { reason: c.cancelReason })}</p>` : null}
    <section aria-labelledby="call-heading">
      <h2 id="call-heading">${t('contest.terms')}</h2>
      <dl class="facts">
        ${term('contest.pool', formatMoney(c.pool), 'contest-pool')}
        ${term('contest.granted', formatMoney(c.granted), 'contest-granted')}
        ${term('contest.matchingPolicy', policyText(t, c.matching), 'contest-policy')}
        ${term('contest.policyVersion', html`<code>${c.matching?.version}</code>`)}
        ${term('contest.weights', t('contest.weightsText', { panel: c.panelWeightPercent, public: 100 - c.panelWeightPercent }))}
        ${term('contest.shortlistSize', String(c.shortlistSize))}
        ${c.bonusTheme ? term('contest.bonusTheme', c.bonusTheme) : null}
        ${term('contest.scoring', (c.scoring?.criteria ?? []).map((x) => `${x.name} ${x.maxPoints}`).join('；'))}
        ${term('contest.submissionsWindow', `${formatDateTime(c.submissionsOpenAt, lang)} – ${formatDateTime(c.submissionsCloseAt, lang)} ${t('proc.chinaTime')}`, 'contest-submissions-window')}
        ${term('contest.pledgesWindow', `${formatDateTime(c.pledgesOpenAt, lang)} – ${formatDateTime(c.pledgesCloseAt, lang)} ${t('proc.chinaTime')}`, 'contest-pledges-window')}
      </dl>
      <${PoolChart} t=${t} c=${c} />
    </section>
    ${ranked.length > 0
      ? html`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${t(c.ranking.length > 0 ? 'contest.ranking' : 'contest.shortlist')}</h2>
          <table class="ranking contest-ranking">
            <caption class="sr-only">${t('contest.ranking')}</caption>
            <thead><tr><th scope="col">${t('contest.rankColumn')}</th><th scope="col">${t('contest.project')}</th><th scope="col">${t('organisation')}</th>
              <th scope="col">${t('contest.panelScore')}</th><th scope="col">${t('contest.publicScore')}</th><th scope="col">${t('contest.finalScore')}</th>
              <th scope="col">${t('contest.raised')}</th><th scope="col">${t('contest.donors')}</th><th scope="col">${t('contest.matched')}</th>
              <th scope="col">${t('contest.granted')}</th><th scope="col">${t('contest.spent')}</th></tr></thead>
            <tbody>${ranked.map(
              (s) => html`<tr data-submission=${s.submissionId}>
                <td>${s.finalRank ?? s.panelRank}</td>
                <th scope="row">${s.title}</th>
                <td>${s.organisationName}</td>
                <td>${points(s.panelScoreHundredths)}</td>
                <td>${points(s.publicScoreHundredths)}</td>
                <td>${points(s.finalScoreHundredths)}</td>
                <td class="money">${formatMoney(s.raised)}</td>
                <td>${s.donors}</td>
                <td class="money">${s.matched != null ? html`${formatMoney(s.matched)}<br /><span class="hint">${t('contest.outcomes.' + s.matchOutcome)}</span>` : ''}</td>
                <td class="money">${s.granted != null ? formatMoney(s.granted) : ''}</td>
                <td class="money">${s.contract
                  ? html`<${Link} href=${'/app/contracts/' + s.contract.id}>${formatMoney(s.contract.paid)}<//>`
                  : s.granted != null
                    ? html`<span class="hint">${t('contest.noContract')}</span>`
                    : ''}</td>
              </tr>`,
            )}</tbody>
          </table>
          ${withMoney.length > 0 ? html`<${MoneyChart} t=${t} rows=${withMoney} />` : null}
        </section>`
      : null}
    <section aria-labelledby="submissions-heading">
      <h2 id="submissions-heading">${t('contest.submissions')}</h2>
      ${c.submissions.length === 0 ? html`<p class="empty">${t('contest.noSubmissions')}</p>` : null}
      ${c.submissions.length > 0
        ? html`<table class="submissions">
            <caption class="sr-only">${t('contest.submissions')}</caption>
            <thead><tr><th scope="col">${t('contest.project')}</th><th scope="col">${t('organisation')}</th><th scope="col">${t('contest.requested')}</th>
              <th scope="col">${t('contest.submittedAt')}</th><th scope="col">${t('contest.panelRank')}</th><th scope="col">${t('state')}</th></tr></thead>
            <tbody>${c.submissions.map(
              (s) => html`<tr data-submission=${s.submissionId}>
                <th scope="row">${s.title}${s.theme ? html` <span class="badge">${s.theme}</span>` : null}<br /><span class="hint">${s.summary}</span></th>
                <td>${s.organisationName}</td>
                <td class="money">${formatMoney(s.requested)}</td>
                <td>${formatDateTime(s.submittedAt, lang)}</td>
                <td>${s.panelRank ? `${s.panelRank}（${points(s.panelScoreHundredths)}）` : ''}</td>
                <td>${t('contest.submissionStatuses.' + s.status)}</td>
              </tr>`,
            )}</tbody>
          </table>`
        : null}
    </section>
    ${own ? html`<${BureauPanel} ui=${ui} c=${c} ranked=${ranked} generation=${generation} onDone=${done} />` : null}
    ${claims?.role === 'ngo' && claims.organisation ? html`<${EntrantPanel} key=${'entrant' + c.version} ui=${ui} c=${c} onDone=${done} />` : null}
  </main>`;
}

const PROJECT_FIELDS = { title: 'title', summary: 'summary', requestedFen: 'requested', requested: 'requested', theme: 'theme' };

/** The project input a refusal names: the ledger says `project.title`, the API `requestedFen`. */
const projectField = (error) => refusalField(error && { ...error, field: String(error.field ?? '').replace(/^project\./, '') }, PROJECT_FIELDS);

/** An organisation on a contest: its project submitted while the call takes them, or withdrawn. */
function EntrantPanel({ ui, c, onDone }) {
  const { t, lang, claims, ErrorText } = ui;
  const [v, setV] = useState({ title: '', summary: '', requested: '', theme: '' });
  const [local, setLocal] = useState(null);
  const command = useCommand(lang, { untilRemount: true });
  const mine = c.submissions.filter((s) => s.organisationId === claims.organisation);
  const live = mine.filter((s) => !['WITHDRAWN', 'NOT_SHORTLISTED', 'GRANTED', 'LIBRARY'].includes(s.status));
  const set = (k) => (value) => setV((old) => ({ ...old, [k]: value }));
  const send = (e) => {
    e.preventDefault();
    const requestedFen = toFen(v.requested);
    if (requestedFen == null) return setLocal(new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION', field: 'requestedFen' }));
    setLocal(null);
    const input = { contestId: c.contestId, organisationId: claims.organisation, title: trimmed(v.title), summary: trimmed(v.summary), requestedFen, expectedVersion: c.version };
    if (trimmed(v.theme)) input.theme = trimmed(v.theme);
    command.run(SUBMIT, input, () => onDone(t('contest.submitted')));
  };
  const error = local ?? command.error;
  const at = projectField(error);
  const on = (f) => (at === f ? error : null);
  return html`<section class="decision" aria-labelledby="entrant-heading">
    <h2 id="entrant-heading">${t('contest.entrantTitle')}</h2>
    ${live.map(
      (s) => html`<p>${t('contest.yourProject', { title: s.title, status: t('contest.submissionStatuses.' + s.status) })}</p>
        ${['OPEN', 'REVIEWED'].includes(c.status)
          ? html`<${ReasonForm} key=${'withdraw' + s.submissionId + c.version} ui=${ui} id=${'withdraw-' + s.submissionId} title=${t('contest.withdrawTitle', { title: s.title })}
              intro=${t('contest.withdrawIntro')} submitLabel=${t('contest.withdraw')} danger untilRemount mutation=${WITHDRAW}
              input=${{ contestId: c.contestId, submissionId: s.submissionId, expectedVersion: c.version }} onDone=${() => onDone(t('contest.withdrawn'))} />`
          : null}`,
    )}
    ${c.status === 'OPEN'
      ? html`<form class="apply project" onSubmit=${send} novalidate aria-labelledby="project-heading">
          <h3 id="project-heading">${t('contest.submitTitle')}</h3>
          <p>${t('contest.submitIntro', { close: formatDateTime(c.submissionsCloseAt, lang) })}</p>
          <${FormField} ui=${ui} id="project-title" label=${t('contest.projectTitle')} value=${v.title} onInput=${set('title')} error=${on('title')} />
          <${FormField} ui=${ui} id="project-summary" label=${t('contest.summary')} rows="3" value=${v.summary} onInput=${set('summary')} error=${on('summary')} />
          <${FormField} ui=${ui} id="project-requested" label=${t('contest.requested')} inputmode="decimal" value=${v.requested} onInput=${set('requested')} hint=${t('proc.priceHint')} error=${on('requested')} />
          <${FormField} ui=${ui} id="project-theme" label=${t('contest.theme')} value=${v.theme} onInput=${set('theme')} hint=${c.bonusTheme ? t('contest.themeHint', { theme: c.bonusTheme }) : undefined} error=${on('theme')} />
          <div class="action">
            <button type="submit" id="project-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('contest.submit')}</button>
            ${error && !at ? html`<${ErrorText} error=${error} id="project-error" />` : null}
          </div>
        </form>`
      : live.length === 0
        ? html`<p class="empty">${t('contest.notTaking')}</p>`
        : null}
  </section>`;
}

/** The jury (评审团): constituted from the expert pool, scored in the committee screens, concluded, recorded. */
function JuryBlock({ ui, c, generation, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [juries, setJuries] = useState([]);
  const [experts, setExperts] = useState('5');
  const [error, setError] = useState(null);
  const constitute = useCommand(lang);
  useEffect(() => {
    let live = true;
    gql(JURIES, { id: c.contestId }, { lang }).then(
      (d) => live && setJuries(d.contestCommittees),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [c.contestId, generation, lang]);
  const scoring = juries.find((j) => j.status === 'SCORING');
  const concluded = [...juries].reverse().find((j) => j.status === 'CONCLUDED');
  const closed = Date.now() >= Date.parse(c.submissionsCloseAt);
  return html`<div class="jury">
    <h3>${t('contest.jury')}</h3>
    <${ErrorText} error=${error} />
    ${!closed ? html`<p class="hint">${t('contest.juryAfterClose', { close: formatDateTime(c.submissionsCloseAt, lang) })}</p>` : null}
    ${juries.length > 0
      ? html`<table class="committees"><caption>${t('contest.jury')}</caption>
          <thead><tr><th scope="col">${t('state')}</th><th scope="col">${t('proc.seats')}</th><th scope="col">${t('proc.submitted')}</th><th scope="col">${t('proc.constitutedAt')}</th></tr></thead>
          <tbody>${juries.map(
            (j) => html`<tr><td>${t('proc.committeeStatuses.' + j.status)}</td><td>${j.sitting} / ${j.seats}</td><td>${j.submitted} / ${j.sitting}</td><td>${formatDateTime(j.constitutedAt, lang)}</td></tr>`,
          )}</tbody></table>`
      : null}
    ${scoring
      ? scoring.submitted < scoring.sitting
        ? html`<p class="hint" id="jury-waiting">${t('contest.juryWaiting', { count: scoring.sitting - scoring.submitted })}</p>`
        : html`<${CommandButton} ui=${ui} id="jury-conclude" label=${t('proc.conclude')} mutation=${CONCLUDE}
            input=${{ committeeId: scoring.committeeId, expectedVersion: scoring.version }} onDone=${() => onDone(t('proc.concluded'))} />`
      : null}
    ${!scoring && !concluded
      ? html`<form class="constitute" onSubmit=${(e) => {
          e.preventDefault();
          // The jury is a stream of its own: the contest's version is not its.
          constitute.run(CONSTITUTE, { contestId: c.contestId, experts: Number(trimmed(experts)) || 0, representatives: [] }, () => onDone(t('contest.juryConstituted')));
        }}>
          <div class="field"><label for="jury-experts">${t('proc.experts')}</label>
            <input id="jury-experts" inputmode="numeric" value=${experts} onInput=${(e) => setExperts(e.currentTarget.value)} /></div>
          <div class="action"><button type="submit" id="jury-constitute" disabled=${constitute.busy}>${t('contest.constitute')}</button>
            <${ErrorText} error=${constitute.error} id="jury-constitute-error" /></div>
        </form>`
      : null}
    ${concluded
      ? html`<p>${t('contest.reviewIntro', { size: c.shortlistSize })}</p>
          <${CommandButton} ui=${ui} id="record-review" label=${t('contest.recordReview')} mutation=${REVIEW}
            input=${{ contestId: c.contestId, committeeId: concluded.committeeId, expectedVersion: c.version }} onDone=${() => onDone(t('contest.reviewed'))} />`
      : null}
  </div>`;
}

/** A pledge as the fundraising platform reports it: the finalist, the donor's kind and reference, the amount. */
function PledgeForm({ ui, c, ranked, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [v, setV] = useState({ submissionId: ranked[0]?.submissionId ?? '', donorKind: 'INDIVIDUAL', donor: '', amount: '' });
  const [local, setLocal] = useState(null);
  const command = useCommand(lang, { untilRemount: true });
  const set = (k) => (value) => setV((old) => ({ ...old, [k]: value }));
  const send = (e) => {
    e.preventDefault();
    const amountFen = toFen(v.amount);
    if (amountFen == null) return setLocal(new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION', field: 'amountFen' }));
    setLocal(null);
    command.run(PLEDGE, { contestId: c.contestId, submissionId: v.submissionId, donorKind: v.donorKind, donor: trimmed(v.donor), amountFen, expectedVersion: c.version }, () =>
      onDone(t('contest.pledged')),
    );
  };
  const error = local ?? command.error;
  const at = refusalField(error, { amountFen: 'amount', amount: 'amount', donor: 'donor' }, { 'CONTEST-PLEDGE': 'submission' });
  return html`<form class="pledge" onSubmit=${send} novalidate aria-labelledby="pledge-heading">
    <h3 id="pledge-heading">${t('contest.pledgeTitle')}</h3>
    <p>${t('contest.pledgeIntro', { from: formatDateTime(c.pledgesOpenAt, lang), to: formatDateTime(c.pledgesCloseAt, lang) })}</p>
    <div class=${'field' + (at === 'submission' ? ' invalid' : '')}><label for="pledge-submission">${t('contest.project')}</label>
      <select id="pledge-submission" value=${v.submissionId} aria-invalid=${at === 'submission' ? 'true' : undefined} aria-describedby=${at === 'submission' ? 'pledge-submission-error' : undefined}
        onChange=${(e) => set('submissionId')(e.currentTarget.value)}>
        ${ranked.map((s) => html`<option value=${s.submissionId}>${s.title}（${s.organisationName}）</option>`)}
      </select>
      ${at === 'submission' ? html`<${ErrorText} error=${error} id="pledge-submission-error" />` : null}</div>
    <div class="field"><label for="pledge-kind">${t('contest.donorKind')}</label>
      <select id="pledge-kind" value=${v.donorKind} onChange=${(e) => set('donorKind')(e.currentTarget.value)}>
        ${DONOR_KINDS.map((k) => html`<option value=${k}>${t('contest.donorKinds.' + k)}</option>`)}
      </select></div>
    <${FormField} ui=${ui} id="pledge-donor" label=${t('contest.donor')} value=${v.donor} onInput=${set('donor')} hint=${t('contest.donorHint')} error=${at === 'donor' ? error : null} />
    <${FormField} ui=${ui} id="pledge-amount" label=${t('contest.amount')} inputmode="decimal" value=${v.amount} onInput=${set('amount')} error=${at === 'amount' ? error : null} />
    <div class="action">
      <button type="submit" id="pledge-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('contest.recordPledge')}</button>
      ${error && !at ? html`<${ErrorText} error=${error} id="pledge-error" />` : null}
    </div>
  </form>`;
}

/** The public jury's scores, one per finalist, in points as typed (hundredths to the ledger). */
function PublicScoresForm({ ui, c, ranked, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [values, setValues] = useState(() => Object.fromEntries(ranked.map((s) => [s.submissionId, points(s.publicScoreHundredths)])));
  const [local, setLocal] = useState(null);
  const command = useCommand(lang, { untilRemount: true });
  const send = (e) => {
    e.preventDefault();
    const scores = [];
    for (const s of ranked) {
      const typed = trimmed(values[s.submissionId]);
      if (!typed) continue;
      const hundredths = toHundredths(typed);
      if (hundredths == null || hundredths > 10_000) return setLocal({ id: s.submissionId, error: new ApiError(t('contest.scoreInvalid'), { code: 'VALIDATION' }) });
      scores.push({ submissionId: s.submissionId, scoreHundredths: hundredths });
    }
    setLocal(null);
    command.run(PUBLIC_SCORES, { contestId: c.contestId, scores, expectedVersion: c.version }, () => onDone(t('contest.publicScored')));
  };
  // The ledger names the finalist in its message when a score cannot be taken.
  const serverAt = command.error ? ranked.find((s) => command.error.message.includes(s.submissionId))?.submissionId : null;
  const errorAt = (sid) => (local?.id === sid ? local.error : serverAt === sid ? command.error : null);
  return html`<form class="public-scores" onSubmit=${send} novalidate aria-labelledby="public-heading">
    <h3 id="public-heading">${t('contest.publicTitle')}</h3>
    <p>${t('contest.publicIntro')}</p>
    ${ranked.map((s, i) => {
      const err = errorAt(s.submissionId);
      return html`<${FormField} ui=${ui} id=${'public-' + i} label=${t('contest.publicScoreOf', { title: s.title })} inputmode="decimal" value=${values[s.submissionId] ?? ''}
        onInput=${(x) => setValues((old) => ({ ...old, [s.submissionId]: x }))} error=${err} />`;
    })}
    <div class="action">
      <button type="submit" id="public-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('contest.recordPublic')}</button>
      ${command.error && !serverAt ? html`<${ErrorText} error=${command.error} id="public-error" />` : null}
    </div>
  </form>`;
}

/** The grants: each finalist with a match, at most its match (the match filled in), within the pool. */
function GrantsForm({ ui, c, ranked, onDone }) {
  const { t, lang, ErrorText } = ui;
  const matched = ranked.filter((s) => fen(s.matched) > 0);
  const [values, setValues] = useState(() => Object.fromEntries(matched.map((s) => [s.submissionId, (fen(s.matched) / 100).toFixed(2)])));
  const [local, setLocal] = useState(null);
  const command = useCommand(lang, { untilRemount: true });
  const send = (e) => {
    e.preventDefault();
    const grants = [];
    for (const s of matched) {
      const typed = trimmed(values[s.submissionId]);
      if (!typed) continue;
      const amountFen = toFen(typed);
      if (amountFen == null) return setLocal({ id: s.submissionId, error: new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION' }) });
      grants.push({ submissionId: s.submissionId, amountFen });
    }
    setLocal(null);
    command.run(GRANTS, { contestId: c.contestId, grants, expectedVersion: c.version }, () => onDone(t('contest.awarded')));
  };
  const serverAt = command.error ? matched.find((s) => command.error.message.includes(s.title) || command.error.message.includes(s.submissionId))?.submissionId : null;
  const errorAt = (sid) => (local?.id === sid ? local.error : serverAt === sid ? command.error : null);
  return html`<form class="grants" onSubmit=${send} novalidate aria-labelledby="grants-heading">
    <h3 id="grants-heading">${t('contest.grantsTitle')}</h3>
    <p>${t('contest.grantsIntro')}</p>
    ${matched.length === 0 ? html`<p class="empty">${t('contest.noMatches')}</p>` : null}
    ${matched.map(
      (s, i) => html`<${FormField} ui=${ui} id=${'grant-' + i} label=${t('contest.grantOf', { title: s.title, matched: formatMoney(s.matched) })} inputmode="decimal"
        value=${values[s.submissionId] ?? ''} onInput=${(x) => setValues((old) => ({ ...old, [s.submissionId]: x }))} error=${errorAt(s.submissionId)} />`,
    )}
    <div class="action">
      <button type="submit" id="grants-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('contest.award')}</button>
      ${command.error && !serverAt ? html`<${ErrorText} error=${command.error} id="grants-error" />` : null}
    </div>
  </form>`;
}

/** `YYYY-MM-DD` `days` after China's today. */
function dayAfter(days) {
  const d = new Date(chinaToday() + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The bureau's acts on its contest, as its status allows. */
function BureauPanel({ ui, c, ranked, generation, onDone }) {
  const { t, lang } = ui;
  const [signing, setSigning] = useState(null);
  const base = { contestId: c.contestId, expectedVersion: c.version };
  const unsigned = c.submissions.filter((s) => s.granted != null && !s.contract);
  const pledging = ['REVIEWED', 'RANKED'].includes(c.status);
  return html`<section class="decision" aria-labelledby="bureau-heading">
    <h2 id="bureau-heading">${t('contest.bureauActions')}</h2>
    ${c.status === 'OPEN' ? html`<${JuryBlock} ui=${ui} c=${c} generation=${generation} onDone=${onDone} />` : null}
    ${c.status === 'REVIEWED' ? html`<${PublicScoresForm} key=${'public' + c.version} ui=${ui} c=${c} ranked=${ranked} onDone=${onDone} />` : null}
    ${c.status === 'REVIEWED'
      ? html`<h3>${t('contest.rankTitle')}</h3><p>${t('contest.rankIntro', { panel: c.panelWeightPercent, public: 100 - c.panelWeightPercent })}</p>
          <${CommandButton} ui=${ui} id="rank" label=${t('contest.rankButton')} mutation=${RANK} input=${base} onDone=${() => onDone(t('contest.ranked'))} />`
      : null}
    ${pledging ? html`<${PledgeForm} key=${'pledge' + c.version} ui=${ui} c=${c} ranked=${ranked} onDone=${onDone} />` : null}
    ${c.status === 'RANKED'
      ? html`<h3>${t('contest.matchTitle')}</h3><p>${t('contest.matchIntro', { close: formatDateTime(c.pledgesCloseAt, lang) })}</p>
          <${CommandButton} ui=${ui} id="compute-matching" label=${t('contest.computeMatching')} mutation=${MATCH} input=${base} onDone=${() => onDone(t('contest.matchedDone'))} />`
      : null}
    ${c.status === 'MATCHED' ? html`<${GrantsForm} key=${'grants' + c.version} ui=${ui} c=${c} ranked=${ranked} onDone=${onDone} />` : null}
    ${unsigned.length > 0
      ? html`<h3>${t('contest.contractsTitle')}</h3>
          <p>${t('contest.contractsIntro')}</p>
          ${unsigned.map(
            (s) => html`<p><button type="button" class="secondary" id=${'sign-grant-' + s.submissionId} aria-expanded=${signing === s.submissionId ? 'true' : 'false'}
              onClick=${() => setSigning(s.submissionId)}>${t('contest.signFor', { title: s.title, amount: formatMoney(s.granted) })}</button></p>`,
          )}
          ${signing && unsigned.some((s) => s.submissionId === signing)
            ? (() => {
                const s = unsigned.find((x) => x.submissionId === signing);
                return html`<${SignContract} key=${signing} ui=${ui} supplierName=${s.organisationName}
                  grant=${{ contestId: c.contestId, submissionId: s.submissionId, amount: s.granted, serviceStart: dayAfter(1), serviceEnd: dayAfter(365) }} />`;
              })()
            : null}`
      : null}
    ${!['AWARDED', 'CANCELLED'].includes(c.status)
      ? html`<${ReasonForm} key=${'cancel' + c.version} ui=${ui} id="contest-cancel" title=${t('contest.cancelTitle')} intro=${t('contest.cancelIntro')} submitLabel=${t('contest.cancel')} danger
          untilRemount mutation=${CANCEL} input=${base} onDone=${() => onDone(t('contest.cancelled'))} />`
      : null}
  </section>`;
}
