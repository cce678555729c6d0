// A social organisation's bidding journey, end to end: the board of what it may bid for, with
// the reasons for the rest; a sealed bid submitted once however often it is clicked, with money
// typed as a clerk types it; replaced; withdrawn; a stale page told to reload; its own bids.
// Chromium against the real binary; the procurements are made through the API.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as s from './support.mjs';
import { futianLedger, ngoToken, published } from './procurement-support.mjs';
import { toFen } from '../src/forms.js';

let browser;
let ledger;
let ngo;
let open;
let rated;

before(async () => {
  ledger = await futianLedger();
  open = await published(ledger.server, ledger.purchaser, '福田区老年人助餐服务项目');
  rated = await published(ledger.server, ledger.purchaser, '福田区第三方评估服务项目', { requirements: { minRating: 3 } });
  ngo = ngoToken(ledger.dir, ledger.a);
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await ledger?.server.stop();
  if (ledger) s.cleanup(ledger.dir);
});

test('money typed as a clerk types it is read as integer fen, never through a float', () => {
  assert.equal(toFen('30,000.00'), 3_000_000);
  assert.equal(toFen('３０，０００．５'), 3_000_050);
  assert.equal(toFen('¥437,219.87'), 43_721_987);
  assert.equal(toFen('0.07'), 7);
  // 0.07 * 100 is 7.000000000000001 in floating point: the string arithmetic has no such error.
  assert.equal(toFen('1234567890.29'), 123_456_789_029);
  for (const wrong of ['', '三万元', '1.234', '-5', '1e5', '.5']) assert.equal(toFen(wrong), null, wrong);
});

test('an organisation opens its own profile and standing from the menu', async () => {
  const page = await s.newPage(browser, ledger.server);
  await s.signInWithToken(page, ngo);
  await page.getByRole('link', { name: '本机构' }).click();
  await page.getByRole('heading', { name: /福田区紫藤长者服务中心/ }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/app/organisations/${ledger.a}`);
  const text = await page.locator('main').innerText();
  // Its status and credit standing as the registry shows them: what the eligibility reasons
  // on the board are read from.
  assert.match(text, /信用状况\s*正常/);
  await page.context().close();
});

const BID = 'query($id: UUID!) { bid(id: $id) { status replacements commitment revealed { price } } }';

test('an organisation sees what it may bid for, and why not for the rest', async () => {
  const page = await s.newPage(browser, ledger.server);
  await s.signInWithToken(page, ngo);
  await page.getByRole('heading', { name: '可投标的采购项目' }).waitFor();
  const table = page.locator('table.eligible');
  await table.waitFor();
  const yes = await table.locator('tr', { hasText: '福田区老年人助餐服务项目' }).innerText();
  assert.match(yes, /可以投标/);
  assert.match(yes, /¥500,000\.00/);
  const no = await table.locator('tr', { hasText: '福田区第三方评估服务项目' }).innerText();
  assert.match(no, /不能投标/);
  assert.match(no, /RATING/);
  await s.assertAccessible(page, 'the eligible board');
  await s.screenshot(page, 'bids-eligible');
  await page.context().close();
});

test('an organisation submits a sealed bid once, replaces it, withdraws it, and lists its bids', async () => {
  const page = await s.newPage(browser, ledger.server);
  await s.signInWithToken(page, ngo);
  await page.getByRole('link', { name: '福田区老年人助餐服务项目' }).click();
  await page.getByRole('heading', { name: '本组织的投标' }).waitFor();

  // Not an amount: refused at the field, nothing sent.
  await page.getByLabel('投标报价（元）').fill('三万元');
  await page.getByLabel('技术方案').fill('每日中午配送营养午餐，覆盖辖区独居老人');
  await page.getByRole('button', { name: '提交密封投标' }).click();
  await page.locator('#bid-price-error').getByText('例如 30,000.00').waitFor();

  const sent = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && /submitBid/.test(r.postData() ?? '')) sent.push(r);
  });
  await page.getByLabel('投标报价（元）').fill('30,000.00');
  await page.locator('#bid-send').dblclick();
  await page.getByText('投标已密封提交').waitFor();
  assert.equal(sent.length, 1, 'a double click bids once');
  const input = JSON.parse(sent[0].postData()).variables.i;
  assert.equal(input.priceFen, 3_000_000);
  assert.match(input.commandId, /^[0-9a-f-]{36}$/);
  const commitment = await page.locator('#my-bid-commitment').innerText();
  // The public board on the page counts it, as a commitment.
  await page.locator('#sealed-count').getByText('已收到 1 份密封投标。').waitFor();
  assert.match(await page.locator('table.sealed').innerText(), new RegExp(commitment));
  assert.match(commitment, /^[0-9a-f]{64}$/);
  // The page shows the commitment, never the content.
  assert.doesNotMatch(await page.locator('main').innerText(), /¥30,000\.00|3000000|配送营养午餐/);
  const mine = await s.gql(ledger.server, ngo, 'query { myBids { nodes { id procurementId } } }');
  assert.equal(mine.myBids.nodes.length, 1);
  const bidId = mine.myBids.nodes[0].id;
  assert.equal(mine.myBids.nodes[0].procurementId, open);
  await s.assertAccessible(page, 'a sealed bid');
  await s.screenshot(page, 'bids-sealed');

  await page.getByLabel('投标报价（元）').fill('２８，５００．５０');
  await page.getByLabel('技术方案').fill('每日中午配送营养午餐，另设两个社区助餐点');
  await page.getByRole('button', { name: '修改投标' }).click();
  await page.getByText('投标已修改，承诺值已更新。').waitFor();
  await page.locator('#my-bid-commitment').filter({ hasNotText: commitment }).waitFor();
  const replaced = await s.gql(ledger.server, ngo, BID, { id: bidId });
  assert.equal(replaced.bid.replacements, 1);
  assert.notEqual(replaced.bid.commitment, commitment);
  assert.equal(replaced.bid.revealed, null);

  // Someone else (another clerk of the organisation) replaces it meanwhile: this page is stale.
  await s.gql(ledger.server, ngo, 'mutation($i: ReplaceBidInput!) { replaceBid(input: $i) { version } }', {
    i: { bidId, priceFen: 2_800_000, technicalProposal: '另一位同事的修改', documents: [] },
  });
  await page.getByRole('button', { name: '撤回投标' }).click();
  const stale = page.locator('#withdraw-error');
  await stale.getByText('该记录已被他人修改，请重新加载后再操作。').waitFor();
  await stale.getByRole('button', { name: '重新加载' }).click();
  await page.locator('#my-bid-commitment').waitFor();
  await page.getByRole('button', { name: '撤回投标' }).click();
  await page.getByText('投标已撤回').waitFor();
  await page.locator('#sealed-count').getByText('已收到 0 份密封投标。').waitFor();
  assert.equal((await s.gql(ledger.server, ngo, BID, { id: bidId })).bid.status, 'WITHDRAWN');
  // It may bid again.
  await page.getByRole('button', { name: '提交密封投标' }).waitFor();

  await page.getByRole('link', { name: '我的投标' }).click();
  const rows = page.locator('table.my-bids tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 1);
  assert.match(await rows.first().innerText(), /已撤回/);
  await rows.first().getByRole('link', { name: '福田区老年人助餐服务项目' }).waitFor();
  await s.assertAccessible(page, 'my bids');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'My bids' }).waitFor();
  assert.match(await rows.first().innerText(), /Withdrawn/);
  await page.context().close();
});

test('an organisation bids with its documents: each named by the SHA-256 the browser computes, the file itself never sent', async () => {
  const { createHash } = await import('node:crypto');
  const plan = Buffer.from('福田区老年人助餐服务方案：每日中午配送营养午餐（机密正文）');
  const team = Buffer.from('项目团队：社工三名、营养师一名');
  const page = await s.newPage(browser, ledger.server);
  await s.signInWithToken(page, ngoToken(ledger.dir, ledger.b));
  await page.goto('/app/procurements/' + open);
  await page.getByRole('heading', { name: '本组织的投标' }).waitFor();
  await page.getByLabel('投标报价（元）').fill('29,000.00');
  await page.getByLabel('技术方案').fill('每日中午配送营养午餐');
  await page.getByLabel('投标文件（附件）').setInputFiles([
    { name: '服务方案.pdf', mimeType: 'application/pdf', buffer: plan },
    { name: '团队.pdf', mimeType: 'application/pdf', buffer: team },
  ]);
  const list = page.locator('#bid-document-list li');
  await list.nth(1).waitFor();
  // Picked again: listed once; removed: gone.
  await page.getByLabel('投标文件（附件）').setInputFiles([{ name: '团队.pdf', mimeType: 'application/pdf', buffer: team }]);
  await page.getByRole('button', { name: '删除附件 团队.pdf' }).waitFor();
  assert.equal(await list.count(), 2);
  await page.getByRole('button', { name: '删除附件 团队.pdf' }).click();
  assert.equal(await list.count(), 1);
  const digest = createHash('sha256').update(plan).digest('hex');
  assert.match(await list.first().innerText(), new RegExp(`服务方案\\.pdf\\s+${digest}`));
  await s.assertAccessible(page, 'a bid with its documents');
  await s.screenshot(page, 'bids-documents');

  const sent = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && /submitBid/.test(r.postData() ?? '')) sent.push(r);
  });
  await page.locator('#bid-send').click();
  await page.getByText('投标已密封提交').waitFor();
  const body = sent[0].postData();
  assert.deepEqual(JSON.parse(body).variables.i.documents, [{ name: '服务方案.pdf', sha256: digest }]);
  assert.doesNotMatch(body, /机密正文/, 'the file stays in the browser');
  await page.context().close();
});
