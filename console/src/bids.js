// The social organisation's side of procurement (issue 14): the board filtered to what it may
// bid for, with the reasons for the rest; submitting, replacing and withdrawing its sealed bid;
// its own bids. Shared pieces (texts, ErrorText, Link) come from main.js as `ui`, so that this
// module imports neither main.js nor procurement.js.

import { h } from 'preact';
import { useState, useEffect } from 'preact/hooks';
import htm from 'htm';
import { gql, ApiError } from './api.js';
import { formatMoney, formatDate, formatDateTime, trimmed } from './format.js';
import { toFen, useCommand, ReasonForm } from './forms.js';
import { fileDigest } from './sha256.js';

const html = htm.bind(h);

const ELIGIBLE = `query Eligible($after: String) {
  eligibleProcurements(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    scannedTo
    nodes { eligible reasons { code message } procurement { id title purchaser budget bidDeadline item { code nameZh } } }
  }
}`;

const BID_FIELDS = 'id procurementId status statusZh commitment sealedAt submittedAt withdrawnAt replacements version revealed { price valid defects }';

const MY_BIDS = `query MyBids { myBids(first: 100) { nodes { ${BID_FIELDS} } } }`;

const SUBMIT = `mutation Submit($i: SubmitBidInput!) { submitBid(input: $i) { ${BID_FIELDS} } }`;
const REPLACE = `mutation Replace($i: ReplaceBidInput!) { replaceBid(input: $i) { ${BID_FIELDS} } }`;
const WITHDRAW = `mutation Withdraw($i: WithdrawBidInput!) { withdrawBid(input: $i) { ${BID_FIELDS} } }`;
const CHALLENGE = `mutation Challenge($i: ChallengeAwardInput!) { challengeAward(input: $i) { version } }`;

/** The organisation's board: what it may bid for, and why not for the rest. */
export function EligibleBoard({ ui }) {
  const { t, lang, ErrorText, Link } = ui;
  const [rows, setRows] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    gql(ELIGIBLE, { after: null }, { lang }).then(
      (d) => live && setRows(d.eligibleProcurements.nodes),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return html`<main id="main">
    <h1>${t('proc.eligibleTitle')}</h1>
    <p>${t('proc.eligibleIntro')}</p>
    <${ErrorText} error=${error} />
    ${rows == null && !error ? html`<p role="status">${t('loading')}</p>` : null}
    ${rows && rows.length === 0 ? html`<p class="empty">${t('proc.boardEmpty')}</p>` : null}
    ${rows && rows.length > 0
      ? html`<table class="board eligible">
          <caption>${t('proc.eligibleTitle')}</caption>
          <thead><tr><th scope="col">${t('proc.title')}</th><th scope="col">${t('proc.item')}</th><th scope="col">${t('proc.budget')}</th><th scope="col">${t('proc.bidDeadline')}</th><th scope="col">${t('proc.mayBid')}</th></tr></thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr class=${r.eligible ? 'eligible' : 'ineligible'}>
                <td><${Link} href=${'/app/procurements/' + r.procurement.id}>${r.procurement.title}<//></td>
                <td><code>${r.procurement.item.code}</code> ${r.procurement.item.nameZh}</td>
                <td class="money">${formatMoney(r.procurement.budget)}</td>
                <td>${formatDateTime(r.procurement.bidDeadline, lang)}</td>
                <td>
                  ${r.eligible
                    ? html`<strong class="badge ok">${t('proc.eligible')}</strong>`
                    : html`<span class="badge no">${t('proc.ineligible')}</span>
                        <ul class="reasons">${r.reasons.map((x) => html`<li>${x.message} <code class="rule">${x.code}</code></li>`)}</ul>`}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : null}
  </main>`;
}

/**
 * The titles of the procurements `ids` (at most a page of bids' worth, 100), in one request of
 * aliased fields: a bid names its procurement by id only.
 */
async function procurementTitles(ids, lang) {
  if (ids.length === 0) return {};
  const params = ids.map((_, i) => `$p${i}: UUID!`).join(', ');
  const fields = ids.map((_, i) => `p${i}: procurement(id: $p${i}) { id title }`).join(' ');
  const data = await gql(`query Titles(${params}) { ${fields} }`, Object.fromEntries(ids.map((id, i) => ['p' + i, id])), { lang });
  return Object.fromEntries(Object.values(data).filter(Boolean).map((p) => [p.id, p.title]));
}

/** The organisation's own bids, withdrawn ones included. */
export function MyBids({ ui }) {
  const { t, lang, ErrorText, Link } = ui;
  const [bids, setBids] = useState(null);
  const [titles, setTitles] = useState({});
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    gql(MY_BIDS, {}, { lang })
      .then(async (d) => {
        if (!live) return;
        setBids(d.myBids.nodes);
        const ids = [...new Set(d.myBids.nodes.map((b) => b.procurementId))].slice(0, 100);
        const found = await procurementTitles(ids, lang);
        if (live) setTitles(found);
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [lang]);
  return html`<main id="main">
    <h1>${t('proc.myBidsTitle')}</h1>
    <${ErrorText} error=${error} />
    ${bids == null && !error ? html`<p role="status">${t('loading')}</p>` : null}
    ${bids && bids.length === 0 ? html`<p class="empty">${t('proc.noBids')}</p>` : null}
    ${bids && bids.length > 0
      ? html`<table class="board my-bids">
          <caption>${t('proc.myBidsTitle')}</caption>
          <thead><tr><th scope="col">${t('proc.procurement')}</th><th scope="col">${t('state')}</th><th scope="col">${t('proc.sealedAt')}</th><th scope="col">${t('proc.replacements')}</th><th scope="col">${t('proc.commitment')}</th></tr></thead>
          <tbody>
            ${bids.map(
              (b) => html`<tr>
                <td><${Link} href=${'/app/procurements/' + b.procurementId}>${titles[b.procurementId] ?? t('proc.openProcurement')}<//></td>
                <td>${t('proc.bidStatuses.' + b.status)}</td>
                <td>${formatDateTime(b.sealedAt, lang)}</td>
                <td>${b.replacements}</td>
                <td><code class="hash">${b.commitment}</code></td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : null}
  </main>`;
}

/**
 * The price, proposal and documents of a bid, as a form; `onSend(priceFen, proposal, documents)`.
 * A document is named by its SHA-256, computed in the browser: the file itself is never sent
 * (it stays with the bidder and goes to the purchaser outside the ledger), and the sealed bid
 * commits to its digest.
 */
function BidForm({ ui, prefix, command, submitLabel, onSend }) {
  const { t, ErrorText } = ui;
  const [price, setPrice] = useState('');
  const [proposal, setProposal] = useState('');
  const [documents, setDocuments] = useState([]);
  const [hashing, setHashing] = useState(false);
  const [local, setLocal] = useState(null);
  const send = (e) => {
    e.preventDefault();
    const fen = toFen(price);
    if (fen == null) return setLocal(new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION', field: 'priceFen' }));
    setLocal(null);
    onSend(fen, trimmed(proposal), documents);
  };
  const pick = async (e) => {
    const files = [...e.currentTarget.files];
    e.currentTarget.value = '';
    setHashing(true);
    try {
      const picked = [];
      for (const f of files) picked.push({ name: f.name, sha256: await fileDigest(f) });
      // The same file picked twice is listed once.
      setDocuments((old) => [...old, ...picked.filter((d) => !old.some((o) => o.name === d.name && o.sha256 === d.sha256))]);
    } catch (err) {
      setLocal(new ApiError(t('proc.documentUnreadable', { message: err.message }), { code: 'VALIDATION', field: 'documents' }));
    } finally {
      setHashing(false);
    }
  };
  const error = local ?? command.error;
  const onPrice = error && (error.field === 'priceFen' || error.field === 'price');
  const onProposal = error && error.field === 'technicalProposal';
  const onDocuments = error && String(error.field ?? '').startsWith('documents');
  return html`<form class="bid" onSubmit=${send} novalidate>
    <div class=${'field' + (onPrice ? ' invalid' : '')}>
      <label for=${prefix + '-price'}>${t('proc.price')}</label>
      <input id=${prefix + '-price'} inputmode="decimal" value=${price} aria-describedby=${prefix + '-price-hint' + (onPrice ? ' ' + prefix + '-price-error' : '')}
        aria-invalid=${onPrice ? 'true' : undefined} onInput=${(e) => setPrice(e.currentTarget.value)} />
      <p class="hint" id=${prefix + '-price-hint'}>${t('proc.priceHint')}</p>
      ${onPrice ? html`<${ErrorText} error=${error} id=${prefix + '-price-error'} />` : null}
    </div>
    <div class=${'field' + (onProposal ? ' invalid' : '')}>
      <label for=${prefix + '-proposal'}>${t('proc.proposal')}</label>
      <textarea id=${prefix + '-proposal'} rows="3" value=${proposal} aria-invalid=${onProposal ? 'true' : undefined}
        aria-describedby=${onProposal ? prefix + '-proposal-error' : undefined} onInput=${(e) => setProposal(e.currentTarget.value)}></textarea>
      ${onProposal ? html`<${ErrorText} error=${error} id=${prefix + '-proposal-error'} />` : null}
    </div>
    <div class=${'field documents' + (onDocuments ? ' invalid' : '')}>
      <label for=${prefix + '-documents'}>${t('proc.documents')}</label>
      <input id=${prefix + '-documents'} type="file" multiple aria-describedby=${prefix + '-documents-hint' + (onDocuments ? ' ' + prefix + '-documents-error' : '')}
        aria-invalid=${onDocuments ? 'true' : undefined} onChange=${pick} />
      <p class="hint" id=${prefix + '-documents-hint'}>${t('proc.documentsHint')}</p>
      ${hashing ? html`<p role="status">${t('proc.hashing')}</p>` : null}
      ${documents.length > 0
        ? html`<ul class="documents" id=${prefix + '-document-list'}>${documents.map(
            (d, i) => html`<li><span class="name">${d.name}</span> <code class="hash">${d.sha256}</code>
              <button type="button" class="link" aria-label=${t('proc.removeDocument', { name: d.name })} onClick=${() => setDocuments((old) => old.filter((_, j) => j !== i))}>${t('con.remove')}</button></li>`,
          )}</ul>`
        : null}
      ${onDocuments ? html`<${ErrorText} error=${error} id=${prefix + '-documents-error'} />` : null}
    </div>
    <div class="action">
      <button type="submit" id=${prefix + '-send'} disabled=${command.busy || hashing}>${submitLabel}</button>
      ${error && !onPrice && !onProposal && !onDocuments ? html`<${ErrorText} error=${error} id=${prefix + '-error'} />` : null}
    </div>
  </form>`;
}

/**
 * On a procurement's page, for an ngo token: its live bid (sealed: the commitment only) with
 * replace and withdraw, or the form to submit one while bids are taken.
 */
export function BidPanel({ ui, procurement, onChanged }) {
  const { t, lang, ErrorText } = ui;
  const [bids, setBids] = useState(null);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(null);
  const [reload, setReload] = useState(0);
  const submit = useCommand(lang);
  const replace = useCommand(lang);
  const withdraw = useCommand(lang);
  useEffect(() => {
    let live = true;
    gql(MY_BIDS, {}, { lang }).then(
      (d) => live && setBids(d.myBids.nodes.filter((b) => b.procurementId === procurement.id)),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [lang, procurement.id, reload]);
  const done = (message) => () => {
    setNotice(t(message));
    setReload((n) => n + 1);
    // The page's sealed board counts this bid too.
    onChanged();
  };
  const liveBid = bids?.find((b) => b.status === 'SUBMITTED');
  const open = procurement.status === 'PUBLISHED';
  // A bidder other than the awardee may challenge the award (质疑) within the window the notice
  // names; the ledger holds the window and who bid, the form only is not offered to others.
  const organisation = ui.claims?.organisation;
  const mayChallenge =
    procurement.status === 'AWARDED' &&
    procurement.award &&
    procurement.award.organisationId !== organisation &&
    procurement.openedBids.some((b) => b.organisationId === organisation);
  return html`<section class="decision" aria-labelledby="my-bid-heading">
    <h2 id="my-bid-heading">${t('proc.myBid')}</h2>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : null}
    <${ErrorText} error=${error} />
    ${liveBid
      ? html`<dl class="facts">
            <div><dt>${t('state')}</dt><dd id="my-bid-status">${t('proc.bidStatuses.' + liveBid.status)}</dd></div>
            <div><dt>${t('proc.commitment')}</dt><dd><code class="hash" id="my-bid-commitment">${liveBid.commitment}</code></dd></div>
            <div><dt>${t('proc.sealedAt')}</dt><dd>${formatDateTime(liveBid.sealedAt, lang)}</dd></div>
            <div><dt>${t('proc.replacements')}</dt><dd>${liveBid.replacements}</dd></div>
          </dl>
          <p class="hint">${t('proc.sealedNote')}</p>
          ${open
            ? html`<h3>${t('proc.replaceBid')}</h3>
                <${BidForm} ui=${ui} prefix="replace" command=${replace} submitLabel=${t('proc.replaceBid')}
                  onSend=${(fen, proposal, documents) =>
                    replace.run(REPLACE, { bidId: liveBid.id, priceFen: fen, technicalProposal: proposal, documents, expectedVersion: liveBid.version }, done('proc.bidReplaced'))} />
                <div class="action">
                  <button type="button" id="withdraw-bid" class="secondary" disabled=${withdraw.busy}
                    onClick=${() => withdraw.run(WITHDRAW, { bidId: liveBid.id, expectedVersion: liveBid.version }, done('proc.bidWithdrawn'))}>${t('proc.withdrawBid')}</button>
                  <${ErrorText} error=${withdraw.error} id="withdraw-error" />
                </div>`
            : null}`
      : open
        ? html`<${BidForm} ui=${ui} prefix="bid" command=${submit} submitLabel=${t('proc.submitBid')}
            onSend=${(fen, proposal, documents) => submit.run(SUBMIT, { procurementId: procurement.id, priceFen: fen, technicalProposal: proposal, documents }, done('proc.bidSubmitted'))} />`
        : html`<p class="empty">${t('proc.notTakingBids')}</p>`}
    ${mayChallenge
      ? html`<${ReasonForm} key=${'challenge' + reload} ui=${ui} id="challenge" title=${t('proc.challengeTitle')}
          intro=${t('proc.challengeIntro', { deadline: formatDate(procurement.award.challengeDeadline, lang) })} reasonLabel=${t('proc.grounds')} reasonKey="grounds"
          submitLabel=${t('proc.challengeSubmit')} mutation=${CHALLENGE} input=${{ procurementId: procurement.id, organisationId: organisation }} onDone=${done('proc.challengeFiled')} />`
      : null}
  </section>`;
}
