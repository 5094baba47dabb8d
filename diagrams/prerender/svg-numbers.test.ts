import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roundCoordinates } from './svg-numbers';

test('long decimals are rounded in path data, short ones are left alone', () => {
  assert.equal(
    roundCoordinates('<path d="M-65.59375 -19.5 C-31.113242123479722 -19.5, 3.3672 1.25"/>'),
    '<path d="M-65.59 -19.5 C-31.11 -19.5, 3.37 1.25"/>',
  );
});

test('a rounded number never fuses with the next one in compact path syntax', () => {
  // "2.00004.5" is two numbers, 2.00004 and .5; rounding the first must not make "2.5".
  assert.equal(roundCoordinates('<path d="l2.00004.5 1.99999.25"/>'), '<path d="l2 .5 2 .25"/>');
});

test('only geometry attributes change', () => {
  const text = '<text x="1.123456">1.123456</text>';
  assert.equal(roundCoordinates(text), text);
});
