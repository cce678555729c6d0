// Charts drawn as plain SVG by the console itself: two small shapes (a split bar and a row of
// counted bars) do not justify a chart library and its upkeep. Each chart is an image with a
// text alternative that says everything it shows, and its numbers are printed beside it, so
// that a screen reader or a printout loses nothing.

import { h } from 'preact';
import htm from 'htm';

const html = htm.bind(h);

/**
 * One bar split into parts ({ key, label, value, className }) in proportion to their values
 * (integers, e.g. fen: no float holds the amounts, only the widths are fractions). `describe`
 * is the whole chart in words.
 */
export function SplitBar({ id, title, describe, parts, format = String }) {
  const total = parts.reduce((sum, p) => sum + Math.max(0, p.value), 0);
  const width = 600;
  let x = 0;
  const rects = parts.map((p) => {
    const w = total > 0 ? (Math.max(0, p.value) / total) * width : 0;
    const rect = html`<rect class=${'part ' + p.className} x=${x.toFixed(2)} y="0" width=${w.toFixed(2)} height="28" data-part=${p.key} data-value=${p.value} />`;
    x += w;
    return rect;
  });
  return html`<figure class="chart split-bar" id=${id}>
    <figcaption>${title}</figcaption>
    <svg viewBox=${`0 0 ${width} 28`} preserveAspectRatio="none" role="img" aria-label=${describe} focusable="false">
      <rect class="track" x="0" y="0" width=${width} height="28" />
      ${rects}
    </svg>
    <ul class="legend">
      ${parts.map((p) => html`<li data-part=${p.key}><span class=${'swatch ' + p.className} aria-hidden="true"></span>${p.label} ${format(p.value)}</li>`)}
    </ul>
  </figure>`;
}

/**
 * A row of bars, one per { key, label, count, className }, their heights in proportion to the
 * largest count, each count written above its bar.
 */
export function CountBars({ id, title, describe, bars }) {
  const most = Math.max(1, ...bars.map((b) => b.count));
  const slot = 64;
  const chartHeight = 110;
  const top = 18;
  const width = slot * bars.length;
  return html`<figure class="chart count-bars" id=${id}>
    <figcaption>${title}</figcaption>
    <svg viewBox=${`0 0 ${width} ${top + chartHeight + 36}`} role="img" aria-label=${describe} focusable="false">
      ${bars.map((b, i) => {
        const hgt = (b.count / most) * chartHeight;
        const x = i * slot + 10;
        const y = top + chartHeight - hgt;
        return html`<g class=${'bar ' + (b.className ?? '')} data-key=${b.key} data-count=${b.count}>
          <rect x=${x} y=${y.toFixed(2)} width=${slot - 20} height=${hgt.toFixed(2)} />
          <text class="count" x=${x + (slot - 20) / 2} y=${(y - 4).toFixed(2)} text-anchor="middle">${b.count}</text>
          <text class="label" x=${x + (slot - 20) / 2} y=${top + chartHeight + 16} text-anchor="middle">${b.label}</text>
          ${b.sublabel ? html`<text class="label sub" x=${x + (slot - 20) / 2} y=${top + chartHeight + 32} text-anchor="middle">${b.sublabel}</text>` : null}
        </g>`;
      })}
      <line class="axis" x1="0" x2=${width} y1=${top + chartHeight} y2=${top + chartHeight} />
    </svg>
  </figure>`;
}

/**
 * Horizontal bars, one row per { key, label, values: [integer, …] } and one bar per series
 * ({ label, className }), all to one scale: the largest value fills the width.
 */
export function PairedBars({ id, title, describe, series, rows, format = String }) {
  const most = Math.max(1, ...rows.flatMap((r) => r.values));
  const labelWidth = 220;
  const barWidth = 420;
  const barHeight = 14;
  const rowHeight = series.length * (barHeight + 2) + 14;
  const height = rows.length * rowHeight + 4;
  return html`<figure class="chart paired-bars" id=${id}>
    <figcaption>${title}</figcaption>
    <svg viewBox=${`0 0 ${labelWidth + barWidth + 140} ${height}`} role="img" aria-label=${describe} focusable="false">
      ${rows.map((r, i) => {
        const y0 = i * rowHeight + 4;
        return html`<g class="row" data-key=${r.key}>
          <text class="label" x=${labelWidth - 8} y=${y0 + rowHeight / 2 - 2} text-anchor="end">${r.label}</text>
          ${r.values.map((v, j) => {
            const w = (v / most) * barWidth;
            const y = y0 + j * (barHeight + 2);
            return html`<rect class=${'bar ' + series[j].className} x=${labelWidth} y=${y} width=${w.toFixed(2)} height=${barHeight} data-series=${series[j].className} data-value=${v} />
              <text class="value" x=${labelWidth + w + 4} y=${y + barHeight - 3}>${format(v)}</text>`;
          })}
        </g>`;
      })}
    </svg>
    <ul class="legend">${series.map((s) => html`<li><span class=${'swatch ' + s.className} aria-hidden="true"></span>${s.label}</li>`)}</ul>
  </figure>`;
}
