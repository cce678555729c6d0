// Performance evaluations by the other two evaluators, in the browser: the supplier's
// self-evaluation (自评), opened, scored and concluded with its own token; a third party's
// (第三方评价), picked by the purchaser from the registry by name (the supplier not offered, an
// organisation sharing its legal representative refused with PERF-EVALUATOR), then scored and
// concluded by that organisation's evaluator. Chromium against the real binary, on a contract
// completed through the API.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as s from './support.mjs';

import { J, awardedLedger, completedContract, evaluatorToken, idNumber, ngoToken } from './procurement-support.mjs';

let browser;
let ledger;
let server;
let contractId;
let thirdParty;
const dirs = [];

/** Every leaf of the default indicator tree and the points given it (89.50 in all: 良). */
const SCORES = [
  ['资金到位及时性 得分（0 至 5 分）', '5'],
  ['预算执行率 得分（0 至 5 分）', '4.5'],
  ['产出数量 得分（0 至 15 分）', '14'],
  ['产出质量 得分（0 至 15 分）', '13.5'],
  ['产出时效 得分（0 至 10 分）', '9'],
  ['产出成本 得分（0 至 10 分）', '8'],
  ['社会效益 得分（0 至 20 分）', '18'],
  ['可持续影响 得分（0 至 10 分）', '8'],
  ['满意度 得分（0 至 10 分）', '９.５'],
];

const MINE = 'query($f: PerformanceEvaluationFilter!) { performanceEvaluations(filter: $f) { nodes { evaluator evaluatorOrganisationId status grade } } }';

/** Scores every indicator on the evaluation page and concludes it. */
async function scoreAndConclude(page) {
  for (const [label, points] of SCORES) await page.getByLabel(label).fill(points);
  assert.equal(await page.locator('#evaluation-total').innerText(), '合计 89.50 分，等级： 良');
  await page.getByRole('button', { name: '保存评分' }).click();
  await page.getByText('评分已保存。').waitFor();
  await page.getByRole('button', { name: '结束评价并评定等级' }).click();
  await page.locator('#evaluation-grade').waitFor();
  assert.equal(await page.locator('#evaluation-grade').innerText(), '良');
}

before(async () => {
  ledger = await awardedLedger('福田区社区养老服务项目');
  server = ledger.server;
  dirs.push(...ledger.dirs);
  contractId = await completedContract(ledger);
  // A third party of its own: another legal representative than the bidders' (who share one).
  const application = { ...s.application('福田区明德社会工作评估中心', 44, J), legalRepresentative: { name: '李明', idNumber: idNumber(90), phone: '13900139000' } };
  const org = await s.apply(server, ledger.registrar, application);
  await s.gql(server, ledger.registrar, 'mutation($id: UUID!) { approveRegistration(input: {organisationId: $id}) { version } }', { id: org.id });
  thirdParty = org.id;
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  s.cleanup(...dirs);
});

test('the supplier evaluates itself: opened from its contract once, scored and concluded with its own token', async () => {
  const ngo = ngoToken(server.dir, ledger.winner);
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ngo);
  await page.goto('/app/contracts/' + contractId);
  await page.getByRole('heading', { name: '绩效评价' }).waitFor();
  // A supplier chooses no kind: its evaluation is its own.
  assert.equal(await page.locator('#evaluation-kind').count(), 0);
  await page.getByRole('button', { name: '开展自评' }).dblclick();
  await page.getByRole('heading', { name: /^绩效评价：福田区社区养老服务项目/ }).waitFor();
  assert.match(await page.locator('main').innerText(), /自评/);
  await scoreAndConclude(page);
  await s.assertAccessible(page, 'a concluded self-evaluation');
  const { performanceEvaluations } = await s.gql(server, ngo, MINE, { f: { contractId, mine: true } });
  assert.deepEqual(performanceEvaluations.nodes, [{ evaluator: 'SELF', evaluatorOrganisationId: ledger.winner, status: 'CONCLUDED', grade: 'GOOD' }], 'a double click opens one');
  await page.context().close();
});

test('the purchaser picks a third party by name from the registry (one tied to the supplier refused), whose evaluator scores and concludes it', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/contracts/' + contractId);
  await page.getByLabel('评价主体').selectOption('THIRD_PARTY');

  // Nothing picked yet: told so, nothing sent.
  await page.locator('#open-evaluation').click();
  await page.locator('#open-evaluation-error').getByText('请先按名称查找并选择第三方评价机构。').waitFor();

  // The supplier is not offered as its own third party; asked for by id, the ledger refuses it.
  const { organisation: supplier } = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { organisation(id: $id) { name } }', { id: ledger.winner });
  await page.getByLabel('第三方评价机构名称（部分即可）').fill(supplier.name);
  await page.locator('#evaluation-third-find').click();
  await page.getByText('没有名称相符、登记状态正常的社会组织。').waitFor();

  // A bidder that shares the supplier's legal representative is offered (the registry does not
  // say so), and the ledger refuses it at the picker with PERF-EVALUATOR.
  await page.getByLabel('第三方评价机构名称（部分即可）').fill('福田区');
  await page.locator('#evaluation-third-find').click();
  const picked = page.getByLabel('第三方评价机构', { exact: true });
  await picked.waitFor();
  const options = await picked.locator('option').allInnerTexts();
  assert.ok(!options.some((o) => o.startsWith(supplier.name + '（')), 'the supplier is not offered: ' + options.join('、'));
  const sibling = options.find((o) => /紫藤|青竹|松柏/.test(o));
  await picked.selectOption({ label: sibling });
  await page.locator('#open-evaluation').click();
  const tied = page.locator('#open-evaluation-error');
  await tied.getByText(/PERF-EVALUATOR/).waitFor();
  assert.equal(await picked.getAttribute('aria-invalid'), 'true');

  await page.getByLabel('第三方评价机构名称（部分即可）').fill('明德');
  await page.locator('#evaluation-third-find').click();
  await s.eventually(() => picked.inputValue(), thirdParty);
  assert.match(await picked.locator('option').first().innerText(), /^福田区明德社会工作评估中心（[0-9A-Z]{18}）$/);
  await s.assertAccessible(page, 'the third party picked');
  await s.screenshot(page, 'evaluation-third-party');
  await page.locator('#open-evaluation').click();
  await page.getByRole('heading', { name: /^绩效评价：福田区社区养老服务项目/ }).waitFor();
  const evaluationId = new URL(page.url()).pathname.split('/').pop();
  // The purchaser reads it; only the third party scores it.
  assert.equal(await page.getByRole('button', { name: '保存评分' }).count(), 0);
  await page.context().close();

  const evaluator = await s.newPage(browser, server);
  await s.signInWithToken(evaluator, evaluatorToken(server.dir, thirdParty));
  await evaluator.goto('/app/evaluations/' + evaluationId);
  await evaluator.getByRole('button', { name: '保存评分' }).waitFor();
  assert.match(await evaluator.locator('main').innerText(), /第三方评价/);
  await scoreAndConclude(evaluator);
  await s.assertAccessible(evaluator, "a third party's concluded evaluation");
  await evaluator.context().close();

  const anyone = await s.newPage(browser, server);
  await anyone.goto('/app/organisations/' + ledger.winner);
  await anyone.getByRole('heading', { name: '绩效评价等级' }).waitFor();
  const rows = await anyone.locator('table.grades tbody tr').allInnerTexts();
  assert.ok(rows.some((r) => /第三方评价/.test(r) && /良/.test(r)), rows.join('\n'));
  await anyone.context().close();
});
