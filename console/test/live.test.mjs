// Live updates over the WebSocket (graphql-transport-ws): a purchaser keeps a
// procurement's page open while organisations bid over the API; the sealed board's count and
// commitments change in place (procurementBids), without a reload, in the language chosen, and
// signing out ends the socket opened with the token; the public board shows a procurement
// published while it is open (procurementBoard). Chromium against the real binary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as s from './support.mjs';

import { J, futianLedger, ngoToken, published, bid } from './procurement-support.mjs';

let browser;
let ledger;

before(async () => {
  ledger = await futianLedger();
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await ledger?.server.stop();
  s.cleanup(ledger?.dir);
});

const REPLACE = 'mutation($i: ReplaceBidInput!) { replaceBid(input: $i) { commitment } }';
const WITHDRAW = 'mutation($i: WithdrawBidInput!) { withdrawBid(input: $i) { status } }';

/** The commitments the page's sealed-bid table shows, in its order. */
async function shownCommitments(page) {
  return page.locator('table.sealed tbody code.hash').allInnerTexts();
}

test('a purchaser watches sealed bids arrive, change and go without reloading the page', async () => {
  const { server, purchaser, dir } = ledger;
  const id = await published(server, purchaser, '福田区社区助餐服务项目');
  const page = await s.newPage(browser, server);
  // What the console says when it opens a socket: connection_init's payload.
  const sockets = [];
  page.on('websocket', (ws) => {
    const socket = { ws, init: null };
    sockets.push(socket);
    ws.on('framesent', (frame) => {
      const message = JSON.parse(frame.payload);
      if (message.type === 'connection_init') socket.init = message.payload;
    });
  });
  await s.signInWithToken(page, purchaser);
  await page.goto('/app/procurements/' + id);
  const count = page.locator('#sealed-count');
  await count.getByText('已收到 0 份密封投标。').waitFor();
  assert.equal(await count.getAttribute('role'), 'status', 'the count is announced politely when it changes');
  await page.getByText('本列表实时更新，无需刷新页面。').waitFor();
  // Set on this document: a reload would lose it.
  await page.evaluate(() => {
    window.liveMarker = 'still here';
  });
  await s.eventually(() => sockets.filter((x) => x.init).length, 1);
  assert.equal(sockets[0].init.Authorization, 'Bearer ' + purchaser);
  assert.match(sockets[0].init['Accept-Language'], /^zh-CN/);

  const ngoA = ngoToken(dir, ledger.a);
  const ngoB = ngoToken(dir, ledger.b);
  const first = await bid(server, ngoA, id, 43_000_000, '紫藤助餐方案');
  await count.getByText('已收到 1 份密封投标。').waitFor();
  await s.eventually(() => shownCommitments(page), [first.commitment]);
  const main = await page.locator('main').innerText();
  for (const secret of ['紫藤助餐方案', '430,000.00', '福田区紫藤长者服务中心']) {
    assert.ok(!main.includes(secret), `${secret} shows before the opening`);
  }

  const second = await bid(server, ngoB, id, 41_000_000, '青竹助餐方案');
  await count.getByText('已收到 2 份密封投标。').waitFor();
  await s.eventually(() => shownCommitments(page), [first.commitment, second.commitment]);
  await s.assertAccessible(page, 'sealed bids updated live');

  // A replaced bid shows its new commitment in its place; a withdrawn one goes.
  const replaced = (await s.gql(server, ngoA, REPLACE, { i: { bidId: first.id, priceFen: 42_000_000, technicalProposal: '紫藤助餐方案（修订）', documents: [] } })).replaceBid;
  assert.notEqual(replaced.commitment, first.commitment);
  await s.eventually(() => shownCommitments(page), [replaced.commitment, second.commitment]);
  await s.gql(server, ngoB, WITHDRAW, { i: { bidId: second.id } });
  await count.getByText('已收到 1 份密封投标。').waitFor();
  await s.eventually(() => shownCommitments(page), [replaced.commitment]);
  assert.equal(await page.evaluate(() => window.liveMarker), 'still here', 'the page was not reloaded');

  // In English the socket is opened again in English, and the board still follows.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Sealed bids' }).waitFor();
  await s.eventually(() => sockets.filter((x) => x.init).length, 2);
  assert.match(sockets[1].init['Accept-Language'], /^en/);
  const again = await bid(server, ngoB, id, 40_500_000, '青竹助餐方案二');
  await count.getByText('2 sealed bids received.').waitFor();
  await s.eventually(() => shownCommitments(page), [replaced.commitment, again.commitment]);
  assert.ok(sockets[0].ws.isClosed(), 'the Chinese socket was closed');

  // Signing out closes the socket that carried the token; the public page follows on without.
  await page.locator('#sign-out').click();
  await s.eventually(() => sockets[1].ws.isClosed(), true);
  await s.eventually(() => sockets.filter((x) => x.init).length, 3);
  assert.equal(sockets[2].init.Authorization, undefined);
  await s.gql(server, ngoA, WITHDRAW, { i: { bidId: first.id } });
  await count.getByText('1 sealed bids received.').waitFor();
  await s.eventually(() => shownCommitments(page), [again.commitment]);
  assert.equal(await page.evaluate(() => window.liveMarker), 'still here', 'the page was not reloaded');
  await page.context().close();
});

test('the public board shows a procurement published while it is open, without a reload', async () => {
  const { server, purchaser } = ledger;
  const page = await s.newPage(browser, server);
  // The board's subscription sends nothing until a change: wait until it has been asked for.
  const subscribed = new Promise((resolve) => {
    page.on('websocket', (ws) => ws.on('framesent', (f) => JSON.parse(f.payload).type === 'subscribe' && resolve()));
  });
  await page.goto('/app/procurements?jurisdiction=' + J);
  const board = page.locator('table.board');
  await board.waitFor();
  const before = await board.locator('tbody tr').count();
  await page.evaluate(() => {
    window.liveMarker = 'still here';
  });
  await subscribed;
  await new Promise((r) => setTimeout(r, 300));
  await published(server, purchaser, '福田区长者助浴服务项目');
  await page.getByRole('link', { name: '福田区长者助浴服务项目' }).waitFor();
  assert.equal(await board.locator('tbody tr').count(), before + 1);
  assert.equal(await page.evaluate(() => window.liveMarker), 'still here', 'the page was not reloaded');
  await s.assertAccessible(page, 'the public board updated live');
  await page.context().close();
});
