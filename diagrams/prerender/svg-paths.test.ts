import assert from 'node:assert/strict';
import { test } from 'node:test';
import { simplifyPathData, simplifyPaths } from './svg-paths';

test('a rough.js double stroke of straight edges becomes one chained line', () => {
  const d =
    'M-31.4 -31.5 C-14.43 -31.5, 2.53 -31.5, 31.4 -31.5 M-31.4 -31.5 C-18.84 -31.5, -6.28 -31.5, 31.4 -31.5 ' +
    'M31.4 -31.5 C31.4 -31.5, 31.4 -31.5, 31.4 -31.5 ' +
    'M31.4 -31.5 C31.5 -10, 31.5 10, 31.4 31.5 M31.4 -31.5 C31.42 -10.7, 31.43 10, 31.4 31.5';
  assert.equal(simplifyPathData(d, true), 'M-31.4 -31.5L31.4 -31.5C31.5 -10 31.5 10 31.4 31.5');
});

test('a filled path keeps its subpaths and its real curves, and drops nothing else', () => {
  const d = 'M0 0 C1 0, 2 0, 3 0 C3 1, 3 2, 3 3 M10 10 C12 14, 16 14, 20 10';
  assert.equal(simplifyPathData(d, false), 'M0 0L3 0 3 3M10 10C12 14 16 14 20 10');
});

test('path data that is not absolute M/L/C comes back untouched', () => {
  for (const d of ['M0 0 l5 5', 'M0 0 A5 5 0 0 1 10 10', 'M0 0 L10 0 Z', 'M0 0 C1 1'])
    assert.equal(simplifyPathData(d, true), d);
});

test('only path data changes; a stroke-only path is recognised by fill="none"', () => {
  const svg =
    '<svg><path d="M0 0 C1 0, 2 0, 3 0 M0 0 C1 0, 2 0, 3 0" stroke="#999" fill="none"></path>' +
    '<path d="M0 0 C1 0, 2 0, 3 0 M0 0 C1 0, 2 0, 3 0" fill="#eee"></path><rect d="x"></rect></svg>';
  assert.equal(
    simplifyPaths(svg),
    '<svg><path d="M0 0L3 0" stroke="#999" fill="none"></path>' +
      '<path d="M0 0L3 0M0 0L3 0" fill="#eee"></path><rect d="x"></rect></svg>',
  );
});
