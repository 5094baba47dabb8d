import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GiB, MiB, TiB, s3Limits } from './limits';
import {
  flowStatesUrlLifetime,
  multipartPlan,
  partUrlMinutes,
  preferredPartBytes,
  preferredPartCeilingBytes,
  typicalFileBytes,
} from './plan';

describe('multipartPlan', () => {
  it('keeps the preferred part size while 10,000 parts suffice', () => {
    const plan = multipartPlan(200 * MiB);
    assert.equal(plan.partBytes, preferredPartBytes);
    assert.equal(plan.parts, Math.ceil((200 * MiB) / preferredPartBytes));
    assert.equal(plan.requests, plan.parts + 2);
  });

  it('uploads a small file as one short last part', () => {
    const plan = multipartPlan(1000);
    assert.deepEqual([plan.parts, plan.lastPartBytes], [1, 1000]);
  });

  it('grows the part, in whole MiB, just past the preferred ceiling', () => {
    const at = multipartPlan(preferredPartCeilingBytes);
    assert.deepEqual([at.partBytes, at.parts], [preferredPartBytes, s3Limits.maxParts.value]);
    const past = multipartPlan(preferredPartCeilingBytes + 1);
    assert.equal(past.partBytes, preferredPartBytes + MiB);
    assert.ok(past.parts <= s3Limits.maxParts.value);
  });

  it('reaches the largest object with 10,000 parts of 5 GiB', () => {
    const plan = multipartPlan(s3Limits.maxObjectBytes.value);
    assert.deepEqual([plan.partBytes, plan.parts, plan.lastPartBytes], [5 * GiB, 10_000, 5 * GiB]);
    assert.equal(plan.listPartsPages, 10);
  });

  it('respects every S3 limit across the whole size range', () => {
    for (
      let bytes = 1;
      bytes <= s3Limits.maxObjectBytes.value;
      bytes = Math.ceil(bytes * 1.37) + 7
    ) {
      const p = multipartPlan(bytes);
      assert.ok(p.parts >= 1 && p.parts <= s3Limits.maxParts.value, `${bytes}: ${p.parts} parts`);
      assert.ok(
        p.partBytes >= s3Limits.minPartBytes.value && p.partBytes <= s3Limits.maxPartBytes.value,
      );
      assert.equal(p.partBytes % MiB, 0);
      assert.ok(p.lastPartBytes > 0 && p.lastPartBytes <= p.partBytes);
      assert.equal((p.parts - 1) * p.partBytes + p.lastPartBytes, bytes);
    }
  });

  it('refuses what S3 would refuse', () => {
    assert.throws(() => multipartPlan(0), RangeError);
    assert.throws(() => multipartPlan(1.5), RangeError);
    assert.throws(() => multipartPlan(s3Limits.maxObjectBytes.value + 1), RangeError);
    assert.throws(() => multipartPlan(GiB, 4 * MiB), RangeError);
    assert.throws(() => multipartPlan(GiB, 6 * GiB), RangeError);
    assert.throws(() => multipartPlan(GiB, 5 * MiB + 1), RangeError);
  });

  it('shows sizes on both sides of the ceiling, up to the largest object', () => {
    assert.ok(typicalFileBytes.some((b) => b <= preferredPartCeilingBytes));
    assert.ok(typicalFileBytes.some((b) => b > preferredPartCeilingBytes));
    assert.equal(typicalFileBytes.at(-1), s3Limits.maxObjectBytes.value);
    assert.ok(typicalFileBytes.includes(TiB));
  });
});

describe('limits', () => {
  it('cite an AWS documentation page each', () => {
    for (const [id, limit] of Object.entries(s3Limits)) {
      assert.match(limit.source, /^https:\/\/docs\.aws\.amazon\.com\//, id);
    }
  });

  it('keep the part URL lifetime short and the same as the model flow', () => {
    assert.ok(partUrlMinutes * 60 < s3Limits.maxPresignedSeconds.value);
    assert.ok(flowStatesUrlLifetime(), 'flows.upload no longer says the same URL lifetime');
  });
});
