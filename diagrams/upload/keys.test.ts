import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inputKey, isOwnedBy, reportKey, resultKey, samplePrefix } from './keys';

const ref = { user: 'u1', sample: 's1', protein: 'p1' };

describe('object keys', () => {
  it('put each protein file under its user and sample', () => {
    assert.equal(inputKey(ref), 'inputs/u1/s1/p1');
    assert.ok(inputKey(ref).startsWith(samplePrefix(ref)));
  });

  it('end the sample prefix with a slash so s1 never lists s10', () => {
    assert.equal(samplePrefix(ref), 'inputs/u1/s1/');
    assert.ok(!inputKey({ ...ref, sample: 's10' }).startsWith(samplePrefix(ref)));
  });

  it('keep results per analysis, one object per protein plus the report', () => {
    const a = { user: 'u1', sample: 's1', analysis: 'a1' };
    assert.equal(resultKey({ ...a, protein: 'p1' }), 'results/u1/s1/a1/p1.json');
    assert.equal(reportKey(a), 'results/u1/s1/a1/report.json');
  });

  it('refuse anything but generated ids, so no name can climb out of its prefix', () => {
    for (const bad of ['', '..', 'a/b', 'A1', 'x'.repeat(64), 'p1 ', '-p']) {
      assert.throws(() => inputKey({ ...ref, protein: bad }), RangeError, bad);
    }
  });

  it('check ownership by prefix, not by substring', () => {
    assert.ok(isOwnedBy('inputs/u1/s1/p1', 'u1'));
    assert.ok(!isOwnedBy('inputs/u10/s1/p1', 'u1'));
    assert.ok(!isOwnedBy('inputs/u1/s1/p1', 'u1/../u2'));
  });
});
