// Government purchase of services (issue 14): the public board and a procurement's public page
// (terms, China-time deadlines, sealed bids as commitments until the opening, the award notice
// after), and the purchaser's journey on them: draft from the catalogue, publish, open, follow
// the committee, award, answer a challenge. Shared pieces come from main.js as `ui`.

import { h } from 'preact';
import { useState, useEffect } from 'preact/hooks';
import htm from 'htm';
import { gql, subscribe, session, ApiError } from './api.js';
import { formatMoney, formatDate, formatDateTime, trimmed, chinaToday } from './format.js';
import { BidPanel } from './bids.js';
import { toFen, useCommand, CommandButton, ReasonForm, FormField, refusalField } from './forms.js';
import { SignContract } from './contract.js';

const html = htm.bind(h);

export const STATUSES = ['PUBLISHED', 'BIDDING_CLOSED', 'OPENED', 'EVALUATED', 'AWARDED', 'FAILED', 'CANCELLED'];
const METHODS = ['OPEN_TENDER', 'INVITED_TENDER', 'NEGOTIATION', 'CONSULTATION', 'SINGLE_SOURCE', 'QUOTATION'];

const SUMMARY = 'id version status title purchaser jurisdiction budget bidDeadline openingAt publishedAt item { code nameZh }';

const BOARD = `query Board($f: ProcurementFilterInput!) {
  procurements(filter: $f, first: 100) { totalCount nodes { ${SUMMARY} } }
}`;

// What changes a jurisdiction's board, live: then the board is read again.
const LIVE_BOARD = `subscription LiveBoard($j: String!) { procurementBoard(jurisdiction: $j) { procurementId } }`;

const FULL = `${SUMMARY} purchaserUnit description method budgetFen bidSecurity serviceStart serviceEnd stableAndFunded
  requirements { kinds minRating minYearsRegistered } scoring { priceWeightPercent criteria { key name maxPoints } }
  draftedAt amendments biddingClosedAt openedAt
  openedBids { bidId organisationId organisationName commitment price valid defects documents { name sha256 } }
  report { committeeId ranking { rank bidId organisationId price total } }
  excluded { bidId why reason } candidateBidId
  award { bidId organisationId price noticedAt challengeDeadline }
  challenges { challengeId organisationId grounds filedAt replyDue decision reply answeredAt complaints }
  ended { rule reason at }
  contract { id status }`;

const ONE = `query One($id: UUID!) { procurement(id: $id) { ${FULL} } }`;

const SEALED = `query Sealed($id: UUID!) {
  sealedBids(procurementId: $id, first: 100) { totalCount nodes { commitment sealedAt } }
}`;

// The same board, live: again after every bid submitted, replaced or withdrawn, and when the
// procurement itself moves on (amended, closed, opened, cancelled).
const LIVE_SEALED = `subscription LiveSealed($id: UUID!) {
  procurementBids(procurementId: $id, first: 100) { status version totalCount bids { commitment sealedAt } }
}`;

const COMMITTEES = `query Committees($id: UUID!) {
  procurementCommittees(procurementId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt }
}`;

const CATALOGUE = `query Catalogue($j: String!, $after: String) {
  catalogue(jurisdiction: $j) { items(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { code parent level nameZh nameEn status }
  } }
}`;

const DRAFT = `mutation Draft($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }`;
const PUBLISH = `mutation Publish($i: ProcurementCommandInput!) { publishProcurement(input: $i) { version } }`;
const OPEN = `mutation Open($i: ProcurementCommandInput!) { openBids(input: $i) { version } }`;
const CONSTITUTE = `mutation Constitute($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { version } }`;
const CONCLUDE = `mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }`;
const AWARD = `mutation Award($i: AwardProcurementInput!) { awardProcurement(input: $i) { version } }`;
const ANSWER = `mutation Answer($i: AnswerChallengeInput!) { answerChallenge(input: $i) { version } }`;
const AMEND = `mutation Amend($i: AmendProcurementInput!) { amendProcurement(input: $i) { version } }`;
const CANCEL = `mutation Cancel($i: ProcurementReasonInput!) { cancelProcurement(input: $i) { version } }`;
const DECLINE = `mutation Decline($i: RankedBidReasonInput!) { declineAward(input: $i) { version } }`;
const DISQUALIFY = `mutation Disqualify($i: RankedBidReasonInput!) { disqualifyBid(input: $i) { version } }`;
const COMPLAINT = `mutation Complaint($i: RecordComplaintInput!) { recordComplaint(input: $i) { version } }`;

/** A `datetime-local` value read as China time, as the API's RFC 3339 instant. */
export function chinaInstant(local) {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+08:00` : local;
}

/** `YYYY-MM-DD` `days` after China's today. */
function dayAfter(days) {
  const d = new Date(chinaToday() + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A bidder's name as the opening revealed it (its id where the opening does not name it). */
function nameOf(p, organisationId) {
  return p.openedBids.find((b) => b.organisationId === organisationId)?.organisationName ?? organisationId;
}

function StatusBadge({ t, status }) {
  return status ? html`<span class=${'status status-' + status.toLowerCase()}>${t('proc.statuses.' + status)}</span>` : null;
}

/** The public board of a jurisdiction (or, for a purchaser, its unit's own, drafts included). */
export function Board({ ui, params }) {
  const { t, lang, claims, ErrorText, Link, navigate } = ui;
  const purchaser = claims?.role === 'purchaser';
  const [jurisdiction, setJurisdiction] = useState(params.get('jurisdiction') ?? claims?.jurisdiction ?? '');
  const [status, setStatus] = useState(params.get('status') ?? '');
  const [item, setItem] = useState(params.get('item') ?? '');
  const mine = purchaser && params.get('mine') === '1';
  const [rows, setRows] = useState(null);
  const [error, setError] = useState(null);
  const [changed, setChanged] = useState(0);
  const query = params.toString();
  const boardOf = mine ? null : params.get('jurisdiction') ?? claims?.jurisdiction;
  // A jurisdiction's board is read again when a procurement of it is published, amended,
  // closed, opened, awarded, failed or cancelled (procurementBoard), so it stays current while
  // open. A jurisdiction refused is already said by the board's own query.
  useEffect(() => {
    if (!boardOf) return undefined;
    return subscribe(LIVE_BOARD, { j: boardOf }, { lang, onData: () => setChanged((n) => n + 1) });
  }, [boardOf, lang, session.token()]);
  useEffect(() => {
    const j = params.get('jurisdiction') ?? claims?.jurisdiction;
    if (!mine && !j) return setRows(null);
    const f = mine ? { mine: true } : { jurisdiction: j };
    if (params.get('status')) f.status = params.get('status');
    if (!mine && params.get('item')) f.item = params.get('item');
    let live = true;
    setError(null);
    gql(BOARD, { f }, { lang }).then(
      (d) => live && setRows(d.procurements),
      (e) => live && (setError(e), setRows(null)),
    );
    return () => {
      live = false;
    };
  }, [query, lang, mine, changed]);
  const submit = (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (trimmed(jurisdiction)) p.set('jurisdiction', trimmed(jurisdiction));
    if (status) p.set('status', status);
    if (trimmed(item)) p.set('item', trimmed(item).toUpperCase());
    navigate('/app/procurements?' + p.toString());
  };
  return html`<main id="main">
    <h1>${t(mine ? 'proc.mineTitle' : 'proc.boardTitle')}</h1>
    <p>${t(mine ? 'proc.mineIntro' : 'proc.boardIntro')}</p>
    ${purchaser
      ? html`<p class="actions">
          <${Link} href="/app/procurements/new" class="button">${t('proc.draftTitle')}<//>
          ${' '}<${Link} href=${mine ? '/app/procurements' : '/app/procurements?mine=1'}>${t(mine ? 'proc.boardTitle' : 'proc.mineTitle')}<//>
        </p>`
      : null}
    ${mine
      ? null
      : html`<form class="search board-filter" role="search" onSubmit=${submit} aria-label=${t('proc.filters')}>
          <div class="field"><label for="board-jurisdiction">${t('jurisdiction')}</label>
            <input id="board-jurisdiction" inputmode="numeric" value=${jurisdiction} onInput=${(e) => setJurisdiction(e.currentTarget.value)} /></div>
          <div class="field"><label for="board-status">${t('state')}</label>
            <select id="board-status" value=${status} onChange=${(e) => setStatus(e.currentTarget.value)}>
              <option value="">${t('proc.anyStatus')}</option>
              ${STATUSES.map((s) => html`<option value=${s}>${t('proc.statuses.' + s)}</option>`)}
            </select></div>
          <div class="field"><label for="board-item">${t('proc.itemCode')}</label>
            <input id="board-item" value=${item} spellcheck=${false} onInput=${(e) => setItem(e.currentTarget.value)} /></div>
          <button type="submit">${t('search')}</button>
        </form>`}
    <${ErrorText} error=${error} />
    ${rows && rows.nodes.length === 0 ? html`<p class="empty" role="status">${t('proc.boardEmpty')}</p>` : null}
    ${rows && rows.nodes.length > 0
      ? html`<table class="board">
          <caption>${t('proc.boardCount', { count: rows.totalCount })}</caption>
          <thead><tr><th scope="col">${t('proc.title')}</th><th scope="col">${t('proc.purchaser')}</th><th scope="col">${t('proc.item')}</th><th scope="col">${t('proc.budget')}</th><th scope="col">${t('proc.bidDeadline')}</th><th scope="col">${t('state')}</th></tr></thead>
          <tbody>
            ${rows.nodes.map(
              (p) => html`<tr>
                <td><${Link} href=${'/app/procurements/' + p.id}>${p.title}<//></td>
                <td>${p.purchaser}</td>
                <td><code>${p.item.code}</code> ${p.item.nameZh}</td>
                <td class="money">${formatMoney(p.budget)}</td>
                <td>${formatDateTime(p.bidDeadline, lang)}</td>
                <td><${StatusBadge} t=${t} status=${p.status} /></td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : null}
  </main>`;
}

/** Every item of the jurisdiction's catalogue, in tree order (five pages bound the work). */
export async function loadCatalogue(jurisdiction, lang) {
  const items = [];
  let after = null;
  for (let page = 0; page < 5; page++) {
    const data = await gql(CATALOGUE, { j: jurisdiction, after }, { lang });
    if (!data.catalogue) return null;
    items.push(...data.catalogue.items.nodes);
    if (!data.catalogue.items.pageInfo.hasNextPage) break;
    after = data.catalogue.items.pageInfo.endCursor;
  }
  const children = new Map();
  for (const i of items) children.set(i.parent ?? '', [...(children.get(i.parent ?? '') ?? []), i]);
  const ordered = [];
  const walk = (parent, depth) => {
    for (const i of (children.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      ordered.push({ ...i, depth });
      if (depth < 10) walk(i.code, depth + 1);
    }
  };
  walk('', 0);
  return ordered;
}

/** A whole number as typed (full-width digits too), or null when blank or not a whole number. */
function wholeOrNull(text) {
  const cleaned = trimmed(text).replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^\d{1,4}$/.test(cleaned) ? Number(cleaned) : null;
}

/** The draft form's inputs, by the API field their errors name. */
const DRAFT_FIELDS = ['requirements', 'purchaser', 'title', 'description', 'item', 'method', 'budgetFen', 'bidSecurityFen', 'serviceStart', 'serviceEnd', 'bidDeadline', 'openingAt', 'scoring'];
const DRAFT_RULES = { 'CAT-ITEM': 'item', 'PROC-TERM': 'serviceEnd', 'BID-SECURITY': 'bidSecurityFen', 'EVAL-PRICE-WEIGHT': 'scoring' };

function draftFieldOf(error) {
  if (!error) return null;
  const f = error.field?.split('.')[0];
  if (f === 'budget') return 'budgetFen';
  if (f === 'bidSecurity') return 'bidSecurityFen';
  if (f && (DRAFT_FIELDS.includes(f) || f.startsWith('scoring'))) return f.startsWith('scoring') ? 'scoring' : f;
  return DRAFT_RULES[error.rule] ?? null;
}

/**
 * A purchaser drafts a procurement: the item picked from the jurisdiction's catalogue tree.
 * Another screen drafting for a record of its own (a menu order) gives `prefill` (initial
 * values by this form's keys), `context` (shown under the intro) and `onDrafted(id)` instead of
 * opening the new procurement's page.
 */
export function DraftForm({ ui, prefill = {}, context = null, onDrafted = null }) {
  const { t, lang, claims, ErrorText, navigate } = ui;
  const [catalogue, setCatalogue] = useState(undefined);
  const [loadError, setLoadError] = useState(null);
  const [v, setV] = useState(() => ({
    purchaser: '',
    title: '',
    description: '',
    item: '',
    method: 'OPEN_TENDER',
    budget: '',
    bidSecurity: '',
    serviceStart: dayAfter(60),
    serviceEnd: dayAfter(330),
    bidDeadline: dayAfter(21) + 'T17:00',
    openingAt: dayAfter(21) + 'T18:00',
    kinds: [],
    minRating: '',
    minYears: '',
    priceWeight: '30',
    criteria: [
      { name: t('proc.defaultPlan'), points: '40' },
      { name: t('proc.defaultTeam'), points: '30' },
    ],
    ...prefill,
  }));
  const [local, setLocal] = useState(null);
  const command = useCommand(lang);
  useEffect(() => {
    let live = true;
    loadCatalogue(claims.jurisdiction, lang).then(
      (c) => live && setCatalogue(c),
      (e) => live && setLoadError(e),
    );
    return () => {
      live = false;
    };
  }, [claims.jurisdiction, lang]);
  const set = (k, value) => setV((old) => ({ ...old, [k]: value }));
  const setCriterion = (i, k, value) => setV((old) => ({ ...old, criteria: old.criteria.map((c, j) => (j === i ? { ...c, [k]: value } : c)) }));
  const submit = (e) => {
    e.preventDefault();
    const budgetFen = toFen(v.budget);
    const bidSecurityFen = toFen(v.bidSecurity || '0');
    if (budgetFen == null) return setLocal(new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION', field: 'budgetFen' }));
    if (bidSecurityFen == null) return setLocal(new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION', field: 'bidSecurityFen' }));
    // A blank limit is the policy's default; anything else typed must be a whole number.
    if ([v.minRating, v.minYears].some((x) => trimmed(x) && wholeOrNull(x) == null)) {
      return setLocal(new ApiError(t('proc.wholeInvalid'), { code: 'VALIDATION', field: 'requirements' }));
    }
    setLocal(null);
    const input = {
      purchaser: trimmed(v.purchaser),
      title: trimmed(v.title),
      description: trimmed(v.description),
      item: v.item,
      method: v.method,
      budgetFen,
      bidSecurityFen,
      serviceStart: v.serviceStart,
      serviceEnd: v.serviceEnd,
      // Blank limits are the policy's defaults, which the ledger applies.
      requirements: { kinds: v.kinds, minRating: wholeOrNull(v.minRating), minYearsRegistered: wholeOrNull(v.minYears) },
      scoring: {
        priceWeightPercent: Number(v.priceWeight) || 0,
        criteria: v.criteria.filter((c) => trimmed(c.name)).map((c, i) => ({ key: 'c' + (i + 1), name: trimmed(c.name), maxPoints: Number(c.points) || 0 })),
      },
      bidDeadline: chinaInstant(v.bidDeadline),
      openingAt: chinaInstant(v.openingAt),
    };
    command.run(DRAFT, input, (data) => (onDrafted ? onDrafted(data.draftProcurement.id) : navigate('/app/procurements/' + data.draftProcurement.id + '?drafted=1')));
  };
  const error = local ?? command.error;
  const errorField = draftFieldOf(error);
  const fieldProps = (name) => ({
    id: 'draft-' + name,
    'aria-invalid': errorField === name ? 'true' : undefined,
    'aria-describedby': errorField === name ? 'draft-' + name + '-error' : undefined,
  });
  const fieldError = (name) => (errorField === name ? html`<${ErrorText} error=${error} id=${'draft-' + name + '-error'} />` : null);
  const input = (name, label, extra = {}) => html`<div class=${'field' + (errorField === name ? ' invalid' : '')}>
    <label for=${'draft-' + name}>${t(label)}</label>
    <input ...${fieldProps(name)} value=${v[extra.key ?? name]} type=${extra.type ?? 'text'} inputmode=${extra.inputmode}
      onInput=${(e) => set(extra.key ?? name, e.currentTarget.value)} />
    ${extra.hint ? html`<p class="hint">${t(extra.hint)}</p>` : null}
    ${fieldError(name)}
  </div>`;
  return html`<main id="main">
    <h1>${t('proc.draftTitle')}</h1>
    <p>${t('proc.draftIntro', { jurisdiction: claims.jurisdiction })}</p>
    ${context}
    <${ErrorText} error=${loadError} />
    ${catalogue === null ? html`<p class="error" role="alert">${t('proc.noCatalogue')}</p>` : null}
    <form class="apply draft" onSubmit=${submit} novalidate>
      ${input('purchaser', 'proc.purchaser')}
      ${input('title', 'proc.title')}
      <div class=${'field' + (errorField === 'description' ? ' invalid' : '')}>
        <label for="draft-description">${t('proc.description')}</label>
        <textarea ...${fieldProps('description')} rows="3" value=${v.description} onInput=${(e) => set('description', e.currentTarget.value)}></textarea>
        ${fieldError('description')}
      </div>
      <div class=${'field' + (errorField === 'item' ? ' invalid' : '')}>
        <label for="draft-item">${t('proc.item')}</label>
        <select ...${fieldProps('item')} value=${v.item} onChange=${(e) => set('item', e.currentTarget.value)}>
          <option value="">${t('proc.pickItem')}</option>
          ${(catalogue ?? []).map(
            (i) => html`<option value=${i.code} disabled=${i.status !== 'ACTIVE'}>
              ${'\u3000'.repeat(i.depth)}${i.code} ${lang === 'en' && i.nameEn ? i.nameEn : i.nameZh}${i.status !== 'ACTIVE' ? ' ' + t('proc.retired') : ''}
            </option>`,
          )}
        </select>
        <p class="hint">${t('proc.itemHint')}</p>
        ${fieldError('item')}
      </div>
      <div class="field">
        <label for="draft-method">${t('proc.method')}</label>
        <select id="draft-method" value=${v.method} onChange=${(e) => set('method', e.currentTarget.value)}>
          ${METHODS.map((m) => html`<option value=${m}>${t('proc.methods.' + m)}</option>`)}
        </select>
      </div>
      ${input('budgetFen', 'proc.budget', { key: 'budget', inputmode: 'decimal', hint: 'proc.priceHint' })}
      ${input('bidSecurityFen', 'proc.bidSecurity', { key: 'bidSecurity', inputmode: 'decimal' })}
      ${input('serviceStart', 'proc.serviceStart', { type: 'date' })}
      ${input('serviceEnd', 'proc.serviceEnd', { type: 'date' })}
      ${input('bidDeadline', 'proc.bidDeadline', { type: 'datetime-local', hint: 'proc.chinaTimeHint' })}
      ${input('openingAt', 'proc.openingAt', { type: 'datetime-local', hint: 'proc.chinaTimeHint' })}
      <fieldset class=${'members requirements' + (errorField === 'requirements' ? ' invalid' : '')}>
        <legend>${t('proc.requirements')}</legend>
        ${['SOCIAL_GROUP', 'SOCIAL_SERVICE_ORG', 'FOUNDATION'].map(
          (k) => html`<div class="field checkbox"><input type="checkbox" id=${'draft-kind-' + k} checked=${v.kinds.includes(k)}
            onChange=${(e) => set('kinds', e.currentTarget.checked ? [...v.kinds, k] : v.kinds.filter((x) => x !== k))} />
            <label for=${'draft-kind-' + k}>${t('kinds.' + k)}</label></div>`,
        )}
        <p class="hint">${t('proc.kindsHint')}</p>
        <div class="field"><label for="draft-min-rating">${t('proc.minRating')}</label>
          <input id="draft-min-rating" inputmode="numeric" value=${v.minRating} aria-describedby=${'draft-limits-hint' + (errorField === 'requirements' ? ' draft-requirements-error' : '')}
            aria-invalid=${errorField === 'requirements' ? 'true' : undefined} onInput=${(e) => set('minRating', e.currentTarget.value)} /></div>
        <div class="field"><label for="draft-min-years">${t('proc.minYears')}</label>
          <input id="draft-min-years" inputmode="numeric" value=${v.minYears} aria-describedby=${'draft-limits-hint' + (errorField === 'requirements' ? ' draft-requirements-error' : '')}
            aria-invalid=${errorField === 'requirements' ? 'true' : undefined} onInput=${(e) => set('minYears', e.currentTarget.value)} /></div>
        <p class="hint" id="draft-limits-hint">${t('proc.limitsHint')}</p>
        ${fieldError('requirements')}
      </fieldset>
      <fieldset class=${'members scoring' + (errorField === 'scoring' ? ' invalid' : '')}>
        <legend>${t('proc.scoring')}</legend>
        <div class="field">
          <label for="draft-price-weight">${t('proc.priceWeight')}</label>
          <input id="draft-price-weight" inputmode="numeric" value=${v.priceWeight} onInput=${(e) => set('priceWeight', e.currentTarget.value)}
            aria-invalid=${errorField === 'scoring' ? 'true' : undefined} aria-describedby=${errorField === 'scoring' ? 'draft-scoring-error' : undefined} />
        </div>
        ${v.criteria.map(
          (c, i) => html`<div class="criterion">
            <div class="field"><label for=${'draft-criterion-' + i}>${t('proc.criterion', { n: i + 1 })}</label>
              <input id=${'draft-criterion-' + i} value=${c.name} onInput=${(e) => setCriterion(i, 'name', e.currentTarget.value)} /></div>
            <div class="field"><label for=${'draft-points-' + i}>${t('proc.maxPoints')}</label>
              <input id=${'draft-points-' + i} inputmode="numeric" value=${c.points} onInput=${(e) => setCriterion(i, 'points', e.currentTarget.value)} /></div>
          </div>`,
        )}
        ${fieldError('scoring')}
      </fieldset>
      <div class="action">
        <button type="submit" id="draft-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('proc.saveDraft')}</button>
        ${error && !errorField ? html`<${ErrorText} error=${error} id="draft-error" />` : null}
      </div>
    </form>
  </main>`;
}

/** An RFC 3339 instant as a `datetime-local` value in China time (UTC+8, no daylight saving). */
export function chinaLocal(instant) {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? '' : new Date(ms + 8 * 3600e3).toISOString().slice(0, 16);
}

/**
 * An amendment (更正公告) while bids are taken: the notice's description and deadlines as they
 * stand, changed where the clerk changes them; only what changed is sent, with the reason.
 */
function AmendForm({ ui, p, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [description, setDescription] = useState(p.description);
  const [deadline, setDeadline] = useState(chinaLocal(p.bidDeadline));
  const [opening, setOpening] = useState(chinaLocal(p.openingAt));
  const [substantive, setSubstantive] = useState(false);
  const [reason, setReason] = useState('');
  const command = useCommand(lang, { untilRemount: true });
  const send = (e) => {
    e.preventDefault();
    const input = { procurementId: p.id, substantive, reason: trimmed(reason), expectedVersion: p.version };
    if (trimmed(description) !== p.description) input.description = trimmed(description);
    if (deadline !== chinaLocal(p.bidDeadline)) input.bidDeadline = chinaInstant(deadline);
    if (opening !== chinaLocal(p.openingAt)) input.openingAt = chinaInstant(opening);
    command.run(AMEND, input, () => onDone(t('proc.amended')));
  };
  const error = command.error;
  const at = refusalField(error, { description: 'description', bidDeadline: 'bidDeadline', openingAt: 'openingAt', reason: 'reason' }, { 'PROC-PERIOD': 'bidDeadline' });
  const on = (f) => (at === f ? error : null);
  return html`<form class="amend" onSubmit=${send} novalidate aria-labelledby="amend-heading">
    <h3 id="amend-heading">${t('proc.amendTitle')}</h3>
    <p>${t('proc.amendIntro')}</p>
    <${FormField} ui=${ui} id="amend-description" label=${t('proc.description')} rows="3" value=${description} onInput=${setDescription} error=${on('description')} />
    <${FormField} ui=${ui} id="amend-deadline" label=${t('proc.bidDeadline')} type="datetime-local" value=${deadline} onInput=${setDeadline} hint=${t('proc.amendDeadlineHint')} error=${on('bidDeadline')} />
    <${FormField} ui=${ui} id="amend-opening" label=${t('proc.openingAt')} type="datetime-local" value=${opening} onInput=${setOpening} hint=${t('proc.chinaTimeHint')} error=${on('openingAt')} />
    <div class="field checkbox"><input type="checkbox" id="amend-substantive" checked=${substantive} onChange=${(e) => setSubstantive(e.currentTarget.checked)} aria-describedby="amend-substantive-hint" />
      <label for="amend-substantive">${t('proc.substantive')}</label>
      <p class="hint" id="amend-substantive-hint">${t('proc.substantiveHint')}</p></div>
    <${FormField} ui=${ui} id="amend-reason" label=${t('proc.amendReason')} rows="2" value=${reason} onInput=${setReason} error=${on('reason')} />
    <div class="action">
      <button type="submit" id="amend-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('proc.amend')}</button>
      ${error && !at ? html`<${ErrorText} error=${error} id="amend-error" />` : null}
    </div>
  </form>`;
}

/**
 * A ranked bid that no longer stands: its bidder declined the award (放弃中标), or the purchaser
 * disqualifies it; the next in rank then stands for the award (AWARD-RANK, the ledger's).
 */
function ExcludeForm({ ui, p, onDone }) {
  const { t, lang, ErrorText } = ui;
  const standing = p.report.ranking.filter((r) => !p.excluded.some((x) => x.bidId === r.bidId));
  const [bidId, setBidId] = useState(p.candidateBidId ?? standing[0]?.bidId ?? '');
  const [what, setWhat] = useState('DECLINE');
  const [reason, setReason] = useState('');
  const command = useCommand(lang, { untilRemount: true });
  if (standing.length === 0) return null;
  const send = (e) => {
    e.preventDefault();
    command.run(what === 'DECLINE' ? DECLINE : DISQUALIFY, { procurementId: p.id, bidId, reason: trimmed(reason), expectedVersion: p.version }, () =>
      onDone(t(what === 'DECLINE' ? 'proc.declined' : 'proc.disqualified')),
    );
  };
  const error = command.error;
  const at = refusalField(error, { bidId: 'bid', reason: 'reason' }, { 'AWARD-RANK': 'bid' });
  return html`<form class="exclude" onSubmit=${send} novalidate aria-labelledby="exclude-heading">
    <h3 id="exclude-heading">${t('proc.excludeTitle')}</h3>
    <p>${t('proc.excludeIntro')}</p>
    <div class=${'field' + (at === 'bid' ? ' invalid' : '')}><label for="exclude-bid">${t('proc.rankedBid')}</label>
      <select id="exclude-bid" value=${bidId} aria-invalid=${at === 'bid' ? 'true' : undefined} aria-describedby=${at === 'bid' ? 'exclude-bid-error' : undefined} onChange=${(e) => setBidId(e.currentTarget.value)}>
        ${standing.map((r) => html`<option value=${r.bidId}>${t('proc.rankedOption', { rank: r.rank, name: nameOf(p, r.organisationId), price: formatMoney(r.price) })}${r.bidId === p.candidateBidId ? t('proc.candidateMark') : ''}</option>`)}
      </select>
      ${at === 'bid' ? html`<${ErrorText} error=${error} id="exclude-bid-error" />` : null}</div>
    <fieldset class="result">
      <legend>${t('proc.excludeWhat')}</legend>
      ${['DECLINE', 'DISQUALIFY'].map(
        (w) => html`<div class="field checkbox"><input type="radio" name="exclude-what" id=${'exclude-' + w.toLowerCase()} checked=${what === w} onChange=${() => setWhat(w)} />
          <label for=${'exclude-' + w.toLowerCase()}>${t('proc.excludeKinds.' + w)}</label></div>`,
      )}
    </fieldset>
    <${FormField} ui=${ui} id="exclude-reason" label=${t('reasonLabel')} rows="2" value=${reason} onInput=${setReason} error=${at === 'reason' ? error : null} />
    <div class="action">
      <button type="submit" id="exclude-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('proc.excludeSubmit')}</button>
      ${error && !at ? html`<${ErrorText} error=${error} id="exclude-error" />` : null}
    </div>
  </form>`;
}

/** A complaint (投诉) filed with the finance department about a challenge, recorded by its reference. */
function ComplaintForm({ ui, p, challenge, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [reference, setReference] = useState('');
  const command = useCommand(lang, { untilRemount: true });
  const prefix = 'complaint-' + challenge.challengeId;
  const send = (e) => {
    e.preventDefault();
    command.run(COMPLAINT, { procurementId: p.id, challengeId: challenge.challengeId, reference: trimmed(reference), expectedVersion: p.version }, () => onDone(t('proc.complaintRecorded')));
  };
  const atReference = refusalField(command.error, { reference: 'reference' }) === 'reference';
  return html`<form class="complaint" onSubmit=${send} novalidate>
    <${FormField} ui=${ui} id=${prefix + '-reference'} label=${t('proc.complaintReference')} value=${reference} onInput=${setReference}
      hint=${t('proc.complaintHint')} error=${atReference ? command.error : null} />
    <div class="action">
      <button type="submit" class="secondary" disabled=${command.busy}>${t('proc.recordComplaint')}</button>
      ${command.error && !atReference ? html`<${ErrorText} error=${command.error} id=${prefix + '-error'} />` : null}
    </div>
  </form>`;
}

function AnswerForm({ ui, p, challenge, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [decision, setDecision] = useState('DISMISSED');
  const [reply, setReply] = useState('');
  const command = useCommand(lang);
  const prefix = 'answer-' + challenge.challengeId;
  const send = (e) => {
    e.preventDefault();
    command.run(ANSWER, { procurementId: p.id, challengeId: challenge.challengeId, decision, reply: trimmed(reply), expectedVersion: p.version }, onDone);
  };
  return html`<form class="answer" onSubmit=${send}>
    <div class="field"><label for=${prefix + '-decision'}>${t('proc.decision')}</label>
      <select id=${prefix + '-decision'} value=${decision} onChange=${(e) => setDecision(e.currentTarget.value)}>
        ${['DISMISSED', 'UPHELD_REEVALUATION', 'UPHELD_REPROCUREMENT'].map((d) => html`<option value=${d}>${t('proc.decisions.' + d)}</option>`)}
      </select></div>
    <div class="field"><label for=${prefix + '-reply'}>${t('proc.reply')}</label>
      <textarea id=${prefix + '-reply'} rows="2" value=${reply} onInput=${(e) => setReply(e.currentTarget.value)}></textarea></div>
    <div class="action">
      <button type="submit" disabled=${command.busy}>${t('proc.answer')}</button>
      <${ErrorText} error=${command.error} id=${prefix + '-error'} />
    </div>
  </form>`;
}

/** The purchaser's actions on its own procurement, as its status allows. */
function PurchaserPanel({ ui, p, generation, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [committees, setCommittees] = useState([]);
  const [experts, setExperts] = useState('5');
  const [error, setError] = useState(null);
  const constitute = useCommand(lang);
  useEffect(() => {
    if (!['OPENED', 'EVALUATED', 'AWARDED', 'FAILED'].includes(p.status)) return undefined;
    let live = true;
    gql(COMMITTEES, { id: p.id }, { lang }).then(
      (d) => live && setCommittees(d.procurementCommittees),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [p.id, generation, lang]);
  const base = { procurementId: p.id, expectedVersion: p.version };
  const done = (message) => () => onDone(t(message));
  return html`<section class="decision" aria-labelledby="purchaser-heading">
    <h2 id="purchaser-heading">${t('proc.purchaserActions')}</h2>
    <${ErrorText} error=${error} />
    ${p.status === 'DRAFT'
      ? html`<p>${t('proc.publishIntro')}</p>
          <${CommandButton} ui=${ui} id="publish" label=${t('proc.publish')} mutation=${PUBLISH} input=${base} onDone=${done('proc.published')} />`
      : null}
    ${p.status === 'PUBLISHED' || p.status === 'BIDDING_CLOSED'
      ? html`<p>${t('proc.openIntro', { at: formatDateTime(p.openingAt, lang) })}</p>
          <${CommandButton} ui=${ui} id="open-bids" label=${t('proc.openBids')} mutation=${OPEN} input=${base} onDone=${done('proc.opened')} />`
      : null}
    ${p.status === 'PUBLISHED' ? html`<${AmendForm} key=${'amend' + p.version} ui=${ui} p=${p} onDone=${onDone} />` : null}
    ${p.status === 'OPENED' || committees.length > 0
      ? html`<h3>${t('proc.committees')}</h3>
          ${committees.length === 0 ? html`<p class="empty">${t('proc.noCommittee')}</p>` : null}
          ${committees.length > 0
            ? html`<table class="committees"><caption>${t('proc.committees')}</caption>
                <thead><tr><th scope="col">${t('state')}</th><th scope="col">${t('proc.seats')}</th><th scope="col">${t('proc.submitted')}</th><th scope="col">${t('proc.constitutedAt')}</th></tr></thead>
                <tbody>${committees.map(
                  (c) => html`<tr><td>${t('proc.committeeStatuses.' + c.status)}</td><td>${c.sitting} / ${c.seats}</td><td>${c.submitted} / ${c.sitting}</td><td>${formatDateTime(c.constitutedAt, lang)}</td></tr>`,
                )}</tbody></table>`
            : null}
          ${committees
            .filter((c) => c.status === 'SCORING')
            .map((c) =>
              c.submitted < c.sitting
                ? html`<p class="hint" id="committee-waiting">${t('proc.waitingSheets', { count: c.sitting - c.submitted })}</p>`
                : html`<${CommandButton} ui=${ui} id="conclude" label=${t('proc.conclude')} mutation=${CONCLUDE}
                    input=${{ committeeId: c.committeeId, expectedVersion: c.version }} onDone=${done('proc.concluded')} />`,
            )}
          ${p.status === 'OPENED' && !committees.some((c) => c.status === 'SCORING')
            ? html`<form class="constitute" onSubmit=${(e) => {
                e.preventDefault();
                // The command opens the committee's own stream: the procurement's version is not its.
                constitute.run(CONSTITUTE, { procurementId: p.id, experts: Number(experts) || 0, representatives: [] }, done('proc.constituted'));
              }}>
                <div class="field"><label for="committee-experts">${t('proc.experts')}</label>
                  <input id="committee-experts" inputmode="numeric" value=${experts} onInput=${(e) => setExperts(e.currentTarget.value)} /></div>
                <div class="action"><button type="submit" id="constitute" disabled=${constitute.busy}>${t('proc.constitute')}</button>
                  <${ErrorText} error=${constitute.error} id="constitute-error" /></div>
              </form>`
            : null}`
      : null}
    ${p.status === 'EVALUATED' && p.report
      ? html`<h3>${t('proc.award')}</h3>
          <p>${t('proc.awardIntro')}</p>
          ${p.report.ranking.map(
            (r) => html`<${CommandButton} ui=${ui} id=${'award-' + r.rank} label=${t('proc.awardTo', { rank: r.rank, name: nameOf(p, r.organisationId), price: formatMoney(r.price) })}
              mutation=${AWARD} input=${{ ...base, bidId: r.bidId }} onDone=${done('proc.awarded')} />`,
          )}`
      : null}
    ${(p.status === 'EVALUATED' || p.status === 'AWARDED') && p.report ? html`<${ExcludeForm} key=${'exclude' + p.version} ui=${ui} p=${p} onDone=${onDone} />` : null}
    ${p.challenges
      .filter((c) => !c.decision)
      .map(
        (c) => html`<h3>${t('proc.answerChallenge', { due: formatDate(c.replyDue, lang) })}</h3>
          <p>${c.grounds}</p>
          <${AnswerForm} ui=${ui} p=${p} challenge=${c} onDone=${done('proc.answered')} />`,
      )}
    ${p.challenges.length > 0 && p.status !== 'DRAFT' && p.status !== 'PUBLISHED'
      ? html`<h3>${t('proc.complaintTitle')}</h3>
          ${p.challenges.map(
            (c) => html`<p>${t('proc.complaintAbout', { grounds: c.grounds })}</p>
              <${ComplaintForm} key=${c.challengeId + p.version} ui=${ui} p=${p} challenge=${c} onDone=${onDone} />`,
          )}`
      : null}
    ${['DRAFT', 'PUBLISHED', 'BIDDING_CLOSED', 'OPENED', 'EVALUATED'].includes(p.status)
      ? html`<${ReasonForm} key=${'cancel' + p.version} ui=${ui} id="cancel" title=${t('proc.cancelTitle')} intro=${t('proc.cancelIntro')} submitLabel=${t('proc.cancel')} danger
          untilRemount mutation=${CANCEL} input=${base} onDone=${done('proc.cancelled')} />`
      : null}
  </section>`;
}

/** A procurement's page: public terms, sealed bids or the opening, the award notice. */
export function ProcurementPage({ ui, id, flash }) {
  const { t, lang, claims, ErrorText } = ui;
  const [p, setP] = useState(undefined);
  const [sealed, setSealed] = useState(null);
  const [error, setError] = useState(null);
  const [liveError, setLiveError] = useState(null);
  const [notice, setNotice] = useState(flash);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    gql(ONE, { id }, { lang })
      .then(async (d) => {
        if (!live) return;
        setP(d.procurement);
        const before = d.procurement && ['PUBLISHED', 'BIDDING_CLOSED'].includes(d.procurement.status);
        const board = before ? (await gql(SEALED, { id }, { lang })).sealedBids : null;
        if (live) setSealed(board);
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id, lang, reload]);
  // Until the opening the sealed board follows the ledger live, so that a purchaser watching
  // the page sees bids arrive, change and go (as commitments) without reloading; when the
  // procurement itself changes (amended, closed, opened, cancelled) the page reads it again.
  const status = p?.status;
  const version = p?.version;
  // Signing in or out opens the socket anew as the new viewer (the board is public).
  const token = session.token();
  useEffect(() => {
    if (status !== 'PUBLISHED' && status !== 'BIDDING_CLOSED') return undefined;
    return subscribe(LIVE_SEALED, { id }, {
      lang,
      onData: ({ procurementBids: board }) => {
        setLiveError(null);
        setSealed({ totalCount: board.totalCount, nodes: board.bids });
        if (board.status !== status || board.version > version) setReload((n) => n + 1);
      },
      onError: setLiveError,
    });
  }, [status, version, id, lang, token]);
  if (error) return html`<main id="main"><${ErrorText} error=${error} /></main>`;
  if (p === undefined) return html`<main id="main"><p role="status">${t('loading')}</p></main>`;
  if (p === null) return html`<main id="main"><h1>${t('proc.notFound')}</h1></main>`;
  const own = claims?.role === 'purchaser' && claims.organisation === p.purchaserUnit;
  const term = (label, value, id) => html`<div><dt>${t(label)}</dt><dd id=${id}>${value}</dd></div>`;
  return html`<main id="main" class="procurement">
    <h1>${p.title}</h1>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : null}
    <p><${StatusBadge} t=${t} status=${p.status} /> ${p.purchaser} · ${t('jurisdiction')} ${p.jurisdiction}
      ${claims?.role === 'auditor' || claims?.role === 'admin' ? html` · <${ui.Link} href=${'/app/audit/purchases/' + p.id} id="purchase-audit-link">${t('paudit.open')}<//>` : null}</p>
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">${t('proc.terms')}</h2>
      <p>${p.description}</p>
      <dl class="facts">
        ${term('proc.item', html`<code>${p.item.code}</code> ${p.item.nameZh}`)}
        ${term('proc.method', t('proc.methods.' + p.method))}
        ${term('proc.budget', formatMoney(p.budget), 'proc-budget')}
        ${term('proc.bidSecurity', formatMoney(p.bidSecurity))}
        ${term('proc.servicePeriod', `${formatDate(p.serviceStart, lang)} – ${formatDate(p.serviceEnd, lang)}`)}
        ${term('proc.bidDeadline', formatDateTime(p.bidDeadline, lang) + ' ' + t('proc.chinaTime'), 'proc-deadline')}
        ${term('proc.openingAt', formatDateTime(p.openingAt, lang) + ' ' + t('proc.chinaTime'), 'proc-opening')}
        ${p.publishedAt ? term('proc.publishedAt', formatDateTime(p.publishedAt, lang)) : null}
        ${term('proc.eligibility', p.requirements.kinds.length ? p.requirements.kinds.map((k) => t('kinds.' + k)).join('、') : t('proc.anyKind'))}
        ${p.requirements.minRating != null ? term('proc.minRating', `${p.requirements.minRating}A`) : null}
        ${p.requirements.minYearsRegistered != null ? term('proc.minYears', String(p.requirements.minYearsRegistered)) : null}
        ${term('proc.scoring', [t('proc.priceWeightShort', { n: p.scoring.priceWeightPercent }), ...p.scoring.criteria.map((c) => `${c.name} ${c.maxPoints}`)].join('；'))}
        ${p.amendments ? term('proc.amendments', String(p.amendments)) : null}
      </dl>
    </section>
    ${sealed
      ? html`<section aria-labelledby="sealed-heading">
          <h2 id="sealed-heading">${t('proc.sealedBids')}</h2>
          <p id="sealed-count" role="status">${t('proc.sealedCount', { count: sealed.totalCount })}</p>
          <p class="hint">${t('proc.sealedIntro')} ${liveError ? null : t('live.following')}</p>
          ${liveError ? html`<p class="hint" id="sealed-live-error">${t('live.stopped', { message: liveError.message })}</p>` : null}
          ${sealed.nodes.length > 0
            ? html`<table class="sealed"><caption>${t('proc.sealedBids')}</caption>
                <thead><tr><th scope="col">${t('proc.sealedAt')}</th><th scope="col">${t('proc.commitment')}</th></tr></thead>
                <tbody>${sealed.nodes.map((b) => html`<tr><td>${formatDateTime(b.sealedAt, lang)}</td><td><code class="hash">${b.commitment}</code></td></tr>`)}</tbody></table>`
            : null}
        </section>`
      : null}
    ${p.openedAt
      ? html`<section aria-labelledby="opened-heading">
          <h2 id="opened-heading">${t('proc.opening', { at: formatDateTime(p.openedAt, lang) })}</h2>
          ${p.openedBids.length === 0 ? html`<p class="empty">${t('proc.noBids')}</p>` : null}
          ${p.openedBids.length > 0
            ? html`<table class="opened"><caption>${t('proc.openedBids')}</caption>
                <thead><tr><th scope="col">${t('organisation')}</th><th scope="col">${t('proc.price')}</th><th scope="col">${t('proc.valid')}</th><th scope="col">${t('proc.commitmentAndDocuments')}</th></tr></thead>
                <tbody>${p.openedBids.map(
                  (b) => html`<tr><td>${b.organisationName}</td><td class="money">${formatMoney(b.price)}</td>
                    <td>${b.valid ? t('proc.validYes') : html`${t('proc.validNo')}: ${b.defects.join('；')}`}</td><td><code class="hash">${b.commitment}</code>${b.documents.length
                      ? html`<ul class="documents">${b.documents.map((d) => html`<li><span class="name">${d.name}</span> <code class="hash">${d.sha256}</code></li>`)}</ul>`
                      : null}</td></tr>`,
                )}</tbody></table>`
            : null}
        </section>`
      : null}
    ${p.report
      ? html`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${t('proc.ranking')}</h2>
          <ol class="ranking">${p.report.ranking.map((r) => {
            const out = p.excluded.find((x) => x.bidId === r.bidId);
            return html`<li class=${out ? 'excluded' : ''}>${nameOf(p, r.organisationId)} · ${formatMoney(r.price)} · ${t('proc.total', { total: r.total })}${out
              ? html` · <span class="badge no">${t('proc.exclusions.' + out.why)}</span>${t('proc.exclusionReason', { reason: out.reason })}`
              : null}</li>`;
          })}</ol>
        </section>`
      : null}
    ${p.award
      ? html`<section aria-labelledby="award-heading" class="award">
          <h2 id="award-heading">${t('proc.awardNotice')}</h2>
          <p id="award-notice">${t('proc.awardText', {
            organisation: nameOf(p, p.award.organisationId),
            price: formatMoney(p.award.price),
            at: formatDateTime(p.award.noticedAt, lang),
            deadline: formatDate(p.award.challengeDeadline, lang),
          })}</p>
          ${p.contract
            ? html`<p><${ui.Link} href=${'/app/contracts/' + p.contract.id} id="contract-link">${t('con.contractLink', { status: t('con.statuses.' + p.contract.status) })}<//></p>`
            : null}
        </section>`
      : null}
    ${own && p.status === 'AWARDED' && p.award && !p.contract ? html`<${SignContract} ui=${ui} p=${p} supplierName=${nameOf(p, p.award.organisationId)} />` : null}
    ${p.challenges.length > 0
      ? html`<section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">${t('proc.challenges')}</h2>
          <ul>${p.challenges.map(
            (c) => html`<li>${formatDateTime(c.filedAt, lang)}: ${c.grounds} — ${c.decision ? `${t('proc.decisions.' + c.decision)}：${c.reply ?? ''}` : t('proc.unanswered', { due: formatDate(c.replyDue, lang) })}${c.complaints.length
              ? html`<br /><span class="complaints">${t('proc.complaints', { refs: c.complaints.join('、') })}</span>`
              : null}</li>`,
          )}</ul>
        </section>`
      : null}
    ${p.ended ? html`<p class="notice">${t('proc.ended', { reason: p.ended.reason, at: formatDateTime(p.ended.at, lang) })}${p.ended.rule ? ` (${p.ended.rule})` : ''}</p>` : null}
    ${own ? html`<${PurchaserPanel} ui=${ui} p=${p} generation=${reload} onDone=${(m) => (setNotice(m), setReload((n) => n + 1))} />` : null}
    ${claims?.role === 'ngo' ? html`<${BidPanel} ui=${ui} procurement=${p} onChanged=${() => setReload((n) => n + 1)} />` : null}
  </main>`;
}
