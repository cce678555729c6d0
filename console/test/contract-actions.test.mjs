// What a purchaser does to a contract after signing it, in the browser: a supplementary
// contract within the headroom the ledger reads from CON-SUPPLEMENT (政府采购法 第49条, shown in
// ¥ before anything is typed), a payment recorded wrong and corrected with its reason, an
// acceptance whose correction the ledger refuses, and the contract suspended, resumed and
// terminated, each with its reason; a stale page is told the contract changed. Every refusal
// shows at the field it names with its rule. Chromium against the real binary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as s from './support.mjs';

import { awardedLedger } from './procurement-support.mjs';

let browser;
let ledger;
let server;
let contractId;
let firstFen;
const dirs = [];

/** Integer fen as the console shows it: `¥40,000.00`. */
function yuan(fen) {
  const whole = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `¥${whole}.${String(fen % 100).padStart(2, '0')}`;
}

/** Fen as a clerk types it, without the sign. */
const typed = (fen) => yuan(fen).slice(1);

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CONTRACT = 'query($id: UUID!) { contract(id: $id) { status version supplementedFen supplementHeadroomFen supplements { id } payments { id amountFen } corrections { what } statusChanges { status reason } } }';

before(async () => {
  ledger = await awardedLedger('福田区困境儿童关爱服务项目');
  server = ledger.server;
  dirs.push(...ledger.dirs);
  // Signed, its first delivery accepted and its payment recorded a hundred yuan short, through
  // the API: the journeys below start from a contract in performance.
  const { procurement } = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { procurement(id: $id) { serviceStart serviceEnd } }', { id: ledger.procurementId });
  firstFen = Math.floor((ledger.priceFen * 2) / 5);
  const signed = await s.gql(server, ledger.purchaser, 'mutation($i: SignContractInput!) { signContract(input: $i) { id } }', {
    i: {
      procurementId: ledger.procurementId,
      supplier: ledger.winner,
      amountFen: ledger.priceFen,
      serviceStart: procurement.serviceStart,
      serviceEnd: procurement.serviceEnd,
      milestones: [
        { id: 'D1', kind: 'DELIVERY', title: '首期关爱服务验收', due: procurement.serviceStart },
        { id: 'P1', kind: 'PAYMENT', title: '首期付款', due: procurement.serviceEnd, amountFen: firstFen, follows: 'D1' },
        { id: 'D2', kind: 'DELIVERY', title: '终期服务验收', due: procurement.serviceEnd },
        { id: 'P2', kind: 'PAYMENT', title: '尾款', due: procurement.serviceEnd, amountFen: ledger.priceFen - firstFen, follows: 'D2' },
      ],
    },
  });
  contractId = signed.signContract.id;
  await s.gql(server, ledger.purchaser, 'mutation($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }', {
    i: { contractId, milestoneId: 'D1', passed: true, recipientsParticipating: 6, recipientsNote: '儿童及监护人代表六名', report: '服务内容符合合同约定' },
  });
  await s.gql(server, ledger.purchaser, 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }', {
    i: { contractId, milestoneId: 'P1', amountFen: firstFen - 10_000, reference: '国库集中支付凭证 2026-017' },
  });
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  s.cleanup(...dirs);
});

test('a supplement: the headroom the ledger allows is shown in ¥; another subject, or a fen over the headroom, is refused at its field with the rule', async () => {
  const before = (await s.gql(server, ledger.purchaser, CONTRACT, { id: contractId })).contract;
  const headroomFen = before.supplementHeadroomFen;
  assert.equal(headroomFen, Math.floor(ledger.priceFen / 10), 'ten percent of the original amount by the default policy');
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/contracts/' + contractId);
  await page.getByRole('heading', { name: '签订补充合同' }).waitFor();
  assert.equal(
    await page.locator('#supplement-headroom').innerText(),
    `补充合同金额合计不得超过原合同金额的 10%（政府采购法第四十九条）；已补充 ¥0.00，尚可补充 ${yuan(headroomFen)}。`,
  );

  // Not ticked as the same subject: the ledger refuses it, at the checkbox.
  const halfFen = Math.floor(headroomFen / 2);
  await page.getByLabel('补充合同金额（元）').fill(typed(halfFen));
  await page.getByLabel('补充内容').fill('增加服务对象十名');
  await page.getByLabel('补充合同付款名称').fill('补充合同付款');
  await page.getByRole('button', { name: '签订补充合同' }).click();
  const subject = page.locator('#supplement-same-error');
  await subject.waitFor();
  assert.match(await subject.innerText(), /CON-SUPPLEMENT/);
  assert.match(await subject.innerText(), /补充合同须为同一标的/);
  assert.equal(await page.getByLabel('补充合同与原合同标的相同，其他条款不变').getAttribute('aria-invalid'), 'true');

  // A fen more than the headroom: refused at the amount.
  await page.getByLabel('补充合同与原合同标的相同，其他条款不变').check();
  await page.getByLabel('补充合同金额（元）').fill(typed(headroomFen + 1));
  await page.getByRole('button', { name: '签订补充合同' }).click();
  const over = page.locator('#supplement-amount-error');
  await over.waitFor();
  assert.match(await over.innerText(), /CON-SUPPLEMENT/);
  assert.match(await over.innerText(), /补充合同须为同一标的/);
  assert.equal(await page.getByLabel('补充合同金额（元）').getAttribute('aria-invalid'), 'true');
  await s.assertAccessible(page, 'the supplement form with a refusal');
  await s.screenshot(page, 'contract-supplement');

  // Half of it, sent with a double click: one supplement, and the headroom shrinks by it.
  await page.getByLabel('补充合同金额（元）').fill(typed(halfFen));
  await page.getByRole('button', { name: '签订补充合同' }).dblclick();
  await page.getByText('补充合同已签订。').waitFor();
  await s.eventually(() => page.locator('#contract-supplemented').innerText(), yuan(halfFen));
  const after = (await s.gql(server, ledger.purchaser, CONTRACT, { id: contractId })).contract;
  assert.equal(after.supplements.length, 1, 'a double click signs one supplement');
  assert.equal(after.supplementedFen, halfFen);
  assert.equal(after.supplementHeadroomFen, headroomFen - halfFen);
  assert.match(await page.locator('#supplement-headroom').innerText(), new RegExp(`已补充 ${escape(yuan(halfFen))}，尚可补充 ${escape(yuan(headroomFen - halfFen))}。`));
  assert.match(await page.locator('table.milestones').innerText(), /S1\s+付款\s+补充合同\s+补充合同付款/);
  await page.context().close();
});

test('a payment recorded wrong is corrected with its reason; correcting its acceptance to failed is refused while it stands paid', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/contracts/' + contractId);
  await page.getByRole('heading', { name: '更正付款记录' }).waitFor();

  // No reason: the ledger refuses at the reason (AUDIT-IMMUTABLE).
  await page.getByLabel('更正后的金额（元）').fill(typed(firstFen));
  await page.getByRole('button', { name: '记录更正' }).first().click();
  const noReason = page.locator('#correct-payment-reason-error');
  await noReason.waitFor();
  assert.match(await noReason.innerText(), /AUDIT-IMMUTABLE/);
  assert.match(await noReason.innerText(), /已记录的内容不可修改/);

  // More than the milestone: refused at the amount (CON-PAYMENT).
  await page.getByLabel('更正理由').first().fill('凭证金额录入有误，以国库支付回单为准');
  await page.getByLabel('更正后的金额（元）').fill(typed(firstFen + 1));
  await page.getByRole('button', { name: '记录更正' }).first().click();
  const tooMuch = page.locator('#correct-payment-amount-error');
  await tooMuch.waitFor();
  assert.match(await tooMuch.innerText(), /CON-PAYMENT/);

  await page.getByLabel('更正后的金额（元）').fill(typed(firstFen));
  await page.getByRole('button', { name: '记录更正' }).first().dblclick();
  await page.getByText('付款记录已更正。').waitFor();
  await s.eventually(() => page.locator('#contract-paid').innerText(), yuan(firstFen));
  const corrections = await page.locator('section[aria-labelledby="corrections-heading"]').innerText();
  assert.match(corrections, new RegExp(`付款金额由 ${escape(yuan(firstFen - 10_000))} 更正为 ${escape(yuan(firstFen))} · 凭证金额录入有误，以国库支付回单为准`));
  const { contract } = await s.gql(server, ledger.purchaser, CONTRACT, { id: contractId });
  assert.equal(contract.corrections.length, 1, 'a double click corrects once');
  assert.equal(contract.payments[0].amountFen, firstFen);
  assert.equal(await page.locator('#contract-paid').innerText(), yuan(firstFen));

  // D1 is paid on: the ledger will not let its acceptance be corrected to failed.
  assert.equal(await page.locator('#correct-acceptance-current').innerText(), '现记录的结论：合格');
  assert.equal(await page.locator('#correct-failed').isChecked(), true, 'the correction offers the other result');
  await page.locator('#correct-acceptance-reason').fill('复核发现服务记录不全');
  await page.locator('#correct-acceptance-submit').click();
  const paid = page.locator('#correct-acceptance-error');
  await paid.waitFor();
  assert.match(await paid.innerText(), /CON-PAYMENT/);
  await s.assertAccessible(page, 'the corrections');
  await s.screenshot(page, 'contract-corrections');
  await page.context().close();
});

test('the contract is suspended and resumed with reasons; a stale page is told it changed; then it is terminated and only corrections remain', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/contracts/' + contractId);
  await page.getByRole('heading', { name: '中止合同' }).waitFor();

  // No reason: refused at the reason field.
  await page.locator('#suspend-submit').click();
  const none = page.locator('#suspend-reason-error');
  await none.waitFor();
  assert.match(await none.innerText(), /REG-REFUSAL-REASON/);
  assert.equal(await page.locator('#suspend-reason').getAttribute('aria-invalid'), 'true');

  await page.locator('#suspend-reason').fill('服务场地改造，暂停服务两周');
  await page.locator('#suspend-submit').dblclick();
  await page.getByText('合同已中止。').waitFor();
  await s.eventually(() => page.locator('#contract-status').innerText(), '已中止');
  assert.equal(await page.getByRole('heading', { name: '中止合同' }).count(), 0);

  // A second clerk's page, read now: it goes stale when the first resumes the contract.
  const stale = await s.newPage(browser, server);
  await s.signInWithToken(stale, ledger.purchaser);
  await stale.goto('/app/contracts/' + contractId);
  await stale.getByRole('heading', { name: '恢复履行' }).waitFor();

  await page.locator('#resume-reason').fill('场地改造完成');
  await page.locator('#resume-submit').click();
  await page.getByText('合同已恢复履行。').waitFor();
  await s.eventually(() => page.locator('#contract-status').innerText(), '履行中');

  await stale.locator('#terminate-reason').fill('承接主体无法继续提供服务');
  await stale.locator('#terminate-submit').click();
  const conflict = stale.locator('#terminate-error');
  await conflict.waitFor();
  assert.match(await conflict.innerText(), /该记录已被他人修改，请重新加载后再操作。/);
  await conflict.getByRole('button', { name: '重新加载' }).waitFor();
  await stale.context().close();

  await page.locator('#terminate-reason').fill('承接主体无法继续提供服务');
  await page.locator('#terminate-submit').click();
  await page.getByText('合同已解除。').waitFor();
  await s.eventually(() => page.locator('#contract-status').innerText(), '已解除');
  const changes = await page.locator('section[aria-labelledby="changes-heading"] li').allInnerTexts();
  assert.deepEqual(
    changes.map((l) => l.split('：').slice(1).join('：')),
    ['已中止 · 服务场地改造，暂停服务两周', '履行中 · 场地改造完成', '已解除 · 承接主体无法继续提供服务'],
  );
  const { contract } = await s.gql(server, ledger.purchaser, CONTRACT, { id: contractId });
  assert.deepEqual(contract.statusChanges.map((c) => c.status), ['SUSPENDED', 'ACTIVE', 'TERMINATED'], 'the stale page wrote nothing, a double click suspended once');
  // A terminated contract: no more course or supplement, its records still corrected.
  assert.equal(await page.getByRole('heading', { name: '签订补充合同' }).count(), 0);
  assert.equal(await page.locator('#terminate').count(), 0);
  await page.getByRole('heading', { name: '更正付款记录' }).waitFor();
  await s.assertAccessible(page, 'a terminated contract');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Correct a payment' }).waitFor();
  assert.equal(await page.locator('#contract-status').innerText(), 'Terminated');
  await page.context().close();
});
