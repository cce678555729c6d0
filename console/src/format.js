// How the console shows and reads values: China time, yuan, and the forgiving input a clerk
// expects (full-width characters typed with a Chinese input method, stray spaces).

const CHINA = 'Asia/Shanghai';

/** Full-width ASCII (U+FF01–U+FF5E) to half-width, and the ideographic space to a space. */
export function halfWidth(text) {
  return String(text ?? '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** A credit code as typed: half-width, no spaces anywhere (codes are printed in groups), upper case. */
export function normaliseCreditCode(text) {
  return halfWidth(text).replace(/\s+/g, '').toUpperCase();
}

/** Trims surrounding spaces (`trim` knows the ideographic space too). */
export function trimmed(text) {
  return String(text ?? '').trim();
}

/**
 * Money as typed (`30,000.00`, `３０，０００`, `¥30000`, `30 000`) to the API's decimal string;
 * anything else is returned as typed (after the clean-up) so that the API says what is wrong.
 */
export function parseMoney(text) {
  const cleaned = halfWidth(text)
    .replace(/[\s,¥￥]/g, '')
    .replace(/^CNY/i, '')
    .replace(/[元圆]$/, '');
  return cleaned;
}

/** `30000.00` → `¥30,000.00`; the API's decimal string is never turned into a float. */
export function formatMoney(amount) {
  if (amount == null || amount === '') return '';
  const text = String(amount);
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (fraction + '00').slice(0, Math.max(2, fraction.length));
  return `${negative ? '-' : ''}¥${grouped}.${cents}`;
}

function locale(lang) {
  return lang === 'en' ? 'en-GB' : 'zh-CN';
}

/** An instant (RFC 3339) in China time, to the minute. */
export function formatDateTime(instant, lang) {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: CHINA,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** A calendar date (`YYYY-MM-DD`, already a China date) in the reader's language. */
export function formatDate(day, lang) {
  if (!day) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return String(day);
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: 'UTC',
    year: 'numeric',
    month: lang === 'en' ? 'short' : 'long',
    day: 'numeric',
  }).format(date);
}

/** Today's date in China, `YYYY-MM-DD`. */
export function chinaToday(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CHINA }).format(now);
}
