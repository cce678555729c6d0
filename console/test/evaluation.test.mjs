// After a contract: its performance evaluation opened, scored (points typed as a clerk types
// them, the total and grade shown as typed, a conclusion with indicators unscored refused with
// its rule) and concluded, the grade on the supplier's public profile; the auditor's timeline of
// the whole purchase with the contract as it stood and the OCDS downloads; the jurisdiction's
// spending by catalogue item as a chart. The contract is signed, accepted, paid and completed
// through the API on a procurement driven to its award.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as s from './support.mjs';

import { J, awardedLedger, completedContract } from './procurement-support.mjs';

let browser;
let ledger;
let server;
let contractId;
let evaluationId;
const dirs = [];

before(async () => {
  ledger = await awardedLedger('福田区长者助餐服务项目');
  server = ledger.server;
  dirs.push(...ledger.dirs);
  contractId = await completedContract(ledger);
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  s.cleanup(...dirs);
});

test('the purchaser evaluates the completed contract: scores typed, total and grade shown as typed, concluded once all are scored', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/contracts/' + contractId);
  await page.getByRole('heading', { name: '绩效评价' }).waitFor();
  assert.equal(await page.locator('#contract-status').innerText(), '已履行完毕');
  await page.getByLabel('评价主体').selectOption('PURCHASER');
  await page.locator('#open-evaluation').dblclick();
  await page.getByRole('heading', { name: /^绩效评价：福田区长者助餐服务项目/ }).waitFor();
  evaluationId = new URL(page.url()).pathname.split('/').pop();
  const opened = await s.gql(server, ledger.purchaser, 'query($f: PerformanceEvaluationFilter!) { performanceEvaluations(filter: $f) { totalCount } }', { f: { contractId, mine: true } });
  assert.equal(opened.performanceEvaluations.totalCount, 1, 'a double click opens one evaluation');

  // Part of the tree, one score above its weight: refused at its field before anything is sent.
  await page.getByLabel('资金到位及时性 得分（0 至 5 分）').fill('６');
  await page.getByLabel('预算执行率 得分（0 至 5 分）').fill('4.5');
  await page.getByRole('button', { name: '保存评分' }).click();
  await page.locator('#score-BUDGET_FUNDS_ON_TIME-error').getByText('请填写 0 至 5 之间的分数').waitFor();
  await page.getByLabel('资金到位及时性 得分（0 至 5 分）').fill('５');
  assert.equal(await page.locator('#evaluation-total').innerText(), '已评合计 9.50 分，尚有 7 项未评分。');
  await page.getByRole('button', { name: '保存评分' }).click();
  await page.getByText('评分已保存。').waitFor();

  // Concluded with indicators unscored: the ledger refuses it, with its rule.
  await page.getByRole('button', { name: '结束评价并评定等级' }).click();
  const early = page.locator('#conclude-evaluation-error');
  await early.waitFor();
  assert.match(await early.innerText(), /全部指标评分后方可结束评价/);
  assert.match(await early.innerText(), /PERF-SCORE/);

  for (const [label, points] of [
    ['产出数量 得分（0 至 15 分）', '14'],
    ['产出质量 得分（0 至 15 分）', '13.5'],
    ['产出时效 得分（0 至 10 分）', '9'],
    ['产出成本 得分（0 至 10 分）', '8'],
    ['社会效益 得分（0 至 20 分）', '18'],
    ['可持续影响 得分（0 至 10 分）', '8'],
    ['满意度 得分（0 至 10 分）', '９.５'],
  ]) {
    await page.getByLabel(label).fill(points);
  }
  assert.equal(await page.locator('#evaluation-total').innerText(), '合计 89.50 分，等级： 良');
  await page.getByLabel('评价意见').fill('服务规范，长者满意度高');
  await s.assertAccessible(page, 'the evaluation form');
  await s.screenshot(page, 'evaluation-scores');
  await page.getByRole('button', { name: '保存评分' }).click();
  await page.getByText('评分已保存。').waitFor();
  await page.getByRole('button', { name: '结束评价并评定等级' }).click();
  await page.getByText('评价已完成，等级已记入承接主体的登记信息。').waitFor();
  assert.equal(await page.locator('#evaluation-grade').innerText(), '良');
  assert.match(await page.locator('#evaluation-result').innerText(), /总分 89\.50 分/);
  // The unit's own evaluations, listed with the contract's title.
  await page.getByRole('link', { name: '绩效评价', exact: true }).click();
  await page.locator('table.evaluations').getByText('福田区长者助餐服务项目').waitFor();
  assert.match(await page.locator('table.evaluations tbody tr').innerText(), /采购人评价\s+已完成\s+89\.50\s+良/);
  await page.context().close();
});

test("the grade is on the supplier's public profile, and the concluded evaluation is public", async () => {
  const page = await s.newPage(browser, server);
  await page.goto('/app/organisations/' + ledger.winner);
  await page.getByRole('heading', { name: '绩效评价等级' }).waitFor();
  const rows = await page.locator('table.grades tbody tr').allInnerTexts();
  assert.equal(rows.length, 1, rows.join('\n'));
  assert.match(rows[0], /采购人评价\s+89\.50\s+良/);
  await s.assertAccessible(page, 'a profile with its grade');
  await s.screenshot(page, 'evaluation-profile');
  await page.getByRole('link', { name: '合同', exact: true }).click();
  await page.getByRole('heading', { name: '绩效评价' }).waitFor();
  await page.getByRole('link', { name: '采购人评价' }).click();
  await page.locator('#evaluation-grade').waitFor();
  assert.equal(await page.locator('#evaluation-status').innerText(), '已完成');
  assert.match(await page.locator('table.indicators').innerText(), /满意度\s+10\s+9\.50/);
  await page.context().close();
});

test("the auditor reads the purchase's timeline, the contract as it stood, and downloads its OCDS packages", async () => {
  const auditor = s.token(server.dir, 'auditor', 'sun.li');
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, auditor);
  await page.goto('/app/audit');
  await page.getByLabel('采购项目编号').fill(ledger.procurementId.toUpperCase());
  await page.getByRole('button', { name: '查看采购全过程' }).click();
  await page.getByRole('heading', { name: '采购全过程时间线' }).waitFor();
  // The timeline's first page arrives after the page's heading, all at once.
  await page.locator('table.purchase-timeline tbody tr').first().waitFor();
  const kinds = await page.locator('table.purchase-timeline tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.stream));
  for (const k of ['procurement', 'bid', 'committee', 'contract', 'performance']) assert.ok(kinds.includes(k), `${k} in ${kinds}`);
  const positions = await page.locator('table.purchase-timeline tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.dataset.position)));
  assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'in ledger order');
  const text = await page.locator('table.purchase-timeline').innerText();
  assert.match(text, /chen\.jing \(购买主体\)/);
  assert.match(text, /\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);

  // The contract as it stood after its signing: nothing paid; after its last event, all paid.
  const slider = page.getByLabel('选择合同的某一事件，查看其后的合同状态');
  await page.locator('#asof-status').getByText('已履行完毕').waitFor();
  await slider.fill('0');
  await page.locator('#asof-status').getByText('履行中').waitFor();
  assert.equal(await page.locator('#asof-paid').innerText(), '¥0.00');
  assert.equal(await page.locator('#asof-chart rect[data-part="paid"]').getAttribute('data-value'), '0');
  await s.assertAccessible(page, "the purchase's timeline");
  // The timeline runs to thousands of pixels: the window as the auditor first sees it.
  await page.evaluate(() => scrollTo(0, 0));
  await s.screenshot(page, 'audit-purchase', { fullPage: false });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载发布包（release package）' }).click()]);
  const releases = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.ok(Array.isArray(releases.releases) && releases.releases.length > 0, 'a release package');
  assert.ok(releases.releases.every((r) => r.ocid.endsWith(ledger.procurementId)), 'of this purchase');
  const [records] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载记录包（record package）' }).click()]);
  const record = JSON.parse(readFileSync(await records.path(), 'utf8'));
  assert.ok(record.records?.[0]?.compiledRelease, 'a record package with its compiled release');
  await page.context().close();
});

test("the purchaser reads its jurisdiction's spending by catalogue item as a chart", async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.getByRole('link', { name: '统计' }).click();
  await page.getByRole('heading', { name: '政府购买服务统计' }).waitFor();
  const bar = page.locator('#spending-chart g.row[data-key="A0101"]');
  await bar.waitFor();
  assert.equal(await bar.locator('rect[data-series="contracted"]').getAttribute('data-value'), String(ledger.priceFen));
  assert.equal(await bar.locator('rect[data-series="paid"]').getAttribute('data-value'), String(ledger.priceFen));
  // The items' names come from the catalogue, after the figures.
  await page.locator('table.spending tbody tr[data-key="A0101"]').getByText('A0101 居家养老上门服务').waitFor();
  assert.equal(await page.getByLabel('辖区').inputValue(), J);
  await s.assertAccessible(page, 'the statistics');
  await s.screenshot(page, 'statistics-spending');
  await page.context().close();
});
