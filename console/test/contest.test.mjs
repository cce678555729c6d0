// A public-welfare project contest through the console, from its call to its grants (issue 15):
// the bureau opens the call with the pool in yuan as typed and China-time windows; two
// organisations registered over a year submit their projects, a newcomer is told why it may not
// enter and is refused with BID-ELIGIBLE when it tries; the jury is drawn, a juror scores in the
// committee screen, the bureau concludes, records the review, the public jury's scores, pledges
// and the ranking; after the pledge window a late pledge is refused with CONTEST-WINDOW, the
// matching is computed, the grants awarded and a grant's contract signed; the public page shows
// the ranking and the money, spent included; a page left open is told to reload (CONFLICT); an
// organisation withdraws a project with its reason and the bureau cancels a call. The ledger is
// moved back (as tests/blackbox/backdate.rs does) for a year of registration and for each window
// to pass. Chromium against the real binary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as s from './support.mjs';
import { J, registered, ngoToken, purchaserToken, expertPool, evaluatorToken } from './procurement-support.mjs';
import { chinaLocal } from '../src/procurement.js';

const TITLE = '2026年福田区公益项目大赛';
const ELDERS = '长者助餐';
const KIDS = '四点半课堂';

let browser;
let server;
let dir;
let orgs;
let newcomer;
let bureau;
let contestId;
const dirs = [];

/** Moves the ledger `days` back and serves the copy: that much time has passed. */
async function later(days) {
  await server.stop();
  dir = s.backdated(dir, days);
  dirs.push(dir);
  server = await s.startServer(dir);
}

before(async () => {
  dir = s.freshDir();
  dirs.push(dir);
  server = await s.startServer(dir);
  const registrar = s.token(dir, 'registrar', 'li.na', J);
  orgs = [await registered(server, registrar, '福田区银杏社工服务中心', 61), await registered(server, registrar, '福田区枫叶社工服务中心', 62)];
  await expertPool(server, s.token(dir, 'admin', 'admin'), 6);
  // A contest takes organisations registered a year or more: these two were, 400 days ago.
  await later(400);
  newcomer = await registered(server, s.token(dir, 'registrar', 'li.na', J), '福田区新芽社工服务中心', 63);
  bureau = purchaserToken(dir, randomUUID());
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  s.cleanup(...dirs);
});

async function signedIn(tokenValue) {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, tokenValue);
  return page;
}

async function contestPage(tokenValue) {
  const page = tokenValue ? await signedIn(tokenValue) : await s.newPage(browser, server);
  await page.goto('/app/contests/' + contestId);
  await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
  return page;
}

/** China time, as a `datetime-local` input takes it, `hours` from now. */
const chinaIn = (hours) => chinaLocal(new Date(Date.now() + hours * 3600e3).toISOString());

test('the bureau opens a call: the pool as typed, China-time windows, a refusal at its field', async () => {
  const page = await signedIn(bureau);
  await page.getByRole('link', { name: '公益项目大赛', exact: true }).click();
  await page.getByRole('heading', { name: '公益项目大赛', exact: true }).waitFor();
  await page.getByRole('link', { name: '发布大赛公告' }).click();
  await page.getByRole('heading', { name: '发布大赛公告' }).waitFor();
  await page.getByLabel('主办单位').fill('深圳市福田区民政局');
  await page.getByLabel('大赛名称').fill(TITLE);
  await page.getByLabel('配捐池').fill('１５０，０００');
  await page.getByLabel('配捐比例（%）').fill('100');
  await page.getByLabel('每个项目配捐上限（元）').fill('100,000');
  await page.getByLabel('加分主题').fill('一老一小');
  await page.getByLabel('入围项目数').fill('0');
  await page.getByLabel('项目征集开始').fill(chinaIn(-1));
  // Submissions close in half a day, pledges half a day after the next: each window passes
  // when the ledger is moved a day back.
  await page.getByLabel('项目征集截止').fill(chinaIn(12));
  await page.getByLabel('认捐开始').fill(chinaIn(12));
  await page.getByLabel('认捐截止').fill(chinaIn(36));
  // The ledger's refusal at the field it names, with its rule.
  await page.locator('#call-submit').click();
  const refusal = page.locator('#call-shortlistSize-error');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /入围项目数应为1至500个[\s\S]*CONTEST-CALL/);
  assert.equal(await page.locator('#call-shortlistSize').getAttribute('aria-invalid'), 'true');
  await s.assertAccessible(page, 'the call form with a refusal');

  await page.getByLabel('入围项目数').fill('2');
  await page.locator('#call-submit').dblclick();
  await page.getByText('大赛公告已发布。').waitFor();
  contestId = new URL(page.url()).pathname.split('/').pop();
  assert.match(await page.locator('#contest-pool').innerText(), /^¥150,000\.00$/);
  assert.match(await page.locator('#contest-policy').innerText(), /筹得善款的 100%，每个项目不超过 ¥100,000\.00/);
  // The close typed in China time reads back in China time, though the browser is in Los Angeles.
  const close = chinaIn(12).replace('T', ' ').replace(/-/g, '/');
  assert.ok((await page.locator('#contest-submissions-window').innerText()).includes(close));
  const list = await s.gql(server, bureau, 'query { contests { totalCount } }', {});
  assert.equal(list.contests.totalCount, 1, 'a double click opens one call');
  await s.assertAccessible(page, 'the bureau on its new contest');
  await page.context().close();
});

test('organisations see whether they may enter; a newcomer is refused with BID-ELIGIBLE; two submit', async () => {
  const page = await signedIn(ngoToken(dir, newcomer));
  await page.getByRole('link', { name: '公益项目大赛', exact: true }).click();
  await page.getByRole('heading', { name: '可参加的大赛' }).waitFor();
  const row = page.locator('table.to-enter tbody tr', { hasText: TITLE });
  await row.waitFor();
  assert.match(await row.innerText(), /不能参赛[\s\S]*1[\s\S]*BID-ELIGIBLE/);
  await s.assertAccessible(page, 'a newcomer’s contests');
  await s.screenshot(page, 'contest-enter');
  await page.getByRole('link', { name: TITLE }).first().click();
  await page.getByRole('heading', { name: '提交参赛项目' }).waitFor();
  await page.getByLabel('项目名称').fill('新芽计划');
  await page.getByLabel('项目简介').fill('社区青少年成长陪伴');
  await page.getByLabel('申请资助金额').fill('50000');
  await page.locator('#project-submit').click();
  const refusal = page.locator('#project-error');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /福田区新芽社工服务中心不能参赛[\s\S]*BID-ELIGIBLE/);
  await page.context().close();

  for (const [org, title] of [[orgs[0], ELDERS], [orgs[1], KIDS]]) {
    const ngo = await signedIn(ngoToken(dir, org));
    await ngo.getByRole('link', { name: '公益项目大赛', exact: true }).click();
    const entry = ngo.locator('table.to-enter tbody tr', { hasText: TITLE });
    await entry.waitFor();
    assert.match(await entry.innerText(), /可以参赛/);
    await ngo.getByRole('link', { name: TITLE }).first().click();
    await ngo.getByLabel('项目名称').fill(title);
    await ngo.getByLabel('项目简介').fill('为社区独居长者和放学儿童提供服务');
    await ngo.getByLabel('申请资助金额').fill('¥80,000');
    await ngo.getByLabel('项目主题').fill('一老一小');
    await ngo.locator('#project-submit').dblclick();
    await ngo.getByText('参赛项目已提交。').waitFor();
    assert.match(await ngo.locator('table.submissions').innerText(), new RegExp(title + '[\\s\\S]*¥80,000\\.00[\\s\\S]*已提交'));
    await ngo.getByRole('link', { name: '公益项目大赛', exact: true }).click();
    const mine = ngo.locator('table.my-submissions tbody tr');
    await mine.first().waitFor();
    assert.equal(await mine.count(), 1, 'a double click submits one project');
    assert.match(await mine.innerText(), new RegExp(title + '\\s+已提交'));
    if (org === orgs[0]) await s.assertAccessible(ngo, 'an organisation’s contests');
    await ngo.context().close();
  }
});

const MEMBERS = 'query($id: UUID!) { committee(id: $id) { members { memberId sitting } } }';
const SHEET = 'mutation($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }';

test('after the close the jury is drawn, scores in the committee screen, and the review shortlists', async () => {
  await later(1);
  const page = await contestPage(bureau);
  await page.getByLabel('抽取专家人数').fill('5');
  await page.locator('#jury-constitute').click();
  await page.getByText('评审团已组建，专家已抽取。').waitFor();
  assert.match(await page.locator('#jury-waiting').innerText(), /还有 5 位评审/);

  const juries = await s.gql(server, bureau, 'query($id: UUID!) { contestCommittees(contestId: $id) { committeeId } }', { id: contestId });
  const committeeId = juries.contestCommittees[0].committeeId;
  const members = (await s.gql(server, bureau, MEMBERS, { id: committeeId })).committee.members.filter((m) => m.sitting);
  const [first, ...rest] = members;

  // One juror scores in the committee screen, as a committee's expert scores bids.
  const juror = await signedIn(evaluatorToken(dir, first.memberId));
  await juror.getByRole('link', { name: TITLE }).click();
  await juror.getByRole('heading', { name: '我的评分表' }).waitFor();
  assert.match(await juror.locator('h1').innerText(), new RegExp('评审团：\\s*' + TITLE));
  const sheet = await juror.locator('table.sheet').innerText();
  assert.match(sheet, /申请资助金额/);
  assert.match(sheet, /福田区银杏社工服务中心\s+¥80,000\.00/);
  for (const [i, plan] of [[0, '70'], [1, '60']]) {
    await juror.locator(`#score-${i}-c1`).fill(plan);
    await juror.locator(`#score-${i}-c2`).fill('20');
  }
  await s.assertAccessible(juror, 'a juror’s sheet');
  await juror.locator('#submit-sheet').click();
  await juror.getByText('评分表已提交并锁定。').waitFor();
  await juror.context().close();

  const { contest } = await s.gql(server, bureau, 'query($id: UUID!) { contest(id: $id) { submissions { submissionId } } }', { id: contestId });
  const [a, b] = contest.submissions.map((x) => x.submissionId);
  for (const m of rest) {
    const scores = [
      { bidId: a, criteria: [{ key: 'c1', pointsHundredths: 7_000 }, { key: 'c2', pointsHundredths: 2_000 }] },
      { bidId: b, criteria: [{ key: 'c1', pointsHundredths: 6_000 }, { key: 'c2', pointsHundredths: 2_000 }] },
    ];
    await s.gql(server, evaluatorToken(dir, m.memberId), SHEET, { i: { committeeId, memberId: m.memberId, scores } });
  }
  await page.reload();
  await page.locator('#jury-conclude').click();
  await page.locator('#record-review').click();
  await page.getByText('评审结论已记录，入围项目已确定。').waitFor();
  const shortlist = await page.locator('table.contest-ranking tbody').innerText();
  assert.match(shortlist, new RegExp('1\\s+' + ELDERS + '\\s+福田区银杏社工服务中心\\s+90\\.00'));
  assert.match(shortlist, new RegExp('2\\s+' + KIDS + '\\s+福田区枫叶社工服务中心\\s+80\\.00'));
  await s.assertAccessible(page, 'the bureau after the review');
  await page.context().close();
});

test('pledges, the public jury and the ranking; a page left open is told to reload', async () => {
  // A second clerk's page, opened before the pledges and left open.
  const stale = await contestPage(bureau);
  const page = await contestPage(bureau);
  for (const [title, kind, donor, amount, raised] of [[ELDERS, 'INDIVIDUAL', 'donor-ref-1', '60,000', '¥60,000.00'], [KIDS, 'ENTERPRISE', 'donor-ref-2', '120000.00', '¥120,000.00']]) {
    await page.getByLabel('项目', { exact: true }).selectOption({ label: `${title}（${title === ELDERS ? '福田区银杏社工服务中心' : '福田区枫叶社工服务中心'}）` });
    await page.getByLabel('捐赠人类型').selectOption(kind);
    await page.getByLabel('捐赠人编号（平台）').fill(donor);
    await page.getByLabel('认捐金额').fill(amount);
    await page.locator('#pledge-submit').dblclick();
    // The project's row shows its money once the page has read the contest again.
    await page.locator('table.contest-ranking tbody tr', { hasText: title }).filter({ hasText: raised }).waitFor();
    assert.match(await page.locator('main > .notice').innerText(), /认捐已登记。/);
  }
  const raised = await page.locator('table.contest-ranking tbody').innerText();
  assert.match(raised, /¥60,000\.00\s+1/);
  assert.match(raised, /¥120,000\.00\s+1/);
  await page.getByLabel(`“${ELDERS}”的大众评审得分`).fill('90');
  await page.getByLabel(`“${KIDS}”的大众评审得分`).fill('50');
  await page.locator('#public-submit').click();
  await page.getByText('大众评审得分已登记。').waitFor();
  await page.locator('#rank').click();
  await page.getByText('最终排名已确定。').waitFor();
  // 90 × 0.7 + 90 × 0.3 = 90.00; 80 × 0.7 + 50 × 0.3 = 71.00.
  const ranking = await page.locator('table.contest-ranking tbody').innerText();
  assert.match(ranking, new RegExp('1\\s+' + ELDERS + '[^\\n]*90\\.00\\s+90\\.00\\s+90\\.00'));
  assert.match(ranking, new RegExp('2\\s+' + KIDS + '[^\\n]*80\\.00\\s+50\\.00\\s+71\\.00'));
  await page.context().close();

  // The stale page still offers the public scores: the ledger refuses its version, and the
  // page says to reload, with the button that does.
  await stale.getByLabel(`“${KIDS}”的大众评审得分`).fill('95');
  await stale.locator('#public-submit').click();
  const conflict = stale.locator('#public-error');
  await conflict.waitFor();
  assert.match(await conflict.innerText(), /该记录已被他人修改，请重新加载后再操作。/);
  await conflict.getByRole('button', { name: '重新加载' }).click();
  await stale.getByRole('heading', { name: '最终排名', exact: true }).first().waitFor();
  assert.equal(await stale.locator('#public-submit').count(), 0, 'a ranked contest takes no more public scores');
  await stale.context().close();
});

test('after the pledge window a late pledge is refused with its rule; matching, grants and a grant contract', async () => {
  await later(1);
  const page = await contestPage(bureau);
  await page.getByLabel('捐赠人编号（平台）').fill('donor-ref-3');
  await page.getByLabel('认捐金额').fill('1,000');
  await page.locator('#pledge-submit').click();
  const late = page.locator('#pledge-error');
  await late.waitFor();
  assert.match(await late.innerText(), /CONTEST-WINDOW/);

  await page.locator('#compute-matching').click();
  await page.getByText('配捐已计算。').waitFor();
  // Pool ¥150,000: rank 1 raised ¥60,000, matched in full; rank 2 claims its cap, ¥100,000, and gets the ¥90,000 left.
  const matched = await page.locator('table.contest-ranking tbody').innerText();
  assert.match(matched, /¥60,000\.00\s*足额配捐/);
  assert.match(matched, /¥90,000\.00\s*配捐池余额/);
  // The grants are filled in at the matches; one beyond its match is refused, nothing written.
  assert.equal(await page.getByLabel(`“${KIDS}”的资助金额（配捐 ¥90,000.00）`).inputValue(), '90000.00');
  await page.getByLabel(`“${KIDS}”的资助金额（配捐 ¥90,000.00）`).fill('95,000');
  await page.locator('#grants-submit').click();
  const beyond = page.locator('.grants [role=alert]').first();
  await beyond.waitFor();
  assert.match(await beyond.innerText(), /CONTEST-MATCHING/);
  await page.reload();
  await page.locator('#grants-submit').dblclick();
  await page.getByText('资助已发放。').waitFor();
  assert.match(await page.locator('#contest-granted').innerText(), /^¥150,000\.00$/);

  await page.getByRole('button', { name: `为“${ELDERS}”签订资助合同（¥60,000.00）` }).click();
  await page.getByRole('heading', { name: '签订资助合同' }).waitFor();
  assert.match(await page.locator('#sign-supplier').innerText(), /福田区银杏社工服务中心/);
  assert.match(await page.locator('#sign-amount').innerText(), /¥60,000\.00/);
  await page.locator('#ms-0-title').fill('项目中期验收');
  await page.locator('#ms-1-title').fill('资助拨付');
  await page.locator('#ms-1-amount').fill('60000');
  await s.assertAccessible(page, 'signing a grant contract');
  await page.locator('#sign-submit').click();
  await page.locator('#contract-contest-link').waitFor();
  const contractId = new URL(page.url()).pathname.split('/').pop();
  assert.match(await page.locator('#contract-amount').innerText(), /¥60,000\.00/);
  await s.assertAccessible(page, 'a grant’s contract');
  await page.context().close();

  // The bureau accepts the delivery and pays (the contract screens, tested in contract.test.mjs).
  await s.gql(server, bureau, 'mutation($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }', {
    i: { contractId, milestoneId: 'D1', passed: true, recipientsParticipating: 20, recipientsNote: '长者代表', report: '中期目标达成' },
  });
  await s.gql(server, bureau, 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }', {
    i: { contractId, milestoneId: 'P1', amountFen: 2_500_000, reference: '国库集中支付凭证 2026-301' },
  });
});

test('the public reads the ranking and the money: raised, matched, granted and spent', async () => {
  const page = await contestPage(null);
  const rows = page.locator('table.contest-ranking tbody tr');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).innerText(), new RegExp(`1\\s+${ELDERS}\\s+福田区银杏社工服务中心\\s+90\\.00\\s+90\\.00\\s+90\\.00\\s+¥60,000\\.00\\s+1\\s+¥60,000\\.00\\s*足额配捐\\s+¥60,000\\.00\\s+¥25,000\\.00`));
  assert.match(await rows.nth(1).innerText(), new RegExp(`2\\s+${KIDS}\\s+福田区枫叶社工服务中心\\s+80\\.00\\s+50\\.00\\s+71\\.00\\s+¥120,000\\.00\\s+1\\s+¥90,000\\.00\\s*配捐池余额\\s+¥90,000\\.00\\s+未签合同`));
  // The charts say in words what they draw.
  assert.match(await page.locator('#pool-chart svg').getAttribute('aria-label'), /配捐池 ¥150,000\.00：已资助 ¥150,000\.00，已配捐待资助 ¥0\.00，余额 ¥0\.00/);
  assert.match(await page.locator('#money-chart svg').getAttribute('aria-label'), new RegExp(`${KIDS}：筹得 ¥120,000\\.00，配捐 ¥90,000\\.00，资助 ¥90,000\\.00`));
  assert.equal(await page.locator('#bureau-heading').count(), 0, 'the public has no bureau actions');
  assert.doesNotMatch(await page.locator('main').innerText(), /donor-ref/, 'no donor is named');
  await s.assertAccessible(page, 'the public contest page');
  await s.screenshot(page, 'contest');
  await page.getByRole('link', { name: '¥25,000.00' }).click();
  await page.locator('#contract-paid').waitFor();
  assert.match(await page.locator('#contract-paid').innerText(), /¥25,000\.00/);

  await page.goto('/app/contests');
  const listed = page.locator('table.contests tbody tr', { hasText: TITLE });
  await listed.waitFor();
  assert.match(await listed.innerText(), /¥150,000\.00\s+¥150,000\.00[\s\S]*已资助/);
  await s.assertAccessible(page, 'the public list of contests');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Public-welfare project contests' }).waitFor();
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { name: 'Final ranking' }).waitFor();
  assert.match(await page.locator('table.contest-ranking tbody tr').nth(1).innerText(), /What the pool had left/);
  await s.assertAccessible(page, 'the public contest page in English');
  await page.context().close();
});

test('an organisation withdraws its project with the reason; the bureau cancels a call', async () => {
  const call = {
    bureau: '深圳市福田区民政局',
    title: '2027年福田区社区微创投',
    poolFen: 5_000_000,
    matching: { kind: 'PROPORTIONAL_WITH_CAP', percent: 50, capFen: 2_000_000 },
    scoring: { priceWeightPercent: 0, criteria: [{ key: 'plan', name: '项目方案', maxPoints: 100 }] },
    shortlistSize: 3,
    submissionsOpenAt: new Date(Date.now() - 3600e3).toISOString(),
    submissionsCloseAt: new Date(Date.now() + 10 * 86400e3).toISOString(),
    pledgesOpenAt: new Date(Date.now() + 10 * 86400e3).toISOString(),
    pledgesCloseAt: new Date(Date.now() + 20 * 86400e3).toISOString(),
  };
  const opened = await s.gql(server, bureau, 'mutation($i: OpenContestCallInput!) { openContestCall(input: $i) { contestId } }', { i: call });
  const id = opened.openContestCall.contestId;
  const ngo = ngoToken(dir, orgs[0]);
  await s.gql(server, ngo, 'mutation($i: SubmitContestProjectInput!) { submitContestProject(input: $i) { version } }', {
    i: { contestId: id, organisationId: orgs[0], title: '楼道花园', summary: '居民共建楼道花园', requestedFen: 1_000_000 },
  });

  const page = await signedIn(ngo);
  await page.goto('/app/contests/' + id);
  await page.getByRole('heading', { name: '撤回项目“楼道花园”' }).waitFor();
  // A withdrawal needs its reason: refused at the reason, with the ledger's words.
  await page.getByRole('button', { name: '撤回项目' }).click();
  const refusal = page.locator('[id$="-reason-error"]');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /撤回理由/);
  await page.getByLabel('理由').fill('项目负责人调离，无法按期实施');
  await page.getByRole('button', { name: '撤回项目' }).click();
  await page.getByText('项目已撤回。').waitFor();
  assert.match(await page.locator('table.submissions').innerText(), /楼道花园[\s\S]*已撤回/);
  await page.context().close();

  const office = await signedIn(bureau);
  await office.goto('/app/contests/' + id);
  await office.locator('#contest-cancel-reason').fill('预算调整，本届终止');
  await office.locator('#contest-cancel-submit').click();
  await office.getByText('大赛已终止。').waitFor();
  assert.match(await office.locator('#contest-cancelled').innerText(), /大赛已终止：预算调整，本届终止/);
  assert.equal(await office.locator('#bureau-heading ~ form').count(), 0, 'a cancelled contest offers nothing more');
  await office.context().close();
});
