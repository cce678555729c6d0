// Community menu ordering (点单, 民生微实事; issue 15): a jurisdiction's menu (服务菜单) and its
// communities' orders, public with every step's notice (公示); a community's order from the
// menu and the steps it takes (its residents' council's review, implementation, acceptance);
// the bureau's decision and its keeping of the menu. The procurement an order is bought through
// is drafted with procurement.js's own form, prefilled from the order. Shared pieces come from
// main.js as `ui`; this module does not import main.js.

import { h } from 'preact';
import { useState, useEffect } from 'preact/hooks';
import htm from 'htm';
import { gql, ApiError } from './api.js';
import { formatMoney, formatDateTime, trimmed } from './format.js';
import { toFen, useCommand, CommandButton, ReasonForm, FormField, refusalField } from './forms.js';
import { DraftForm } from './procurement.js';
import { fenToYuan } from './contract.js';

const html = htm.bind(h);

const yuan = (fen) => (fen == null ? '' : formatMoney(fenToYuan(fen)));

export const ORDER_STATUSES = ['NEEDS_COLLECTED', 'COUNCIL_APPROVED', 'REJECTED', 'DECIDED', 'IMPLEMENTING', 'ACCEPTED'];
const STEPS = ['COLLECT_NEEDS', 'COUNCIL_REVIEW', 'DECIDE', 'IMPLEMENT', 'ACCEPT'];
const TYPES = ['WORKS', 'SERVICES', 'GOODS'];

const MENU = `query Menu($j: String!) {
  menu(jurisdiction: $j) { jurisdiction version loadedAt
    items { code parent level nameZh nameEn itemType needs status retiredOn retiredReason capFen } }
}`;

const SUMMARY = 'id title status jurisdiction totalFen collectedAt community { unitId name } lines { code nameZh nameEn }';
const ORDERS = `query Orders($f: MenuOrderFilterInput) { menuOrders(filter: $f, first: 100) { totalCount nodes { ${SUMMARY} } } }`;
const ORDER = `query Order($id: UUID!) { menuOrder(id: $id) {
  ${SUMMARY} version menuVersion updatedAt councilApproved councilReason contractId
  lines { code nameZh nameEn itemType amountFen needs capFen }
  notices { step text at }
  implementation { by procurementId reference }
} }`;
const LINKED = `query Linked($id: UUID!) { procurement(id: $id) { id title status budget contract { id status } } }`;
const MINE = `query Mine { procurements(filter: {mine: true}, first: 100) { nodes { id title status budget } } }`;

const LOAD = `mutation Load($i: LoadDefaultMenuInput!) { loadDefaultMenu(input: $i) { version itemCount } }`;
const ADD = `mutation Add($i: AddMenuItemInput!) { addMenuItem(input: $i) { version } }`;
const RENAME = `mutation Rename($i: RenameMenuItemInput!) { renameMenuItem(input: $i) { version } }`;
const RETIRE = `mutation Retire($i: MenuItemReasonInput!) { retireMenuItem(input: $i) { version } }`;
const REINSTATE = `mutation Reinstate($i: MenuItemReasonInput!) { reinstateMenuItem(input: $i) { version } }`;
const COLLECT = `mutation Collect($i: CollectMenuOrderNeedsInput!) { collectMenuOrderNeeds(input: $i) { id } }`;
const REVIEW = `mutation Review($i: ReviewMenuOrderInput!) { reviewMenuOrder(input: $i) { version } }`;
const DECIDE = `mutation Decide($i: MenuOrderStepInput!) { decideMenuOrder(input: $i) { version } }`;
const IMPLEMENT = `mutation Implement($i: ImplementMenuOrderInput!) { implementMenuOrder(input: $i) { version } }`;
const ACCEPT = `mutation Accept($i: MenuOrderStepInput!) { acceptMenuOrder(input: $i) { version } }`;

/** The menu's screens, by the path under /app; null for any other path. */
export function menuRoute(path, params) {
  if (path === 'menu') return { screen: 'menu', view: 'menu', params };
  if (path === 'menu-orders') return { screen: 'menu', view: 'orders', params };
  if (path === 'menu-orders/new') return { screen: 'menu', view: 'order-form', params };
  const m = /^menu-orders\/([0-9a-fA-F-]{36})(\/procurement)?$/.exec(path);
  if (m) return { screen: 'menu', view: m[2] ? 'order-procurement' : 'order', id: m[1], params };
  return null;
}

/** The screen a menu route shows. */
export function MenuScreens({ ui, route }) {
  const { t, claims } = ui;
  const community = claims?.role === 'purchaser';
  switch (route.view) {
    case 'menu':
      return html`<${MenuPage} key=${route.params.toString()} ui=${ui} params=${route.params} />`;
    case 'orders':
      return html`<${OrderList} key=${route.params.toString()} ui=${ui} params=${route.params} />`;
    case 'order-form':
      return community ? html`<${OrderForm} ui=${ui} />` : html`<main id="main"><h1>${t('menu.orderTitle')}</h1><p class="notice">${t('menu.communityOnly')}</p></main>`;
    case 'order-procurement':
      return community ? html`<${OrderProcurement} key=${route.id} ui=${ui} id=${route.id} />` : html`<main id="main"><p class="notice">${t('menu.communityOnly')}</p></main>`;
    default:
      return html`<${OrderPage} key=${route.id + location.search} ui=${ui} id=${route.id} params=${route.params} />`;
  }
}

// ---- shared pieces of the screens

function OrderStatus({ t, status }) {
  return html`<span class=${'status status-menu-' + status.toLowerCase()}>${t('menu.statuses.' + status)}</span>`;
}

const itemName = (lang, i) => (lang === 'en' && i.nameEn ? i.nameEn : i.nameZh);

/** Whether a registrar's jurisdiction covers `of` (a city's 440300 covers Futian's 440304). */
function covers(mine, of) {
  if (!mine || !of) return false;
  const prefix = mine.replace(/(00)+$/, '');
  return of.startsWith(prefix);
}

/** A jurisdiction's menu, categories first then their items; null when none was loaded. */
async function loadMenu(jurisdiction, lang) {
  const d = await gql(MENU, { j: jurisdiction }, { lang });
  return d.menu;
}

/** The menu's categories, each with its items (the API gives them in code order). */
function categories(menu) {
  const out = [];
  for (const i of menu.items) {
    if (i.level === 1) out.push({ ...i, items: [] });
    else out.find((c) => c.code === i.parent)?.items.push(i);
  }
  return out;
}

/** The search box of a jurisdiction, for the public screens. */
function JurisdictionFilter({ ui, id, value, onSubmit, children }) {
  const { t } = ui;
  const [j, setJ] = useState(value);
  return html`<form class="search board-filter" role="search" aria-label=${t('menu.filters')} onSubmit=${(e) => (e.preventDefault(), onSubmit(trimmed(j)))}>
    <div class="field"><label for=${id}>${t('jurisdiction')}</label>
      <input id=${id} inputmode="numeric" value=${j} onInput=${(e) => setJ(e.currentTarget.value)} /></div>
    ${children}
    <button type="submit">${t('search')}</button>
  </form>`;
}

// ---- the menu

/** A jurisdiction's menu, public; the bureau keeps it from here. */
function MenuPage({ ui, params }) {
  const { t, lang, claims, ErrorText, Link, navigate } = ui;
  const jurisdiction = params.get('jurisdiction') ?? claims?.jurisdiction ?? '';
  const [menu, setMenu] = useState(undefined);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    if (!jurisdiction) return undefined;
    let live = true;
    loadMenu(jurisdiction, lang).then(
      (m) => live && setMenu(m),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [jurisdiction, lang, reload]);
  const keeper = claims?.role === 'admin' || (claims?.role === 'registrar' && claims.jurisdiction === jurisdiction);
  const done = (message) => () => (setNotice(t(message)), setReload((n) => n + 1));
  return html`<main id="main" class="menu">
    <h1>${t('menu.menuTitle')}${jurisdiction ? ' · ' + jurisdiction : ''}</h1>
    <p>${t('menu.menuIntro')}</p>
    <p class="actions"><${Link} href=${'/app/menu-orders' + (jurisdiction ? '?jurisdiction=' + jurisdiction : '')}>${t('menu.ordersTitle')}<//>
      ${claims?.role === 'purchaser' ? html` · <${Link} href="/app/menu-orders/new" class="button">${t('menu.orderTitle')}<//>` : null}</p>
    <${JurisdictionFilter} ui=${ui} id="menu-jurisdiction" value=${jurisdiction} onSubmit=${(j) => navigate('/app/menu?jurisdiction=' + encodeURIComponent(j))} />
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : null}
    <${ErrorText} error=${error} />
    ${jurisdiction && menu === undefined && !error ? html`<p role="status">${t('loading')}</p>` : null}
    ${menu === null ? html`<p class="empty" role="status">${t('menu.noMenu', { jurisdiction })}</p>` : null}
    ${menu === null && keeper
      ? html`<p>${t('menu.loadIntro')}</p>
          <${CommandButton} ui=${ui} id="menu-load" label=${t('menu.load')} mutation=${LOAD} input=${{ jurisdiction }} onDone=${done('menu.loaded')} />`
      : null}
    ${menu ? html`<p class="hint">${t('menu.version', { version: menu.version, at: formatDateTime(menu.loadedAt, lang) })}</p>` : null}
    ${menu ? categories(menu).map((c) => html`<${Category} key=${c.code} ui=${ui} category=${c} />`) : null}
    ${menu && keeper ? html`<${MenuAdmin} key=${menu.version} ui=${ui} menu=${menu} onDone=${(m) => (setNotice(m), setReload((n) => n + 1))} />` : null}
  </main>`;
}

function Category({ ui, category: c }) {
  const { t, lang } = ui;
  const id = 'menu-category-' + c.code;
  return html`<section aria-labelledby=${id}>
    <h2 id=${id}><code>${c.code}</code> ${itemName(lang, c)}${c.status === 'RETIRED' ? html` <span class="badge no">${t('menu.retired')}</span>` : null}</h2>
    ${c.items.length === 0
      ? html`<p class="empty">${t('menu.noItems')}</p>`
      : html`<table class="menu-items">
          <caption class="sr-only">${c.code} ${itemName(lang, c)}</caption>
          <thead><tr><th scope="col">${t('menu.code')}</th><th scope="col">${t('menu.name')}</th><th scope="col">${t('menu.type')}</th><th scope="col">${t('menu.cap')}</th><th scope="col">${t('menu.needs')}</th><th scope="col">${t('state')}</th></tr></thead>
          <tbody>${c.items.map(
            (i) => html`<tr id=${'menu-item-' + i.code} class=${i.status === 'RETIRED' ? 'superseded' : ''}>
              <td><code>${i.code}</code></td>
              <td>${i.nameZh}${i.nameEn ? html`<br /><span lang="en" class="hint">${i.nameEn}</span>` : null}</td>
              <td>${t('menu.types.' + i.itemType)}</td>
              <td class="money">${i.capFen == null ? t('menu.noCap') : yuan(i.capFen)}</td>
              <td>${i.needs.join('；')}</td>
              <td>${i.status === 'RETIRED'
                ? html`<span class="badge no">${t('menu.retired')}</span> ${t('menu.retiredOn', { on: i.retiredOn, reason: i.retiredReason })}`
                : t('menu.active')}</td>
            </tr>`,
          )}</tbody>
        </table>`}
  </section>`;
}

/** Which input a menu command's refusal belongs to: the last part of the field it names. */
function menuField(error, names) {
  const last = String(error?.field ?? '').split('.').pop();
  return error && names.includes(last) ? last : null;
}

/** The bureau's keeping of the menu: add an entry, rename one, retire or reinstate one. */
function MenuAdmin({ ui, menu, onDone }) {
  const { t, lang, ErrorText } = ui;
  const base = { jurisdiction: menu.jurisdiction, expectedVersion: menu.version };
  const [add, setAdd] = useState({ code: '', nameZh: '', nameEn: '', type: '', needs: '' });
  const [code, setCode] = useState(menu.items.find((i) => i.level === 2)?.code ?? '');
  const entry = menu.items.find((i) => i.code === code);
  const [rename, setRename] = useState({ nameZh: entry?.nameZh ?? '', nameEn: entry?.nameEn ?? '', reason: '' });
  const adding = useCommand(lang, { untilRemount: true });
  const renaming = useCommand(lang, { untilRemount: true });
  const pick = (c) => {
    const e = menu.items.find((i) => i.code === c);
    setCode(c);
    setRename({ nameZh: e?.nameZh ?? '', nameEn: e?.nameEn ?? '', reason: '' });
  };
  const sendAdd = (e) => {
    e.preventDefault();
    const input = { ...base, code: trimmed(add.code).toUpperCase(), nameZh: trimmed(add.nameZh) };
    if (trimmed(add.nameEn)) input.nameEn = trimmed(add.nameEn);
    if (add.type) input.type = add.type;
    const needs = add.needs.split('\n').map(trimmed).filter(Boolean);
    if (needs.length) input.needs = needs;
    adding.run(ADD, input, () => onDone(t('menu.added')));
  };
  const sendRename = (e) => {
    e.preventDefault();
    const input = { ...base, code, nameZh: trimmed(rename.nameZh), reason: trimmed(rename.reason) };
    if (trimmed(rename.nameEn)) input.nameEn = trimmed(rename.nameEn);
    renaming.run(RENAME, input, () => onDone(t('menu.renamed')));
  };
  const addAt = menuField(adding.error, ['code', 'nameZh', 'nameEn', 'type', 'needs']);
  const renameAt = menuField(renaming.error, ['nameZh', 'nameEn', 'reason']);
  const on = (command, at, f) => (at === f ? command.error : null);
  return html`<section class="decision" aria-labelledby="menu-admin-heading">
    <h2 id="menu-admin-heading">${t('menu.adminTitle')}</h2>
    <form class="apply" id="menu-add" onSubmit=${sendAdd} novalidate aria-labelledby="menu-add-heading">
      <h3 id="menu-add-heading">${t('menu.addTitle')}</h3>
      <p>${t('menu.addIntro')}</p>
      <${FormField} ui=${ui} id="menu-add-code" label=${t('menu.code')} value=${add.code} onInput=${(v) => setAdd({ ...add, code: v })} hint=${t('menu.codeHint')} error=${on(adding, addAt, 'code')} spellcheck=${false} />
      <${FormField} ui=${ui} id="menu-add-nameZh" label=${t('menu.nameZh')} value=${add.nameZh} onInput=${(v) => setAdd({ ...add, nameZh: v })} error=${on(adding, addAt, 'nameZh')} />
      <${FormField} ui=${ui} id="menu-add-nameEn" label=${t('menu.nameEn')} value=${add.nameEn} onInput=${(v) => setAdd({ ...add, nameEn: v })} error=${on(adding, addAt, 'nameEn')} lang="en" />
      <div class=${'field' + (addAt === 'type' ? ' invalid' : '')}>
        <label for="menu-add-type">${t('menu.type')}</label>
        <select id="menu-add-type" value=${add.type} onChange=${(e) => setAdd({ ...add, type: e.currentTarget.value })}
          aria-invalid=${addAt === 'type' ? 'true' : undefined} aria-describedby=${addAt === 'type' ? 'menu-add-type-error' : undefined}>
          <option value="">${t('menu.categoryType')}</option>
          ${TYPES.map((k) => html`<option value=${k}>${t('menu.types.' + k)}</option>`)}
        </select>
        ${addAt === 'type' ? html`<${ErrorText} error=${adding.error} id="menu-add-type-error" />` : null}
      </div>
      <${FormField} ui=${ui} id="menu-add-needs" label=${t('menu.needsAnswered')} rows="3" value=${add.needs} onInput=${(v) => setAdd({ ...add, needs: v })} hint=${t('menu.needsHint')} error=${on(adding, addAt, 'needs')} />
      <div class="action">
        <button type="submit" id="menu-add-submit" disabled=${adding.busy}>${t('menu.add')}</button>
        ${adding.error && !addAt ? html`<${ErrorText} error=${adding.error} id="menu-add-error" />` : null}
      </div>
    </form>
    <h3>${t('menu.entryTitle')}</h3>
    <div class="field">
      <label for="menu-entry">${t('menu.entry')}</label>
      <select id="menu-entry" value=${code} onChange=${(e) => pick(e.currentTarget.value)}>
        ${menu.items.map((i) => html`<option value=${i.code}>${i.level === 2 ? '\u3000' : ''}${i.code} ${i.nameZh}${i.status === 'RETIRED' ? ' ' + t('menu.retiredMark') : ''}</option>`)}
      </select>
    </div>
    ${entry
      ? html`<form class="apply" id="menu-rename" onSubmit=${sendRename} novalidate aria-labelledby="menu-rename-heading">
            <h4 id="menu-rename-heading">${t('menu.renameTitle', { code })}</h4>
            <${FormField} ui=${ui} id="menu-rename-nameZh" label=${t('menu.nameZh')} value=${rename.nameZh} onInput=${(v) => setRename({ ...rename, nameZh: v })} error=${on(renaming, renameAt, 'nameZh')} />
            <${FormField} ui=${ui} id="menu-rename-nameEn" label=${t('menu.nameEn')} value=${rename.nameEn} onInput=${(v) => setRename({ ...rename, nameEn: v })} error=${on(renaming, renameAt, 'nameEn')} lang="en" />
            <${FormField} ui=${ui} id="menu-rename-reason" label=${t('reasonLabel')} rows="2" value=${rename.reason} onInput=${(v) => setRename({ ...rename, reason: v })} error=${on(renaming, renameAt, 'reason')} />
            <div class="action">
              <button type="submit" id="menu-rename-submit" disabled=${renaming.busy}>${t('menu.rename')}</button>
              ${renaming.error && !renameAt ? html`<${ErrorText} error=${renaming.error} id="menu-rename-error" />` : null}
            </div>
          </form>
          <${ReasonForm} key=${code} ui=${ui} id="menu-retire" danger=${entry.status !== 'RETIRED'} untilRemount
            title=${t(entry.status === 'RETIRED' ? 'menu.reinstateTitle' : 'menu.retireTitle', { code })}
            intro=${t(entry.status === 'RETIRED' ? 'menu.reinstateIntro' : 'menu.retireIntro')}
            submitLabel=${t(entry.status === 'RETIRED' ? 'menu.reinstate' : 'menu.retire')}
            mutation=${entry.status === 'RETIRED' ? REINSTATE : RETIRE} input=${{ ...base, code }}
            onDone=${() => onDone(t(entry.status === 'RETIRED' ? 'menu.reinstated' : 'menu.retiredDone'))} />`
      : null}
  </section>`;
}

// ---- the orders

function OrderList({ ui, params }) {
  const { t, lang, claims, ErrorText, Link, navigate } = ui;
  const community = claims?.role === 'purchaser' && claims.organisation;
  const mine = community && params.get('mine') !== '0';
  const jurisdiction = params.get('jurisdiction') ?? (mine ? '' : claims?.jurisdiction ?? '');
  const status = params.get('status') ?? '';
  const [statusPick, setStatusPick] = useState(status);
  const [rows, setRows] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    const f = {};
    if (mine) f.communityUnit = claims.organisation;
    else if (jurisdiction) f.jurisdiction = jurisdiction;
    else return undefined;
    if (status) f.status = status;
    let live = true;
    gql(ORDERS, { f }, { lang }).then(
      (d) => live && setRows(d.menuOrders),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [mine, jurisdiction, status, lang]);
  const search = (j) => {
    const p = new URLSearchParams({ mine: '0' });
    if (j) p.set('jurisdiction', j);
    if (statusPick) p.set('status', statusPick);
    navigate('/app/menu-orders?' + p);
  };
  return html`<main id="main">
    <h1>${t(mine ? 'menu.mineTitle' : 'menu.ordersTitle')}</h1>
    <p>${t('menu.ordersIntro')}</p>
    <p class="actions">
      ${community ? html`<${Link} href="/app/menu-orders/new" class="button">${t('menu.orderTitle')}<//> · <${Link} href=${mine ? '/app/menu-orders?mine=0' : '/app/menu-orders'}>${t(mine ? 'menu.ordersTitle' : 'menu.mineTitle')}<//> · ` : null}
      <${Link} href=${'/app/menu' + (jurisdiction ? '?jurisdiction=' + jurisdiction : '')}>${t('menu.menuTitle')}<//>
    </p>
    ${mine
      ? null
      : html`<${JurisdictionFilter} ui=${ui} id="orders-jurisdiction" value=${jurisdiction} onSubmit=${search}>
          <div class="field"><label for="orders-status">${t('state')}</label>
            <select id="orders-status" value=${statusPick} onChange=${(e) => setStatusPick(e.currentTarget.value)}>
              <option value="">${t('menu.anyStatus')}</option>
              ${ORDER_STATUSES.map((s) => html`<option value=${s}>${t('menu.statuses.' + s)}</option>`)}
            </select></div>
        <//>`}
    <${ErrorText} error=${error} />
    ${rows && rows.nodes.length === 0 ? html`<p class="empty" role="status">${t('menu.noOrders')}</p>` : null}
    ${rows && rows.nodes.length > 0
      ? html`<table class="board menu-orders">
          <caption>${t('menu.ordersCount', { count: rows.totalCount })}</caption>
          <thead><tr><th scope="col">${t('menu.orderTitleField')}</th><th scope="col">${t('menu.community')}</th><th scope="col">${t('menu.items')}</th><th scope="col">${t('menu.total')}</th><th scope="col">${t('menu.collectedAt')}</th><th scope="col">${t('state')}</th></tr></thead>
          <tbody>${rows.nodes.map(
            (o) => html`<tr>
              <td><${Link} href=${'/app/menu-orders/' + o.id}>${o.title}<//></td>
              <td>${o.community.name}</td>
              <td>${o.lines.map((l) => `${l.code} ${itemName(lang, l)}`).join('、')}</td>
              <td class="money">${yuan(o.totalFen)}</td>
              <td>${formatDateTime(o.collectedAt, lang)}</td>
              <td><${OrderStatus} t=${t} status=${o.status} /></td>
            </tr>`,
          )}</tbody>
        </table>`
      : null}
  </main>`;
}

/**
 * The line of an order a refusal concerns: the ledger's refusals of a line name its item first
 * (`“A02 居家养老上门服务”已于…停用（reason）`), so the picked code named earliest in the message,
 * whatever a reason quoted after it names.
 */
function lineOf(error, codes) {
  if (!error) return null;
  const message = String(error.message);
  const at = (c) => message.search(new RegExp(`(^|[^A-Za-z0-9])${c}([^0-9]|$)`));
  const named = codes.filter((c) => at(c) >= 0).sort((a, b) => at(a) - at(b));
  return named[0] ?? null;
}

/**
 * A community orders from its jurisdiction's menu: items picked from the tree, each with its
 * amount in yuan as typed and the needs its residents stated, and the notice of the needs
 * collected. A refusal shows at the line it concerns (the item a MENU-ITEM refusal names, the
 * amount a MENU-CAP refusal names), else at its field or the button.
 */
function OrderForm({ ui }) {
  const { t, lang, claims, ErrorText, navigate } = ui;
  const [menu, setMenu] = useState(undefined);
  const [loadError, setLoadError] = useState(null);
  const [v, setV] = useState({ communityName: '', title: '', notice: '' });
  const [lines, setLines] = useState({});
  const [local, setLocal] = useState(null);
  const command = useCommand(lang);
  useEffect(() => {
    let live = true;
    loadMenu(claims.jurisdiction, lang).then(
      (m) => live && setMenu(m),
      (e) => live && setLoadError(e),
    );
    return () => {
      live = false;
    };
  }, [claims.jurisdiction, lang]);
  const picked = menu ? menu.items.filter((i) => lines[i.code]) : [];
  const setLine = (code, k, value) => setLines((old) => ({ ...old, [code]: { ...old[code], [k]: value } }));
  const toggle = (code, on) => setLines((old) => {
    const next = { ...old };
    if (on) next[code] = { amount: '', needs: '' };
    else delete next[code];
    return next;
  });
  const submit = (e) => {
    e.preventDefault();
    const out = [];
    for (const i of picked) {
      const fen = toFen(lines[i.code].amount);
      if (fen == null) return setLocal(new ApiError(t('menu.moneyInvalid', { code: i.code }), { code: 'VALIDATION', field: 'lines.amountFen' }));
      out.push({ code: i.code, amountFen: fen, needs: trimmed(lines[i.code].needs) });
    }
    setLocal(null);
    const input = { communityName: trimmed(v.communityName), title: trimmed(v.title), lines: out, notice: trimmed(v.notice) };
    command.run(COLLECT, input, (d) => navigate('/app/menu-orders/' + d.collectMenuOrderNeeds.id + '?collected=1'));
  };
  const error = local ?? command.error;
  const field = refusalField(error, { communityName: 'communityName', community: 'communityName', title: 'title', notice: 'notice', lines: 'lines' }, { 'MENU-NOTICE': 'notice' });
  const line = field === 'lines' || ['MENU-ITEM', 'MENU-CAP'].includes(error?.rule) ? lineOf(error, picked.map((i) => i.code)) : null;
  const lineField = line && (String(error.field ?? '').endsWith('needs') ? 'needs' : error.rule === 'MENU-CAP' || String(error.field ?? '').endsWith('amountFen') ? 'amount' : 'item');
  const atButton = error && !line && (!field || field === 'lines');
  const on = (f) => (field === f ? error : null);
  const onLine = (code, f) => (line === code && lineField === f ? error : null);
  return html`<main id="main">
    <h1>${t('menu.orderTitle')}</h1>
    <p>${t('menu.orderIntro', { jurisdiction: claims.jurisdiction })}</p>
    <${ErrorText} error=${loadError} />
    ${menu === null ? html`<p class="error" role="alert">${t('menu.noMenu', { jurisdiction: claims.jurisdiction })}</p>` : null}
    ${menu === undefined && !loadError ? html`<p role="status">${t('loading')}</p>` : null}
    ${menu
      ? html`<form class="apply menu-order" onSubmit=${submit} novalidate>
          <${FormField} ui=${ui} id="order-community" label=${t('menu.communityName')} value=${v.communityName} onInput=${(x) => setV({ ...v, communityName: x })} hint=${t('menu.communityHint')} error=${on('communityName')} />
          <${FormField} ui=${ui} id="order-title" label=${t('menu.orderTitleField')} value=${v.title} onInput=${(x) => setV({ ...v, title: x })} error=${on('title')} />
          ${categories(menu).map(
            (c) => html`<fieldset class="members menu-pick" key=${c.code}>
              <legend><code>${c.code}</code> ${itemName(lang, c)}${c.status === 'RETIRED' ? ' ' + t('menu.retiredMark') : ''}</legend>
              ${c.items.map((i) => {
                const chosen = lines[i.code];
                const retired = i.status === 'RETIRED';
                const itemError = onLine(i.code, 'item');
                const capHint = i.capFen == null ? t('menu.noCapHint') : t('menu.capHint', { cap: yuan(i.capFen), type: t('menu.types.' + i.itemType) });
                return html`<div class=${'menu-line' + (itemError ? ' invalid' : '')} id=${'order-line-' + i.code}>
                  <div class="field checkbox">
                    <input type="checkbox" id=${'order-pick-' + i.code} checked=${!!chosen} disabled=${retired && !chosen}
                      aria-describedby=${['order-pick-' + i.code + '-hint', itemError ? 'order-pick-' + i.code + '-error' : null].filter(Boolean).join(' ')}
                      aria-invalid=${itemError ? 'true' : undefined} onChange=${(e) => toggle(i.code, e.currentTarget.checked)} />
                    <label for=${'order-pick-' + i.code}><code>${i.code}</code> ${itemName(lang, i)} · ${t('menu.types.' + i.itemType)}${retired ? ' ' + t('menu.retiredMark') : ''}</label>
                    <p class="hint" id=${'order-pick-' + i.code + '-hint'}>${t('menu.answers', { needs: i.needs.join('；') })} ${capHint}</p>
                    ${itemError ? html`<${ErrorText} error=${itemError} id=${'order-pick-' + i.code + '-error'} />` : null}
                  </div>
                  ${chosen
                    ? html`<${FormField} ui=${ui} id=${'order-amount-' + i.code} label=${t('menu.amount', { code: i.code })} value=${chosen.amount} inputmode="decimal"
                          onInput=${(x) => setLine(i.code, 'amount', x)} hint=${capHint} error=${onLine(i.code, 'amount')} />
                        <${FormField} ui=${ui} id=${'order-needs-' + i.code} label=${t('menu.statedNeeds', { code: i.code })} rows="2" value=${chosen.needs}
                          onInput=${(x) => setLine(i.code, 'needs', x)} error=${onLine(i.code, 'needs')} />`
                    : null}
                </div>`;
              })}
            </fieldset>`,
          )}
          <p class="sum" id="order-total">${t('menu.orderTotal', { total: yuan(picked.reduce((s, i) => s + (toFen(lines[i.code].amount) ?? 0), 0)), count: picked.length })}</p>
          <${FormField} ui=${ui} id="order-notice" label=${t('menu.noticeOf', { step: t('menu.steps.COLLECT_NEEDS') })} rows="3" value=${v.notice} onInput=${(x) => setV({ ...v, notice: x })} hint=${t('menu.noticeHint')} error=${on('notice')} />
          <div class="action">
            <button type="submit" id="order-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('menu.collect')}</button>
            ${atButton ? html`<${ErrorText} error=${error} id="order-error" />` : null}
          </div>
        </form>`
      : null}
  </main>`;
}

/** The procurement an order names, and the contract signed from it, as the public reads them. */
function Implementation({ ui, order }) {
  const { t, lang, Link } = ui;
  const impl = order.implementation;
  const [p, setP] = useState(undefined);
  useEffect(() => {
    if (!impl?.procurementId) return undefined;
    let live = true;
    gql(LINKED, { id: impl.procurementId }, { lang }).then(
      (d) => live && setP(d.procurement),
      () => live && setP(null),
    );
    return () => {
      live = false;
    };
  }, [impl?.procurementId, lang]);
  if (!impl) return null;
  return html`<section aria-labelledby="implementation-heading">
    <h2 id="implementation-heading">${t('menu.implementation')}</h2>
    ${impl.by === 'PROJECT_APPLICATION'
      ? html`<p id="order-application">${t('menu.byApplication', { reference: impl.reference })}</p>`
      : html`<dl class="facts">
          <div><dt>${t('menu.procurement')}</dt><dd><${Link} href=${'/app/procurements/' + impl.procurementId} id="order-procurement-link">${p?.title ?? impl.procurementId}<//>
            ${p ? html` · ${t('proc.statuses.' + p.status)} · ${t('menu.budget', { budget: formatMoney(p.budget) })}` : null}</dd></div>
          <div><dt>${t('menu.contract')}</dt><dd>${p?.contract
            ? html`<${Link} href=${'/app/contracts/' + p.contract.id} id="order-contract-link">${t('con.contractLink', { status: t('con.statuses.' + p.contract.status) })}<//>`
            : t('menu.noContract')}</dd></div>
        </dl>`}
  </section>`;
}

/** An order's page: its lines and every step's public notice; the next step for who takes it. */
function OrderPage({ ui, id, params }) {
  const { t, lang, claims, ErrorText, Link } = ui;
  const [order, setOrder] = useState(undefined);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(params.has('collected') ? t('menu.collected') : params.has('drafted') ? t('menu.drafted') : null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    gql(ORDER, { id }, { lang }).then(
      (d) => live && setOrder(d.menuOrder),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [id, lang, reload]);
  if (error) return html`<main id="main"><${ErrorText} error=${error} /></main>`;
  if (order === undefined) return html`<main id="main"><p role="status">${t('loading')}</p></main>`;
  if (order === null) return html`<main id="main"><h1>${t('menu.notFound')}</h1></main>`;
  const own = claims?.role === 'purchaser' && claims.organisation === order.community.unitId;
  const bureau = claims?.role === 'admin' || (claims?.role === 'registrar' && covers(claims.jurisdiction, order.jurisdiction));
  // Whether this reader takes the order's next step here; else the page says who does.
  const acting = (own && ['NEEDS_COLLECTED', 'DECIDED', 'IMPLEMENTING'].includes(order.status)) || (bureau && order.status === 'COUNCIL_APPROVED');
  const done = (message) => () => (setNotice(t(message)), setReload((n) => n + 1));
  const base = { orderId: order.id, expectedVersion: order.version };
  const step = (s) => order.notices.find((n) => n.step === s);
  const noticeLabel = (s) => t('menu.noticeOf', { step: t('menu.steps.' + s) });
  return html`<main id="main" class="menu-order">
    <h1>${order.title}</h1>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : null}
    <p><${OrderStatus} t=${t} status=${order.status} /> ${order.community.name} · ${t('jurisdiction')} ${order.jurisdiction} · ${t('menu.total')} <span id="order-total-amount">${yuan(order.totalFen)}</span>${' · '}<${Link} href=${'/app/menu-orders?mine=0&jurisdiction=' + order.jurisdiction}>${t('menu.ordersTitle')}<//></p>
    <section aria-labelledby="lines-heading">
      <h2 id="lines-heading">${t('menu.lines')}</h2>
      <table class="menu-lines"><caption class="sr-only">${t('menu.lines')}</caption>
        <thead><tr><th scope="col">${t('menu.code')}</th><th scope="col">${t('menu.name')}</th><th scope="col">${t('menu.type')}</th><th scope="col">${t('menu.amountShort')}</th><th scope="col">${t('menu.cap')}</th><th scope="col">${t('menu.statedNeedsShort')}</th></tr></thead>
        <tbody>${order.lines.map(
          (l) => html`<tr><td><code>${l.code}</code></td><td>${itemName(lang, l)}</td><td>${t('menu.types.' + l.itemType)}</td>
            <td class="money">${yuan(l.amountFen)}</td><td class="money">${l.capFen == null ? t('menu.noCap') : yuan(l.capFen)}</td><td>${l.needs}</td></tr>`,
        )}</tbody>
      </table>
      <p class="hint">${t('menu.menuVersion', { version: order.menuVersion })}</p>
    </section>
    <section aria-labelledby="notices-heading">
      <h2 id="notices-heading">${t('menu.notices')}</h2>
      <ol class="menu-notices">${STEPS.map((s) => {
        const n = step(s);
        return html`<li id=${'notice-' + s} class=${n ? 'done' : 'pending'}>
          <strong>${t('menu.steps.' + s)}</strong>
          ${n ? html` · <time datetime=${n.at}>${formatDateTime(n.at, lang)}</time><p>${n.text}</p>` : html` · <span class="hint">${t(order.status === 'REJECTED' ? 'menu.stepEnded' : 'menu.stepPending')}</span>`}
          ${s === 'COUNCIL_REVIEW' && order.councilApproved != null
            ? html`<p id="council-decision">${t(order.councilApproved ? 'menu.councilApproved' : 'menu.councilRejected', { reason: order.councilReason })}</p>`
            : null}
        </li>`;
      })}</ol>
    </section>
    <${Implementation} ui=${ui} order=${order} />
    ${own || bureau
      ? html`<section class="decision" aria-labelledby="order-actions-heading">
          <h2 id="order-actions-heading">${t(own ? 'menu.communityActions' : 'menu.bureauActions')}</h2>
          ${own && order.status === 'NEEDS_COLLECTED' ? html`<${ReviewForm} key=${order.version} ui=${ui} base=${base} onDone=${done('menu.reviewed')} />` : null}
          ${bureau && order.status === 'COUNCIL_APPROVED'
            ? html`<${ReasonForm} key=${'decide' + order.version} ui=${ui} id="order-decide" untilRemount title=${t('menu.decideTitle')} intro=${t('menu.decideIntro', { total: yuan(order.totalFen) })}
                reasonLabel=${noticeLabel('DECIDE')} reasonKey="notice" submitLabel=${t('menu.decide')} mutation=${DECIDE} input=${base} onDone=${done('menu.decided')} />`
            : null}
          ${own && order.status === 'DECIDED'
            ? html`<p><${Link} href=${'/app/menu-orders/' + order.id + '/procurement'} class="button" id="order-draft-link">${t('menu.draftProcurement')}<//></p>
                <${ImplementForm} key=${order.version} ui=${ui} order=${order} base=${base} preselect=${params.get('procurement')} onDone=${done('menu.implemented')} />`
            : null}
          ${own && order.status === 'IMPLEMENTING'
            ? html`<${ReasonForm} key=${'accept' + order.version} ui=${ui} id="order-accept" untilRemount title=${t('menu.acceptTitle')} intro=${t('menu.acceptIntro')}
                reasonLabel=${noticeLabel('ACCEPT')} reasonKey="notice" submitLabel=${t('menu.accept')} mutation=${ACCEPT} input=${base} onDone=${done('menu.accepted')} />`
            : null}
          ${acting ? null : html`<p class="hint" id="order-waiting">${t('menu.waiting.' + order.status)}</p>`}
        </section>`
      : null}
  </main>`;
}

/** The residents' council's review (居民议事会审议): approved or not, its reason, the notice. */
function ReviewForm({ ui, base, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [approved, setApproved] = useState(true);
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const command = useCommand(lang, { untilRemount: true });
  const send = (e) => {
    e.preventDefault();
    command.run(REVIEW, { ...base, approved, reason: trimmed(reason), notice: trimmed(text) }, onDone);
  };
  const at = refusalField(command.error, { reason: 'reason', notice: 'notice' }, { 'MENU-NOTICE': 'notice' });
  return html`<form class="reason-form" id="order-review" onSubmit=${send} novalidate aria-labelledby="order-review-heading">
    <h3 id="order-review-heading">${t('menu.reviewTitle')}</h3>
    <p>${t('menu.reviewIntro')}</p>
    <fieldset class="result">
      <legend>${t('menu.councilOutcome')}</legend>
      <div class="field checkbox"><input type="radio" name="council" id="order-review-approve" checked=${approved} onChange=${() => setApproved(true)} />
        <label for="order-review-approve">${t('menu.approve')}</label></div>
      <div class="field checkbox"><input type="radio" name="council" id="order-review-reject" checked=${!approved} onChange=${() => setApproved(false)} />
        <label for="order-review-reject">${t('menu.reject')}</label></div>
    </fieldset>
    <${FormField} ui=${ui} id="order-review-reason" label=${t('menu.councilReason')} rows="2" value=${reason} onInput=${setReason} hint=${t('menu.councilReasonHint')} error=${at === 'reason' ? command.error : null} />
    <${FormField} ui=${ui} id="order-review-notice" label=${t('menu.noticeOf', { step: t('menu.steps.COUNCIL_REVIEW') })} rows="2" value=${text} onInput=${setText} error=${at === 'notice' ? command.error : null} />
    <div class="action">
      <button type="submit" id="order-review-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('menu.review')}</button>
      ${command.error && !at ? html`<${ErrorText} error=${command.error} id="order-review-error" />` : null}
    </div>
  </form>`;
}

/**
 * Implementation (实施): the procurement of the community's unit that buys the items (the one
 * just drafted from this order preselected), or a project application's reference.
 */
function ImplementForm({ ui, order, base, preselect, onDone }) {
  const { t, lang, ErrorText } = ui;
  const [mine, setMine] = useState(null);
  const [by, setBy] = useState('PROCUREMENT');
  const [procurementId, setProcurementId] = useState(preselect ?? '');
  const [reference, setReference] = useState('');
  const [text, setText] = useState('');
  const command = useCommand(lang, { untilRemount: true });
  useEffect(() => {
    let live = true;
    gql(MINE, {}, { lang }).then(
      (d) => live && setMine(d.procurements.nodes.filter((p) => !['FAILED', 'CANCELLED'].includes(p.status))),
      () => live && setMine([]),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  const send = (e) => {
    e.preventDefault();
    const input = { ...base, notice: trimmed(text) };
    if (by === 'PROCUREMENT') input.procurementId = procurementId || null;
    else input.projectApplication = trimmed(reference);
    command.run(IMPLEMENT, input, onDone);
  };
  const at = refusalField(command.error, { notice: 'notice', reference: 'reference', procurementId: 'procurement' }, { 'MENU-NOTICE': 'notice', 'MENU-CAP': 'procurement' });
  const onProcurement = at === 'procurement' || (by === 'PROCUREMENT' && command.error?.rule === 'MENU-FLOW' && !command.error.field);
  const procurementError = onProcurement ? command.error : null;
  return html`<form class="reason-form" id="order-implement" onSubmit=${send} novalidate aria-labelledby="order-implement-heading">
    <h3 id="order-implement-heading">${t('menu.implementTitle')}</h3>
    <p>${t('menu.implementIntro', { total: yuan(order.totalFen) })}</p>
    <fieldset class="result">
      <legend>${t('menu.implementBy')}</legend>
      <div class="field checkbox"><input type="radio" name="by" id="order-by-procurement" checked=${by === 'PROCUREMENT'} onChange=${() => setBy('PROCUREMENT')} />
        <label for="order-by-procurement">${t('menu.byProcurement')}</label></div>
      <div class="field checkbox"><input type="radio" name="by" id="order-by-application" checked=${by === 'PROJECT_APPLICATION'} onChange=${() => setBy('PROJECT_APPLICATION')} />
        <label for="order-by-application">${t('menu.byApplicationLabel')}</label></div>
    </fieldset>
    ${by === 'PROCUREMENT'
      ? html`<div class=${'field' + (procurementError ? ' invalid' : '')}>
          <label for="order-procurement">${t('menu.procurement')}</label>
          <select id="order-procurement" value=${procurementId} onChange=${(e) => setProcurementId(e.currentTarget.value)}
            aria-invalid=${procurementError ? 'true' : undefined} aria-describedby=${'order-procurement-hint' + (procurementError ? ' order-procurement-error' : '')}>
            <option value="">${t('menu.pickProcurement')}</option>
            ${(mine ?? []).map((p) => html`<option value=${p.id}>${p.title} · ${t('proc.statuses.' + p.status)} · ${formatMoney(p.budget)}</option>`)}
          </select>
          <p class="hint" id="order-procurement-hint">${t('menu.procurementHint')}</p>
          ${procurementError ? html`<${ErrorText} error=${procurementError} id="order-procurement-error" />` : null}
        </div>`
      : html`<${FormField} ui=${ui} id="order-reference" label=${t('menu.reference')} value=${reference} onInput=${setReference} error=${at === 'reference' ? command.error : null} />`}
    <${FormField} ui=${ui} id="order-implement-notice" label=${t('menu.noticeOf', { step: t('menu.steps.IMPLEMENT') })} rows="2" value=${text} onInput=${setText} error=${at === 'notice' ? command.error : null} />
    <div class="action">
      <button type="submit" id="order-implement-submit" disabled=${command.busy}>${command.busy ? t('submitting') : t('menu.implement')}</button>
      ${command.error && !at && !procurementError ? html`<${ErrorText} error=${command.error} id="order-implement-error" />` : null}
    </div>
  </form>`;
}

/**
 * The procurement for a decided order, drafted with the purchaser's own draft form (not a copy
 * of it): its title, description (each item with the needs stated), purchaser and budget
 * prefilled from the order; once drafted the order's page opens with it picked to implement.
 */
function OrderProcurement({ ui, id }) {
  const { t, lang, ErrorText, navigate } = ui;
  const [order, setOrder] = useState(undefined);
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    gql(ORDER, { id }, { lang }).then(
      (d) => live && setOrder(d.menuOrder),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [id, lang]);
  if (error) return html`<main id="main"><${ErrorText} error=${error} /></main>`;
  if (order === undefined) return html`<main id="main"><p role="status">${t('loading')}</p></main>`;
  if (order === null) return html`<main id="main"><h1>${t('menu.notFound')}</h1></main>`;
  const prefill = {
    purchaser: order.community.name,
    title: order.title,
    description: order.lines.map((l) => `${l.code} ${l.nameZh}：${l.needs}`).join('\n'),
    budget: fenToYuan(order.totalFen),
  };
  return html`<${DraftForm} ui=${ui} prefill=${prefill}
    context=${html`<p class="notice" id="draft-for-order">${t('menu.draftFor', { title: order.title, total: yuan(order.totalFen) })}</p>`}
    onDrafted=${(procurementId) => navigate(`/app/menu-orders/${order.id}?drafted=1&procurement=${procurementId}`)} />`;
}
