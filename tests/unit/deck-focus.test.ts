/** The zoom steps' box arithmetic (src/components/Deck/geometry.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  focusViewBox,
  formatViewBox,
  fraction,
  interpolate,
  parseViewBox,
  union,
  type Box,
} from '../../src/components/Deck/geometry';

const full: Box = { x: 0, y: 0, width: 2000, height: 1000 };

test('union covers every box; nothing for no boxes', () => {
  assert.deepEqual(
    union([
      { x: 10, y: 20, width: 30, height: 40 },
      { x: -5, y: 50, width: 10, height: 100 },
    ]),
    { x: -5, y: 20, width: 45, height: 130 },
  );
  assert.equal(union([]), undefined);
});

test('a fraction of the drawing', () => {
  assert.deepEqual(fraction({ x: 100, y: 50, width: 1000, height: 400 }, [0.1, 0.5, 0.6, 1]), {
    x: 200,
    y: 250,
    width: 500,
    height: 200,
  });
});

test('the zoom fills the viewport’s aspect ratio around the padded region', () => {
  const box = focusViewBox({ x: 900, y: 400, width: 200, height: 100 }, full, 2, {
    padding: 0,
    maxZoom: 100,
  });
  assert.deepEqual(box, { x: 900, y: 400, width: 200, height: 100 });
  const tall = focusViewBox({ x: 950, y: 300, width: 100, height: 400 }, full, 2, {
    padding: 0,
    maxZoom: 100,
  });
  assert.equal(tall.height, 400);
  assert.equal(tall.width, 800);
  assert.equal(tall.x + tall.width / 2, 1000, 'stays centred on the region');
});

test('the zoom stops at maxZoom times the whole drawing', () => {
  const box = focusViewBox({ x: 990, y: 495, width: 20, height: 10 }, full, 2, {
    padding: 0,
    maxZoom: 4,
  });
  assert.equal(box.width, 500);
  assert.equal(box.height, 250);
});

test('the zoom stays over the drawing rather than the space around it', () => {
  const corner = focusViewBox({ x: 0, y: 0, width: 100, height: 50 }, full, 2, {
    padding: 40,
    maxZoom: 100,
  });
  assert.equal(corner.x, 0);
  assert.equal(corner.y, 0);
  const wider = focusViewBox({ x: 0, y: 0, width: 2000, height: 200 }, full, 4, {
    padding: 100,
    maxZoom: 100,
  });
  assert.equal(wider.x, -100, 'a region wider than the drawing is centred on it');
});

test('viewBox text round-trips, and bad values are refused', () => {
  assert.deepEqual(parseViewBox('0 -8 953.5 759'), { x: 0, y: -8, width: 953.5, height: 759 });
  assert.equal(formatViewBox({ x: 1.234567, y: 0, width: 10, height: 5 }), '1.23 0 10 5');
  assert.equal(parseViewBox('0 0 0 10'), undefined);
  assert.equal(parseViewBox(null), undefined);
  assert.equal(parseViewBox('a b c d'), undefined);
});

test('interpolation goes from one box to the other', () => {
  const a: Box = { x: 0, y: 0, width: 100, height: 100 };
  const b: Box = { x: 100, y: 50, width: 200, height: 50 };
  assert.deepEqual(interpolate(a, b, 0), a);
  assert.deepEqual(interpolate(a, b, 1), b);
  assert.deepEqual(interpolate(a, b, 0.5), { x: 50, y: 25, width: 150, height: 75 });
});
