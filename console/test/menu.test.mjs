// Community menu ordering (点单) through the console, end to end: the bureau loads and keeps
// Luohu's menu, the public reads it with each item's cap, a community is refused above the cap
// and for an item retired while its form was open (each at its line, with its rule), and a stale
// page is told to reload; in Futian a community orders from the menu, its residents' council
// approves, the bureau decides, the community drafts the procurement with the draft form
// prefilled from the order and implements the order by it; the procurement is tendered, awarded
// and contracted over HTTP (procurement-support.mjs), and the community accepts the order once
// the contract is completed. The public reads every step's notice. Chromium against the real
// binary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as s from './support.mjs';

import { J, awardedLedger, completedContract } from './procurement-support.mjs';

const LUOHU = '440303';

let browser;
const servers = [];
const dirs = [];

before(async () => {
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  for (const server of servers) await server.stop();
  s.cleanup(...dirs);
});

function communityToken(dir, unit, jurisdiction) {
  return s.cli(['token', 'issue', '--data-dir', dir, '--role', 'purchaser', '--subject', 'community-' + unit.slice(0, 8), '--organisation', unit, '--jurisdiction', jurisdiction]).trim();
}

const ORDER = 'query($id: UUID!) { menuOrder(id: $id) { version status notices { step } } }';

test('the bureau keeps the menu, the public reads its caps, a community is refused at the line over the cap or for a retired item', async () => {
  const dir = s.freshDir();
  dirs.push(dir);
  const server = await s.startServer(dir);
  servers.push(server);
  const registrar = s.token(dir, 'registrar', 'zhao.min', LUOHU);
  const community = communityToken(dir, randomUUID(), LUOHU);

  // The bureau loads the shipped menu from the console, once.
  const bureau = await s.newPage(browser, server);
  await s.signInWithToken(bureau, registrar);
  await bureau.goto('/app/menu');
  await bureau.getByText('440303 尚未导入服务菜单。').waitFor();
  await bureau.getByRole('button', { name: '导入示例服务菜单' }).dblclick();
  await bureau.getByText('服务菜单已导入。').waitFor();
  const a01 = bureau.locator('#menu-item-A01');
  assert.match(await a01.innerText(), /长者助餐服务[\s\S]*服务类[\s\S]*¥500,000\.00[\s\S]*独居长者吃饭难；高龄长者助餐配送[\s\S]*可点选/);
  assert.match(await bureau.locator('p.hint').first().innerText(), /第 0 版/);

  // It retires an item, with the reason; an entry without its type but with needs is refused
  // at the type, then added.
  await bureau.getByLabel('菜单条目').selectOption('A04');
  await bureau.locator('#menu-retire-reason').fill('由区住建部门统一实施');
  await bureau.getByRole('button', { name: '停用', exact: true }).click();
  await bureau.getByText('已停用。').waitFor();
  // The notice comes first, the menu read again just after it.
  await bureau.locator('#menu-item-A04').getByText('由区住建部门统一实施').waitFor();
  assert.match(await bureau.locator('#menu-item-A04').innerText(), /已停用[\s\S]*由区住建部门统一实施/);
  await bureau.locator('#menu-add-code').fill('a05');
  await bureau.locator('#menu-add-nameZh').fill('长者数字技能课堂');
  await bureau.locator('#menu-add-needs').fill('长者不会用智能手机');
  await bureau.getByRole('button', { name: '增加', exact: true }).click();
  const typeError = bureau.locator('#menu-add-type-error');
  await typeError.waitFor();
  assert.match(await typeError.innerText(), /MENU-ITEM/);
  assert.equal(await bureau.locator('#menu-add-type').getAttribute('aria-invalid'), 'true');
  await s.assertAccessible(bureau, 'the menu with its keeping and a refusal');
  await bureau.locator('#menu-add-type').selectOption('SERVICES');
  await bureau.getByRole('button', { name: '增加', exact: true }).click();
  await bureau.getByText('已增加。').waitFor();
  await bureau.locator('#menu-item-A05').waitFor();
  assert.match(await bureau.locator('#menu-item-A05').innerText(), /长者数字技能课堂[\s\S]*¥500,000\.00/);

  // The public reads the menu without signing in: caps, retired items marked, no keeping.
  const visitor = await s.newPage(browser, server);
  await visitor.goto('/app/menu?jurisdiction=' + LUOHU);
  await visitor.locator('#menu-item-A01').waitFor();
  assert.match(await visitor.locator('#menu-item-A04').innerText(), /已停用/);
  const works = visitor.locator('tr', { hasText: '工程类' }).first();
  assert.match(await works.innerText(), /¥1,000,000\.00/);
  assert.equal(await visitor.locator('#menu-admin-heading').count(), 0);
  await s.assertAccessible(visitor, 'the public menu');

  // A community orders: a retired item cannot be picked; one fen over the cap is refused at
  // that item's amount, with the rule and the cap.
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, community);
  await page.goto('/app/menu-orders/new');
  await page.getByRole('heading', { name: '从服务菜单点单' }).waitFor();
  assert.equal(await page.locator('#order-pick-A04').isDisabled(), true);
  await page.getByLabel('社区名称').fill('罗湖区东门街道湖贝社区');
  await page.getByLabel('项目名称').fill('长者助餐与居家照护');
  await page.locator('#order-pick-A01').check();
  await page.getByLabel('A01 金额（元）').fill('500,000.01');
  await page.getByLabel('A01 居民需求说明').fill('社区独居长者约120人，就餐困难');
  await page.locator('#order-pick-A02').check();
  await page.getByLabel('A02 金额（元）').fill('１２０，０００');
  await page.getByLabel('A02 居民需求说明').fill('失能长者家属照护压力大');
  await page.getByLabel('“收集需求”公示内容').fill('经入户走访和问卷，收集到居民对长者助餐的需求，现予公示七天');
  assert.match(await page.locator('#order-total').innerText(), /2 个项目，合计 ¥620,000\.01/);
  await page.getByRole('button', { name: '提交并公示' }).click();
  const cap = page.locator('#order-amount-A01-error');
  await cap.waitFor();
  assert.match(await cap.innerText(), /上限为 ¥500,000\.00[\s\S]*¥500,000\.01[\s\S]*MENU-CAP/);
  assert.equal(await page.getByLabel('A01 金额（元）').getAttribute('aria-invalid'), 'true');
  await s.assertAccessible(page, 'the order form with a cap refusal');
  // The form is the whole menu long: the window at the refused line.
  await page.locator('#order-line-A01').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await s.screenshot(page, 'menu-order-cap', { fullPage: false });

  // The bureau retires A02 while the form is open: the order is refused at that item.
  await s.gql(server, registrar, 'mutation($i: MenuItemReasonInput!) { retireMenuItem(input: $i) { version } }', {
    i: { jurisdiction: LUOHU, code: 'A02', reason: '并入 A01 统一实施' },
  });
  await page.getByLabel('A01 金额（元）').fill('500,000');
  await page.getByRole('button', { name: '提交并公示' }).click();
  const retired = page.locator('#order-pick-A02-error');
  await retired.waitFor();
  assert.match(await retired.innerText(), /停用[\s\S]*MENU-ITEM/);
  assert.equal(await page.locator('#order-amount-A01-error').count(), 0);
  const { menuOrders } = await s.gql(server, registrar, '{ menuOrders(filter: {jurisdiction: "440303"}) { totalCount } }');
  assert.equal(menuOrders.totalCount, 0, 'nothing was written');

  // Without it, the order is placed once however often it is clicked.
  await page.locator('#order-pick-A02').uncheck();
  await page.getByRole('button', { name: '提交并公示' }).dblclick();
  await page.getByText('点单已提交，需求已公示。').waitFor();
  const id = page.url().split('/').pop().split('?')[0];
  assert.match(await page.locator('#notice-COLLECT_NEEDS').innerText(), /收集需求[\s\S]*经入户走访和问卷/);
  const again = await s.gql(server, registrar, '{ menuOrders(filter: {jurisdiction: "440303"}) { totalCount } }');
  assert.equal(again.menuOrders.totalCount, 1);

  // A stale page: the council's review recorded elsewhere meanwhile is a CONFLICT, with a reload.
  await s.gql(server, community, 'mutation($i: ReviewMenuOrderInput!) { reviewMenuOrder(input: $i) { version } }', {
    i: { orderId: id, approved: false, reason: '居民议事会 23 名成员中 15 人反对', notice: '居民议事会审议未通过，现予公示' },
  });
  await page.getByLabel('审议理由').fill('居民议事会 23 名成员中 19 人赞成');
  await page.getByLabel('“居民议事会审议”公示内容').fill('居民议事会审议通过，现予公示');
  await page.getByRole('button', { name: '记录审议结果并公示' }).click();
  const stale = page.locator('#order-review-error');
  await stale.waitFor();
  assert.match(await stale.innerText(), /重新加载/);
  await stale.getByRole('button', { name: '重新加载' }).click();
  await page.locator('#council-decision').getByText('居民议事会审议未通过：居民议事会 23 名成员中 15 人反对').waitFor();
  assert.match(await page.locator('#order-waiting').innerText(), /点单已终止/);
});

test('a Futian order goes from needs to decision to procurement to acceptance, and the public reads every notice', async () => {
  let orderId;
  let procurementId;
  const ledger = await awardedLedger('福田区竹园社区长者助餐服务项目', {
    async procure(l) {
      await s.gql(l.server, l.admin, 'mutation($j: String!) { loadDefaultMenu(input: {jurisdiction: $j}) { version } }', { j: J });
      // The community is the purchasing unit of the ledger: its token orders and buys.
      const page = await s.newPage(browser, l.server);
      await s.signInWithToken(page, l.purchaser);
      await page.getByRole('link', { name: '社区点单' }).click();
      await page.getByRole('heading', { name: '本社区的点单' }).waitFor();
      await page.getByText('暂无点单。').waitFor();
      await page.getByRole('link', { name: '从服务菜单点单' }).first().click();
      await page.locator('#order-pick-A01').waitFor();
      assert.match(await page.locator('#order-pick-A01-hint').innerText(), /本辖区未设金额上限/);
      await page.getByLabel('社区名称').fill('福田区香蜜湖街道竹园社区');
      await page.getByLabel('项目名称').fill('竹园社区长者助餐');
      await page.locator('#order-pick-A01').check();
      await page.getByLabel('A01 金额（元）').fill('500,000.00');
      await page.getByLabel('A01 居民需求说明').fill('社区独居长者约120人，就餐困难');
      await page.getByLabel('“收集需求”公示内容').fill('经入户走访和问卷，收集到居民对长者助餐的需求，现予公示七天');
      await s.assertAccessible(page, 'the order form');
      await page.getByRole('button', { name: '提交并公示' }).click();
      await page.getByText('点单已提交，需求已公示。').waitFor();
      orderId = page.url().split('/').pop().split('?')[0];
      assert.match(await page.locator('#order-total-amount').innerText(), /¥500,000\.00/);

      // The residents' council approves.
      await page.getByLabel('审议理由').fill('居民议事会 23 名成员中 19 人赞成');
      await page.getByLabel('“居民议事会审议”公示内容').fill('居民议事会审议通过，现予公示');
      await page.getByRole('button', { name: '记录审议结果并公示' }).click();
      await page.getByText('审议结果已记录并公示。').waitFor();
      await page.locator('#order-waiting').getByText('等待民政部门决策。').waitFor();
      assert.match(await page.locator('#council-decision').innerText(), /审议通过：居民议事会 23 名成员中 19 人赞成/);

      // The bureau decides, once however often it clicks.
      const bureau = await s.newPage(browser, l.server);
      await s.signInWithToken(bureau, l.registrar);
      await bureau.goto('/app/menu-orders/' + orderId);
      await bureau.getByRole('heading', { name: '决策（政府配菜）' }).waitFor();
      await s.assertAccessible(bureau, 'the order with the bureau’s decision');
      await bureau.getByLabel('“决策”公示内容').fill('经街道办事处研究，同意实施，现予公示');
      await bureau.getByRole('button', { name: '同意实施并公示' }).dblclick();
      await bureau.getByText('已决策并公示。').waitFor();
      const decided = await s.gql(l.server, l.registrar, ORDER, { id: orderId });
      assert.deepEqual([decided.menuOrder.status, decided.menuOrder.version, decided.menuOrder.notices.length], ['DECIDED', 2, 3]);

      // The community drafts the procurement with the draft form, prefilled from the order.
      await page.reload();
      await page.getByRole('link', { name: '为本点单起草采购项目' }).click();
      await page.getByRole('heading', { name: '起草采购项目' }).waitFor();
      assert.match(await page.locator('#draft-for-order').innerText(), /竹园社区长者助餐[\s\S]*¥500,000\.00/);
      assert.equal(await page.getByLabel('采购人').inputValue(), '福田区香蜜湖街道竹园社区');
      assert.equal(await page.getByLabel('项目名称').inputValue(), '竹园社区长者助餐');
      assert.equal(await page.getByLabel('项目说明').inputValue(), 'A01 长者助餐服务：社区独居长者约120人，就餐困难');
      assert.equal(await page.getByLabel('预算金额（元）').inputValue(), '500000.00');
      const item = page.getByLabel('指导性目录项目');
      await item.locator('option[value="A0101"]').waitFor({ state: 'attached' });
      await item.selectOption('A0101');
      // The bidders were registered today: no years of registration asked.
      await page.getByLabel('最少登记年限').fill('0');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await page.getByText('采购项目已起草，已在下方选定').waitFor();
      // The list of the community's procurements reloads after the notice: the new one is
      // selected once it has.
      await page.waitForFunction(() => document.querySelector('#order-procurement')?.value);
      procurementId = await page.locator('#order-procurement').inputValue();
      assert.match(procurementId, /^[0-9a-f-]{36}$/);

      // It implements the order by that procurement, and publishes the procurement.
      await page.getByLabel('“实施”公示内容').fill('通过公开招标采购助餐服务，采购公告已发布');
      await page.getByRole('button', { name: '办理实施并公示' }).click();
      await page.getByText('已办理实施并公示。').waitFor();
      await page.locator('#order-procurement-link').getByText('竹园社区长者助餐').waitFor();
      assert.match(await page.locator('#implementation-heading + dl').innerText(), /草稿[\s\S]*¥500,000\.00[\s\S]*尚未签订合同/);
      await s.gql(l.server, l.purchaser, 'mutation($id: UUID!) { publishProcurement(input: {procurementId: $id}) { version } }', { id: procurementId });
      await page.context().close();
      await bureau.context().close();
      return procurementId;
    },
  });
  dirs.push(...ledger.dirs);
  servers.push(ledger.server);
  const { server } = ledger;

  // Awarded, no contract yet: acceptance is refused at its button, with the rule.
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, ledger.purchaser);
  await page.goto('/app/menu-orders/' + orderId);
  await page.getByRole('heading', { name: '验收', exact: true }).waitFor();
  // The procurement is read after the order: its status shows once it has come.
  await page.locator('#implementation-heading + dl').getByText(/已发布中标公告/).waitFor();
  await page.getByLabel('“验收”公示内容').fill('居民代表参与验收，服务符合合同约定，验收合格，现予公示');
  await page.getByRole('button', { name: '验收并公示' }).click();
  const early = page.locator('#order-accept-error');
  await early.waitFor();
  assert.match(await early.innerText(), /尚未签订合同[\s\S]*MENU-FLOW/);

  // The contract signed and completed: the order shows it, and is accepted.
  const contractId = await completedContract(ledger);
  await page.reload();
  const contract = page.locator('#order-contract-link');
  await contract.waitFor();
  assert.equal(await contract.getAttribute('href'), '/app/contracts/' + contractId);
  await page.getByLabel('“验收”公示内容').fill('居民代表参与验收，服务符合合同约定，验收合格，现予公示');
  await page.getByRole('button', { name: '验收并公示' }).click();
  await page.getByText('已验收并公示。').waitFor();
  await page.locator('#order-waiting').getByText('点单已验收，全部环节已完成。').waitFor();

  // The public: the orders of Futian, and the order with every step's notice, no actions.
  const visitor = await s.newPage(browser, server);
  await visitor.goto('/app/menu-orders?jurisdiction=' + J);
  const row = visitor.locator('tr', { hasText: '竹园社区长者助餐' });
  await row.waitFor();
  assert.match(await row.innerText(), /福田区香蜜湖街道竹园社区[\s\S]*A01 长者助餐服务[\s\S]*¥500,000\.00[\s\S]*已验收/);
  await s.assertAccessible(visitor, 'the public list of orders');
  await row.getByRole('link').click();
  await visitor.locator('#notice-ACCEPT').waitFor();
  const notices = await visitor.locator('ol.menu-notices > li').allInnerTexts();
  assert.equal(notices.length, 5);
  for (const [i, text] of [
    '收集需求[\\s\\S]*经入户走访和问卷',
    '居民议事会审议[\\s\\S]*居民议事会审议通过，现予公示[\\s\\S]*19 人赞成',
    '决策[\\s\\S]*经街道办事处研究，同意实施',
    '实施[\\s\\S]*通过公开招标采购助餐服务',
    '验收[\\s\\S]*居民代表参与验收',
  ].entries()) {
    assert.match(notices[i], new RegExp(text), notices[i]);
  }
  assert.equal(await visitor.locator('#order-actions-heading').count(), 0);
  assert.equal(await visitor.locator('#order-contract-link').getAttribute('href'), '/app/contracts/' + contractId);
  await s.assertAccessible(visitor, 'the public page of an order');
  await s.screenshot(visitor, 'menu-order-public');
  const listed = await s.gql(server, ledger.admin, 'query($p: UUID!) { menuOrders(filter: {procurementId: $p}) { nodes { id status contractId } } }', { p: procurementId });
  assert.deepEqual(listed.menuOrders.nodes, [{ id: orderId, status: 'ACCEPTED', contractId }]);
});
