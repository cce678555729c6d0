// The registrar's journeys, end to end: Chromium against the real binary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as s from './support.mjs';

const J = '440305';
let browser;
let server;
let registrar;

before(async () => {
  const dir = s.freshDir();
  server = await s.startServer(dir);
  registrar = s.token(dir, 'registrar', 'li.na', J);
  s.addUser(dir, 'wang.fang', 'correct horse battery', 'registrar', J);
  browser = await s.launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (server) s.cleanup(server.dir);
});

test('sign-in with a token shows the role and jurisdiction; sign-out forgets the token', async () => {
  const page = await s.newPage(browser, server);
  await page.goto('/app/');
  await page.getByRole('heading', { name: '登录' }).waitFor();
  await s.assertAccessible(page, 'sign-in');
  await s.screenshot(page, 'sign-in');

  await page.getByLabel('令牌', { exact: true }).fill('not-a-token');
  await page.getByRole('button', { name: '使用令牌登录' }).click();
  await page.getByText('这不是有效的令牌').waitFor();

  await page.getByLabel('令牌', { exact: true }).fill(registrar);
  await page.getByRole('button', { name: '使用令牌登录' }).click();
  const header = page.locator('header');
  await header.getByText('登记管理机关').waitFor();
  assert.match(await header.innerText(), /辖区 440305/);
  assert.match(await header.innerText(), /li\.na/);

  // Kept for the browser session: a reload stays signed in.
  await page.reload();
  await page.locator('#sign-out').waitFor();

  await page.locator('#sign-out').click();
  await page.getByRole('heading', { name: '登录' }).waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('civic-ledger.token')), null);
  await page.reload();
  await page.getByRole('heading', { name: '登录' }).waitFor();
  await page.context().close();
});

test('sign-in with username and password, by keyboard; a wrong password gets one generic error', async () => {
  const page = await s.newPage(browser, server);
  await page.goto('/app/');
  await page.getByLabel('用户名', { exact: true }).focus();
  await page.keyboard.type('wang.fang');
  await page.keyboard.press('Tab');
  await page.keyboard.type('wrong password!');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();

  await page.getByLabel('用户名', { exact: true }).fill('nobody');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();

  await page.getByLabel('用户名', { exact: true }).fill('wang.fang');
  await page.getByLabel('密码', { exact: true }).fill('correct horse battery');
  await page.getByLabel('密码', { exact: true }).press('Enter');
  const header = page.locator('header');
  await header.getByText('wang.fang').waitFor();
  assert.match(await header.innerText(), /登记管理机关/);
  assert.match(await header.innerText(), /辖区 440305/);
  await page.locator('#sign-out').click();
  await page.getByRole('heading', { name: '登录' }).waitFor();
  await page.context().close();
});

test('an application from the form to approval: forgiving input, one write for a double click', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, registrar);
  await page.getByRole('link', { name: '登记申请' }).click();
  await page.getByRole('heading', { name: '登记申请' }).waitFor();
  await s.assertAccessible(page, 'application form');

  const code = s.creditCode('2', J, 101);
  // Typed with a Chinese input method: full-width characters, spaces around.
  const fullWidth = [...code].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
  await page.getByLabel('名称', { exact: true }).fill('  南山区长者服务中心  ');
  await page.getByLabel('统一社会信用代码', { exact: true }).fill(` ${fullWidth.slice(0, 9)} ${fullWidth.slice(9)} `);
  await page.getByLabel('住所', { exact: true }).fill('深圳市南山区粤海街道1号');
  await page.getByLabel('宗旨', { exact: true }).fill('为辖区老年人提供养老服务');
  await page.getByLabel('业务范围', { exact: true }).fill('居家养老、培训、咨询');
  await page.getByLabel('法定代表人姓名', { exact: true }).fill('王芳');
  await page.getByLabel('居民身份证号码', { exact: true }).fill('11010519491231002X');
  await page.getByLabel('联系电话', { exact: true }).fill('13800138000');
  await page.getByLabel('注册资金', { exact: true }).fill('30,000.00');

  // A mistyped credit code first: the API's refusal shows next to that field, with its rule.
  const typo = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
  await page.getByLabel('统一社会信用代码', { exact: true }).fill(typo);
  await page.getByRole('button', { name: '提交申请' }).click();
  const codeError = page.locator('#apply-creditCode-error');
  await codeError.waitFor();
  assert.match(await codeError.innerText(), /规则 REG-USCC：统一社会信用代码/);
  assert.equal(await page.getByLabel('统一社会信用代码', { exact: true }).getAttribute('aria-invalid'), 'true');
  await page.getByLabel('统一社会信用代码', { exact: true }).fill(` ${fullWidth.slice(0, 9)} ${fullWidth.slice(9)} `);

  // Then a wrong ID number: its message is next to its field.
  await page.getByLabel('居民身份证号码', { exact: true }).fill('110105194912310021');
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.locator('#apply-legalRepresentative-idNumber-error').getByText(/check digit|校验码/).waitFor();
  assert.equal(await page.locator('#apply-creditCode-error').count(), 0, 'the fixed field is clear');

  await page.getByLabel('居民身份证号码', { exact: true }).fill('11010519491231002X');
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.getByText('申请已受理').waitFor();
  const main = page.locator('main');
  assert.match(await main.innerText(), /南山区长者服务中心/);
  assert.match(await main.innerText(), new RegExp(code));
  assert.match(await main.innerText(), /¥30,000\.00/);
  assert.match(await main.innerText(), /已申请登记/);
  await s.assertAccessible(page, 'profile');

  const decisions = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && /approveRegistration/.test(r.postData() ?? '')) decisions.push(r);
  });
  await page.locator('#approve').dblclick();
  await page.getByText('已准予登记').waitFor();
  await page.locator('.status-active').waitFor();
  assert.equal(decisions.length, 1, 'a double click sends one command');
  assert.match(JSON.parse(decisions[0].postData()).variables.i.commandId, /^[0-9a-f-]{36}$/);
  await s.screenshot(page, 'approval');

  const id = new URL(page.url()).pathname.split('/').pop();
  const data = await s.gql(server, registrar, 'query($id: UUID!) { organisation(id: $id) { status version appliedAt } }', { id });
  assert.equal(data.organisation.status, 'ACTIVE');
  assert.equal(data.organisation.version, 1);
  // Shown in China time although the browser is in Los Angeles.
  const china = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(data.organisation.appliedAt));
  assert.match(await main.innerText(), new RegExp(`申请时间\\s*${china}`));
  await page.context().close();
});

test('a refusal needs its reason, and a stale page is told it changed', async () => {
  const refused = await s.apply(server, registrar, s.application('福田区待拒绝协会', 102));
  const stale = await s.apply(server, registrar, s.application('福田区已变更服务社', 103));
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, registrar);

  await page.goto(`/app/organisations/${refused.id}`);
  await page.locator('#refuse').click();
  const reasonError = page.locator('#refuse-reason-error');
  await reasonError.waitFor();
  assert.match(await reasonError.innerText(), /REG-REFUSAL-REASON/);
  // By keyboard: type the reason, Tab to the button, Enter.
  await page.getByLabel('不予登记的理由', { exact: true }).fill('  住所证明材料不实  ');
  await page.getByLabel('不予登记的理由', { exact: true }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'refuse');
  await page.keyboard.press('Enter');
  await page.getByText('已决定不予登记').waitFor();
  await page.locator('.status-refused').waitFor();
  assert.match(await page.locator('main').innerText(), /不予登记理由\s*住所证明材料不实/);
  await s.screenshot(page, 'refusal');

  await page.goto(`/app/organisations/${stale.id}`);
  await page.locator('#approve').waitFor();
  // Another clerk decides first.
  await s.gql(server, registrar, 'mutation($id: UUID!) { approveRegistration(input: {organisationId: $id}) { version } }', { id: stale.id });
  await page.getByLabel('不予登记的理由', { exact: true }).fill('材料不全');
  await page.locator('#refuse').click();
  const conflict = page.locator('#refuse-reason-error');
  await conflict.getByText('该记录已被他人修改，请重新加载后再操作。').waitFor();
  await conflict.getByRole('button', { name: '重新加载' }).click();
  await page.locator('.status-active').waitFor();
  await page.context().close();
});

test("a social group's two stages: preparation, then establishment", async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, registrar);
  await page.getByRole('link', { name: '登记申请' }).click();
  await page.getByLabel('类型', { exact: true }).selectOption('SOCIAL_GROUP');
  await page.getByLabel('两阶段登记：先申请筹备', { exact: true }).check();
  const code = s.creditCode('1', J, 401);
  await page.getByLabel('名称', { exact: true }).fill('南山区围棋协会');
  await page.getByLabel('统一社会信用代码', { exact: true }).fill(code);
  await page.getByLabel('住所', { exact: true }).fill('深圳市南山区科技园1号');
  await page.getByLabel('宗旨', { exact: true }).fill('推广围棋运动');
  await page.getByLabel('业务范围', { exact: true }).fill('比赛、培训、交流');
  await page.getByLabel('法定代表人姓名', { exact: true }).fill('陈明');
  await page.getByLabel('居民身份证号码', { exact: true }).fill('11010519491231002X');
  await page.getByLabel('联系电话', { exact: true }).fill('13800138000');
  await page.getByLabel('注册资金', { exact: true }).fill('30,000');
  // Too few members: the refusal is beside the member counts, with its rule.
  await page.getByLabel('个人会员数', { exact: true }).fill('３０');
  await page.getByLabel('单位会员数', { exact: true }).fill('0');
  await s.assertAccessible(page, 'two-stage form');
  await page.getByRole('button', { name: '提交申请' }).click();
  const membersError = page.locator('#apply-members-error');
  await membersError.waitFor();
  assert.match(await membersError.innerText(), /REG-MIN-MEMBERS/);

  await page.getByLabel('个人会员数', { exact: true }).fill('６０');
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.getByText('申请已受理').waitFor();
  await page.locator('.status-prep_applied').waitFor();
  await page.getByRole('button', { name: '准予筹备', exact: true }).click();
  await page.getByText('已准予筹备。').waitFor();
  await page.locator('.status-preparing').waitFor();

  await page.getByLabel('个人会员数', { exact: true }).fill('80');
  await page.getByLabel('单位会员数', { exact: true }).fill('0');
  await s.assertAccessible(page, 'establishment');
  await page.getByRole('button', { name: '申请成立登记', exact: true }).click();
  await page.getByText('成立登记申请已受理。').waitFor();
  await page.locator('.status-estab_applied').waitFor();
  assert.match(await page.locator('main').innerText(), /个人会员 80 名/);
  await page.getByRole('button', { name: '准予登记', exact: true }).click();
  await page.getByText('已准予登记。').waitFor();
  await page.locator('.status-active').waitFor();
  await s.screenshot(page, 'two-stages');
  await page.context().close();
});

test('search by name, by credit code typed full-width, and by status', async () => {
  await s.apply(server, registrar, s.application('蛇口社区书画协会', 201));
  const second = s.application('蛇口青少年服务中心', 202);
  await s.apply(server, registrar, second);
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, registrar);
  await page.getByRole('link', { name: '查询' }).click();

  await page.getByLabel('名称包含', { exact: true }).fill(' 蛇口 ');
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await page.getByText('查询结果：2 个').waitFor();
  await s.assertAccessible(page, 'search results');
  await s.screenshot(page, 'search');

  await page.getByLabel('名称包含', { exact: true }).fill('');
  const fullWidth = [...second.creditCode].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
  await page.getByLabel('统一社会信用代码', { exact: true }).fill(`${fullWidth} `);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await page.getByText('查询结果：1 个').waitFor();
  assert.match(await page.locator('table.results').innerText(), /蛇口青少年服务中心/);
  assert.equal(await page.getByLabel('统一社会信用代码', { exact: true }).inputValue(), second.creditCode);

  await page.getByLabel('统一社会信用代码', { exact: true }).fill('');
  await page.getByLabel('状态', { exact: true }).selectOption('ACTIVE');
  await page.getByRole('button', { name: '查询', exact: true }).click();
  // The previous answer stays on screen until the new one replaces it: wait for the new one.
  let rows = [];
  for (let tries = 0; tries < 100; tries++) {
    rows = await page.locator('table.results tbody tr').allInnerTexts();
    if (rows.length >= 1 && rows.every((row) => /正常/.test(row))) break;
    await page.waitForTimeout(100);
  }
  assert.ok(rows.length >= 1);
  for (const row of rows) assert.match(row, /正常/);

  // The search is in the address: a reload shows it again.
  await page.reload();
  await page.locator('table.results').waitFor();
  assert.equal(await page.getByLabel('状态', { exact: true }).inputValue(), 'ACTIVE');
  await page.context().close();
});

test('a token the server refuses, or one that expires, sends the clerk back to sign in, saying why', async () => {
  const page = await s.newPage(browser, server);
  // Well formed and unexpired, but signed by another ledger's key.
  const elsewhere = s.freshDir();
  await page.goto('/app/');
  await page.getByLabel('令牌', { exact: true }).fill(s.token(elsewhere, 'registrar', 'stranger', J));
  await page.getByRole('button', { name: '使用令牌登录' }).click();
  s.cleanup(elsewhere);
  await page.getByRole('heading', { name: '登录' }).waitFor();
  await page.getByText('登录已失效，请重新登录。').waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('civic-ledger.token')), null);

  await s.signInWithToken(page, s.token(server.dir, 'registrar', 'short.lived', J, '3s'));
  await page.getByRole('heading', { name: '登录' }).waitFor({ timeout: 6000 });
  await page.getByText('令牌已过期，请重新登录。').waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('civic-ledger.token')), null);
  await page.context().close();
});

test('the public registry: search and a profile without signing in, and no personal data', async () => {
  await s.apply(server, registrar, s.application('前海公益服务中心', 501));
  const page = await s.newPage(browser, server);
  await page.goto('/app/');
  await page.getByRole('link', { name: '公开查询（无需登录）' }).click();
  await page.getByLabel('名称包含', { exact: true }).fill('前海');
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await page.getByText('查询结果：1 个').waitFor();
  await page.getByRole('link', { name: '前海公益服务中心' }).click();
  await page.getByRole('heading', { name: /前海公益服务中心/ }).waitFor();
  const text = await page.locator('main').innerText();
  assert.match(text, /法定代表人\s*王芳/);
  assert.doesNotMatch(text, /11010519491231002X|13800138000/, 'no ID or phone number without a token');
  assert.equal(await page.locator('#approve').count(), 0, 'no decision without a registrar');
  await s.assertAccessible(page, 'public profile');
  await page.context().close();
});

test('the language switch: English one click away, kept, and sent as Accept-Language', async () => {
  const page = await s.newPage(browser, server);
  await s.signInWithToken(page, registrar);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: "Today's queue" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await page.locator('header').innerText(), /Registrar/);

  const languages = [];
  page.on('request', (r) => r.url().endsWith('/graphql') && languages.push(r.headers()['accept-language']));
  await page.reload();
  await page.getByRole('heading', { name: "Today's queue" }).waitFor();
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Name contains', { exact: true }).fill('蛇口');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText('2 found').waitFor();
  assert.ok(languages.length > 0 && languages.every((l) => /^en\b/.test(l)), JSON.stringify(languages));
  await s.screenshot(page, 'english');

  await page.getByRole('button', { name: '切换到中文' }).click();
  await page.getByRole('heading', { name: '查询社会组织' }).waitFor();
  await page.context().close();
});
