import assert from 'node:assert/strict';
import { it } from 'node:test';
import { formatBytes, formatSeconds } from './format';
import { GiB, MiB, s3Limits } from './limits';
import { preferredPartCeilingBytes } from './plan';

it('writes sizes and durations as the AWS pages do', () => {
  assert.equal(formatBytes(5 * MiB, 'en'), '5 MiB');
  assert.equal(formatBytes(5 * GiB, 'pt-BR'), '5 GiB');
  assert.equal(formatBytes(s3Limits.maxObjectBytes.value, 'en'), '48.8 TiB');
  assert.equal(formatBytes(preferredPartCeilingBytes, 'pt-BR'), '156,25 GiB');
  assert.equal(formatSeconds(s3Limits.maxPresignedSeconds.value, 'en'), '7 days');
  assert.equal(formatSeconds(900, 'pt-BR'), '15 min');
});
