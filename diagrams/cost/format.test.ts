import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatNumber, formatUsd, unitPriceDecimals } from './format';

test('numbers use each locale separators', () => {
  assert.equal(formatNumber(1234567.891, 'pt-BR', 2), '1.234.567,89');
  assert.equal(formatNumber(1234567.891, 'en', 2), '1,234,567.89');
  assert.equal(formatNumber(999, 'en'), '999');
  assert.equal(formatNumber(1000, 'pt-BR'), '1.000');
  assert.equal(formatNumber(-1500.5, 'en', 1), '-1,500.5');
  assert.equal(formatNumber(-0.001, 'en', 2), '0.00');
});

test('dollars', () => {
  assert.equal(formatUsd(73, 'pt-BR'), 'US$ 73,00');
  assert.equal(formatUsd(12794.44, 'en'), 'US$12,794.44');
});

test('unit prices keep their significant digits', () => {
  assert.equal(unitPriceDecimals(0.1), 4);
  assert.equal(unitPriceDecimals(1), 2);
  assert.equal(unitPriceDecimals(0.0000375), 7);
  assert.equal(formatUsd(0.0000375, 'en', unitPriceDecimals(0.0000375)), 'US$0.0000375');
  assert.equal(formatUsd(0.0405, 'pt-BR', unitPriceDecimals(0.0405)), 'US$ 0,0405');
});

test('non-finite numbers are refused', () => {
  assert.throws(() => formatNumber(Number.NaN, 'en'), /cannot format NaN/);
});
