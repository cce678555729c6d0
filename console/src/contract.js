// Contracts (issue 14): signing from an award (the amount and supplier the award fixed, the
// milestones the clerk enters, their payments adding up to the amount as it is typed), the
// public contract page (terms, milestones, acceptance results, payments, paid vs remaining),
// the purchaser's acceptance and payment on it, and a supplier's or a unit's own contracts.
// Shared pieces come from main.js as `ui`; money is integer fen here, never a float.

import { h } from 'preact';
import { useState, useEffect } from 'preact/hooks';
import htm from 'htm';
import { gql, ApiError } from './api.js';
import { formatMoney, formatDate, formatDateTime, trimmed, halfWidth } from './format.js';
import { toFen, useCommand, CommandButton, ReasonForm, FormField, refusalField } from './forms.js';
import { SplitBar } from './charts.js';
import { ContractEvaluations } from './performance.js';

const html = htm.bind(h);

const FIELDS = `id version status ocdsStatus procurement { id title } grant { contestId } jurisdiction purchaser purchaserUnit supplier title
  item { code nameZh } method amount amountFen supplemented supplementedFen total totalFen accepted acceptedFen paid paidFen
  remaining remainingFen supplementMaxPercent supplementHeadroom supplementHeadroomFen serviceStart serviceEnd signedAt endedAt
  milestones { id kind title due amount amountFen follows supplementId ocdsStatus accepted paid paidFen
    acceptances { passed recipientsParticipating recipientsNote report paymentDue acceptedAt } }
  payments { id milestoneId amount amountFen reference late paidAt }
  supplements { id amount description supplementedAt }
  corrections { what paymentId milestoneId oldAmountFen newAmountFen oldPassed newPassed reason correctedAt }
  statusChanges { status reason at }
  overdue { on unpaid unpaidFen milestones { milestoneId title due unpaid } latePayments }`;

const ONE = `query Contract($id: UUID!) { contract(id: $id) { ${FIELDS} } }`;
const SUPPLIER = `query Supplier($id: UUID!) { organisation(id: $id) { name } }`;
const LIST_FIELDS = 'id status title purchaser supplier total totalFen paid paidFen remaining remainingFen signedAt overdue { unpaidFen } payments { id milestoneId amount reference late paidAt }';
const MINE_NGO = `query MyContracts { myContracts(first: 100) { totalCount nodes { ${LIST_FIELDS} } } }`;
const MINE_UNIT = `query UnitContracts { contracts(filter: {mine: true}, first: 100) { totalCount nodes { ${LIST_FIELDS} } } }`;

const SIGN = `mutation Sign($i: SignContractInput!) { signContract(input: $i) { id } }`;
const SIGN_GRANT = `mutation SignGrant($i: SignContractFromGrantInput!) { signContractFromGrant(input: $i) { id } }`;
const ACCEPT = `mutation Accept($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }`;
const PAY = `mutation Pay($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }`;
const COMPLETE = `mutation Complete($i: ContractCommandInput!) { completeContract(input: $i) { version } }`;
const SUPPLEMENT = `mutation Supplement($i: SupplementContractInput!) { supplementContract(input: $i) { version } }`;
const SUSPEND = `mutation Suspend($i: ContractReasonInput!) { suspendContract(input: $i) { version } }`;
const RESUME = `mutation Resume($i: ContractReasonInput!) { resumeContract(input: $i) { version } }`;
const TERMINATE = `mutation Terminate($i: ContractReasonInput!) { terminateContract(input: $i) { version } }`;
const CORRECT_PAYMENT = `mutation CorrectPayment($i: CorrectPaymentInput!) { correctPayment(input: $i) { version } }`;
const CORRECT_ACCEPTANCE = `mutation CorrectAcceptance($i: CorrectAcceptanceInput!) { correctAcceptance(input: $i) { version } }`;

/** A contract lists at most this many milestones (the API refuses more). */
const MAX_MILESTONES = 100;

/** Integer fen as the API's decimal string (`4000000` → `40000.00`), for `formatMoney`. */
export function fenToYuan(fen) {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return negative ? '-' + text : text;
}

const yuan = (fen) => formatMoney(fenToYuan(fen));

/** Fen as the clerk would type it back, half-width with separators (`160,000.00`). */
const asTyped = (fen) => yuan(fen).replace('¥', '');

/** A count as typed (full-width digits too), or null. */
function countOrNull(text) {
  const cleaned = halfWidth(text).replace(/[\s,]/g, '');
  return /^\d{1,6}$/.test(cleaned) ? Number(cleaned) : null;
}

function ContractStatus({ t, status }) {
  return status ? html`<span class=${'status status-' + status.toLowerCase()} id="contract-status">${t('con.statuses.' + status)}</span>` : null;
}

/** The ids the console gives milestones as they are entered: D1, D2… for deliveries, P1… for payments. */
function numbered(rows) {
  const counts = {};
  return rows.map((r) => {
    const prefix = r.kind === 'DELIVERY' ? 'D' : 'P';
    counts[prefix] = (counts[prefix] ?? 0) + 1;
    return { ...r, id: prefix + counts[prefix] };
  });
}

/**
 * On an awarded procurement of the purchaser's own unit with no contract yet (`p`), or on a
 * contest's grant without one (`grant`: contestId, submissionId, amount, a proposed service
 * period): the signing form, the supplier and amount fixed by the award or the grant, the
 * milestones entered here.
 */
export function SignContract({ ui, p, grant, supplierName }) {
  const { t, lang, ErrorText, navigate } = ui;
  const amountFen = toFen(p ? p.award.price : grant.amount) ?? 0;
  const from = p ?? grant;
  const [start, setStart] = useState(from.serviceStart);
  const [end, setEnd] = useState(from.serviceEnd);
  const [rows, setRows] = useState([
    { kind: 'DELIVERY', title: '', due: from.serviceEnd, amount: '', follows: '' },
    { kind: 'PAYMENT', title: '', due: from.serviceEnd, amount: '', follows: 'D1' },
  ]);
  const [local, setLocal] = useState(null);
  const command = useCommand(lang);
  const milestones = numbered(rows);
  const deliveries = milestones.filter((m) => m.kind === 'DELIVERY');
  const payments = milestones.filter((m) => m.kind === 'PAYMENT');
  const typedFen = payments.map((m) => (trimmed(m.amount) ? toFen(m.amount) : 0));
  const sumFen = typedFen.reduce((s, f) => s + (f ?? 0), 0);
  const unreadable = typedFen.some((f) => f == null);
  const gap = amountFen - sumFen;
  const setRow = (i, k, v) => setRows((old) => old.map((r, j) => (j === i ? { ...r, [k]: v } : r)));
  const add = (kind) =>
    setRows((old) => [...old, { kind, title: '', due: end, amount: '', follows: kind === 'PAYMENT' ? (numbered(old).filter((m) => m.kind === 'DELIVERY').pop()?.id ?? '') : '' }]);
  const remove = (i) => setRows((old) => old.filter((_, j) => j !== i));

  const send = (e) => {
    e.preventDefault();
    const bad = milestones.findIndex((m) => m.kind === 'PAYMENT' && toFen(m.amount) == null);
    if (bad >= 0) return setLocal(new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION', field: 'milestone-' + bad }));
    setLocal(null);
    // A grant's contract takes its supplier and amount from the grant itself.
    const input = {
      ...(p ? { procurementId: p.id, supplier: p.award.organisationId, amountFen } : { contestId: grant.contestId, submissionId: grant.submissionId }),
      serviceStart: start,
      serviceEnd: end,
      milestones: milestones.map((m) => ({
        id: m.id,
        kind: m.kind,
        title: trimmed(m.title),
        due: m.due,
        ...(m.kind === 'PAYMENT' ? { amountFen: toFen(m.amount), follows: m.follows || null } : {}),
      })),
    };
    command.run(p ? SIGN : SIGN_GRANT, input, (d) => navigate('/app/contracts/' + (p ? d.signContract : d.signContractFromGrant).id + '?signed=1'));
  };
  const error = local ?? command.error;
  const rowError = (i) => (error?.field === 'milestone-' + i ? error : null);
  const field = String(error?.field ?? '');
  const onRow = field.startsWith('milestone-');
  // The ledger names `milestones.amount` when the payments do not add up (CON-PAYMENT).
  const onMilestones = !!error && !onRow && (field.startsWith('milestones') || (error.rule === 'CON-PAYMENT' && !field));
  const onButton = !!error && !onRow && !onMilestones;
  let sumText;
  if (unreadable) sumText = t('con.sumUnreadable');
  else if (gap === 0) sumText = t('con.sumMatches', { sum: yuan(sumFen) });
  else if (gap > 0) sumText = t('con.sumShort', { sum: yuan(sumFen), gap: yuan(gap) });
  else sumText = t('con.sumOver', { sum: yuan(sumFen), gap: yuan(-gap) });
  return html`<section class="decision sign" aria-labelledby="sign-heading">
    <h2 id="sign-heading">${t(p ? 'con.signTitle' : 'contest.signTitle')}</h2>
    <p>${t(p ? 'con.signIntro' : 'contest.signIntro')}</p>
    <form onSubmit=${send} novalidate>
      <dl class="facts">
        <div><dt>${t('con.supplier')}</dt><dd id="sign-supplier">${supplierName}</dd></div>
        <div><dt>${t('con.amount')}</dt><dd id="sign-amount">${yuan(amountFen)}</dd></div>
      </dl>
      <div class="dates">
        <div class="field"><label for="sign-start">${t('proc.serviceStart')}</label>
          <input id="sign-start" type="date" value=${start} onInput=${(e) => setStart(e.currentTarget.value)} /></div>
        <div class="field"><label for="sign-end">${t('proc.serviceEnd')}</label>
          <input id="sign-end" type="date" value=${end} onInput=${(e) => setEnd(e.currentTarget.value)} /></div>
      </div>
      <fieldset class=${'milestones' + (onMilestones ? ' invalid' : '')} aria-describedby="milestone-sum">
        <legend>${t('con.milestones')}</legend>
        ${milestones.map((m, i) => {
          const prefix = 'ms-' + i;
          const err = rowError(i);
          return html`<div class=${'milestone-row kind-' + m.kind.toLowerCase()} data-id=${m.id}>
            <div class="field id"><span class="label" id=${prefix + '-id-label'}>${t('con.milestoneId')}</span><code id=${prefix + '-id'}>${m.id}</code></div>
            <div class="field"><label for=${prefix + '-kind'}>${t('con.kind')}</label>
              <select id=${prefix + '-kind'} value=${m.kind} onChange=${(e) => setRow(i, 'kind', e.currentTarget.value)}>
                ${['DELIVERY', 'PAYMENT'].map((k) => html`<option value=${k}>${t('con.kinds.' + k)}</option>`)}
              </select></div>
            <div class="field grow"><label for=${prefix + '-title'}>${t('con.milestoneTitle', { id: m.id })}</label>
              <input id=${prefix + '-title'} value=${m.title} onInput=${(e) => setRow(i, 'title', e.currentTarget.value)} /></div>
            <div class="field"><label for=${prefix + '-due'}>${t('con.due', { id: m.id })}</label>
              <input id=${prefix + '-due'} type="date" value=${m.due} onInput=${(e) => setRow(i, 'due', e.currentTarget.value)} /></div>
            ${m.kind === 'PAYMENT'
              ? html`<div class=${'field' + (err ? ' invalid' : '')}><label for=${prefix + '-amount'}>${t('con.paymentAmount', { id: m.id })}</label>
                    <input id=${prefix + '-amount'} inputmode="decimal" value=${m.amount} aria-invalid=${err ? 'true' : undefined}
                      aria-describedby=${err ? prefix + '-amount-error' : undefined} onInput=${(e) => setRow(i, 'amount', e.currentTarget.value)}
                      onBlur=${() => toFen(m.amount) != null && setRow(i, 'amount', asTyped(toFen(m.amount)))} />
                    ${err ? html`<${ErrorText} error=${err} id=${prefix + '-amount-error'} />` : null}</div>
                  <div class="field"><label for=${prefix + '-follows'}>${t('con.follows', { id: m.id })}</label>
                    <select id=${prefix + '-follows'} value=${m.follows} onChange=${(e) => setRow(i, 'follows', e.currentTarget.value)}>
                      <option value="">${t('con.followsNone')}</option>
                      ${deliveries.map((d) => html`<option value=${d.id}>${d.id} ${d.title}</option>`)}
                    </select></div>`
              : null}
            <button type="button" class="link remove" onClick=${() => remove(i)} aria-label=${t('con.removeMilestone', { id: m.id })}>${t('con.remove')}</button>
          </div>`;
        })}
        <p class="actions">
          <button type="button" class="secondary" id="add-delivery" disabled=${rows.length >= MAX_MILESTONES} onClick=${() => add('DELIVERY')}>${t('con.addDelivery')}</button>
          ${' '}<button type="button" class="secondary" id="add-payment" disabled=${rows.length >= MAX_MILESTONES} onClick=${() => add('PAYMENT')}>${t('con.addPayment')}</button>
        </p>
        <p id="milestone-sum" class=${'sum' + (gap === 0 && !unreadable ? ' ok' : ' off')} aria-live="polite">${sumText}</p>
        ${onMilestones ? html`<${ErrorText} error=${error} id="milestones-error" />` : null}
      </fieldset>
      <div class="action">
        <button type="submit" id="sign-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('con.sign')}</button>
        ${onButton ? html`<${ErrorText} error=${error} id="sign-error" />` : null}
      </div>
    </form>
  </section>`;
}

/** What the contract's money is: paid, accepted and owed, not yet due. */
function PaidChart({ t, c }) {
  const paid = c.paidFen;
  const owed = Math.max(0, c.acceptedFen - c.paidFen);
  const later = Math.max(0, c.totalFen - Math.max(c.acceptedFen, c.paidFen));
  const describe = t('con.chartDescribe', { paid: yuan(paid), owed: yuan(owed), later: yuan(later), total: yuan(c.totalFen) });
  return html`<${SplitBar}
    id="paid-chart"
    title=${t('con.chartTitle')}
    describe=${describe}
    format=${yuan}
    parts=${[
      { key: 'paid', label: t('con.chartPaid'), value: paid, className: 'paid' },
      { key: 'owed', label: t('con.chartOwed'), value: owed, className: 'owed' },
      { key: 'later', label: t('con.chartLater'), value: later, className: 'later' },
    ]}
  />`;
}

function AcceptForm({ ui, c, onDone }) {
  const { t, lang, ErrorText } = ui;
  const open = c.milestones.filter((m) => m.kind === 'DELIVERY' && !m.accepted);
  const [milestone, setMilestone] = useState(open[0]?.id ?? '');
  const [passed, setPassed] = useState('true');
  const [recipients, setRecipients] = useState('');
  const [note, setNote] = useState('');
  const [report, setReport] = useState('');
  const [local, setLocal] = useState(null);
  const command = useCommand(lang);
  if (open.length === 0) return null;
  const send = (e) => {
    e.preventDefault();
    const count = countOrNull(recipients);
    if (count == null) return setLocal(new ApiError(t('con.countInvalid'), { code: 'VALIDATION', field: 'recipientsParticipating' }));
    setLocal(null);
    command.run(
      ACCEPT,
      { contractId: c.id, milestoneId: milestone, passed: passed === 'true', recipientsParticipating: count, recipientsNote: trimmed(note), report: trimmed(report), expectedVersion: c.version },
      () => onDone(t(passed === 'true' ? 'con.acceptedPassed' : 'con.acceptedFailed')),
    );
  };
  const error = local ?? command.error;
  const on = (f) => error && error.field === f;
  const elsewhere = error && !on('recipientsParticipating') && !on('report');
  return html`<form class="accept" onSubmit=${send} novalidate aria-labelledby="accept-heading">
    <h3 id="accept-heading">${t('con.acceptTitle')}</h3>
    <div class="field"><label for="accept-milestone">${t('con.deliveryMilestone')}</label>
      <select id="accept-milestone" value=${milestone} onChange=${(e) => setMilestone(e.currentTarget.value)}>
        ${open.map((m) => html`<option value=${m.id}>${m.id} ${m.title}（${formatDate(m.due, lang)}）</option>`)}
      </select></div>
    <fieldset class="result">
      <legend>${t('con.result')}</legend>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-passed" value="true" checked=${passed === 'true'} onChange=${() => setPassed('true')} />
        <label for="accept-passed">${t('con.passed')}</label></div>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-failed" value="false" checked=${passed === 'false'} onChange=${() => setPassed('false')} />
        <label for="accept-failed">${t('con.failed')}</label></div>
    </fieldset>
    <div class=${'field' + (on('recipientsParticipating') ? ' invalid' : '')}><label for="accept-recipients">${t('con.recipients')}</label>
      <input id="accept-recipients" inputmode="numeric" value=${recipients} aria-invalid=${on('recipientsParticipating') ? 'true' : undefined}
        aria-describedby=${'accept-recipients-hint' + (on('recipientsParticipating') ? ' accept-recipients-error' : '')} onInput=${(e) => setRecipients(e.currentTarget.value)} />
      <p class="hint" id="accept-recipients-hint">${t('con.recipientsHint')}</p>
      ${on('recipientsParticipating') ? html`<${ErrorText} error=${error} id="accept-recipients-error" />` : null}</div>
    <div class="field"><label for="accept-note">${t('con.recipientsNote')}</label>
      <input id="accept-note" value=${note} onInput=${(e) => setNote(e.currentTarget.value)} /></div>
    <div class=${'field' + (on('report') ? ' invalid' : '')}><label for="accept-report">${t('con.report')}</label>
      <textarea id="accept-report" rows="3" value=${report} aria-invalid=${on('report') ? 'true' : undefined}
        aria-describedby=${on('report') ? 'accept-report-error' : undefined} onInput=${(e) => setReport(e.currentTarget.value)}></textarea>
      ${on('report') ? html`<${ErrorText} error=${error} id="accept-report-error" />` : null}</div>
    <div class="action">
      <button type="submit" id="accept-submit" disabled=${command.busy}>${t('con.acceptSubmit')}</button>
      ${elsewhere ? html`<${ErrorText} error=${error} id="accept-error" />` : null}
    </div>
  </form>`;
}

function PaymentForm({ ui, c, onDone }) {
  const { t, lang, ErrorText } = ui;
  const open = c.milestones.filter((m) => m.kind === 'PAYMENT' && m.paidFen < m.amountFen);
  const [milestone, setMilestone] = useState(open[0]?.id ?? '');
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [local, setLocal] = useState(null);
  const command = useCommand(lang);
  if (open.length === 0) return null;
  const chosen = open.find((m) => m.id === milestone) ?? open[0];
  const send = (e) => {
    e.preventDefault();
    const fen = toFen(amount);
    if (fen == null) return setLocal(new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION', field: 'amountFen' }));
    setLocal(null);
    command.run(PAY, { contractId: c.id, milestoneId: chosen.id, amountFen: fen, reference: trimmed(reference), expectedVersion: c.version }, () => onDone(t('con.paymentRecorded')));
  };
  const error = local ?? command.error;
  const onAmount = error && (error.field === 'amountFen' || error.field === 'amount');
  const onReference = error && error.field === 'reference';
  const elsewhere = error && !onAmount && !onReference;
  const delivery = c.milestones.find((m) => m.id === chosen.follows);
  return html`<form class="pay" onSubmit=${send} novalidate aria-labelledby="pay-heading">
    <h3 id="pay-heading">${t('con.payTitle')}</h3>
    <div class="field"><label for="pay-milestone">${t('con.paymentMilestone')}</label>
      <select id="pay-milestone" value=${chosen.id} aria-describedby="pay-milestone-hint" onChange=${(e) => setMilestone(e.currentTarget.value)}>
        ${open.map((m) => html`<option value=${m.id}>${m.id} ${m.title}</option>`)}
      </select>
      <p class="hint" id="pay-milestone-hint">${t('con.payHint', {
        left: yuan(chosen.amountFen - chosen.paidFen),
        delivery: delivery ? `${delivery.id} ${delivery.title}` : '—',
        state: delivery?.accepted ? t('con.deliveryAccepted') : t('con.deliveryNotAccepted'),
      })}</p></div>
    <div class=${'field' + (onAmount ? ' invalid' : '')}><label for="pay-amount">${t('con.payAmount')}</label>
      <input id="pay-amount" inputmode="decimal" value=${amount} aria-invalid=${onAmount ? 'true' : undefined}
        aria-describedby=${onAmount ? 'pay-amount-error' : undefined} onInput=${(e) => setAmount(e.currentTarget.value)} />
      ${onAmount ? html`<${ErrorText} error=${error} id="pay-amount-error" />` : null}</div>
    <div class=${'field' + (onReference ? ' invalid' : '')}><label for="pay-reference">${t('con.reference')}</label>
      <input id="pay-reference" value=${reference} aria-invalid=${onReference ? 'true' : undefined}
        aria-describedby=${onReference ? 'pay-reference-error' : undefined} onInput=${(e) => setReference(e.currentTarget.value)} />
      ${onReference ? html`<${ErrorText} error=${error} id="pay-reference-error" />` : null}</div>
    <div class="action">
      <button type="submit" id="pay-submit" disabled=${command.busy}>${t('con.paySubmit')}</button>
      ${elsewhere ? html`<${ErrorText} error=${error} id="pay-error" />` : null}
    </div>
  </form>`;
}

/** The milestone id a supplement's payment gets: S1, S2… the first the contract does not use. */
function nextSupplementId(c) {
  const used = new Set(c.milestones.map((m) => m.id));
  let n = 1;
  while (used.has('S' + n)) n++;
  return 'S' + n;
}

/**
 * A supplementary contract (补充合同) of the same subject: the headroom the ledger reads from
 * its rule (CON-SUPPLEMENT, 政府采购法 第49条) shown before anything is typed, one payment
 * milestone of the supplement's amount after a delivery the clerk picks.
 */
function SupplementForm({ ui, c, onDone }) {
  const { t, lang, ErrorText } = ui;
  const deliveries = c.milestones.filter((m) => m.kind === 'DELIVERY');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [sameSubject, setSameSubject] = useState(false);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState(c.serviceEnd);
  const [follows, setFollows] = useState(deliveries.at(-1)?.id ?? '');
  const [local, setLocal] = useState(null);
  const [sent, setSent] = useState(null);
  const command = useCommand(lang, { untilRemount: true });
  const send = (e) => {
    e.preventDefault();
    const fen = toFen(amount);
    if (fen == null) return setLocal(new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION', field: 'amountFen' }));
    setLocal(null);
    setSent({ sameSubject });
    const id = nextSupplementId(c);
    command.run(
      SUPPLEMENT,
      {
        contractId: c.id,
        amountFen: fen,
        sameSubject,
        description: trimmed(description),
        milestones: [{ id, kind: 'PAYMENT', title: trimmed(title), due, amountFen: fen, follows: follows || null }],
        expectedVersion: c.version,
      },
      () => onDone(t('con.supplementRecorded')),
    );
  };
  const error = local ?? command.error;
  // A refusal of a different subject names no field: it is the checkbox's.
  const subjectRefused = error && !error.field && error.rule === 'CON-SUPPLEMENT' && sent && !sent.sameSubject;
  const at = subjectRefused
    ? 'sameSubject'
    : refusalField(error, { amountFen: 'amount', amount: 'amount', description: 'description', milestones: 'milestone' }, { 'CON-SUPPLEMENT': 'amount' });
  const headroom = t('con.headroom', { percent: c.supplementMaxPercent, used: formatMoney(c.supplemented), left: formatMoney(c.supplementHeadroom) });
  return html`<form class="supplement" onSubmit=${send} novalidate aria-labelledby="supplement-heading">
    <h3 id="supplement-heading">${t('con.supplementTitle')}</h3>
    <p id="supplement-headroom" class=${c.supplementHeadroomFen > 0 ? 'hint' : 'hint off'}>${headroom}</p>
    <${FormField} ui=${ui} id="supplement-amount" label=${t('con.supplementAmount')} inputmode="decimal" value=${amount} onInput=${setAmount}
      hint=${t('con.headroomLeft', { left: formatMoney(c.supplementHeadroom) })} error=${at === 'amount' ? error : null}
      onBlur=${() => toFen(amount) != null && setAmount(asTyped(toFen(amount)))} />
    <${FormField} ui=${ui} id="supplement-description" label=${t('con.supplementDescription')} rows="2" value=${description} onInput=${setDescription} error=${at === 'description' ? error : null} />
    <div class=${'field checkbox' + (at === 'sameSubject' ? ' invalid' : '')}>
      <input type="checkbox" id="supplement-same" checked=${sameSubject} onChange=${(e) => setSameSubject(e.currentTarget.checked)}
        aria-invalid=${at === 'sameSubject' ? 'true' : undefined} aria-describedby=${at === 'sameSubject' ? 'supplement-same-error' : undefined} />
      <label for="supplement-same">${t('con.sameSubject')}</label>
      ${at === 'sameSubject' ? html`<${ErrorText} error=${error} id="supplement-same-error" />` : null}
    </div>
    <fieldset class=${'supplement-milestone' + (at === 'milestone' ? ' invalid' : '')}>
      <legend>${t('con.supplementPayment')}</legend>
      <${FormField} ui=${ui} id="supplement-pay-title" label=${t('con.supplementPayTitle')} value=${title} onInput=${setTitle} />
      <${FormField} ui=${ui} id="supplement-pay-due" label=${t('con.supplementPayDue')} type="date" value=${due} onInput=${setDue} />
      <div class="field"><label for="supplement-follows">${t('con.supplementFollows')}</label>
        <select id="supplement-follows" value=${follows} onChange=${(e) => setFollows(e.currentTarget.value)}>
          ${deliveries.map((d) => html`<option value=${d.id}>${d.id} ${d.title}</option>`)}
        </select></div>
      ${at === 'milestone' ? html`<${ErrorText} error=${error} id="supplement-milestone-error" />` : null}
    </fieldset>
    <div class="action">
      <button type="submit" id="supplement-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('con.supplementSubmit')}</button>
      ${error && !at ? html`<${ErrorText} error=${error} id="supplement-error" />` : null}
    </div>
  </form>`;
}

/** Correcting a recorded payment's amount (AUDIT-IMMUTABLE: a new record with the reason). */
function CorrectPaymentForm({ ui, c, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [paymentId, setPaymentId] = useState(c.payments[0]?.id ?? '');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState(null);
  const command = useCommand(lang, { untilRemount: true });
  if (c.payments.length === 0) return null;
  const send = (e) => {
    e.preventDefault();
    const fen = toFen(amount);
    if (fen == null) return setLocal(new ApiError(t('proc.moneyInvalid'), { code: 'VALIDATION', field: 'amountFen' }));
    setLocal(null);
    command.run(CORRECT_PAYMENT, { contractId: c.id, paymentId, amountFen: fen, reason: trimmed(reason), expectedVersion: c.version }, () => onDone(t('con.paymentCorrected')));
  };
  const error = local ?? command.error;
  const at = refusalField(error, { amountFen: 'amount', amount: 'amount', reason: 'reason' }, { 'CON-PAYMENT': 'amount' });
  return html`<form class="correct-payment" onSubmit=${send} novalidate aria-labelledby="correct-payment-heading">
    <h3 id="correct-payment-heading">${t('con.correctPaymentTitle')}</h3>
    <p class="hint">${t('con.correctIntro')}</p>
    <div class="field"><label for="correct-payment">${t('con.correctWhichPayment')}</label>
      <select id="correct-payment" value=${paymentId} onChange=${(e) => setPaymentId(e.currentTarget.value)}>
        ${c.payments.map((pm) => html`<option value=${pm.id}>${formatDateTime(pm.paidAt, lang)} ${pm.milestoneId} ${formatMoney(pm.amount)} ${pm.reference}</option>`)}
      </select></div>
    <${FormField} ui=${ui} id="correct-payment-amount" label=${t('con.correctAmount')} inputmode="decimal" value=${amount} onInput=${setAmount} error=${at === 'amount' ? error : null} />
    <${FormField} ui=${ui} id="correct-payment-reason" label=${t('con.correctReason')} rows="2" value=${reason} onInput=${setReason} error=${at === 'reason' ? error : null} />
    <div class="action">
      <button type="submit" id="correct-payment-submit" disabled=${command.busy}>${t('con.correctSubmit')}</button>
      ${error && !at ? html`<${ErrorText} error=${error} id="correct-payment-error" />` : null}
    </div>
  </form>`;
}

/** Correcting a delivery's latest acceptance result, with the reason. */
function CorrectAcceptanceForm({ ui, c, onDone }) {
  const { t, lang, ErrorText } = ui;
  const accepted = c.milestones.filter((m) => m.kind === 'DELIVERY' && m.acceptances.length > 0);
  const [milestoneId, setMilestoneId] = useState(accepted[0]?.id ?? '');
  const chosen = accepted.find((m) => m.id === milestoneId) ?? accepted[0];
  const current = chosen?.acceptances.at(-1)?.passed;
  const [passed, setPassed] = useState(null);
  const [reason, setReason] = useState('');
  const command = useCommand(lang, { untilRemount: true });
  if (!chosen) return null;
  // The correction's default is the other result: the one a correction changes to.
  const next = passed ?? !current;
  const send = (e) => {
    e.preventDefault();
    command.run(CORRECT_ACCEPTANCE, { contractId: c.id, milestoneId: chosen.id, passed: next, reason: trimmed(reason), expectedVersion: c.version }, () => onDone(t('con.acceptanceCorrected')));
  };
  const at = refusalField(command.error, { reason: 'reason', passed: 'passed' });
  return html`<form class="correct-acceptance" onSubmit=${send} novalidate aria-labelledby="correct-acceptance-heading">
    <h3 id="correct-acceptance-heading">${t('con.correctAcceptanceTitle')}</h3>
    <div class="field"><label for="correct-acceptance-milestone">${t('con.deliveryMilestone')}</label>
      <select id="correct-acceptance-milestone" value=${chosen.id} aria-describedby="correct-acceptance-current" onChange=${(e) => (setMilestoneId(e.currentTarget.value), setPassed(null))}>
        ${accepted.map((m) => html`<option value=${m.id}>${m.id} ${m.title}</option>`)}
      </select>
      <p class="hint" id="correct-acceptance-current">${t('con.currentResult', { result: t(current ? 'con.passed' : 'con.failed') })}</p></div>
    <fieldset class=${'result' + (at === 'passed' ? ' invalid' : '')}>
      <legend>${t('con.correctedResult')}</legend>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-passed" checked=${next === true} onChange=${() => setPassed(true)} />
        <label for="correct-passed">${t('con.passed')}</label></div>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-failed" checked=${next === false} onChange=${() => setPassed(false)} />
        <label for="correct-failed">${t('con.failed')}</label></div>
      ${at === 'passed' ? html`<${ErrorText} error=${command.error} id="correct-acceptance-passed-error" />` : null}
    </fieldset>
    <${FormField} ui=${ui} id="correct-acceptance-reason" label=${t('con.correctReason')} rows="2" value=${reason} onInput=${setReason} error=${at === 'reason' ? command.error : null} />
    <div class="action">
      <button type="submit" id="correct-acceptance-submit" disabled=${command.busy}>${t('con.correctSubmit')}</button>
      ${command.error && !at ? html`<${ErrorText} error=${command.error} id="correct-acceptance-error" />` : null}
    </div>
  </form>`;
}

/** Suspending (中止), resuming and terminating (解除) a contract, each with its reason. */
function ContractCourse({ ui, c, onDone }) {
  const { t } = ui;
  const input = { contractId: c.id, expectedVersion: c.version };
  return html`<div class="course">
    ${c.status === 'ACTIVE'
      ? html`<${ReasonForm} ui=${ui} id="suspend" title=${t('con.suspendTitle')} intro=${t('con.suspendIntro')} submitLabel=${t('con.suspend')}
          untilRemount mutation=${SUSPEND} input=${input} onDone=${() => onDone(t('con.suspended'))} />`
      : null}
    ${c.status === 'SUSPENDED'
      ? html`<${ReasonForm} ui=${ui} id="resume" title=${t('con.resumeTitle')} submitLabel=${t('con.resume')}
          untilRemount mutation=${RESUME} input=${input} onDone=${() => onDone(t('con.resumed'))} />`
      : null}
    <${ReasonForm} ui=${ui} id="terminate" title=${t('con.terminateTitle')} intro=${t('con.terminateIntro')} submitLabel=${t('con.terminate')} danger
      untilRemount mutation=${TERMINATE} input=${input} onDone=${() => onDone(t('con.terminated'))} />
  </div>`;
}

function milestoneState(t, m) {
  if (m.kind === 'PAYMENT') return m.paidFen >= m.amountFen ? t('con.paidInFull') : m.paidFen > 0 ? t('con.partlyPaid') : t('con.ocds.' + m.ocdsStatus);
  return t('con.ocds.' + m.ocdsStatus);
}

/** A contract's public page, and its purchasing unit's acts on it. */
export function ContractPage({ ui, id, flash }) {
  const { t, lang, claims, ErrorText, Link } = ui;
  const [c, setC] = useState(undefined);
  const [supplier, setSupplier] = useState(null);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(flash);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    gql(ONE, { id }, { lang })
      .then(async (d) => {
        if (!live) return;
        setC(d.contract);
        if (d.contract?.supplier) {
          const o = await gql(SUPPLIER, { id: d.contract.supplier }, { lang });
          if (live) setSupplier(o.organisation?.name ?? d.contract.supplier);
        }
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id, lang, reload]);
  if (error) return html`<main id="main"><${ErrorText} error=${error} /></main>`;
  if (c === undefined) return html`<main id="main"><p role="status">${t('loading')}</p></main>`;
  if (c === null) return html`<main id="main"><h1>${t('con.notFound')}</h1></main>`;
  const own = claims?.role === 'purchaser' && claims.organisation === c.purchaserUnit;
  const acting = own && (c.status === 'ACTIVE' || c.status === 'SUSPENDED');
  const done = (message) => (setNotice(message), setReload((n) => n + 1));
  const term = (label, value, tid) => html`<div><dt>${t(label)}</dt><dd id=${tid}>${value}</dd></div>`;
  const byId = Object.fromEntries(c.milestones.map((m) => [m.id, m]));
  const acceptances = c.milestones.flatMap((m) => m.acceptances.map((a, i) => ({ m, a, inForce: i === m.acceptances.length - 1 })));
  const allAccepted = c.milestones.filter((m) => m.kind === 'DELIVERY').every((m) => m.accepted);
  // Payments and acceptances are corrected whatever the contract's status (AUDIT-IMMUTABLE).
  const correctable = c.payments.length > 0 || c.milestones.some((m) => m.acceptances.length > 0);
  return html`<main id="main" class="contract">
    <h1>${c.title} <${ContractStatus} t=${t} status=${c.status} /></h1>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : null}
    <p>${t('con.between', { purchaser: c.purchaser, supplier: supplier ?? '…' })} · ${t('jurisdiction')} ${c.jurisdiction} ·${' '}
      ${c.procurement
        ? html`<${Link} href=${'/app/procurements/' + c.procurement.id}>${t('con.fromProcurement')}<//>`
        : html`<${Link} href=${'/app/contests/' + c.grant.contestId} id="contract-contest-link">${t('contest.fromContest')}<//>`}</p>
    ${c.overdue.unpaidFen > 0
      ? html`<section class="overdue-alert" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">${t('con.overdueTitle', { unpaid: yuan(c.overdue.unpaidFen) })}</h2>
          <ul>${c.overdue.milestones.map((m) => html`<li>${m.milestoneId} ${m.title}：${t('con.overdueSince', { due: formatDate(m.due, lang), unpaid: formatMoney(m.unpaid) })} <code class="rule">CON-PAYMENT</code></li>`)}</ul>
        </section>`
      : null}
    <section aria-labelledby="money-heading">
      <h2 id="money-heading">${t('con.money')}</h2>
      <dl class="facts money-facts">
        ${term('con.amount', formatMoney(c.amount), 'contract-amount')}
        ${term('con.supplemented', formatMoney(c.supplemented), 'contract-supplemented')}
        ${term('con.total', formatMoney(c.total), 'contract-total')}
        ${term('con.accepted', formatMoney(c.accepted), 'contract-accepted')}
        ${term('con.paid', formatMoney(c.paid), 'contract-paid')}
        ${term('con.remaining', formatMoney(c.remaining), 'contract-remaining')}
        ${term('con.overdue', c.overdue.unpaidFen > 0 ? html`<strong class="badge overdue">${formatMoney(c.overdue.unpaid)}</strong>` : formatMoney(c.overdue.unpaid), 'contract-overdue')}
      </dl>
      <${PaidChart} t=${t} c=${c} />
    </section>
    <section aria-labelledby="contract-terms-heading">
      <h2 id="contract-terms-heading">${t('con.terms')}</h2>
      <dl class="facts">
        ${term('con.supplier', supplier ?? c.supplier, 'contract-supplier')}
        ${term('proc.purchaser', c.purchaser)}
        ${c.item ? term('proc.item', html`<code>${c.item.code}</code> ${c.item.nameZh}`) : null}
        ${c.method ? term('proc.method', t('proc.methods.' + c.method)) : term('proc.method', t('contest.grantMethod'))}
        ${term('proc.servicePeriod', `${formatDate(c.serviceStart, lang)} – ${formatDate(c.serviceEnd, lang)}`)}
        ${term('con.signedAt', formatDateTime(c.signedAt, lang) + ' ' + t('proc.chinaTime'))}
        ${c.endedAt ? term('con.endedAt', formatDateTime(c.endedAt, lang)) : null}
      </dl>
    </section>
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">${t('con.milestones')}</h2>
      <table class="milestones">
        <caption class="sr-only">${t('con.milestones')}</caption>
        <thead><tr><th scope="col">${t('con.milestoneId')}</th><th scope="col">${t('con.kind')}</th><th scope="col">${t('con.title')}</th><th scope="col">${t('con.dueShort')}</th><th scope="col">${t('con.amountShort')}</th><th scope="col">${t('con.paid')}</th><th scope="col">${t('state')}</th></tr></thead>
        <tbody>${c.milestones.map(
          (m) => html`<tr data-id=${m.id}>
            <td><code>${m.id}</code></td>
            <td>${t('con.kinds.' + m.kind)}${m.supplementId ? html` <span class="badge">${t('con.fromSupplement')}</span>` : null}</td>
            <td>${m.title}${m.follows ? html`<br /><span class="hint">${t('con.followsText', { id: m.follows, title: byId[m.follows]?.title ?? '' })}</span>` : null}</td>
            <td>${formatDate(m.due, lang)}</td>
            <td class="money">${m.kind === 'PAYMENT' ? formatMoney(m.amount) : ''}</td>
            <td class="money">${m.kind === 'PAYMENT' ? formatMoney(m.paid) : ''}</td>
            <td>${milestoneState(t, m)}</td>
          </tr>`,
        )}</tbody>
      </table>
    </section>
    <section aria-labelledby="acceptances-heading">
      <h2 id="acceptances-heading">${t('con.acceptances')}</h2>
      ${acceptances.length === 0 ? html`<p class="empty">${t('con.noAcceptances')}</p>` : null}
      ${acceptances.length > 0
        ? html`<table class="acceptances"><caption class="sr-only">${t('con.acceptances')}</caption>
            <thead><tr><th scope="col">${t('con.milestoneId')}</th><th scope="col">${t('con.result')}</th><th scope="col">${t('con.recipientsShort')}</th><th scope="col">${t('con.report')}</th><th scope="col">${t('con.acceptedAt')}</th><th scope="col">${t('con.paymentDue')}</th></tr></thead>
            <tbody>${acceptances.map(
              ({ m, a, inForce }) => html`<tr class=${inForce ? '' : 'superseded'}>
                <td><code>${m.id}</code> ${m.title}</td>
                <td>${a.passed ? html`<strong class="badge ok">${t('con.passed')}</strong>` : html`<span class="badge no">${t('con.failed')}</span>`}${inForce ? null : html` <span class="hint">${t('con.superseded')}</span>`}</td>
                <td>${t('con.recipientsCount', { count: a.recipientsParticipating })}${a.recipientsNote ? html`<br /><span class="hint">${a.recipientsNote}</span>` : null}</td>
                <td>${a.report}</td>
                <td>${formatDateTime(a.acceptedAt, lang)}</td>
                <td>${a.paymentDue ? formatDate(a.paymentDue, lang) : '—'}</td>
              </tr>`,
            )}</tbody></table>`
        : null}
    </section>
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading">${t('con.payments')}</h2>
      ${c.payments.length === 0 ? html`<p class="empty">${t('con.noPayments')}</p>` : null}
      ${c.payments.length > 0
        ? html`<table class="payments"><caption class="sr-only">${t('con.payments')}</caption>
            <thead><tr><th scope="col">${t('con.paidAt')}</th><th scope="col">${t('con.milestoneId')}</th><th scope="col">${t('con.amountShort')}</th><th scope="col">${t('con.reference')}</th><th scope="col">${t('con.onTime')}</th></tr></thead>
            <tbody>${c.payments.map(
              (pm) => html`<tr class=${pm.late ? 'overdue' : ''}>
                <td>${formatDateTime(pm.paidAt, lang)}</td>
                <td><code>${pm.milestoneId}</code> ${byId[pm.milestoneId]?.title ?? ''}</td>
                <td class="money">${formatMoney(pm.amount)}</td>
                <td>${pm.reference}</td>
                <td>${pm.late ? html`<span class="badge overdue">${t('con.late')}</span>` : t('con.inTime')}</td>
              </tr>`,
            )}</tbody></table>`
        : null}
    </section>
    ${c.supplements.length > 0
      ? html`<section aria-labelledby="supplements-heading">
          <h2 id="supplements-heading">${t('con.supplements')}</h2>
          <ul>${c.supplements.map((s) => html`<li>${formatDateTime(s.supplementedAt, lang)}：${formatMoney(s.amount)} · ${s.description}</li>`)}</ul>
        </section>`
      : null}
    ${c.corrections.length > 0
      ? html`<section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">${t('con.corrections')}</h2>
          <ul>${c.corrections.map(
            (x) => html`<li>${formatDateTime(x.correctedAt, lang)}：${x.what === 'PAYMENT'
              ? t('con.correctedPayment', { from: yuan(x.oldAmountFen), to: yuan(x.newAmountFen) })
              : t('con.correctedAcceptance', { id: x.milestoneId, from: t(x.oldPassed ? 'con.passed' : 'con.failed'), to: t(x.newPassed ? 'con.passed' : 'con.failed') })} · ${x.reason}</li>`,
          )}</ul>
        </section>`
      : null}
    ${c.statusChanges.length > 0
      ? html`<section aria-labelledby="changes-heading">
          <h2 id="changes-heading">${t('con.statusChanges')}</h2>
          <ul>${c.statusChanges.map((s) => html`<li>${formatDateTime(s.at, lang)}：${t('con.statuses.' + s.status)}${s.reason ? ' · ' + s.reason : ''}</li>`)}</ul>
        </section>`
      : null}
    <${ContractEvaluations} ui=${ui} contract=${c} />
    ${acting || (own && correctable)
      ? html`<section class="decision" aria-labelledby="contract-actions-heading">
          <h2 id="contract-actions-heading">${t('con.actions')}</h2>
          ${c.status === 'ACTIVE' ? html`<${AcceptForm} key=${'a' + reload} ui=${ui} c=${c} onDone=${done} />` : null}
          ${acting ? html`<${PaymentForm} key=${'p' + reload} ui=${ui} c=${c} onDone=${done} />` : null}
          ${c.status === 'ACTIVE' && allAccepted
            ? html`<${CommandButton} ui=${ui} id="complete" label=${t('con.complete')} mutation=${COMPLETE} input=${{ contractId: c.id, expectedVersion: c.version }} onDone=${() => done(t('con.completed'))} />`
            : null}
          ${c.status === 'ACTIVE' ? html`<${SupplementForm} key=${'s' + c.version} ui=${ui} c=${c} onDone=${done} />` : null}
          <${CorrectPaymentForm} key=${'cp' + c.version} ui=${ui} c=${c} onDone=${done} />
          <${CorrectAcceptanceForm} key=${'ca' + c.version} ui=${ui} c=${c} onDone=${done} />
          ${acting ? html`<${ContractCourse} key=${'k' + c.version} ui=${ui} c=${c} onDone=${done} />` : null}
        </section>`
      : null}
  </main>`;
}

/**
 * The names of the organisations `ids` (at most a page of contracts' worth, 100), in one request
 * of aliased fields: a contract names its supplier by id only.
 */
async function organisationNames(ids, lang) {
  if (ids.length === 0) return {};
  const params = ids.map((_, i) => `$o${i}: UUID!`).join(', ');
  const fields = ids.map((_, i) => `o${i}: organisation(id: $o${i}) { id name }`).join(' ');
  const data = await gql(`query Names(${params}) { ${fields} }`, Object.fromEntries(ids.map((id, i) => ['o' + i, id])), { lang });
  return Object.fromEntries(Object.values(data).filter(Boolean).map((o) => [o.id, o.name]));
}

/** A supplier's contracts with the payments it received, or a purchasing unit's contracts. */
export function ContractList({ ui }) {
  const { t, lang, claims, ErrorText, Link } = ui;
  const supplier = claims?.role === 'ngo';
  const [rows, setRows] = useState(null);
  const [names, setNames] = useState({});
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    gql(supplier ? MINE_NGO : MINE_UNIT, {}, { lang })
      .then(async (d) => {
        if (!live) return;
        const nodes = (supplier ? d.myContracts : d.contracts).nodes;
        setRows(nodes);
        if (!supplier) {
          const found = await organisationNames([...new Set(nodes.map((c) => c.supplier))].slice(0, 100), lang);
          if (live) setNames(found);
        }
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [lang, supplier]);
  const payments = (rows ?? []).flatMap((c) => c.payments.map((pm) => ({ c, pm }))).sort((a, b) => b.pm.paidAt.localeCompare(a.pm.paidAt));
  const title = t(supplier ? 'con.myTitle' : 'con.unitTitle');
  return html`<main id="main">
    <h1>${title}</h1>
    <p>${t(supplier ? 'con.myIntro' : 'con.unitIntro')}</p>
    <${ErrorText} error=${error} />
    ${rows == null && !error ? html`<p role="status">${t('loading')}</p>` : null}
    ${rows && rows.length === 0 ? html`<p class="empty">${t('con.none')}</p>` : null}
    ${rows && rows.length > 0
      ? html`<table class="board contracts">
          <caption>${title}</caption>
          <thead><tr><th scope="col">${t('con.title')}</th><th scope="col">${supplier ? t('proc.purchaser') : t('con.supplier')}</th><th scope="col">${t('con.total')}</th><th scope="col">${t('con.paid')}</th><th scope="col">${t('con.remaining')}</th><th scope="col">${t('con.overdue')}</th><th scope="col">${t('state')}</th></tr></thead>
          <tbody>${rows.map(
            (c) => html`<tr class=${c.overdue.unpaidFen > 0 ? 'overdue' : ''}>
              <td><${Link} href=${'/app/contracts/' + c.id}>${c.title}<//></td>
              <td>${supplier ? c.purchaser : names[c.supplier] ?? html`<code>${c.supplier.slice(0, 8)}</code>`}</td>
              <td class="money">${formatMoney(c.total)}</td>
              <td class="money">${formatMoney(c.paid)}</td>
              <td class="money">${formatMoney(c.remaining)}</td>
              <td class="money">${c.overdue.unpaidFen > 0 ? html`<span class="badge overdue">${yuan(c.overdue.unpaidFen)}</span>` : '—'}</td>
              <td><${ContractStatus} t=${t} status=${c.status} /></td>
            </tr>`,
          )}</tbody>
        </table>`
      : null}
    ${supplier && rows && rows.length > 0
      ? html`<section aria-labelledby="received-heading">
          <h2 id="received-heading">${t('con.received')}</h2>
          ${payments.length === 0 ? html`<p class="empty">${t('con.noPayments')}</p>` : null}
          ${payments.length > 0
            ? html`<table class="payments received"><caption class="sr-only">${t('con.received')}</caption>
                <thead><tr><th scope="col">${t('con.paidAt')}</th><th scope="col">${t('con.title')}</th><th scope="col">${t('con.milestoneId')}</th><th scope="col">${t('con.amountShort')}</th><th scope="col">${t('con.reference')}</th><th scope="col">${t('con.onTime')}</th></tr></thead>
                <tbody>${payments.map(
                  ({ c, pm }) => html`<tr>
                    <td>${formatDateTime(pm.paidAt, lang)}</td>
                    <td>${c.title}</td>
                    <td><code>${pm.milestoneId}</code></td>
                    <td class="money">${formatMoney(pm.amount)}</td>
                    <td>${pm.reference}</td>
                    <td>${pm.late ? html`<span class="badge overdue">${t('con.late')}</span>` : t('con.inTime')}</td>
                  </tr>`,
                )}</tbody></table>`
            : null}
        </section>`
      : null}
  </main>`;
}
