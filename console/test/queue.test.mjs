// Today's queue, and a profile with a history, on a ledger whose past was moved back so that
// some clocks have run out and a year has passed.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as s from './support.mjs';

const J = '440305';
let browser;
let server;
let registrar;
let futian;
let reportedId;
const dirs = [];

before(async () => {
  const dir = s.freshDir();
  dirs.push(dir);
  const first = await s.startServer(dir);
  registrar = s.token(dir, 'registrar', 'li.na', J);
  // Applied 800 days ago: the decision (60 days by default) is overdue.
  await s.apply(first, registrar, s.application('粤海街道老年协会', 301));
  await s.apply(first, registrar, s.application('西丽社区服务中心', 302));
  // Registered 800 days ago in Futian: old enough to be rated, with years to report on.
  futian = s.token(dir, 'registrar', 'zhao', '440304');
  const reported = await s.apply(first, futian, s.application('福田区老字号互助会', 305, '440304'));
  reportedId = reported.id;
  await s.gql(first, futian, 'mutation($id: UUID!) { approveRegistration(input: {organisationId: $id}) { version } }', { id: reportedId });
  await first.stop();
  const past = s.backdated(dir, 800);
  dirs.push(past);
  server = await s.startServer(past);
  // Applied today: due later, listed after the overdue ones.
  await s.apply(server, registrar, s.application('桃源街道新申请服务社', 303));
  // Another jurisdiction's case is not in this queue.
  await s.apply(server, futian, s.application('福田区别处服务社', 304, '440304'));
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  s.cleanup(...dirs);
});

test("today's queue: open cases with due dates, overdue ones first", async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, registrar);
  const table = page.locator('table.queue');
  await table.waitFor();
  const rows = await table.locator('tbody tr').allInnerTexts();
  assert.equal(rows.length, 3, rows.join('\n'));
  assert.match(rows[0], /已超期/);
  assert.match(rows[1], /已超期/);
  assert.doesNotMatch(rows[2], /已超期/);
  assert.match(rows[2], /桃源街道新申请服务社/);
  for (const row of rows) assert.match(row, /登记审批/);
  for (const row of rows) assert.match(row, /\d{4}年\d{1,2}月\d{1,2}日/);
  assert.doesNotMatch(rows.join('\n'), /福田区别处服务社/);
  // The week at a glance: the two overdue cases, none of the rest due within seven days.
  const week = page.locator('#week-chart');
  assert.equal(await week.locator('[data-key="overdue"]').getAttribute('data-count'), '2');
  const counts = await week.locator('g.bar').evaluateAll((gs) => gs.map((g) => Number(g.dataset.count)));
  assert.deepEqual(counts, [2, 0, 0, 0, 0, 0, 0, 0]);
  assert.match(await week.locator('svg').getAttribute('aria-label'), /^已超期 2 件；本周每日到期：\d{4}年/);
  const violations = await s.axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await s.screenshot(page, 'queue');

  await table.getByRole('link', { name: '粤海街道老年协会' }).click();
  await page.getByRole('heading', { name: /粤海街道老年协会/ }).waitFor();
  assert.match(await page.locator('main').innerText(), /已超期/);
  await s.screenshot(page, 'profile');
  await page.context().close();
});

test('a profile shows its annual reports, credit listings and rating', async () => {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) - 1;
  const run = (query) => s.gql(server, futian, query, { id: reportedId, year });
  await run('mutation($id: UUID!) { rateOrganisation(input: {organisationId: $id, grade: 4, score: 850}) { version } }');
  await run('mutation($id: UUID!, $year: Int!) { submitAnnualReport(input: {organisationId: $id, year: $year}) { version } }');
  await run('mutation($id: UUID!, $year: Int!) { concludeAnnualReport(input: {organisationId: $id, year: $year, conclusion: BASICALLY_QUALIFIED}) { version } }');
  await run('mutation($id: UUID!) { listAsAbnormal(input: {organisationId: $id, trigger: UNREACHABLE, reason: "通过登记的住所无法取得联系", rectificationRequired: true}) { version } }');

  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, s.token(server.dir, 'registrar', 'zhao', '440304'));
  await page.goto(`/app/organisations/${reportedId}`);
  await page.getByRole('heading', { name: /福田区老字号互助会/ }).waitFor();
  const main = page.locator('main');
  const text = await main.innerText();
  assert.match(text, new RegExp(`${year}\\s+\\S.*基本合格`));
  assert.match(text, /信用状况\s*活动异常名录 · 通过登记的住所无法取得联系/);
  assert.match(text, /列入记录/);
  assert.match(text, /4A（850 分），有效期至 \d{4}年/);
  const violations = await s.axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await s.screenshot(page, 'profile-history');
  await page.context().close();
});
