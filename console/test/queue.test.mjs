// Today's queue, on a ledger whose past was moved back so that some clocks have run out.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as s from './support.mjs';

const J = '440305';
let browser;
let server;
let registrar;
const dirs = [];

before(async () => {
  const dir = s.freshDir();
  dirs.push(dir);
  const first = await s.startServer(dir);
  registrar = s.token(dir, 'registrar', 'li.na', J);
  // Applied 90 days ago: the decision (60 days by default) is overdue.
  await s.apply(first, registrar, s.application('粤海街道老年协会', 301));
  await s.apply(first, registrar, s.application('西丽社区服务中心', 302));
  await first.stop();
  const past = s.backdated(dir, 90);
  dirs.push(past);
  server = await s.startServer(past);
  // Applied today: due later, listed after the overdue ones.
  await s.apply(server, registrar, s.application('桃源街道新申请服务社', 303));
  // Another jurisdiction's case is not in this queue.
  const other = s.token(past, 'registrar', 'zhao', '440304');
  await s.apply(server, other, s.application('福田区别处服务社', 304, '440304'));
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
  const violations = await s.axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await s.screenshot(page, 'queue');

  await table.getByRole('link', { name: '粤海街道老年协会' }).click();
  await page.getByRole('heading', { name: /粤海街道老年协会/ }).waitFor();
  assert.match(await page.locator('main').innerText(), /已超期/);
  await s.screenshot(page, 'profile');
  await page.context().close();
});
