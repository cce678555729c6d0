// The shared form handling (src/forms.js) without a browser: where a refusal shows, money as
// typed, and the China-time value an amendment form starts from.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refusalField, toFen } from '../src/forms.js';
import { chinaInstant, chinaLocal } from '../src/procurement.js';

test('a refusal shows at the input its field names, else at the one its rule is about, else at the button', () => {
  const fields = { amountFen: 'amount', amount: 'amount', reason: 'reason', milestones: 'milestone' };
  const rules = { 'CON-SUPPLEMENT': 'amount' };
  assert.equal(refusalField({ field: 'reason', rule: 'REG-REFUSAL-REASON' }, fields, rules), 'reason');
  assert.equal(refusalField({ field: 'milestones.amount', rule: 'CON-SUPPLEMENT' }, fields, rules), 'milestone');
  assert.equal(refusalField({ field: null, rule: 'CON-SUPPLEMENT' }, fields, rules), 'amount');
  assert.equal(refusalField({ field: null, rule: 'PROC-STATE' }, fields, rules), null);
  assert.equal(refusalField({ field: 'other', rule: null }, fields, rules), null);
  // A name from the prototype is not a field of the form.
  assert.equal(refusalField({ field: 'constructor' }, fields, rules), null);
  assert.equal(refusalField(null, fields, rules), null);
});

test('an instant is shown in China time for a datetime-local input and read back the same', () => {
  assert.equal(chinaLocal('2026-05-01T09:00:00Z'), '2026-05-01T17:00');
  assert.equal(chinaLocal('2026-05-01T17:30:00+08:00'), '2026-05-01T17:30');
  assert.equal(chinaLocal('2026-12-31T16:00:00Z'), '2027-01-01T00:00');
  assert.equal(Date.parse(chinaInstant(chinaLocal('2026-05-01T09:00:00Z'))), Date.parse('2026-05-01T09:00:00Z'));
  assert.equal(chinaLocal('not a time'), '');
});

test('money for a supplement or a correction is read as integer fen', () => {
  assert.equal(toFen('4,000.00'), 400_000);
  assert.equal(toFen('４０００．０１'), 400_001);
  assert.equal(toFen('4000.001'), null);
});

test('a document digest computed without Web Crypto is SHA-256, whatever its length', async () => {
  const { sha256Hex } = await import('../src/sha256.js');
  const { createHash, randomBytes } = await import('node:crypto');
  assert.equal(sha256Hex(new TextEncoder().encode('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  // Around each padding boundary (55/56, 63/64 bytes) and across several blocks.
  for (const n of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000, 65_537]) {
    const bytes = randomBytes(n);
    assert.equal(sha256Hex(new Uint8Array(bytes)), createHash('sha256').update(bytes).digest('hex'), `${n} bytes`);
  }
});
