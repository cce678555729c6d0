// The auditor's journey, end to end: a record's timeline, the record as it stood, verifying the
// chains and downloading the ledger. Chromium against the real binary; data made through the API.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as s from './support.mjs';

const J = '440305';
let browser;
let server;
let auditor;
let org;

before(async () => {
  const dir = s.freshDir();
  server = await s.startServer(dir);
  const registrar = s.token(dir, 'registrar', 'li.na', J);
  auditor = s.token(dir, 'auditor', 'zhao.min');
  org = await s.apply(server, registrar, s.application('深圳市南山区康乐养老服务中心', 41));
  await s.gql(server, registrar, 'mutation($id: UUID!) { approveRegistration(input: {organisationId: $id}) { version } }', { id: org.id });
  await s.gql(
    server,
    registrar,
    'mutation($id: UUID!) { registerChange(input: {organisationId: $id, domicile: "深圳市南山区科技园2号"}) { version } }',
    { id: org.id },
  );
  await s.gql(
    server,
    registrar,
    'mutation($id: UUID!) { orderSuspension(input: {organisationId: $id, reason: "未按章程开展活动"}) { version } }',
    { id: org.id },
  );
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (server) s.cleanup(server.dir);
});

test('an auditor finds a record, reads who changed what and why, steps back in time, verifies and exports', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, auditor);
  await page.getByRole('link', { name: '审计' }).click();
  await page.getByRole('heading', { name: '审计：记录、时间线与核验' }).waitFor();

  // Found by name, by keyboard.
  await page.getByLabel('名称、统一社会信用代码或记录流名称').fill('康乐养老');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '深圳市南山区康乐养老服务中心' }).click();

  const timeline = page.locator('table.timeline');
  await timeline.waitFor();
  assert.match(await timeline.locator('caption').innerText(), /共 4 个事件/);
  const rows = timeline.locator('tbody tr');
  assert.equal(await rows.count(), 4);
  const change = await rows.nth(2).innerText();
  assert.match(change, /li\.na/);
  assert.match(change, /登记管理机关/);
  assert.match(change, /变更登记/);
  assert.match(change, /住所: 深圳市南山区粤海街道1号\s*→\s*深圳市南山区科技园2号/);
  const suspension = await rows.nth(3).innerText();
  assert.match(suspension, /未按章程开展活动/);
  assert.match(suspension, /状态: 正常\s*→\s*停止活动/);
  const applied = await rows.nth(0).innerText();
  assert.match(applied, /注册资金: ¥0\.00\s*→\s*¥30,000\.00/);
  assert.match(applied, /类型: （空）\s*→\s*社会服务机构/);
  assert.doesNotMatch(await page.locator('main').innerText(), /11010519491231002X/);

  // The slider starts at the last event; moved back to before the change, the old domicile.
  const slider = page.getByLabel('选择时间点（按事件）');
  const asOf = page.locator('dl.as-of');
  await asOf.getByText('深圳市南山区科技园2号').waitFor();
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.locator('#audit-asof-when').getByText('第 1 版之后').waitFor();
  await asOf.getByText('深圳市南山区粤海街道1号').waitFor();
  assert.match(await asOf.innerText(), /正常/);
  await s.assertAccessible(page, 'the timeline');
  await s.screenshot(page, 'audit-timeline');

  await page.getByRole('button', { name: '核验本记录的哈希链' }).click();
  await page.getByText('本记录 4 个事件的哈希链完整。').waitFor();

  await page.getByRole('button', { name: '核验哈希链' }).click();
  await page.locator('#audit-verify-result').getByText('核验完成：4 个事件，所有哈希链完整。').waitFor();
  assert.equal(await page.locator('#audit-verify-progress').getAttribute('value'), '4');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON Lines' }).click()]);
  assert.match(download.suggestedFilename(), /^civic-ledger-4\.jsonl$/);
  const lines = readFileSync(await download.path(), 'utf8').split('\n').filter(Boolean);
  assert.equal(lines.length, 4);
  assert.deepEqual(lines.map((l) => JSON.parse(l).position), [1, 2, 3, 4]);
  assert.equal(lines.join('\n') + '\n', s.cli(['export', '--data-dir', server.dir]));
  await s.assertAccessible(page, 'after verifying and exporting');
  await s.screenshot(page, 'audit');
  await page.context().close();
});

test('a record opens by its stream name, in English', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, auditor);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.goto('/app/audit');
  await page.getByLabel('Name, credit code or stream name').fill(`organisation-${org.id}`);
  await page.getByRole('button', { name: 'Search' }).click();
  const rows = page.locator('table.timeline tbody tr');
  await rows.nth(3).waitFor();
  assert.match(await rows.nth(2).innerText(), /Domicile: 深圳市南山区粤海街道1号\s*→\s*深圳市南山区科技园2号/);
  await s.assertAccessible(page, 'the timeline in English');
  await page.context().close();
});
