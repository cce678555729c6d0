// The purchaser's and the public's procurement journeys, end to end: a purchaser drafts from the
// catalogue tree and publishes; the public board and page show the terms in China time and yuan
// and, until the opening, sealed bids as commitments only; the ledger is moved a month back so
// that the opening has come, and the purchaser opens the bids. Chromium against the real binary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as s from './support.mjs';

import { J, futianLedger, ngoToken, bid, registered, expertPool, evaluatorToken } from './procurement-support.mjs';

/** The date inputs' value `days` from China's today, and a China wall-clock time on it. */
function chinaDay(days) {
  const d = new Date(Date.now() + 8 * 3600e3 + days * 86400e3);
  return d.toISOString().slice(0, 10);
}

let browser;
let ledger;
let server;
let procurementId;
const dirs = [];
const commitments = [];

before(async () => {
  ledger = await futianLedger();
  server = ledger.server;
  dirs.push(ledger.dir);
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  s.cleanup(...dirs);
});

test('a purchaser drafts from the catalogue tree, is told what is wrong next to the field, and publishes once', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.getByRole('heading', { name: '本单位的采购项目' }).waitFor();
  await page.getByRole('link', { name: '起草采购项目' }).click();
  await page.getByRole('heading', { name: '起草采购项目' }).waitFor();

  await page.getByLabel('采购人').fill('深圳市福田区民政局');
  await page.getByLabel('项目名称').fill('福田区居家养老上门服务项目');
  await page.getByLabel('项目说明').fill('为辖区失能、半失能老年人提供助餐、助浴、助洁等居家上门服务');
  // The tree, each level indented under its parent.
  const item = page.getByLabel('指导性目录项目');
  await item.locator('option[value="A0101"]').waitFor({ state: 'attached' });
  assert.match(await item.locator('option[value="A"]').innerText(), /^A 基本公共服务$/);
  assert.match(await item.locator('option[value="A01"]').innerText(), /^\u3000A01 养老服务$/);
  assert.match(await item.locator('option[value="A0101"]').innerText(), /^\u3000\u3000A0101 居家养老上门服务$/);
  await item.selectOption('A0101');
  await page.getByLabel('预算金额（元）').fill('五十万');
  await page.getByLabel('投标保证金（元）').fill('10,000.00');
  await page.getByLabel('服务开始日期').fill(chinaDay(51));
  await page.getByLabel('服务结束日期').fill(chinaDay(321));
  await page.getByLabel('投标截止时间').fill(chinaDay(21) + 'T17:00');
  await page.getByLabel('开标时间').fill(chinaDay(21) + 'T18:00');
  // The organisations were registered today: no years of registration asked.
  await page.getByLabel('最少登记年限').fill('0');

  // Money that is not an amount is refused at the field, before anything is sent.
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.locator('#draft-budgetFen-error').getByText('例如 30,000.00').waitFor();
  assert.equal(await page.getByLabel('预算金额（元）').getAttribute('aria-invalid'), 'true');

  // A bid security above the cap: the ledger's refusal, with its rule, next to that field.
  await page.getByLabel('预算金额（元）').fill('５００,０００.００');
  await page.getByLabel('投标保证金（元）').fill('100,000.00');
  await page.getByRole('button', { name: '保存草稿' }).click();
  const security = page.locator('#draft-bidSecurityFen-error');
  await security.waitFor();
  assert.match(await security.innerText(), /BID-SECURITY/);
  await s.assertAccessible(page, 'the draft form with a refusal');
  await s.screenshot(page, 'procurement-draft');

  await page.getByLabel('投标保证金（元）').fill('10,000.00');
  // Years typed in words: refused at the qualifications, not silently taken as the default.
  await page.getByLabel('最少登记年限').fill('一年');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.locator('#draft-requirements-error').getByText('等级和年限请填整数').waitFor();
  await page.getByLabel('最少登记年限').fill('０');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('草稿已保存').waitFor();
  procurementId = new URL(page.url()).pathname.split('/').pop();
  const main = page.locator('main');
  assert.match(await main.innerText(), /草稿/);
  assert.match(await page.locator('#proc-budget').innerText(), /^¥500,000\.00$/);
  // Shown in China time although the browser is in Los Angeles.
  assert.match(await page.locator('#proc-deadline').innerText(), new RegExp(chinaDay(21).replace(/-/g, '/') + ' 17:00'));

  const sent = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && /publishProcurement/.test(r.postData() ?? '')) sent.push(r);
  });
  await page.locator('#publish').dblclick();
  await page.getByText('采购公告已发布。').waitFor();
  await page.locator('.status-published').waitFor();
  assert.equal(sent.length, 1, 'a double click publishes once');
  assert.match(JSON.parse(sent[0].postData()).variables.i.commandId, /^[0-9a-f-]{36}$/);
  const data = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { procurement(id: $id) { status budgetFen bidSecurityFen item { code } } }', { id: procurementId });
  assert.deepEqual(data.procurement, { status: 'PUBLISHED', budgetFen: 50_000_000, bidSecurityFen: 1_000_000, item: { code: 'A0101' } });
  await page.context().close();
});

test('the public board and page: filters, terms in yuan and China time, sealed bids as commitments only', async () => {
  for (const [org, fen, text] of [
    [ledger.a, 43_721_987, '紫藤长者陪伴计划QX9'],
    [ledger.b, 41_000_000, '青竹社区助餐方案'],
    // An open tender needs three valid bids at the opening (BID-MIN-BIDDERS).
    [await registered(server, ledger.registrar, '福田区松柏社区服务中心', 43), 45_000_000, '松柏助浴方案'],
  ]) {
    commitments.push((await bid(server, ngoToken(ledger.dir, org), procurementId, fen, text)).commitment);
  }
  const page = await s.newPage(browser, server);
  await page.goto('/app/procurements');
  await page.getByLabel('辖区').fill(J);
  await page.getByLabel('状态').selectOption('PUBLISHED');
  await page.getByRole('button', { name: '查询' }).click();
  const board = page.locator('table.board');
  await board.waitFor();
  const rows = await board.locator('tbody tr').allInnerTexts();
  assert.equal(rows.length, 1, rows.join('\n'));
  assert.match(rows[0], /福田区居家养老上门服务项目/);
  assert.match(rows[0], /¥500,000\.00/);
  assert.match(rows[0], /A0101/);
  await s.assertAccessible(page, 'the public board');
  await s.screenshot(page, 'procurement-board');

  // Another catalogue item: nothing.
  await page.getByLabel('目录编码').fill('a0102');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText('没有符合条件的采购项目。').waitFor();
  assert.match(page.url(), /item=A0102/);

  await page.goto('/app/procurements?jurisdiction=' + J);
  await page.getByRole('link', { name: '福田区居家养老上门服务项目' }).click();
  await page.locator('#sealed-count').getByText('已收到 3 份密封投标。').waitFor();
  const main = await page.locator('main').innerText();
  for (const c of commitments) assert.ok(main.includes(c), `commitment ${c} is shown`);
  for (const secret of ['紫藤', '青竹', '松柏', '437,219.87', '410,000.00', '福田区紫藤长者服务中心']) {
    assert.ok(!main.includes(secret), `${secret} shows before the opening`);
  }
  assert.match(main, /¥10,000\.00/);
  assert.match(main, /北京时间/);
  assert.doesNotMatch(main, /采购人操作/);
  await s.assertAccessible(page, 'a procurement before the opening');
  await s.screenshot(page, 'procurement-sealed');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Sealed bids' }).waitFor();
  assert.match(await page.locator('#sealed-count').innerText(), /^3 sealed bids received\.$/);
  await page.context().close();
});

test('the purchaser cannot open early (the rule by the button), then opens once the opening has come', async () => {
  let page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/procurements/' + procurementId);
  await page.locator('#open-bids').click();
  const early = page.locator('#open-bids-error');
  await early.waitFor();
  assert.match(await early.innerText(), /BID-SEALED/);
  await page.context().close();

  // A month later: the deadline and the opening have passed.
  await server.stop();
  const later = s.backdated(ledger.dir, 30);
  dirs.push(later);
  server = await s.startServer(later);

  page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/procurements/' + procurementId);
  await page.locator('#open-bids').click();
  await page.getByText('已开标。').waitFor();
  const opened = page.locator('table.opened');
  await opened.waitFor();
  const rows = await opened.locator('tbody tr').allInnerTexts();
  assert.equal(rows.length, 3, rows.join('\n'));
  const text = rows.join('\n');
  assert.match(text, /福田区紫藤长者服务中心\s+¥437,219\.87\s+有效/);
  assert.match(text, /福田区青竹社工服务中心\s+¥410,000\.00\s+有效/);
  for (const c of commitments) assert.ok(text.includes(c), 'each opened bid matches a commitment published before');
  await page.getByRole('heading', { name: '评审委员会' }).waitFor();
  await s.assertAccessible(page, 'the opening');
  await s.screenshot(page, 'procurement-opened');
  await page.context().close();
});

test('the purchaser follows the committee, awards, and answers a challenge; the public reads the award notice', async () => {
  const later = server.dir;
  await expertPool(server, s.token(later, 'admin', 'admin'), 6);
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/procurements/' + procurementId);
  await page.getByLabel('抽取专家人数').fill('5');
  await page.locator('#constitute').dblclick();
  await page.getByText('评审委员会已组建。').waitFor();
  await page.locator('#committee-waiting').getByText('还有 5 位委员未提交评分表。').waitFor();
  const committees = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { procurementCommittees(procurementId: $id) { committeeId } }', { id: procurementId });
  assert.equal(committees.procurementCommittees.length, 1, 'a double click constitutes one committee');

  // The experts score, each its own seat.
  const committeeId = committees.procurementCommittees[0].committeeId;
  const view = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { committee(id: $id) { members { memberId role sitting } } }', { id: committeeId });
  const opened = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { procurement(id: $id) { openedBids { bidId valid } } }', { id: procurementId });
  const bids = opened.procurement.openedBids.filter((b) => b.valid).map((b) => b.bidId);
  for (const m of view.committee.members.filter((x) => x.sitting)) {
    const scores = bids.map((bidId, i) => ({ bidId, criteria: [{ key: 'c1', pointsHundredths: 3_800 - 300 * i }, { key: 'c2', pointsHundredths: 2_500 }] }));
    await s.gql(server, evaluatorToken(later, m.memberId), 'mutation($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { committeeId } }', {
      i: { committeeId, memberId: m.memberId, scores },
    });
  }
  await page.reload();
  await page.getByRole('button', { name: '结束评审并记录评审报告' }).click();
  await page.getByText('评审已结束，评审报告已记录。').waitFor();
  await page.locator('ol.ranking li').first().waitFor();
  const report = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { procurement(id: $id) { status report { ranking { organisationId } } openedBids { organisationId organisationName } } }', { id: procurementId });
  assert.equal(report.procurement.status, 'EVALUATED');
  const ranking = report.procurement.report.ranking.map((r) => report.procurement.openedBids.find((b) => b.organisationId === r.organisationId).organisationName);
  assert.deepEqual(await page.locator('ol.ranking li').allInnerTexts().then((l) => l.map((x) => x.split(' · ')[0])), ranking);

  await page.locator('#award-1').click();
  await page.getByText('中标公告已发布。').waitFor();
  const notice = page.locator('#award-notice');
  assert.match(await notice.innerText(), new RegExp('中标人：' + ranking[0]));

  // The runner-up challenges (质疑); the purchaser dismisses it with a reply.
  const runnerUp = report.procurement.report.ranking[1].organisationId;
  await s.gql(server, ngoToken(later, runnerUp), 'mutation($i: ChallengeAwardInput!) { challengeAward(input: $i) { version } }', {
    i: { procurementId, organisationId: runnerUp, grounds: '中标人服务方案评分有误' },
  });
  await page.reload();
  await page.getByRole('heading', { name: /^答复质疑/ }).waitFor();
  await page.getByLabel('答复结论').selectOption('DISMISSED');
  await page.getByLabel('答复内容').fill('经复核，评分符合评分办法');
  await page.getByRole('button', { name: '发出答复' }).click();
  await page.getByText('质疑已答复。').waitFor();
  await page.getByText('中标人服务方案评分有误 — 驳回：经复核，评分符合评分办法').waitFor();
  assert.equal(await page.getByRole('button', { name: '发出答复' }).count(), 0, 'an answered challenge has no form');
  await s.assertAccessible(page, 'the purchaser after the award');
  await page.context().close();

  const anyone = await s.newPage(browser, server);
  await anyone.goto('/app/procurements/' + procurementId);
  const text = await anyone.locator('#award-notice').innerText();
  assert.match(text, new RegExp(`中标人：${ranking[0]}，中标金额 ¥[\\d,]+\\.\\d{2}，公告时间 \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}；质疑期至 \\d{4}年\\d{1,2}月\\d{1,2}日。`));
  assert.doesNotMatch(await anyone.locator('main').innerText(), /采购人操作/);
  await s.assertAccessible(anyone, 'the public award notice');
  await s.screenshot(anyone, 'procurement-award');
  await anyone.context().close();
});
