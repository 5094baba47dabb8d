import assert from 'node:assert/strict';
import { test } from 'node:test';
import { viewBoxSize } from './render-svgs';

test("a diagram's size is its root viewBox, whatever the separators", () => {
  assert.deepEqual(
    viewBoxSize(
      '<svg id="a" viewBox="0 0 1955.26171875 1464" role="x"><svg viewBox="0 0 48 48">',
      'k',
    ),
    { width: 1955.26171875, height: 1464 },
  );
  assert.deepEqual(viewBoxSize('<svg viewBox="-8,-8, 300,200">', 'k'), { width: 300, height: 200 });
});

test('a root without a usable viewBox fails, naming the diagram', () => {
  for (const svg of ['<svg width="10">', '<svg viewBox="0 0 0 10">', '<g viewBox="0 0 1 1">'])
    assert.throws(
      () => viewBoxSize(svg, 'abc123'),
      /prerender abc123: the SVG's root has no usable viewBox/,
    );
});
