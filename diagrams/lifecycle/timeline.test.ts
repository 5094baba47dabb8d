import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inputsLifecycle, resultsLifecycle } from '../model/lifecycles';
import { model } from '../model/index';
import type { ComponentDef, LifecycleDef } from '../model/types';
import { lifecycleOf, retainedBuckets } from './buckets';
import {
  daysBeforeStandardIa,
  factsOf,
  storageClassFacts,
  type ComparedClass,
} from './storage-classes';
import { classStays, lifecycleTimeline, removalDay } from './timeline';

const brief = (m: LifecycleDef) =>
  lifecycleTimeline(m).map((e) => [e.day, e.kind, e.storageClass ?? null, e.readable]);

test('inputs: day 0 → Standard-IA on day 30 → hidden on day 366 → gone on day 373', () => {
  assert.deepEqual(brief(inputsLifecycle), [
    [0, 'upload', 'STANDARD', true],
    [30, 'transition', 'STANDARD_IA', true],
    [366, 'expireCurrent', 'STANDARD_IA', false],
    [373, 'removeNoncurrent', null, false],
  ]);
});

test('results: Standard-IA on day 30, Glacier IR on day 180, lock and expiry on day 1827, gone on day 1857', () => {
  assert.deepEqual(brief(resultsLifecycle), [
    [0, 'upload', 'STANDARD', true],
    [30, 'transition', 'STANDARD_IA', true],
    [180, 'transition', 'GLACIER_IR', true],
    [1827, 'lockEnds', 'GLACIER_IR', false],
    [1827, 'expireCurrent', 'GLACIER_IR', false],
    [1857, 'removeNoncurrent', null, false],
  ]);
});

test('a lock longer than expiry plus the noncurrent days holds the removal until it ends', () => {
  const longLock: LifecycleDef = {
    ...inputsLifecycle,
    objectLock: { mode: 'GOVERNANCE', days: 400 },
  };
  assert.equal(removalDay(longLock), 400);
  assert.equal(removalDay({ ...inputsLifecycle, noncurrentExpireAfterDays: undefined }), undefined);
});

test('every bucket stays readable for at least the days the model requires of it', () => {
  for (const id of retainedBuckets) {
    const component: ComponentDef = model.components[id];
    const required = component.data?.requiredRetentionDays;
    assert.ok(required !== undefined, `${id} states no required retention`);
    const events = lifecycleTimeline(lifecycleOf(id));
    const hiddenOn = events.find((e) => !e.readable)?.day;
    assert.ok(hiddenOn !== undefined && hiddenOn >= required, `${id} hidden on day ${hiddenOn}`);
    assert.ok(
      events.filter((e) => e.day < hiddenOn).every((e) => e.readable),
      id,
    );
  }
});

test('no class is left before its minimum storage duration, so no early-deletion charge', () => {
  for (const id of retainedBuckets)
    for (const stay of classStays(lifecycleOf(id))) {
      const { minimumStorageDays } = factsOf(stay.storageClass);
      assert.ok(
        stay.toDay - stay.fromDay >= minimumStorageDays,
        `${id}: ${stay.storageClass} held ${stay.toDay - stay.fromDay} of ${minimumStorageDays} days`,
      );
    }
});

test('objects spend the 30 days S3 requires in their class before moving to Standard-IA', () => {
  for (const id of retainedBuckets) {
    const stays = classStays(lifecycleOf(id));
    stays.forEach((stay, i) => {
      if (stay.storageClass !== 'STANDARD_IA' || i === 0) return;
      const before = stays[i - 1];
      assert.ok(before && before.toDay - before.fromDay >= daysBeforeStandardIa, id);
    });
  }
});

test('every class the retained buckets use serves a GET without a restore', () => {
  for (const id of retainedBuckets)
    for (const stay of classStays(lifecycleOf(id)))
      assert.equal(factsOf(stay.storageClass).access, 'immediate', `${id}: ${stay.storageClass}`);
  const restoreOnly = (Object.keys(storageClassFacts) as ComparedClass[]).filter(
    (c) => storageClassFacts[c].access === 'restore',
  );
  assert.deepEqual(restoreOnly, ['GLACIER', 'DEEP_ARCHIVE']);
  assert.throws(() => factsOf('INTELLIGENT_TIERING'), /not compared/);
});
