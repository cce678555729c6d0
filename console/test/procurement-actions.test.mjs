// The procurement actions beyond the straight path, in the browser: a bidder challenges the
// award (质疑) and the purchaser records the complaint (投诉) that followed; the awardee
// declines and the award passes down the ranking (AWARD-RANK, the ledger's candidate); a
// published notice is amended (更正公告) and then cancelled (终止), each with its reason. Every
// refusal shows at the field it names, with its rule. Chromium against the real binary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as s from './support.mjs';

import { BID_DOCUMENT, awardedLedger, ngoToken, published } from './procurement-support.mjs';

let browser;
let ledger;
let server;
let ranking;
const dirs = [];

const RANKING = `query($id: UUID!) { procurement(id: $id) { status version candidateBidId excluded { bidId why reason }
  report { ranking { rank bidId organisationId } } award { bidId } challenges { challengeId grounds complaints } } }`;

/** An instant as the amendment form shows it: China time, `YYYY-MM-DDTHH:MM`. */
const chinaLocal = (instant) => new Date(Date.parse(instant) + 8 * 3600e3).toISOString().slice(0, 16);

before(async () => {
  ledger = await awardedLedger('福田区社区心理服务项目');
  server = ledger.server;
  dirs.push(...ledger.dirs);
  ranking = (await s.gql(server, ledger.purchaser, RANKING, { id: ledger.procurementId })).procurement.report.ranking;
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  s.cleanup(...dirs);
});

test("after the opening anyone reads the digests of the documents a bid named", async () => {
  const page = await s.newPage(browser, server);
  await page.goto('/app/procurements/' + ledger.procurementId);
  const opened = page.locator('table.opened');
  await opened.waitFor();
  const row = opened.locator('tbody tr').filter({ hasText: BID_DOCUMENT.name });
  assert.equal(await row.count(), 1, await opened.innerText());
  assert.match(await row.innerText(), new RegExp(`${BID_DOCUMENT.name.replace('.', '\\.')}\\s+${BID_DOCUMENT.sha256}`));
  await s.assertAccessible(page, 'the opening with a bid document');
  await page.context().close();
});

test('a bidder challenges the award from its page; grounds left out are refused at the field', async () => {
  const runnerUp = ranking[1].organisationId;
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ngoToken(server.dir, runnerUp));
  await page.goto('/app/procurements/' + ledger.procurementId);
  await page.getByRole('heading', { name: '提出质疑' }).waitFor();
  await page.locator('#challenge-submit').click();
  const none = page.locator('#challenge-reason-error');
  await none.waitFor();
  assert.equal(await page.getByLabel('质疑事项及理由').getAttribute('aria-invalid'), 'true');
  await page.getByLabel('质疑事项及理由').fill('中标人的服务方案得分与评分办法不符');
  await page.locator('#challenge-submit').dblclick();
  await page.getByText('质疑已提出。').waitFor();
  await page.locator('section[aria-labelledby="challenges-heading"]').getByText(/中标人的服务方案得分与评分办法不符/).waitFor();
  const { procurement } = await s.gql(server, ledger.purchaser, RANKING, { id: ledger.procurementId });
  assert.equal(procurement.challenges.length, 1, 'a double click files one challenge');
  await s.assertAccessible(page, "the bidder's challenge");
  await page.context().close();

  // The awardee is offered no challenge of its own award.
  const winner = await s.newPage(browser, server);
  await s.signInWithToken(winner, ngoToken(server.dir, ledger.winner));
  await winner.goto('/app/procurements/' + ledger.procurementId);
  await winner.getByRole('heading', { name: '本组织的投标' }).waitFor();
  assert.equal(await winner.locator('#challenge').count(), 0);
  await winner.context().close();
});

test('the purchaser records the complaint that followed the challenge; the same reference twice is refused at it', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/procurements/' + ledger.procurementId);
  await page.getByRole('heading', { name: '投诉', exact: true }).waitFor();
  const reference = page.getByLabel('投诉编号（财政部门受理）');
  await reference.fill('  深福财采投〔2026〕3号 ');
  await page.getByRole('button', { name: '记录投诉' }).click();
  await page.getByText('投诉已记录。').waitFor();
  await page.locator('section[aria-labelledby="challenges-heading"]').getByText('投诉：深福财采投〔2026〕3号').waitFor();

  await page.getByLabel('投诉编号（财政部门受理）').fill('深福财采投〔2026〕3号');
  await page.getByRole('button', { name: '记录投诉' }).click();
  const twice = page.locator('[id$="-reference-error"]');
  await twice.waitFor();
  assert.equal(await page.getByLabel('投诉编号（财政部门受理）').getAttribute('aria-invalid'), 'true');
  const { procurement } = await s.gql(server, ledger.purchaser, RANKING, { id: ledger.procurementId });
  assert.deepEqual(procurement.challenges[0].complaints, ['深福财采投〔2026〕3号']);
  await s.assertAccessible(page, 'the complaint refused');
  await page.context().close();
});

test('the awardee declines: a bid that is not the candidate is refused with AWARD-RANK, the award passes to the next in rank', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/procurements/' + ledger.procurementId);
  await page.getByRole('heading', { name: '中标候选人放弃中标或被取消资格' }).waitFor();
  assert.equal(await page.getByLabel('排名投标').inputValue(), ranking[0].bidId, 'the candidate is offered first');

  // The third in rank cannot decline an award it does not hold.
  await page.getByLabel('排名投标').selectOption(ranking[2].bidId);
  await page.getByLabel('投标人放弃中标').check();
  await page.locator('#exclude-reason').fill('投标人书面声明放弃');
  await page.locator('#exclude-submit').click();
  const rank = page.locator('#exclude-bid-error');
  await rank.waitFor();
  assert.match(await rank.innerText(), /AWARD-RANK/);
  assert.match(await rank.innerText(), /按排名确定中标人/);
  assert.equal(await page.getByLabel('排名投标').getAttribute('aria-invalid'), 'true');

  // The candidate, with no reason: refused at the reason.
  await page.getByLabel('排名投标').selectOption(ranking[0].bidId);
  await page.locator('#exclude-reason').fill('');
  await page.locator('#exclude-submit').click();
  await page.locator('#exclude-reason-error').waitFor();
  await s.screenshot(page, 'procurement-exclude');

  await page.locator('#exclude-reason').fill('中标人书面声明放弃中标');
  await page.locator('#exclude-submit').dblclick();
  await page.getByText('已记录放弃中标。').waitFor();
  const first = page.locator('ol.ranking li').first();
  await first.getByText('已放弃中标').waitFor();
  assert.match(await first.innerText(), /已放弃中标：中标人书面声明放弃中标/);
  const { procurement } = await s.gql(server, ledger.purchaser, RANKING, { id: ledger.procurementId });
  assert.equal(procurement.status, 'EVALUATED');
  assert.equal(procurement.award, null);
  assert.deepEqual(procurement.excluded, [{ bidId: ranking[0].bidId, why: 'DECLINED', reason: '中标人书面声明放弃中标' }]);
  assert.equal(procurement.candidateBidId, ranking[1].bidId, 'the next in rank stands for the award');
  await s.eventually(() => page.getByLabel('排名投标').inputValue(), ranking[1].bidId);
  await s.assertAccessible(page, 'the ranking after a decline');
  await page.context().close();
});

test('a published notice is amended (the deadline only later) and then cancelled, each with its reason', async () => {
  const id = await published(server, ledger.purchaser, '福田区社区心理服务项目（二期）');
  const { procurement } = await s.gql(server, ledger.purchaser, 'query($id: UUID!) { procurement(id: $id) { bidDeadline openingAt } }', { id });
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/procurements/' + id);
  await page.getByRole('heading', { name: '发布更正公告' }).waitFor();
  assert.equal(await page.locator('#amend-deadline').inputValue(), chinaLocal(procurement.bidDeadline));

  // No reason: at the reason.
  await page.locator('#amend-submit').click();
  await page.locator('#amend-reason-error').waitFor();
  assert.equal(await page.locator('#amend-reason').getAttribute('aria-invalid'), 'true');

  // An earlier deadline: refused at the deadline with PROC-PERIOD.
  const earlier = chinaLocal(new Date(Date.parse(procurement.bidDeadline) - 86400e3).toISOString());
  await page.locator('#amend-deadline').fill(earlier);
  await page.locator('#amend-reason').fill('延长投标时间');
  await page.locator('#amend-submit').click();
  const period = page.locator('#amend-deadline-error');
  await period.waitFor();
  assert.match(await period.innerText(), /PROC-PERIOD/);
  assert.match(await period.innerText(), /等标期/);
  await s.assertAccessible(page, 'the amendment refused');
  await s.screenshot(page, 'procurement-amend');

  // Two days later, the opening an hour after it.
  const laterDeadline = new Date(Date.parse(procurement.bidDeadline) + 2 * 86400e3);
  await page.locator('#amend-deadline').fill(chinaLocal(laterDeadline.toISOString()));
  await page.locator('#amend-opening').fill(chinaLocal(new Date(laterDeadline.getTime() + 3600e3).toISOString()));
  await page.locator('#amend-submit').dblclick();
  await page.getByText('更正公告已发布。').waitFor();
  const amended = (await s.gql(server, ledger.purchaser, 'query($id: UUID!) { procurement(id: $id) { amendments bidDeadline } }', { id })).procurement;
  assert.equal(amended.amendments, 1, 'a double click amends once');
  assert.equal(Date.parse(amended.bidDeadline), Math.floor(laterDeadline.getTime() / 60e3) * 60e3);
  await s.eventually(() => page.locator('#amend-deadline').inputValue(), chinaLocal(amended.bidDeadline));

  // Cancelled: no reason refused at it, then with one; the notice says why.
  await page.locator('#cancel-submit').click();
  await page.locator('#cancel-reason-error').waitFor();
  await page.locator('#cancel-reason').fill('预算调整，本项目暂停采购');
  await page.locator('#cancel-submit').click();
  await page.getByText('采购已终止。').waitFor();
  await page.getByText(/采购已结束：预算调整，本项目暂停采购/).waitFor();
  assert.equal(await page.locator('#amend-submit').count(), 0);
  assert.equal(await page.locator('#cancel-submit').count(), 0);
  await s.assertAccessible(page, 'a cancelled procurement');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByText(/The procurement ended: /).waitFor();
  await page.context().close();
});
