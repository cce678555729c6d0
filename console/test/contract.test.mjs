// The contract journeys, end to end: from an awarded procurement the purchaser signs (supplier
// and amount from the award, milestones typed with their sum shown as they are typed, a sum
// that does not add up refused with its rule), accepts a delivery with the recipients taking
// part, is told a payment is overdue forty days later and records it (late); the supplier sees
// its contract and the payment received; anyone reads the contract's page. Chromium against the
// real binary, on a ledger moved back so that the opening and then the payment clock have come.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as s from './support.mjs';

import { awardedLedger, ngoToken } from './procurement-support.mjs';

let browser;
let ledger;
let server;
let contractId;
let firstFen;
const dirs = [];

/** `YYYY-MM-DD` `days` after `day`. */
function dayAfter(day, days) {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Integer fen as a clerk types yuan, with separators. */
function typed(fen) {
  const whole = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(fen % 100).padStart(2, '0')}`;
}

before(async () => {
  ledger = await awardedLedger('福田区长者助餐服务项目');
  server = ledger.server;
  dirs.push(...ledger.dirs);
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  s.cleanup(...dirs);
});

test('the purchaser signs from the award: the milestones’ sum shown as typed, a sum short of the amount refused with its rule', async () => {
  const terms = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { procurement(id: $id) { serviceStart serviceEnd award { price } } }', { id: ledger.procurementId });
  const { serviceStart, serviceEnd } = terms.procurement;
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/procurements/' + ledger.procurementId);
  await page.getByRole('heading', { name: '签订政府采购合同' }).waitFor();
  assert.equal(await page.locator('#sign-amount').innerText(), '¥' + typed(ledger.priceFen));
  const names = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { organisation(id: $id) { name } }', { id: ledger.winner });
  assert.equal(await page.locator('#sign-supplier').innerText(), names.organisation.name);

  firstFen = Math.floor((ledger.priceFen * 2) / 5);
  await page.getByLabel('D1 名称').fill('首期助餐服务验收');
  await page.getByLabel('D1 日期').fill(dayAfter(serviceStart, 60));
  await page.getByLabel('P1 名称').fill('首期付款');
  await page.getByLabel('P1 日期').fill(dayAfter(serviceStart, 90));
  // Typed with a Chinese input method: full-width digits and comma.
  await page.getByLabel('P1 付款金额（元）').fill(typed(firstFen).replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
  const sum = page.locator('#milestone-sum');
  assert.equal(await sum.innerText(), `付款合计 ¥${typed(firstFen)}，比合同金额少 ¥${typed(ledger.priceFen - firstFen)}。`);

  // Sent as it is: the ledger refuses it, with its rule, at the milestones.
  await page.getByRole('button', { name: '签订合同' }).click();
  const refusal = page.locator('#milestones-error');
  await refusal.waitFor();
  const text = await refusal.innerText();
  assert.match(text, /付款节点金额合计须等于合同金额/);
  assert.match(text, /CON-PAYMENT/);
  assert.match(text, /合同付款/);
  await s.assertAccessible(page, 'the signing form with a refusal');
  await s.screenshot(page, 'contract-sign');

  await page.getByRole('button', { name: '添加交付验收节点' }).click();
  await page.getByLabel('D2 名称').fill('终期服务验收');
  await page.getByLabel('D2 日期').fill(dayAfter(serviceEnd, -10));
  await page.getByRole('button', { name: '添加付款节点' }).click();
  await page.getByLabel('P2 名称').fill('尾款');
  await page.getByLabel('P2 日期').fill(serviceEnd);
  assert.equal(await page.getByLabel('P2 对应的交付验收').inputValue(), 'D2');
  await page.getByLabel('P2 付款金额（元）').fill('¥' + typed(ledger.priceFen - firstFen));
  assert.equal(await sum.innerText(), `付款合计 ¥${typed(ledger.priceFen)}，与合同金额一致。`);

  const sent = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && /signContract/.test(r.postData() ?? '')) sent.push(r);
  });
  await page.getByRole('button', { name: '签订合同' }).dblclick();
  await page.getByText('合同已签订。').waitFor();
  contractId = new URL(page.url()).pathname.split('/').pop();
  const input = JSON.parse(sent.at(-1).postData()).variables.i;
  assert.deepEqual(
    input.milestones.map((m) => [m.id, m.kind, m.amountFen ?? null, m.follows ?? null]),
    [
      ['D1', 'DELIVERY', null, null],
      ['P1', 'PAYMENT', firstFen, 'D1'],
      ['D2', 'DELIVERY', null, null],
      ['P2', 'PAYMENT', ledger.priceFen - firstFen, 'D2'],
    ],
  );
  assert.equal(input.supplier, ledger.winner);
  assert.equal(await page.locator('#contract-status').innerText(), '履行中');
  assert.equal(await page.locator('#contract-remaining').innerText(), '¥' + typed(ledger.priceFen));
  const listed = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { procurement(id: $id) { contract { id } } }', { id: ledger.procurementId });
  assert.equal(listed.procurement.contract.id, contractId, 'a double click signs once');
  await page.context().close();
});

test('the purchaser accepts a delivery with the recipients taking part; a payment before it, or with none taking part, is refused', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/contracts/' + contractId);
  await page.getByRole('heading', { name: '采购人操作' }).waitFor();

  // No payment before its delivery is accepted.
  await page.getByLabel('付款金额（元）').fill(typed(firstFen));
  await page.getByLabel('付款凭证号').fill('国库集中支付凭证 2026-001');
  await page.getByRole('button', { name: '记录付款' }).click();
  const early = page.locator('#pay-error');
  await early.waitFor();
  assert.match(await early.innerText(), /CON-PAYMENT/);

  await page.getByLabel('交付验收节点').selectOption('D1');
  await page.getByLabel('参与验收的服务对象人数').fill('0');
  await page.getByLabel('验收报告').fill('服务内容与质量符合合同约定');
  await page.getByRole('button', { name: '记录验收结果' }).click();
  const none = page.locator('#accept-recipients-error');
  await none.waitFor();
  assert.match(await none.innerText(), /服务对象参与/);
  assert.match(await none.innerText(), /CON-ACCEPTANCE/);
  assert.equal(await page.getByLabel('参与验收的服务对象人数').getAttribute('aria-invalid'), 'true');

  await page.getByLabel('参与验收的服务对象人数').fill('８');
  await page.getByLabel('服务对象参与方式（如何选取、何人参与）').fill('随机抽取长者代表八名参与验收');
  await page.getByLabel('合格', { exact: true }).check();
  await page.getByRole('button', { name: '记录验收结果' }).click();
  await page.getByText('验收结果已记录：合格。').waitFor();
  const results = await page.locator('table.acceptances tbody tr').allInnerTexts();
  assert.equal(results.length, 1, results.join('\n'));
  assert.match(results[0], /D1 首期助餐服务验收\s+合格\s+8 名服务对象参与/);
  assert.equal(await page.locator('#contract-accepted').innerText(), '¥' + typed(firstFen));
  // The chart: nothing paid yet, the first payment accepted and owed.
  assert.equal(await page.locator('#paid-chart rect[data-part="owed"]').getAttribute('data-value'), String(firstFen));
  assert.equal(await page.locator('#paid-chart rect[data-part="paid"]').getAttribute('data-value'), '0');
  await s.assertAccessible(page, 'a contract after its acceptance');
  await page.context().close();
});

test('forty days later the payment is overdue; the purchaser records it, marked late, and the chart shows it paid', async () => {
  await server.stop();
  const later = s.backdated(server.dir, 40);
  dirs.push(later);
  server = await s.startServer(later);
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/contracts/' + contractId);
  const alert = page.getByRole('heading', { name: `逾期未付款 ¥${typed(firstFen)}` });
  await alert.waitFor();
  assert.match(await page.locator('section.overdue-alert').innerText(), /P1 首期付款/);
  assert.match(await page.locator('#contract-overdue').innerText(), new RegExp('¥' + typed(firstFen).replace(/\./, '\\.')));

  // More than the milestone: refused.
  await page.getByLabel('付款节点').selectOption('P1');
  await page.getByLabel('付款金额（元）').fill(typed(firstFen + 100));
  await page.getByLabel('付款凭证号').fill('国库集中支付凭证 2026-001');
  await page.getByRole('button', { name: '记录付款' }).click();
  const over = page.locator('#pay-error');
  await over.waitFor();
  assert.match(await over.innerText(), /CON-PAYMENT/);
  await s.screenshot(page, 'contract-overdue');

  await page.getByLabel('付款金额（元）').fill(typed(firstFen));
  await page.getByRole('button', { name: '记录付款' }).click();
  await page.getByText('付款已记录。').waitFor();
  // The notice comes first, the contract read again just after it.
  await page.locator('table.payments tbody tr').first().waitFor();
  const rows = await page.locator('table.payments tbody tr').allInnerTexts();
  assert.equal(rows.length, 1, rows.join('\n'));
  assert.match(rows[0], new RegExp(`P1 首期付款\\s+¥${typed(firstFen).replace(/\./, '\\.')}\\s+国库集中支付凭证 2026-001\\s+逾期支付`));
  assert.equal(await page.locator('section.overdue-alert').count(), 0);
  assert.equal(await page.locator('#contract-paid').innerText(), '¥' + typed(firstFen));
  assert.equal(await page.locator('#contract-remaining').innerText(), '¥' + typed(ledger.priceFen - firstFen));
  assert.equal(await page.locator('#paid-chart rect[data-part="paid"]').getAttribute('data-value'), String(firstFen));
  assert.equal(await page.locator('#paid-chart rect[data-part="later"]').getAttribute('data-value'), String(ledger.priceFen - firstFen));
  const label = await page.locator('#paid-chart svg').getAttribute('aria-label');
  assert.equal(label, `合同总额 ¥${typed(ledger.priceFen)}：已支付 ¥${typed(firstFen)}，已验收待支付 ¥0.00，尚未验收 ¥${typed(ledger.priceFen - firstFen)}。`);
  await s.assertAccessible(page, 'a contract paid in part');
  await s.screenshot(page, 'contract-purchaser');
  // The unit's contracts name the supplier and what is left to pay.
  const { organisation } = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { organisation(id: $id) { name } }', { id: ledger.winner });
  await page.getByRole('link', { name: '本单位合同' }).click();
  // The names arrive after the list.
  await page.locator('table.contracts tbody tr').getByText(organisation.name).waitFor();
  const listed = await page.locator('table.contracts tbody tr').allInnerTexts();
  assert.equal(listed.length, 1, listed.join('\n'));
  assert.match(listed[0], new RegExp(`福田区长者助餐服务项目\\s+${organisation.name}\\s+¥${typed(ledger.priceFen).replace(/\./, '\\.')}`));
  await page.context().close();
});

test('the supplier sees its contract and the payment it received', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ngoToken(server.dir, ledger.winner));
  await page.getByRole('link', { name: '我的合同' }).click();
  await page.getByRole('heading', { name: '我的合同' }).waitFor();
  // The heading comes first, the list after it.
  await page.locator('table.received tbody tr').first().waitFor();
  const rows = await page.locator('table.contracts tbody tr').allInnerTexts();
  assert.equal(rows.length, 1, rows.join('\n'));
  assert.match(rows[0], /福田区长者助餐服务项目\s+深圳市福田区民政局/);
  assert.match(rows[0], new RegExp(`¥${typed(firstFen).replace(/\./, '\\.')}`));
  assert.match(rows[0], /履行中/);
  const received = await page.locator('table.received tbody tr').allInnerTexts();
  assert.equal(received.length, 1, received.join('\n'));
  assert.match(received[0], /福田区长者助餐服务项目\s+P1\s+¥[\d,]+\.\d{2}\s+国库集中支付凭证 2026-001\s+逾期支付/);
  await s.assertAccessible(page, "the supplier's contracts");
  await s.screenshot(page, 'contract-supplier');
  await page.getByRole('link', { name: '福田区长者助餐服务项目' }).click();
  await page.getByRole('heading', { name: '履约验收结果' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: '采购人操作' }).count(), 0, 'a supplier records nothing');
  await page.context().close();
});

test('anyone reads the contract: terms, milestones, acceptance results, payments and supplements, from the award notice, in English too', async () => {
  // A supplementary contract of the same subject, a twentieth of the amount.
  const { contract } = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { contract(id: $id) { serviceEnd } }', { id: contractId });
  const supplementFen = Math.floor(ledger.priceFen / 20);
  await s.gql(server, ledger.purchaser, 'mutation($i: SupplementContractInput!) { supplementContract(input: $i) { version } }', {
    i: {
      contractId,
      amountFen: supplementFen,
      sameSubject: true,
      description: '增加助餐服务对象十名',
      milestones: [{ id: 'S1', kind: 'PAYMENT', title: '补充合同付款', due: contract.serviceEnd, amountFen: supplementFen, follows: 'D2' }],
    },
  });
  const page = await s.newPage(browser, server);
  await page.goto('/app/procurements/' + ledger.procurementId);
  await page.locator('#contract-link').getByText('政府采购合同（履行中）').click();
  await page.getByRole('heading', { name: '合同条款' }).waitFor();
  const main = await page.locator('main').innerText();
  assert.match(main, /福田区长者助餐服务项目/);
  assert.match(main, /D1\s+交付验收\s+首期助餐服务验收/);
  assert.match(main, /P2\s+付款\s+尾款/);
  assert.match(main, /随机抽取长者代表八名参与验收/);
  assert.match(main, /服务内容与质量符合合同约定/);
  assert.match(main, /国库集中支付凭证 2026-001/);
  assert.match(main, /北京时间/);
  assert.match(main, new RegExp(`¥${typed(supplementFen).replace(/\./, '\\.')} · 增加助餐服务对象十名`));
  assert.match(main, /S1\s+付款\s+补充合同\s+补充合同付款/);
  assert.equal(await page.locator('#contract-supplemented').innerText(), '¥' + typed(supplementFen));
  assert.equal(await page.locator('#contract-total').innerText(), '¥' + typed(ledger.priceFen + supplementFen));
  assert.equal(await page.locator('#contract-remaining').innerText(), '¥' + typed(ledger.priceFen + supplementFen - firstFen));
  assert.doesNotMatch(main, /采购人操作/);
  await s.assertAccessible(page, 'the public contract page');
  await s.screenshot(page, 'contract-public');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Acceptance results' }).waitFor();
  assert.equal(await page.locator('#contract-status').innerText(), 'In performance');
  assert.match(await page.locator('table.payments').innerText(), /Paid late/);
  await s.assertAccessible(page, 'the public contract page in English');
  await page.context().close();
});
