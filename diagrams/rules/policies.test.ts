import assert from 'node:assert/strict';
import { test } from 'node:test';
import { model } from '../model/index';
import type { ModelShape } from '../model/shape';
import { brokenModel, fixtureModel } from '../testing/fixture';
import { runPolicyRules } from './run';

function fired(m: ModelShape) {
  return runPolicyRules(m).flatMap((r) => r.findings.map((f) => `${f.rule}:${f.subject}`));
}

test('the Espectro model passes every error-severity policy rule', () => {
  const errors = runPolicyRules(model)
    .flatMap((r) => r.findings)
    .filter((f) => f.severity === 'error');
  assert.deepEqual(errors, []);
});

test('the fixture passes every rule', () => {
  assert.deepEqual(fired(fixtureModel()), []);
});

test('an unencrypted data store is reported', () => {
  const m = brokenModel((x) => void (x.components.db!.data!.encryptedAtRest = 'none'));
  assert.ok(fired(m).includes('data-encrypted-at-rest:db'));
});

test('a data store in a public subnet is reported', () => {
  const m = brokenModel((x) => void (x.components.db!.group = 'pub1'));
  assert.ok(fired(m).includes('no-data-in-public-subnet:db'));
});

test('a single-AZ data store is reported', () => {
  const m = brokenModel((x) => void (x.components.db!.availability = 'single-az'));
  assert.ok(fired(m).includes('stateful-multi-az:db'));
});

test('an AZ without its own NAT gateway is reported', () => {
  const m = brokenModel((x) => void (x.components.nat!.group = 'data1'));
  assert.ok(fired(m).includes('nat-per-az:az1'));
});

test('HTTP from the internet to a component without WAF is reported', () => {
  const m = brokenModel((x) => void (x.components.cdn!.wafProtected = false));
  assert.ok(fired(m).includes('internet-entry-protected:cdn'));
});

test('an unencrypted connection is reported', () => {
  const m = brokenModel((x) => void (x.connections[1]!.encrypted = false));
  assert.ok(fired(m).includes('encrypted-in-transit:cdn'));
});

test('retention shorter than the brief, or no multipart cleanup, is reported', () => {
  const short = brokenModel(
    (x) => void (x.components.bucket!.data!.lifecycle!.expireAfterDays = 364),
  );
  assert.ok(fired(short).includes('retention-matches-brief:bucket'));
  const noCleanup = brokenModel(
    (x) => void delete x.components.bucket!.data!.lifecycle!.abortIncompleteMultipartAfterDays,
  );
  assert.ok(fired(noCleanup).includes('retention-matches-brief:bucket'));
});
