// The evaluator's journey, end to end: an expert signs in with its token, finds the committee it
// was drawn for, and declares a relation to a bidder (回避) — a page it left open is then refused
// with EVAL-RECUSAL; another expert is refused at the field for points above the criterion's
// maximum, submits its sheet, sees the other members' scores hidden until every sheet is in,
// then the conclusion. The procurement, bids, pool and committee are made through the API, the
// ledger moved a month back so that the opening has come. Chromium against the real binary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as s from './support.mjs';
import { futianLedger, ngoToken, published, bid, registered, expertPool, evaluatorToken } from './procurement-support.mjs';
import { toHundredths } from '../src/committee.js';

const TITLE = '福田区长者饭堂运营服务项目';
const MEMBERS = 'query($id: UUID!) { committee(id: $id) { members { memberId name role sitting submitted } } }';
const SHEET = 'mutation($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }';

let browser;
let ledger;
let server;
let procurementId;
let committeeId;
let validBids;
const dirs = [];

before(async () => {
  ledger = await futianLedger();
  server = ledger.server;
  dirs.push(ledger.dir);
  procurementId = await published(server, ledger.purchaser, TITLE);
  const third = await registered(server, ledger.registrar, '福田区松柏社区服务中心', 43);
  // An open tender needs three valid bids at the opening (BID-MIN-BIDDERS).
  for (const [org, fen, text] of [[ledger.a, 43_721_987, '紫藤助餐方案'], [ledger.b, 41_000_000, '青竹助餐方案'], [third, 45_000_000, '松柏助餐方案']]) {
    await bid(server, ngoToken(ledger.dir, org), procurementId, fen, text);
  }
  // A month later: bidding has closed and the opening has come.
  await server.stop();
  const later = s.backdated(ledger.dir, 30);
  dirs.push(later);
  server = await s.startServer(later);
  await s.gql(server, ledger.purchaser, 'mutation($id: UUID!) { openBids(input: {procurementId: $id}) { version } }', { id: procurementId });
  // Seven in the pool for five seats: a recused expert has someone to take its seat.
  await expertPool(server, s.token(later, 'admin', 'admin'), 7);
  const c = await s.gql(server, ledger.purchaser, 'mutation($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { committeeId } }', {
    i: { procurementId, experts: 5 },
  });
  committeeId = c.constituteCommittee.committeeId;
  const opened = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { procurement(id: $id) { openedBids { bidId valid } } }', { id: procurementId });
  validBids = opened.procurement.openedBids.filter((b) => b.valid).map((b) => b.bidId);
  assert.equal(validBids.length, 3);
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  s.cleanup(...dirs);
});

async function sitting() {
  const d = await s.gql(server, ledger.purchaser, MEMBERS, { id: committeeId });
  return d.committee.members.filter((m) => m.sitting);
}

function sheetOf(memberId, plan) {
  return { committeeId, memberId, scores: validBids.map((bidId) => ({ bidId, criteria: [{ key: 'plan', pointsHundredths: plan }, { key: 'team', pointsHundredths: 2_500 }] })) };
}

/** Fills every field of the sheet on `page` with `plan` and `team` points as typed. */
async function fillSheet(page, plan, team) {
  for (let i = 0; i < 3; i++) {
    await page.locator(`#score-${i}-plan`).fill(plan);
    await page.locator(`#score-${i}-team`).fill(team);
  }
}

test('points typed as a clerk types them are read as integer hundredths', () => {
  assert.equal(toHundredths('38'), 3_800);
  assert.equal(toHundredths('37.5'), 3_750);
  assert.equal(toHundredths('３７．２５'), 3_725);
  assert.equal(toHundredths('0.07'), 7);
  for (const wrong of ['', '三十', '1.234', '-5', '1e2', '.5']) assert.equal(toHundredths(wrong), null, wrong);
});

test('an expert declares a relation and steps down; the page it left open is refused with EVAL-RECUSAL', async () => {
  const [first] = (await sitting()).filter((m) => m.role === 'EXPERT');
  const token = evaluatorToken(server.dir, first.memberId);

  // A page opened before the declaration, left with its sheet half done.
  const stale = await s.newPage(browser, server);
  await s.signInWithToken(stale, token);
  await stale.getByRole('link', { name: TITLE }).click();
  await stale.locator('#submit-sheet').waitFor();

  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, token);
  await page.getByRole('heading', { name: '我参加的评审委员会' }).waitFor();
  // The procurement's title arrives after the list: the row names it once it has.
  await page.getByRole('link', { name: TITLE }).waitFor();
  const row = await page.locator('table.my-committees tbody tr').innerText();
  assert.match(row, new RegExp(TITLE + '\\s+评审中\\s+待评分\\s+0 / 5'));
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { name: '我的评分表' }).waitFor();
  // The opened bids to score, by name and price.
  const sheet = await page.locator('table.sheet tbody').innerText();
  assert.match(sheet, /福田区紫藤长者服务中心\s+¥437,219\.87/);
  assert.match(sheet, /福田区青竹社工服务中心\s+¥410,000\.00/);
  await s.assertAccessible(page, 'the committee before scoring');

  await page.getByLabel('有关系的投标人').selectOption({ label: '福田区青竹社工服务中心' });
  await page.getByLabel('关系类型').selectOption('RELATIVE');
  await page.getByLabel('说明').fill('本人配偶的弟弟任该中心理事');
  await page.locator('#declare-relation').click();
  await page.getByText('已申报回避，您不再参加本次评审。').waitFor();
  await page.locator('#recused').waitFor();
  assert.match(await page.locator('ul.reasons').innerText(), /福田区青竹社工服务中心 — 近亲属：本人配偶的弟弟任该中心理事/);
  assert.equal(await page.locator('#submit-sheet').count(), 0, 'a recused expert has no sheet to submit');
  const now = await sitting();
  assert.ok(!now.some((m) => m.memberId === first.memberId), 'the declaring expert no longer sits');
  assert.equal(now.length, 5, 'the next expert of the draw took the seat');
  await s.assertAccessible(page, 'a recused expert');
  await s.screenshot(page, 'committee-recused');

  await fillSheet(stale, '30', '20');
  await stale.locator('#submit-sheet').click();
  const refusal = stale.locator('#submit-sheet-error');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /EVAL-RECUSAL/);
  await page.context().close();
  await stale.context().close();
});

test('an expert is refused at the field, submits its sheet, sees the others hidden until all are in, then the conclusion', async () => {
  const members = await sitting();
  const [me, early, ...rest] = members.filter((m) => m.role === 'EXPERT');
  // One colleague is already in: its sheet is locked, and still hidden from this expert.
  await s.gql(server, evaluatorToken(server.dir, early.memberId), SHEET, { i: sheetOf(early.memberId, 3_100) });

  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, evaluatorToken(server.dir, me.memberId));
  await page.getByRole('link', { name: TITLE }).click();
  await page.locator('#submit-sheet').waitFor();
  assert.match(await page.locator('#sheets-in').innerText(), /^1 \/ 5$/);
  const earlyRow = await page.locator('table.members tr', { hasText: early.name }).innerText();
  assert.match(earlyRow, /评分表已提交/);
  assert.match(earlyRow, /未公开/);
  assert.doesNotMatch(earlyRow, /31\.00/);
  await page.locator('#sheets-hidden').waitFor();

  // Words are refused at their field before anything is sent.
  await fillSheet(page, '35', '25');
  await page.locator('#score-2-team').fill('二十');
  await page.locator('#submit-sheet').click();
  await page.locator('#score-2-team-error').getByText('请填 0 到 30 之间的分数').waitFor();
  assert.equal(await page.locator('#score-2-team').getAttribute('aria-invalid'), 'true');

  // Above the criterion's maximum: the ledger's refusal, next to that bid's field.
  await page.locator('#score-2-team').fill('25');
  await page.locator('#score-1-plan').fill('45');
  await page.locator('#submit-sheet').click();
  const above = page.locator('#score-1-plan-error');
  await above.waitFor();
  assert.match(await above.innerText(), /服务方案.*40/);
  await s.assertAccessible(page, 'a sheet with a refusal');
  await s.screenshot(page, 'committee-sheet');

  await page.locator('#score-1-plan').fill('37.5');
  await page.locator('#submit-sheet').dblclick();
  await page.getByText('评分表已提交并锁定。').waitFor();
  assert.match(await page.locator('#sheets-in').innerText(), /^2 \/ 5$/);
  const mine = await s.gql(server, ledger.purchaser, MEMBERS, { id: committeeId });
  assert.ok(mine.committee.members.find((m) => m.memberId === me.memberId).submitted);
  // Its own sheet it sees; the colleague's stays hidden while three are still out.
  assert.match(await page.locator('table.members tr', { hasText: early.name }).innerText(), /未公开/);
  assert.match(await page.locator('table.members tr.me').innerText(), /37\.50/);

  for (const m of rest.concat(members.filter((x) => x.role !== 'EXPERT'))) {
    await s.gql(server, evaluatorToken(server.dir, m.memberId), SHEET, { i: sheetOf(m.memberId, 3_300) });
  }
  await page.reload();
  await page.locator('table.members').waitFor();
  assert.equal(await page.locator('#sheets-hidden').count(), 0);
  assert.match(await page.locator('table.members tr', { hasText: early.name }).innerText(), /31\.00/);

  await s.gql(server, ledger.purchaser, 'mutation($id: UUID!) { concludeEvaluation(input: {committeeId: $id}) { status } }', { id: committeeId });
  await page.reload();
  await page.getByRole('heading', { name: '评审结论' }).waitFor();
  assert.match(await page.locator('#committee-status').innerText(), /评审已结束/);
  const ranking = await page.locator('#conclusion li').allInnerTexts();
  assert.equal(ranking.length, 3);
  // The sheets differ by half a point at most between bids: the lowest price, 青竹's, ranks first.
  assert.match(ranking[0], /^福田区青竹社工服务中心 · ¥410,000\.00 · 总分/);
  await s.assertAccessible(page, 'the conclusion');
  await s.screenshot(page, 'committee-conclusion');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Conclusion' }).waitFor();
  assert.match(await page.locator('#committee-status').innerText(), /^Concluded$/);
  await s.assertAccessible(page, 'the conclusion in English');
  await page.context().close();
});
