// Purchase-of-services statistics (issue 14): a jurisdiction's spending by catalogue item
// (awarded, contracted, paid) as a chart and a table, and how its procurements fared. For
// purchasers and registrars (their own jurisdiction), auditors and administrators (any, or all).

import { h } from 'preact';
import { useState, useEffect } from 'preact/hooks';
import htm from 'htm';
import { gql } from './api.js';
import { formatMoney, trimmed } from './format.js';
import { PairedBars } from './charts.js';
import { loadCatalogue } from './procurement.js';

const html = htm.bind(h);

const SPENDING = `query Spending($j: String, $after: String) {
  spending(by: CATALOGUE_ITEM, jurisdiction: $j, first: 100, after: $after) {
    jurisdiction nextCursor groups { key awarded awardedFen awards contracted contractedFen paid paidFen contracts }
  }
  purchaseStatistics(jurisdiction: $j) {
    published opened fewerThanThreeValidBids shareFewerThanThreeValidBids awards awarded averageDaysToAward grades { grade evaluations }
  }
}`;

const yuan = (fen) => formatMoney(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);

export function Statistics({ ui, params }) {
  const { t, lang, claims, ErrorText, navigate } = ui;
  const any = claims?.role === 'auditor' || claims?.role === 'admin';
  const asked = params.get('jurisdiction') ?? (any ? '' : claims?.jurisdiction ?? '');
  const [jurisdiction, setJurisdiction] = useState(asked);
  const [data, setData] = useState(null);
  const [names, setNames] = useState({});
  const [error, setError] = useState(null);
  useEffect(() => {
    let live = true;
    setError(null);
    gql(SPENDING, { j: asked || null, after: null }, { lang })
      .then(async (d) => {
        if (!live) return;
        setData(d);
        // The items' names from the jurisdiction's catalogue (codes alone for all jurisdictions).
        const j = d.spending.jurisdiction;
        if (j) {
          const items = await loadCatalogue(j, lang).catch(() => null);
          if (live && items) setNames(Object.fromEntries(items.map((i) => [i.code, lang === 'en' ? i.nameEn : i.nameZh])));
        }
      })
      .catch((e) => live && (setError(e), setData(null)));
    return () => {
      live = false;
    };
  }, [asked, lang]);
  const submit = (e) => {
    e.preventDefault();
    navigate('/app/statistics' + (trimmed(jurisdiction) ? '?jurisdiction=' + encodeURIComponent(trimmed(jurisdiction)) : ''));
  };
  const groups = data?.spending.groups ?? [];
  const label = (key) => (names[key] ? `${key} ${names[key]}` : key);
  const s = data?.purchaseStatistics;
  return html`<main id="main" class="statistics">
    <h1>${t('stats.title')}</h1>
    <p>${t('stats.intro')}</p>
    <form class="search" onSubmit=${submit} aria-label=${t('stats.title')}>
      <div class="field"><label for="stats-jurisdiction">${t(any ? 'stats.jurisdiction' : 'jurisdiction')}</label>
        <input id="stats-jurisdiction" inputmode="numeric" value=${jurisdiction} readonly=${!any} onInput=${(e) => setJurisdiction(e.currentTarget.value)} /></div>
      ${any ? html`<button type="submit">${t('stats.show')}</button>` : null}
    </form>
    <${ErrorText} error=${error} />
    ${data && groups.length === 0 ? html`<p class="empty">${t('stats.none')}</p>` : null}
    ${groups.length > 0
      ? html`<${PairedBars}
            id="spending-chart"
            title=${t('stats.chartTitle')}
            describe=${t('stats.chartDescribe', { items: groups.map((g) => `${label(g.key)} ${yuan(g.contractedFen)} / ${yuan(g.paidFen)}`).join(t('listSeparator')) })}
            series=${[
              { label: t('stats.contracted'), className: 'contracted' },
              { label: t('stats.paid'), className: 'paid' },
            ]}
            rows=${groups.map((g) => ({ key: g.key, label: label(g.key), values: [g.contractedFen, g.paidFen] }))}
            format=${yuan}
          />
          <table class="spending">
            <caption>${t('stats.chartTitle')}</caption>
            <thead><tr><th scope="col">${t('stats.item')}</th><th scope="col">${t('stats.awarded')}</th><th scope="col">${t('stats.awards')}</th><th scope="col">${t('stats.contracted')}</th><th scope="col">${t('stats.contracts')}</th><th scope="col">${t('stats.paid')}</th></tr></thead>
            <tbody>${groups.map(
              (g) => html`<tr data-key=${g.key}>
                <th scope="row">${label(g.key)}</th>
                <td class="money">${formatMoney(g.awarded)}</td><td>${g.awards}</td>
                <td class="money">${formatMoney(g.contracted)}</td><td>${g.contracts}</td>
                <td class="money">${formatMoney(g.paid)}</td>
              </tr>`,
            )}</tbody>
          </table>`
      : null}
    ${s
      ? html`<dl class="facts" id="purchase-statistics">
          <div><dt>${t('stats.published')}</dt><dd>${s.published}</dd></div>
          <div><dt>${t('stats.opened')}</dt><dd>${s.opened}</dd></div>
          <div><dt>${t('stats.fewBids')}</dt><dd>${t('stats.fewBidsShare', { count: s.fewerThanThreeValidBids, share: s.shareFewerThanThreeValidBids == null ? '—' : `${Math.round(s.shareFewerThanThreeValidBids * 1000) / 10}%` })}</dd></div>
          <div><dt>${t('stats.awarded')}</dt><dd>${formatMoney(s.awarded)}（${s.awards}）</dd></div>
          <div><dt>${t('stats.averageDays')}</dt><dd>${s.averageDaysToAward == null ? '—' : t('stats.days', { days: Math.round(s.averageDaysToAward * 10) / 10 })}</dd></div>
          <div><dt>${t('stats.grades')}</dt><dd>${s.grades.length ? s.grades.map((g) => `${t('perf.grades.' + g.grade)} ${g.evaluations}`).join(t('listSeparator')) : '—'}</dd></div>
        </dl>`
      : null}
  </main>`;
}
