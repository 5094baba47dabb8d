import assert from 'node:assert/strict';
import { test } from 'node:test';
import { model } from '../model/index';
import { brokenModel, fixtureModel } from '../testing/fixture';
import { assertValidModel, validateModel } from './validate';

function codes(m: Parameters<typeof validateModel>[0]) {
  return validateModel(m).map((e) => `${e.code}:${e.subject}`);
}

test('the Espectro model is structurally valid', () => {
  assert.deepEqual(validateModel(model), []);
});

test('the fixture model is valid, so each broken copy fails for one reason', () => {
  assert.deepEqual(validateModel(fixtureModel()), []);
});

test('a group cycle is reported with the path', () => {
  const errors = validateModel(brokenModel((m) => void (m.groups.cloud!.parent = 'az1')));
  const cycle = errors.find((e) => e.code === 'group-cycle');
  assert.ok(cycle, 'expected a group-cycle error');
  assert.match(cycle.message, /cloud/);
});

test('an unknown group parent and an unknown component group name the culprit', () => {
  assert.ok(
    codes(brokenModel((m) => void (m.groups.vpc!.parent = 'nowhere'))).includes('group-parent:vpc'),
  );
  assert.ok(
    codes(brokenModel((m) => void (m.components.db!.group = 'nowhere'))).includes(
      'component-group:db',
    ),
  );
});

test('an orphan component (no connection) is an error', () => {
  const m = brokenModel(
    (x) => void (x.connections = x.connections.filter((c) => c.to !== 'nat' && c.from !== 'nat')),
  );
  assert.ok(codes(m).includes('orphan:nat'));
});

test('a connection to a missing component names it', () => {
  const m = brokenModel((x) => void x.connections.push({ ...x.connections[0]!, to: 'ghost' }));
  assert.ok(codes(m).includes('connection-end:ghost'));
});

test('an empty view, a view naming a missing component and an unseen component are errors', () => {
  const empty = brokenModel((x) => {
    const v = x.views.all!;
    if (v.kind === 'flowchart') v.components = [];
  });
  assert.ok(codes(empty).includes('view-empty:all'));
  assert.ok(codes(empty).includes('component-unseen:nat'));
  const missing = brokenModel((x) => {
    const v = x.views.all!;
    if (v.kind === 'flowchart') v.components = [...v.components, 'ghost'];
  });
  assert.ok(codes(missing).includes('view-reference:all'));
});

test('a flow step by a non-participant and an unreachable state are errors', () => {
  const flow = brokenModel(
    (x) =>
      void x.flows.visit!.steps.push({
        from: 'user',
        to: 'bucket',
        message: { 'pt-BR': 'x', en: 'x' },
      }),
  );
  assert.ok(codes(flow).includes('flow-participant:visit#4'));
  const state = brokenModel(
    (x) =>
      void (x.stateMachines.analysis!.states.Orphan = {
        type: 'Pass',
        label: { 'pt-BR': 'x', en: 'x' },
      }),
  );
  assert.ok(codes(state).includes('state-unreachable:analysis.Orphan'));
});

test('assertValidModel throws one message listing every culprit', () => {
  const m = brokenModel((x) => {
    x.components.db!.group = 'nowhere';
    x.groups.vpc!.parent = 'elsewhere';
  });
  assert.throws(
    () => assertValidModel(m),
    /component "db" is in unknown group "nowhere"[\s\S]*|group "vpc" has unknown parent "elsewhere"/,
  );
});
