// What the browser tests stand on: the real `civic-ledger` binary on a random port with a
// fresh data directory, tokens and users made with its CLI, and Debian's Chromium driven by
// playwright-core.

import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { after } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '..', '..');
export const BIN = process.env.CIVIC_LEDGER_BIN ?? join(repo, 'target', 'debug', 'civic-ledger');
// The README's screenshots are rewritten only when asked (UPDATE_SCREENSHOTS=1): a test run
// leaves the checkout as it was.
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(repo, 'docs', 'console')
  : join(repo, 'target', 'console-screenshots');

// With CIVIC_CONSOLE_POSTGRES (a server URL without a database, e.g.
// postgres://postgres@127.0.0.1:5432) every data directory gets a fresh PostgreSQL database of
// its own for its events and read models, so that the journeys run on that backend too; without
// it they run on the embedded store.
const POSTGRES = process.env.CIVIC_CONSOLE_POSTGRES?.replace(/\/+$/, '');
const databases = new Map();

/** The environment the binary runs with on `dir`: its own database on PostgreSQL. */
function envFor(dir) {
  const env = { ...process.env, RUST_LOG: 'warn' };
  if (dir && databases.has(dir)) env.CIVIC_LEDGER_STORE = `${POSTGRES}/${databases.get(dir)}`;
  return env;
}

export function cli(args, input) {
  const at = args.indexOf('--data-dir');
  return execFileSync(BIN, args, { input, encoding: 'utf8', env: envFor(at >= 0 ? args[at + 1] : null) });
}

export function freshDir() {
  const dir = mkdtempSync(join(tmpdir(), 'civic-console-'));
  if (POSTGRES) {
    const name = 'civic_console_' + dir.split('-').pop().toLowerCase().replace(/[^a-z0-9]/g, '');
    execFileSync('psql', [POSTGRES + '/postgres', '-q', '-c', `CREATE DATABASE ${name}`]);
    databases.set(dir, name);
    // A shared ledger's servers each hold the same sealing key: it is made once, not on start.
    cli(['bid-key', 'init', '--data-dir', dir]);
  }
  return dir;
}

/** A running `civic-ledger serve` on `dir`. */
// Servers still running when a file's tests end: a test that failed midway never stopped its
// own, and a running child keeps the file's process, and so the whole run, waiting.
const running = new Set();
after(async () => {
  await Promise.all([...running].map((server) => server.stop()));
});

export async function startServer(dir) {
  const child = spawn(BIN, ['serve', '--listen', '127.0.0.1:0', '--data-dir', dir, '--tick-every', '0s'], {
    env: envFor(dir),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    child.once('exit', (code) => reject(new Error(`civic-ledger serve exited with ${code}`)));
    lines.once('line', (line) => {
      const m = /^civic-ledger listening on (http:\/\/\S+)$/.exec(line.trim());
      m ? resolve(m[1]) : reject(new Error(`unexpected first line ${line}`));
    });
  });
  const server = {
    url,
    dir,
    async stop() {
      running.delete(server);
      if (child.exitCode != null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
  running.add(server);
  return server;
}

export function token(dir, role, subject, jurisdiction, ttl) {
  const args = ['token', 'issue', '--data-dir', dir, '--role', role, '--subject', subject];
  if (jurisdiction) args.push('--jurisdiction', jurisdiction);
  if (ttl) args.push('--ttl', ttl);
  return cli(args).trim();
}

export function addUser(dir, username, password, role, jurisdiction) {
  const args = ['user', 'add', '--data-dir', dir, '--username', username, '--role', role];
  if (jurisdiction) args.push('--jurisdiction', jurisdiction);
  cli(args, password + '\n');
}

export async function gql(server, tokenValue, query, variables) {
  const response = await fetch(server.url + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenValue}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

// ---- credit codes (GB 32100-2015), to make valid applications

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A civil-affairs (5) code of `kind` digit ('1' group, '2' service org, '3' foundation) in `division`. */
export function creditCode(kind, division, serial) {
  const body8 = 'MJ' + String(serial).padStart(6, '0');
  // GB 11714 (position 17): letters valued by the Latin alphabet.
  const w11714 = [3, 7, 9, 10, 5, 8, 4, 2];
  const s11714 = [...body8].reduce((s, c, i) => s + parseInt(c, 36) * w11714[i], 0);
  const c17 = { 10: 'X', 11: '0' }[11 - (s11714 % 11)] ?? String(11 - (s11714 % 11));
  const first17 = `5${kind}${division}${body8}${c17}`;
  // GB 32100 (position 18): weights 3^i mod 31 over the USCC alphabet.
  let sum = 0;
  let weight = 1;
  for (const c of first17) {
    sum += ALPHABET.indexOf(c) * weight;
    weight = (weight * 3) % 31;
  }
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

export function application(name, serial, jurisdiction = '440305') {
  return {
    name,
    kind: 'SOCIAL_SERVICE_ORG',
    creditCode: creditCode('2', jurisdiction, serial),
    domicile: '深圳市南山区粤海街道1号',
    purpose: '为辖区老年人提供养老服务',
    businessScope: '居家养老、培训、咨询',
    legalRepresentative: { name: '王芳', idNumber: '11010519491231002X', phone: '13800138000' },
    registeredFunds: '30000.00',
    jurisdiction,
  };
}

export async function apply(server, tokenValue, input) {
  const data = await gql(
    server,
    tokenValue,
    'mutation($i: ApplyForRegistrationInput!) { applyForRegistration(input: $i) { organisation { id version } } }',
    { i: input },
  );
  return data.applyForRegistration.organisation;
}

// ---- letting statutory time pass: the ledger's past moved back, as tests/blackbox/backdate.rs does

const INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function shift(value, days) {
  if (typeof value === 'string') {
    const m = INSTANT.exec(value);
    if (m) {
      const at = new Date(m[1] + m[3]);
      if (Number.isNaN(at.getTime())) return value;
      at.setUTCDate(at.getUTCDate() - days);
      const fraction = ((m[2] ?? '.').slice(1) + '000000').slice(0, 6);
      return at.toISOString().slice(0, 19) + '.' + fraction + 'Z';
    }
    if (DAY.test(value)) {
      const d = new Date(value + 'T00:00:00Z');
      if (Number.isNaN(d.getTime())) return value;
      d.setUTCDate(d.getUTCDate() - days);
      return d.toISOString().slice(0, 10);
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => shift(v, days));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shift(v, days)]));
  return value;
}

function canonical(value) {
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (value && typeof value === 'object') {
    return '{' + Object.keys(value).sort().map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
  }
  return JSON.stringify(value);
}

/**
 * A new data directory holding `dir`'s ledger as if it had all happened `days` earlier: the
 * export with every instant and date moved back, its hash chains re-computed, imported. The
 * server on `dir` must be stopped.
 */
export function backdated(dir, days) {
  const lines = cli(['export', '--data-dir', dir]).split('\n').filter(Boolean);
  const heads = new Map();
  const out = lines.map((line) => {
    const event = JSON.parse(line);
    event.data = shift(event.data, days);
    event.metadata = shift(event.metadata, days);
    event.recordedAt = shift(event.recordedAt, days);
    const envelope = {};
    for (const k of ['data', 'id', 'kind', 'metadata', 'recordedAt', 'schema', 'stream', 'version']) envelope[k] = event[k];
    const prev = heads.get(event.stream) ?? Buffer.alloc(32);
    const hash = createHash('sha256').update(prev).update(canonical(envelope), 'utf8').digest();
    heads.set(event.stream, hash);
    event.hash = hash.toString('hex');
    return JSON.stringify(event);
  });
  const target = freshDir();
  // The same token key, so that tokens minted for `dir` work on the copy; the same sealing key,
  // so that bids sealed on `dir` open on the copy.
  execFileSync('cp', [join(dir, 'token.key'), join(target, 'token.key')]);
  if (existsSync(join(dir, 'bid-sealing.key'))) execFileSync('cp', [join(dir, 'bid-sealing.key'), join(target, 'bid-sealing.key')]);
  cli(['import', '--data-dir', target, '-'], out.join('\n') + '\n');
  return target;
}

// ---- the browser

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A page of a fresh browser context (its own sessionStorage and localStorage). */
export async function newPage(browser, server) {
  // A browser far from China: every time shown must still be China time.
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 860 },
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  return page;
}

/** Signs in by pasting a token, as a clerk would. */
export async function signInWithToken(page, tokenValue) {
  await page.goto('/app/');
  await page.getByRole('textbox', { name: /^(令牌|Token)$/ }).fill(tokenValue);
  await page.getByRole('button', { name: /使用令牌登录|Sign in with the token/ }).click();
  await page.locator('#sign-out').waitFor();
}

const AXE = readFileSync(join(here, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA violations on the page as it stands. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE }).catch(async () => {
    // The console's CSP forbids inline scripts: evaluate axe's source instead.
    await page.evaluate(AXE);
  });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return result;
}

// Fails the test with axe-core's findings on the page's main screen, if it has any.
export async function assertAccessible(page, what) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 2)}`);
}

/** The page (`fullPage: false`: the window only, for screens much longer than one). */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, name + '.png'), fullPage });
}

export function cleanup(...dirs) {
  for (const d of dirs) {
    rmSync(d, { recursive: true, force: true });
    if (databases.has(d)) {
      execFileSync('psql', [POSTGRES + '/postgres', '-q', '-c', `DROP DATABASE IF EXISTS ${databases.get(d)} WITH (FORCE)`]);
      databases.delete(d);
    }
  }
}

/**
 * Waits until `read()` resolves to `expected` (deep equality), for what the page shows after its
 * reload following a command: the notice comes first, the record read again just after it.
 */
export async function eventually(read, expected, { timeout = 10_000 } = {}) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    if (Date.now() > until) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(last, expected);
}

