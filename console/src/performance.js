// Performance evaluations (绩效评价, issue 14): opened on a completed or terminated contract,
// scored on the indicator tree the evaluation opened under (points typed as a clerk types them,
// the total and the grade it would give shown as they are typed), concluded, and the grade on
// the supplier's registry record. Points are integer hundredths here, never floats.

import { h } from 'preact';
import { useState, useEffect } from 'preact/hooks';
import htm from 'htm';
import { gql, ApiError } from './api.js';
import { formatDateTime, trimmed } from './format.js';
import { useCommand } from './forms.js';
import { toHundredths } from './committee.js';

const html = htm.bind(h);

const NODE = 'code nameZh nameEn weight';
const EVAL_FIELDS = `evaluationId contractId procurementId supplierId purchaserUnit jurisdiction evaluator evaluatorOrganisationId status
  indicators { ${NODE} children { ${NODE} children { ${NODE} } } } thresholds { excellent good fair }
  scores { indicator pointsHundredths } comment submissions unscored totalHundredths total grade
  openedAt lastSubmittedAt concludedAt version`;

const ONE = `query Evaluation($id: UUID!) { performanceEvaluation(id: $id) { ${EVAL_FIELDS} } }`;
const OF_CONTRACT = `query ContractEvaluations($f: PerformanceEvaluationFilter!) {
  performanceEvaluations(filter: $f, first: 100) { nodes { evaluationId evaluator status total grade concludedAt } }
}`;
const CONTRACT = `query EvaluatedContract($id: UUID!) { contract(id: $id) { id title supplier purchaser } }`;
const GRADES = `query Grades($id: UUID!) { supplierGrades(organisationId: $id) { evaluationId contractId evaluator grade score concludedAt countsForEligibility } }`;

const OPEN = `mutation Open($i: OpenPerformanceEvaluationInput!) { openPerformanceEvaluation(input: $i) { evaluationId } }`;
const PARTIES = `query ThirdParties($f: OrganisationFilterInput) { organisations(filter: $f, first: 20) { nodes { id name creditCode } } }`;
const SCORE = `mutation Score($i: SubmitPerformanceScoresInput!) { submitPerformanceScores(input: $i) { version } }`;
const CONCLUDE = `mutation Conclude($i: PerformanceEvaluationActionInput!) { concludePerformanceEvaluation(input: $i) { version } }`;

const showPoints = (hundredths) => `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;

/** The leaves of the tree in order, each with the group it sits under (null at the top). */
function leaves(nodes, group = null) {
  return nodes.flatMap((n) => (n.children?.length ? leaves(n.children, n) : [{ leaf: n, group }]));
}

/** The grade a total (hundredths) gets under whole-point thresholds: the ledger's rule, previewed. */
function gradeOf(total, thresholds) {
  if (total >= thresholds.excellent * 100) return 'EXCELLENT';
  if (total >= thresholds.good * 100) return 'GOOD';
  if (total >= thresholds.fair * 100) return 'FAIR';
  return 'POOR';
}

function GradeBadge({ t, grade, id }) {
  return grade ? html`<strong class=${'grade grade-' + grade.toLowerCase()} id=${id}>${t('perf.grades.' + grade)}</strong>` : null;
}

/**
 * The third party (第三方评价机构) picked from the registry by part of its name: active
 * organisations only, the supplier left out (PERF-EVALUATOR holds the rest: no shared legal
 * representative, no hub tie). `onPick(id)` with the chosen organisation's id, or ''.
 */
function ThirdPartyPicker({ ui, contract, value, onPick, error }) {
  const { t, lang, ErrorText } = ui;
  const [text, setText] = useState('');
  const [found, setFound] = useState(null);
  const [searchError, setSearchError] = useState(null);
  const search = async () => {
    setSearchError(null);
    try {
      const d = await gql(PARTIES, { f: { nameContains: trimmed(text), status: 'ACTIVE' } }, { lang });
      const nodes = d.organisations.nodes.filter((o) => o.id !== contract.supplier);
      setFound(nodes);
      onPick(nodes[0]?.id ?? '');
    } catch (err) {
      setSearchError(err);
    }
  };
  return html`<div class="third-party">
    <div class="field"><label for="evaluation-third-search">${t('perf.thirdPartySearch')}</label>
      <input id="evaluation-third-search" value=${text} onInput=${(e) => setText(e.currentTarget.value)}
        onKeyDown=${(e) => e.key === 'Enter' && (e.preventDefault(), search())} /></div>
    <button type="button" class="secondary" id="evaluation-third-find" onClick=${search}>${t('search')}</button>
    <${ErrorText} error=${searchError} />
    ${found && found.length === 0 ? html`<p class="empty" role="status">${t('perf.thirdPartyNone')}</p>` : null}
    ${found && found.length > 0
      ? html`<div class=${'field' + (error ? ' invalid' : '')}><label for="evaluation-third">${t('perf.thirdParty')}</label>
          <select id="evaluation-third" value=${value} aria-invalid=${error ? 'true' : undefined} aria-describedby=${error ? 'open-evaluation-error' : undefined}
            onChange=${(e) => onPick(e.currentTarget.value)}>
            ${found.map((o) => html`<option value=${o.id}>${o.name}（${o.creditCode}）</option>`)}
          </select></div>`
      : null}
  </div>`;
}

/**
 * On a contract's page: its evaluations, and for its purchasing unit (any kind) or its
 * supplier (its self-evaluation) the opening of one once the contract has ended.
 */
export function ContractEvaluations({ ui, contract }) {
  const { t, lang, claims, ErrorText, Link, navigate } = ui;
  const purchaser = claims?.role === 'purchaser' && claims.organisation === contract.purchaserUnit;
  const supplier = claims?.role === 'ngo' && claims.organisation === contract.supplier;
  const ended = contract.status === 'COMPLETED' || contract.status === 'TERMINATED';
  const [rows, setRows] = useState(null);
  const [error, setError] = useState(null);
  const [kind, setKind] = useState(supplier ? 'SELF' : 'PURCHASER');
  const [third, setThird] = useState('');
  const command = useCommand(lang);
  useEffect(() => {
    let live = true;
    const f = { contractId: contract.id, mine: purchaser || supplier };
    gql(OF_CONTRACT, { f }, { lang }).then(
      (d) => live && setRows(d.performanceEvaluations.nodes),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [contract.id, contract.version, lang]);
  if (!ended && (rows ?? []).length === 0) return null;
  const open = (e) => {
    e.preventDefault();
    const input = { contractId: contract.id, evaluator: kind };
    if (kind === 'THIRD_PARTY') {
      if (!third) return command.setError(new ApiError(t('perf.thirdPartyPick'), { code: 'VALIDATION', field: 'evaluatorOrganisationId' }));
      input.evaluatorOrganisationId = third;
    }
    command.run(OPEN, input, (d) => navigate('/app/evaluations/' + d.openPerformanceEvaluation.evaluationId));
  };
  return html`<section aria-labelledby="evaluations-heading">
    <h2 id="evaluations-heading">${t('perf.title')}</h2>
    <${ErrorText} error=${error} />
    ${rows && rows.length === 0 ? html`<p class="empty">${t('perf.none')}</p>` : null}
    ${rows && rows.length > 0
      ? html`<ul class="evaluations">${rows.map(
          (r) => html`<li><${Link} href=${'/app/evaluations/' + r.evaluationId}>${t('perf.evaluators.' + r.evaluator)}<//> · ${t('perf.statuses.' + r.status)}
            ${r.grade ? html` · ${t('perf.totalIs', { total: r.total })} <${GradeBadge} t=${t} grade=${r.grade} />` : null}
            ${r.concludedAt ? html` · ${formatDateTime(r.concludedAt, lang)}` : null}</li>`,
        )}</ul>`
      : null}
    ${ended && (purchaser || supplier)
      ? html`<form class="open-evaluation" onSubmit=${open}>
          ${purchaser
            ? html`<div class="field"><label for="evaluation-kind">${t('perf.evaluator')}</label>
                <select id="evaluation-kind" value=${kind} onChange=${(e) => setKind(e.currentTarget.value)}>
                  ${['PURCHASER', 'THIRD_PARTY', 'SELF'].map((k) => html`<option value=${k}>${t('perf.evaluators.' + k)}</option>`)}
                </select></div>
              ${kind === 'THIRD_PARTY'
                ? html`<${ThirdPartyPicker} ui=${ui} contract=${contract} value=${third} onPick=${setThird}
                    error=${command.error?.rule === 'PERF-EVALUATOR' ? command.error : null} />`
                : null}`
            : null}
          <div class="action">
            <button type="submit" id="open-evaluation" disabled=${command.busy}>${t(supplier ? 'perf.openSelf' : 'perf.open')}</button>
            <${ErrorText} error=${command.error} id="open-evaluation-error" />
          </div>
        </form>`
      : null}
  </section>`;
}

/** The leaf a refusal of `scores.points` names ("indicator CODE …"). */
function leafOf(error, all) {
  if (!error || !String(error.field ?? '').startsWith('scores')) return null;
  return all.find(({ leaf }) => new RegExp(`\\b${leaf.code}\\b`).test(error.message))?.leaf.code ?? null;
}

function ScoreForm({ ui, e, onDone }) {
  const { t, lang, ErrorText } = ui;
  const all = leaves(e.indicators);
  const [values, setValues] = useState(() => Object.fromEntries(e.scores.map((s) => [s.indicator, showPoints(s.pointsHundredths)])));
  const [comment, setComment] = useState(e.comment ?? '');
  const [local, setLocal] = useState(null);
  const command = useCommand(lang);
  const conclude = useCommand(lang);
  const typed = all.map(({ leaf }) => [leaf, trimmed(values[leaf.code] ?? '') ? toHundredths(values[leaf.code]) : undefined]);
  const total = typed.reduce((sum, [, p]) => sum + (p ?? 0), 0);
  const blank = typed.filter(([, p]) => p === undefined).length;
  const send = (ev) => {
    ev.preventDefault();
    const scores = [];
    for (const [leaf, p] of typed) {
      if (p === null || p > leaf.weight * 100) {
        return setLocal({ code: leaf.code, error: new ApiError(t('perf.pointsInvalid', { max: leaf.weight }), { code: 'VALIDATION', rule: 'PERF-SCORE' }) });
      }
      if (p !== undefined) scores.push({ indicator: leaf.code, pointsHundredths: p });
    }
    setLocal(null);
    command.run(SCORE, { evaluationId: e.evaluationId, scores, comment: trimmed(comment), expectedVersion: e.version }, () => onDone(t('perf.scoresSaved')));
  };
  const serverCode = leafOf(command.error, all);
  const errorAt = (code) => (local?.code === code ? local.error : serverCode === code ? command.error : null);
  return html`<section class="decision evaluation-form" aria-labelledby="score-heading">
    <h2 id="score-heading">${t('perf.scoreTitle')}</h2>
    <form onSubmit=${send} novalidate>
      <table class="indicators">
        <caption>${t('perf.indicators')}</caption>
        <thead><tr><th scope="col">${t('perf.group')}</th><th scope="col">${t('perf.indicator')}</th><th scope="col">${t('perf.maxPoints')}</th><th scope="col">${t('perf.points')}</th></tr></thead>
        <tbody>${all.map(({ leaf, group }) => {
          const id = 'score-' + leaf.code;
          const error = errorAt(leaf.code);
          const name = lang === 'en' ? leaf.nameEn : leaf.nameZh;
          return html`<tr>
            <td>${group ? `${lang === 'en' ? group.nameEn : group.nameZh}（${group.weight}）` : '—'}</td>
            <th scope="row">${name}</th>
            <td>${leaf.weight}</td>
            <td class=${'field' + (error ? ' invalid' : '')}>
              <label class="sr-only" for=${id}>${t('perf.scoreLabel', { name, max: leaf.weight })}</label>
              <input id=${id} inputmode="decimal" size="6" value=${values[leaf.code] ?? ''} aria-invalid=${error ? 'true' : undefined}
                aria-describedby=${error ? id + '-error' : undefined} onInput=${(ev) => setValues({ ...values, [leaf.code]: ev.currentTarget.value })} />
              ${error ? html`<${ErrorText} error=${error} id=${id + '-error'} />` : null}
            </td>
          </tr>`;
        })}</tbody>
      </table>
      <p id="evaluation-total" class="sum" aria-live="polite">${blank > 0
        ? t('perf.totalSoFar', { total: showPoints(total), blank })
        : html`${t('perf.totalWouldBe', { total: showPoints(total) })} <${GradeBadge} t=${t} grade=${gradeOf(total, e.thresholds)} />`}</p>
      <div class="field"><label for="evaluation-comment">${t('perf.comment')}</label>
        <textarea id="evaluation-comment" rows="3" value=${comment} onInput=${(ev) => setComment(ev.currentTarget.value)}></textarea></div>
      <div class="action">
        <button type="submit" id="submit-scores" disabled=${command.busy}>${t('perf.submitScores')}</button>
        ${command.error && !serverCode ? html`<${ErrorText} error=${command.error} id="submit-scores-error" />` : null}
      </div>
    </form>
    ${e.submissions > 0
      ? html`<div class="action">
          <p class="hint">${t('perf.concludeHint')}</p>
          <button type="button" id="conclude-evaluation" disabled=${conclude.busy}
            onClick=${() => conclude.run(CONCLUDE, { evaluationId: e.evaluationId, expectedVersion: e.version }, () => onDone(t('perf.concluded')))}>${t('perf.conclude')}</button>
          <${ErrorText} error=${conclude.error} id="conclude-evaluation-error" />
        </div>`
      : null}
  </section>`;
}

/** Whether the token is this evaluation's evaluator (who scores and concludes it). */
function isEvaluator(claims, e) {
  const role = { SELF: 'ngo', PURCHASER: 'purchaser', THIRD_PARTY: 'evaluator' }[e.evaluator];
  return !!claims && claims.role === role && !!claims.organisation && claims.organisation === e.evaluatorOrganisationId;
}

/** An evaluation's page: the indicators with their scores, the total and grade once concluded. */
export function EvaluationPage({ ui, id }) {
  const { t, lang, claims, ErrorText, Link } = ui;
  const [e, setE] = useState(undefined);
  const [contract, setContract] = useState(null);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    gql(ONE, { id }, { lang })
      .then(async (d) => {
        if (!live) return;
        setE(d.performanceEvaluation);
        if (d.performanceEvaluation?.contractId) {
          const c = await gql(CONTRACT, { id: d.performanceEvaluation.contractId }, { lang });
          if (live) setContract(c.contract);
        }
      })
      .catch((err) => live && setError(err));
    return () => {
      live = false;
    };
  }, [id, lang, reload]);
  if (error) return html`<main id="main"><${ErrorText} error=${error} /></main>`;
  if (e === undefined) return html`<main id="main"><p role="status">${t('loading')}</p></main>`;
  if (e === null) return html`<main id="main"><h1>${t('perf.notFound')}</h1></main>`;
  const scoreOf = Object.fromEntries(e.scores.map((s) => [s.indicator, s.pointsHundredths]));
  const mine = isEvaluator(claims, e) && e.status === 'OPEN';
  return html`<main id="main" class="evaluation">
    <h1>${t('perf.pageTitle', { title: contract?.title ?? '…' })} <span class="status" id="evaluation-status">${t('perf.statuses.' + e.status)}</span></h1>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : null}
    <p>${t('perf.evaluators.' + e.evaluator)} · ${t('perf.openedAt', { at: formatDateTime(e.openedAt, lang) })}
      ${contract ? html` · <${Link} href=${'/app/contracts/' + contract.id}>${t('perf.theContract')}<//>` : null}</p>
    ${e.status === 'CONCLUDED'
      ? html`<section class="award" aria-labelledby="grade-heading">
          <h2 id="grade-heading">${t('perf.result')}</h2>
          <p id="evaluation-result">${t('perf.resultText', { total: e.total, at: formatDateTime(e.concludedAt, lang) })} <${GradeBadge} t=${t} grade=${e.grade} id="evaluation-grade" /></p>
          ${e.comment ? html`<p>${t('perf.comment')}：${e.comment}</p>` : null}
        </section>`
      : null}
    ${mine
      ? html`<${ScoreForm} key=${e.version} ui=${ui} e=${e} onDone=${(m) => (setNotice(m), setReload((n) => n + 1))} />`
      : html`<section aria-labelledby="scores-heading">
          <h2 id="scores-heading">${t('perf.indicators')}</h2>
          <table class="indicators"><caption class="sr-only">${t('perf.indicators')}</caption>
            <thead><tr><th scope="col">${t('perf.group')}</th><th scope="col">${t('perf.indicator')}</th><th scope="col">${t('perf.maxPoints')}</th><th scope="col">${t('perf.points')}</th></tr></thead>
            <tbody>${leaves(e.indicators).map(
              ({ leaf, group }) => html`<tr>
                <td>${group ? (lang === 'en' ? group.nameEn : group.nameZh) : '—'}</td>
                <th scope="row">${lang === 'en' ? leaf.nameEn : leaf.nameZh}</th>
                <td>${leaf.weight}</td>
                <td>${scoreOf[leaf.code] != null ? showPoints(scoreOf[leaf.code]) : '—'}</td>
              </tr>`,
            )}</tbody></table>
        </section>`}
  </main>`;
}

/** The grades on an organisation's registry record (public, PERF-FEEDS), for its profile. */
export function SupplierGrades({ ui, organisationId }) {
  const { t, lang, Link } = ui;
  const [grades, setGrades] = useState(null);
  useEffect(() => {
    let live = true;
    gql(GRADES, { id: organisationId }, { lang }).then(
      (d) => live && setGrades(d.supplierGrades),
      () => live && setGrades([]),
    );
    return () => {
      live = false;
    };
  }, [organisationId, lang]);
  if (!grades || grades.length === 0) return null;
  return html`<section aria-labelledby="grades-heading">
    <h2 id="grades-heading">${t('perf.gradesTitle')}</h2>
    <table class="grades"><caption class="sr-only">${t('perf.gradesTitle')}</caption>
      <thead><tr><th scope="col">${t('perf.concludedAt')}</th><th scope="col">${t('perf.evaluator')}</th><th scope="col">${t('perf.total')}</th><th scope="col">${t('perf.grade')}</th><th scope="col">${t('perf.contract')}</th></tr></thead>
      <tbody>${grades.map(
        (g) => html`<tr>
          <td>${formatDateTime(g.concludedAt, lang)}</td>
          <td>${t('perf.evaluators.' + g.evaluator)}${g.countsForEligibility ? null : html`<br /><span class="hint">${t('perf.notCounted')}</span>`}</td>
          <td>${g.score}</td>
          <td><${GradeBadge} t=${t} grade=${g.grade} /></td>
          <td><${Link} href=${'/app/contracts/' + g.contractId}>${t('perf.theContract')}<//></td>
        </tr>`,
      )}</tbody></table>
  </section>`;
}

const MINE = `query MyEvaluations { performanceEvaluations(filter: {mine: true}, first: 100) {
  totalCount nodes { evaluationId contractId evaluator status total grade openedAt concludedAt }
} }`;

/** The titles of the contracts `ids` (at most 100), in one request of aliased fields. */
async function contractTitles(ids, lang) {
  if (ids.length === 0) return {};
  const params = ids.map((_, i) => `$c${i}: UUID!`).join(', ');
  const fields = ids.map((_, i) => `c${i}: contract(id: $c${i}) { id title }`).join(' ');
  const data = await gql(`query Titles(${params}) { ${fields} }`, Object.fromEntries(ids.map((id, i) => ['c' + i, id])), { lang });
  return Object.fromEntries(Object.values(data).filter(Boolean).map((c) => [c.id, c.title]));
}

/** The token's own evaluations: a unit's contracts', a supplier's, a third party's, open ones too. */
export function MyEvaluations({ ui }) {
  const { t, lang, ErrorText, Link } = ui;
  const [rows, setRows] = useState(null);
  const [titles, setTitles] = useState({});
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    gql(MINE, {}, { lang })
      .then(async (d) => {
        if (!live) return;
        const nodes = d.performanceEvaluations.nodes;
        setRows(nodes);
        const found = await contractTitles([...new Set(nodes.map((e) => e.contractId))].slice(0, 100), lang);
        if (live) setTitles(found);
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [lang]);
  return html`<main id="main">
    <h1>${t('perf.mineTitle')}</h1>
    <${ErrorText} error=${error} />
    ${rows == null && !error ? html`<p role="status">${t('loading')}</p>` : null}
    ${rows && rows.length === 0 ? html`<p class="empty">${t('perf.none')}</p>` : null}
    ${rows && rows.length > 0
      ? html`<table class="board evaluations">
          <caption>${t('perf.mineTitle')}</caption>
          <thead><tr><th scope="col">${t('perf.contract')}</th><th scope="col">${t('perf.evaluator')}</th><th scope="col">${t('state')}</th><th scope="col">${t('perf.total')}</th><th scope="col">${t('perf.grade')}</th><th scope="col">${t('perf.opened')}</th></tr></thead>
          <tbody>${rows.map(
            (e) => html`<tr>
              <td><${Link} href=${'/app/evaluations/' + e.evaluationId}>${titles[e.contractId] ?? t('perf.theContract')}<//></td>
              <td>${t('perf.evaluators.' + e.evaluator)}</td>
              <td>${t('perf.statuses.' + e.status)}</td>
              <td>${e.total ?? '—'}</td>
              <td><${GradeBadge} t=${t} grade=${e.grade} /></td>
              <td>${formatDateTime(e.openedAt, lang)}</td>
            </tr>`,
          )}</tbody>
        </table>`
      : null}
  </main>`;
}
