// The evaluator's side of procurement (issue 14): the committees an expert sits on; for one, the
// opened bids to score (on a contest's jury, issue 15, the contest's projects), a declared
// relation to a bidder (回避), its score sheet, the other members' sheets (hidden until every
// sheet is in) and the conclusion. Shared pieces (texts, ErrorText, Link) come from main.js as
// `ui`, as in bids.js.

import { h } from 'preact';
import { useState, useEffect } from 'preact/hooks';
import htm from 'htm';
import { gql, ApiError } from './api.js';
import { formatMoney, formatDateTime, parseMoney } from './format.js';
import { useCommand } from './forms.js';

const html = htm.bind(h);

export const RELATION_KINDS = ['LEGAL_REPRESENTATIVE', 'EMPLOYMENT', 'MANAGEMENT', 'CONTROL', 'RELATIVE', 'LITIGATION', 'OTHER'];

/**
 * Points as typed (`38`, `37.5`, full-width) to integer hundredths by string arithmetic; null
 * when it is not a number of at most two decimals. The ledger holds points in hundredths.
 */
export function toHundredths(text) {
  const m = /^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(parseMoney(text));
  if (!m) return null;
  return Number(m[1]) * 100 + Number(((m[2] ?? '') + '00').slice(0, 2));
}

const showPoints = (hundredths) => (hundredths / 100).toFixed(2);

const MEMBER_FIELDS = 'memberId name role drawPosition sitting recusal { organisationId kind source note } submitted submittedAt sheetDigest scores { bidId criteria { key pointsHundredths } }';
const COMMITTEE_FIELDS = `committeeId procurementId subject { kind id } status version seats seed constitutedAt concludedAt allSubmitted
  members { ${MEMBER_FIELDS} }
  report { committeeId sheetsDigest ranking { rank bidId organisationId price priceScore criteriaScore total } }`;

const MY_COMMITTEES = `query MyCommittees { myCommittees(first: 100) { ${COMMITTEE_FIELDS} } }`;
const COMMITTEE = `query Committee($id: UUID!) { committee(id: $id) { ${COMMITTEE_FIELDS} } }`;
const PROCUREMENT = `query Procurement($id: UUID!) { procurement(id: $id) {
  id title status scoring { priceWeightPercent criteria { key name maxPoints } }
  openedBids { bidId organisationId organisationName price valid }
} }`;
const DECLARE = `mutation Declare($i: DeclareRelationInput!) { declareRelation(input: $i) { version } }`;
const SUBMIT = `mutation Sheet($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }`;

/**
 * The titles of the committees' subjects (at most 100: procurements, and contests for a
 * jury), by subject id, in one request of aliased fields.
 */
async function subjectTitles(committees, lang) {
  const subjects = [...new Map(committees.map((c) => [c.subject.id, c.subject])).values()].slice(0, 100);
  if (subjects.length === 0) return {};
  const params = subjects.map((_, i) => `$s${i}: UUID!`).join(', ');
  const fields = subjects
    .map((x, i) => (x.kind === 'CONTEST' ? `s${i}: contest(id: $s${i}) { id: contestId title }` : `s${i}: procurement(id: $s${i}) { id title }`))
    .join(' ');
  const data = await gql(`query Titles(${params}) { ${fields} }`, Object.fromEntries(subjects.map((x, i) => ['s' + i, x.id])), { lang });
  return Object.fromEntries(Object.values(data).filter(Boolean).map((p) => [p.id, p.title]));
}

const CONTEST = `query JuryContest($id: UUID!) { contest(id: $id) { contestId title scoring { priceWeightPercent criteria { key name maxPoints } }
  submissions { submissionId organisationId organisationName requested status } } }`;

/**
 * What a committee scores, as its sheet needs it: a procurement's opened bids, or, for a
 * contest's jury (评审团), the contest's projects not withdrawn, each standing where a bid
 * stands (its id the bid id, its requested grant the price), under the call's scheme.
 */
async function subjectOf(committee, lang) {
  if (committee.subject.kind === 'CONTEST') {
    const c = (await gql(CONTEST, { id: committee.subject.id }, { lang })).contest;
    if (!c) return null;
    const openedBids = c.submissions
      .filter((x) => x.status !== 'WITHDRAWN')
      .map((x) => ({ bidId: x.submissionId, organisationId: x.organisationId, organisationName: x.organisationName, price: x.requested, valid: true }));
    return { id: c.contestId, title: c.title, href: '/app/contests/' + c.contestId, jury: true, scoring: c.scoring, openedBids };
  }
  const p = (await gql(PROCUREMENT, { id: committee.procurementId }, { lang })).procurement;
  return p && { ...p, href: '/app/procurements/' + p.id, jury: false };
}

/** The committees the signed-in expert was drawn for. */
export function MyCommittees({ ui }) {
  const { t, lang, claims, ErrorText, Link } = ui;
  const [rows, setRows] = useState(null);
  const [titles, setTitles] = useState({});
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    gql(MY_COMMITTEES, {}, { lang })
      .then(async (d) => {
        if (!live) return;
        setRows(d.myCommittees);
        const found = await subjectTitles(d.myCommittees, lang);
        if (live) setTitles(found);
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [lang]);
  return html`<main id="main">
    <h1>${t('eval.myTitle')}</h1>
    <${ErrorText} error=${error} />
    ${rows == null && !error ? html`<p role="status">${t('loading')}</p>` : null}
    ${rows && rows.length === 0 ? html`<p class="empty">${t('eval.none')}</p>` : null}
    ${rows && rows.length > 0
      ? html`<table class="board my-committees">
          <caption>${t('eval.myTitle')}</caption>
          <thead><tr><th scope="col">${t('contest.reviewedSubject')}</th><th scope="col">${t('state')}</th><th scope="col">${t('eval.mySeat')}</th><th scope="col">${t('eval.sheetsIn')}</th><th scope="col">${t('eval.constitutedAt')}</th></tr></thead>
          <tbody>
            ${rows.map((c) => {
              const me = c.members.find((m) => m.memberId === claims.organisation);
              const sitting = c.members.filter((m) => m.sitting);
              return html`<tr>
                <td><${Link} href=${'/app/committees/' + c.committeeId}>${titles[c.subject.id] ?? t('eval.openCommittee')}<//></td>
                <td>${t('eval.statuses.' + c.status)}</td>
                <td>${me ? t(me.sitting ? (me.submitted ? 'eval.seatSubmitted' : 'eval.seatToScore') : 'eval.seatRecused') : ''}</td>
                <td>${sitting.filter((m) => m.submitted).length} / ${sitting.length}</td>
                <td>${formatDateTime(c.constitutedAt, lang)}</td>
              </tr>`;
            })}
          </tbody>
        </table>`
      : null}
  </main>`;
}

/** The field a refusal of a sheet belongs to: the ledger names the bid and the criterion in its message. */
function sheetFieldOf(error, bids, criteria) {
  if (!error || error.field !== 'scores.criteria.points') return null;
  const bid = bids.find((b) => error.message.includes(b.bidId));
  // The ledger quotes the criterion's name: 'name' in English, “name” in Chinese.
  const criterion = criteria.find((c) => error.message.includes(`'${c.name}'`) || error.message.includes(`“${c.name}”`));
  return bid && criterion ? `${bid.bidId}/${criterion.key}` : null;
}

/** The expert's sheet: one field per valid bid and criterion, sent once. */
function SheetForm({ ui, committee, me, bids, criteria, jury, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [values, setValues] = useState({});
  const [local, setLocal] = useState(null);
  const command = useCommand(lang);
  const send = (e) => {
    e.preventDefault();
    const scores = [];
    for (const b of bids) {
      const row = { bidId: b.bidId, criteria: [] };
      for (const c of criteria) {
        const points = toHundredths(values[b.bidId + '/' + c.key] ?? '');
        if (points == null) return setLocal({ key: b.bidId + '/' + c.key, error: new ApiError(t('eval.pointsInvalid', { max: c.maxPoints }), { code: 'VALIDATION' }) });
        row.criteria.push({ key: c.key, pointsHundredths: points });
      }
      scores.push(row);
    }
    setLocal(null);
    // No expectedVersion: another member's sheet moves the committee on without changing what
    // this one may submit, and the ledger checks the seat and the sheet itself.
    command.run(SUBMIT, { committeeId: committee.committeeId, memberId: me.memberId, scores }, onDone);
  };
  const serverKey = sheetFieldOf(command.error, bids, criteria);
  const errorAt = (key) => (local?.key === key ? local.error : serverKey === key ? command.error : null);
  return html`<form class="sheet" onSubmit=${send} novalidate>
    <table class="sheet">
      <caption>${t('eval.sheetCaption')}</caption>
      <thead><tr><th scope="col">${t('organisation')}</th><th scope="col">${t(jury ? 'contest.requested' : 'proc.price')}</th>${criteria.map((c) => html`<th scope="col">${c.name} (${t('eval.max', { max: c.maxPoints })})</th>`)}</tr></thead>
      <tbody>
        ${bids.map(
          (b, i) => html`<tr>
            <th scope="row">${b.organisationName}</th>
            <td class="money">${formatMoney(b.price)}</td>
            ${criteria.map((c) => {
              const key = b.bidId + '/' + c.key;
              const id = `score-${i}-${c.key}`;
              const error = errorAt(key);
              return html`<td class=${'field' + (error ? ' invalid' : '')}>
                <label class="sr-only" for=${id}>${t('eval.scoreLabel', { name: b.organisationName, criterion: c.name })}</label>
                <input id=${id} inputmode="decimal" size="6" value=${values[key] ?? ''} aria-invalid=${error ? 'true' : undefined}
                  aria-describedby=${error ? id + '-error' : undefined} onInput=${(e) => setValues({ ...values, [key]: e.currentTarget.value })} />
                ${error ? html`<${ErrorText} error=${error} id=${id + '-error'} />` : null}
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
    <p class="hint">${t('eval.sheetHint')}</p>
    <div class="action">
      <button type="submit" id="submit-sheet" disabled=${command.busy}>${t('eval.submitSheet')}</button>
      ${command.error && !serverKey ? html`<${ErrorText} error=${command.error} id="submit-sheet-error" />` : null}
    </div>
  </form>`;
}

/** 回避申报: the member names the bidder it is related to, and how. */
function RelationForm({ ui, committee, me, bids, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [organisationId, setOrganisationId] = useState(bids[0]?.organisationId ?? '');
  const [kind, setKind] = useState('OTHER');
  const [note, setNote] = useState('');
  const command = useCommand(lang);
  const send = (e) => {
    e.preventDefault();
    command.run(DECLARE, { committeeId: committee.committeeId, memberId: me.memberId, organisationId, kind, note: note.trim() }, onDone);
  };
  const onNote = command.error?.field === 'note';
  return html`<form class="relation" onSubmit=${send} novalidate>
    <div class="field"><label for="relation-org">${t('eval.relatedBidder')}</label>
      <select id="relation-org" value=${organisationId} onChange=${(e) => setOrganisationId(e.currentTarget.value)}>
        ${bids.map((b) => html`<option value=${b.organisationId}>${b.organisationName}</option>`)}
      </select></div>
    <div class="field"><label for="relation-kind">${t('eval.relationKind')}</label>
      <select id="relation-kind" value=${kind} onChange=${(e) => setKind(e.currentTarget.value)}>
        ${RELATION_KINDS.map((k) => html`<option value=${k}>${t('eval.kinds.' + k)}</option>`)}
      </select></div>
    <div class=${'field' + (onNote ? ' invalid' : '')}><label for="relation-note">${t('eval.relationNote')}</label>
      <textarea id="relation-note" rows="2" value=${note} aria-invalid=${onNote ? 'true' : undefined} aria-describedby=${onNote ? 'relation-note-error' : undefined}
        onInput=${(e) => setNote(e.currentTarget.value)}></textarea>
      ${onNote ? html`<${ErrorText} error=${command.error} id="relation-note-error" />` : null}</div>
    <div class="action">
      <button type="submit" id="declare-relation" class="secondary" disabled=${command.busy}>${t('eval.declare')}</button>
      ${command.error && !onNote ? html`<${ErrorText} error=${command.error} id="declare-relation-error" />` : null}
    </div>
  </form>`;
}

function scoreOf(sheet, bidId, key) {
  const p = sheet?.find((s) => s.bidId === bidId)?.criteria.find((c) => c.key === key)?.pointsHundredths;
  return p == null ? '' : showPoints(p);
}

/** One committee as its expert sees it. */
export function CommitteePage({ ui, id }) {
  const { t, lang, claims, ErrorText, Link } = ui;
  const [committee, setCommittee] = useState(undefined);
  const [subject, setSubject] = useState(null);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(null);
  useEffect(() => {
    let live = true;
    gql(COMMITTEE, { id }, { lang })
      .then(async (d) => {
        if (!live) return;
        setCommittee(d.committee);
        if (d.committee) {
          const found = await subjectOf(d.committee, lang);
          if (live) setSubject(found);
        }
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id, lang]);
  // The notice shows with the committee as the command left it, not over the page before it.
  const done = (message) => async () => {
    const d = await gql(COMMITTEE, { id }, { lang });
    setCommittee(d.committee);
    setNotice(t(message));
  };
  if (committee === undefined && !error) return html`<main id="main"><p role="status">${t('loading')}</p></main>`;
  if (!committee) return html`<main id="main"><h1>${t('eval.committee')}</h1><${ErrorText} error=${error} />${error ? null : html`<p class="empty">${t('eval.notFound')}</p>`}</main>`;
  const me = committee.members.find((m) => m.memberId === claims?.organisation);
  const bids = subject?.openedBids.filter((b) => b.valid) ?? [];
  const criteria = subject?.scoring.criteria ?? [];
  const nameOf = (orgId) => subject?.openedBids.find((b) => b.organisationId === orgId)?.organisationName ?? orgId;
  const sitting = committee.members.filter((m) => m.sitting);
  const scoring = committee.status === 'SCORING';
  return html`<main id="main">
    <h1>${t(subject?.jury ? 'contest.jury' : 'eval.committee')}${subject ? html`：<${Link} href=${subject.href}>${subject.title}<//>` : null}</h1>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : null}
    <${ErrorText} error=${error} />
    <dl class="facts">
      <div><dt>${t('state')}</dt><dd id="committee-status">${t('eval.statuses.' + committee.status)}</dd></div>
      <div><dt>${t('eval.seats')}</dt><dd>${committee.seats}</dd></div>
      <div><dt>${t('eval.sheetsIn')}</dt><dd id="sheets-in">${sitting.filter((m) => m.submitted).length} / ${sitting.length}</dd></div>
      <div><dt>${t('eval.constitutedAt')}</dt><dd>${formatDateTime(committee.constitutedAt, lang)}</dd></div>
    </dl>

    ${me && !me.sitting
      ? html`<p class="notice" id="recused">${t('eval.youRecused')}</p>
          <ul class="reasons">${me.recusal.map((r) => html`<li>${nameOf(r.organisationId)} — ${t('eval.kinds.' + r.kind)}${r.note ? '：' + r.note : ''}</li>`)}</ul>`
      : null}
    ${me && me.sitting && scoring && !me.submitted && subject
      ? html`<section aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">${t('eval.yourSheet')}</h2>
            <${SheetForm} ui=${ui} committee=${committee} me=${me} bids=${bids} criteria=${criteria} jury=${subject.jury} onDone=${done('eval.sheetSubmitted')} />
          </section>
          <section aria-labelledby="relation-heading">
            <h2 id="relation-heading">${t('eval.declareTitle')}</h2>
            <p class="hint">${t('eval.declareHint')}</p>
            <${RelationForm} ui=${ui} committee=${committee} me=${me} bids=${bids} onDone=${done('eval.declared')} />
          </section>`
      : null}

    <section aria-labelledby="members-heading">
      <h2 id="members-heading">${t('eval.members')}</h2>
      ${committee.allSubmitted ? null : html`<p class="hint" id="sheets-hidden">${t('eval.sheetsHidden')}</p>`}
      <table class="members">
        <caption>${t('eval.members')}</caption>
        <thead><tr><th scope="col">${t('eval.member')}</th><th scope="col">${t('eval.role')}</th><th scope="col">${t('state')}</th><th scope="col">${t('eval.sheetDigest')}</th>
          ${criteria.map((c) => html`<th scope="col">${c.name}</th>`)}</tr></thead>
        <tbody>
          ${committee.members.map(
            (m) => html`<tr class=${m.memberId === me?.memberId ? 'me' : ''}>
              <td>${m.name}${m.memberId === me?.memberId ? html` <strong>(${t('eval.you')})</strong>` : null}</td>
              <td>${t('eval.roles.' + m.role)}</td>
              <td>${t(!m.sitting ? 'eval.seatRecused' : m.submitted ? 'eval.seatSubmitted' : 'eval.seatToScore')}</td>
              <td>${m.sheetDigest ? html`<code class="hash">${m.sheetDigest.slice(0, 16)}…</code>` : ''}</td>
              ${criteria.map(
                (c) => html`<td class="scores">${m.scores
                  ? bids.map((b) => html`<span class="score">${b.organisationName}：${scoreOf(m.scores, b.bidId, c.key)}</span> `)
                  : m.submitted
                    ? html`<span class="hidden">${t('eval.hidden')}</span>`
                    : ''}</td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </section>

    ${committee.report
      ? html`<section aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading">${t('eval.conclusion')}</h2>
          <ol class="ranking" id="conclusion">
            ${committee.report.ranking.map((r) => html`<li>${nameOf(r.organisationId)} · ${formatMoney(r.price)} · ${t('eval.total', { total: r.total, price: r.priceScore, criteria: r.criteriaScore })}</li>`)}
          </ol>
          <p class="hint">${t('eval.sheetsDigest')} <code class="hash">${committee.report.sheetsDigest}</code></p>
        </section>`
      : null}
  </main>`;
}
