import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runbook } from '../../src/runbook/index';
import { clearProgress, readProgress, storageKey, writeStep } from '../../src/runbook/progress';
import { keyCommand, totalMinutes } from '../../src/runbook/summary';
import type { RunbookStep } from '../../src/runbook/types';
import { l } from '../../diagrams/model/text';

function memoryStore() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

test('ticks are stored per step id, read back, unticked and reset', () => {
  const store = memoryStore();
  writeStep(store, 'network-deploy', true);
  writeStep(store, 'data-deploy', true);
  store.setItem(storageKey('edge-deploy'), 'garbage');
  assert.deepEqual(
    [...readProgress(store, ['network-deploy', 'data-deploy', 'edge-deploy'])],
    ['network-deploy', 'data-deploy'],
  );
  writeStep(store, 'data-deploy', false);
  assert.deepEqual([...readProgress(store, ['network-deploy', 'data-deploy'])], ['network-deploy']);
  store.setItem('unrelated', 'kept');
  clearProgress(store, ['network-deploy', 'data-deploy', 'edge-deploy']);
  assert.deepEqual([...store.map.keys()], ['unrelated']);
});

test('the storage key does not depend on the locale', () => {
  assert.equal(storageKey('lz-scps'), 'espectro.runbook.lz-scps');
});

const step = (code: string): RunbookStep => ({
  id: 'sample',
  title: l('a', 'a'),
  goal: l('a', 'a'),
  prerequisites: [l('a', 'a')],
  commands: [{ lang: 'bash', code }],
  verification: { command: 'true', expected: 'x' },
  rollback: { text: l('a', 'a') },
  durationMinutes: 1,
});

test('the key command is the deploy when there is one, else the first real command, continuations joined', () => {
  assert.equal(
    keyCommand(step('cd infra\nnpx cdk diff A\nnpx cdk deploy A -c config=x')),
    'npx cdk deploy A -c config=x',
  );
  assert.equal(keyCommand(step('# note\nX=$(a)\naws s3 cp a \\\n  b')), 'aws s3 cp a b');
  assert.throws(() => keyCommand(step('# only a comment')), /step sample/);
});

test('every step of the runbook yields a key command and the total duration adds up', () => {
  const steps = runbook.flatMap((p) => p.steps);
  for (const s of steps) assert.ok(keyCommand(s).length > 0, s.id);
  assert.equal(
    totalMinutes(steps),
    steps.reduce((n, s) => n + s.durationMinutes, 0),
  );
  assert.ok(totalMinutes(steps) > 0);
});
