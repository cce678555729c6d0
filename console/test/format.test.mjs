// Forgiving input and Chinese display conventions, without a browser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMoney, parseMoney, normaliseCreditCode, formatDateTime, formatDate, chinaToday } from '../src/format.js';
import { messages } from '../src/i18n.js';

test('money is shown in yuan with thousands separators, exactly', () => {
  assert.equal(formatMoney('30000.00'), '¥30,000.00');
  assert.equal(formatMoney('1234567.5'), '¥1,234,567.50');
  assert.equal(formatMoney('999'), '¥999.00');
  assert.equal(formatMoney('12345678901234567.89'), '¥12,345,678,901,234,567.89');
});

test('money is read as a clerk types it', () => {
  assert.equal(parseMoney('30,000.00'), '30000.00');
  assert.equal(parseMoney('３０，０００．００'), '30000.00');
  assert.equal(parseMoney(' ¥2,000,000 '), '2000000');
  assert.equal(parseMoney('5000元'), '5000');
});

test('a credit code loses full-width characters and spaces', () => {
  assert.equal(normaliseCreditCode(' ５２４４　０３０５ mj000101 '), '52440305MJ000101');
});

test('instants are shown in China time whatever the browser’s zone', () => {
  assert.equal(formatDateTime('2026-12-01T16:30:00Z', 'zh'), '2026/12/02 00:30');
  assert.equal(formatDateTime('2026-12-01T16:30:00Z', 'en'), '02/12/2026, 00:30');
  assert.equal(formatDate('2026-12-01', 'zh'), '2026年12月1日');
  assert.equal(chinaToday(new Date('2026-12-01T16:30:00Z')), '2026-12-02');
});

test('every text exists in both languages', () => {
  const keys = (o, prefix = '') =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, prefix + k + '.') : [prefix + k]));
  assert.deepEqual(keys(messages.en).sort(), keys(messages.zh).sort());
});
