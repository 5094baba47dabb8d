import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIdleQueue, type IdleScheduler } from '../../src/client/idle-queue';

/** A scheduler the test drives by hand: `idle()` runs the pending callbacks, as an idle period would. */
function manualScheduler(): IdleScheduler & { idle: () => number; pending: () => number } {
  let callbacks: (() => void)[] = [];
  return {
    request: (run) => void callbacks.push(run),
    idle() {
      const now = callbacks;
      callbacks = [];
      now.forEach((run) => run());
      return now.length;
    },
    pending: () => callbacks.length,
  };
}

test('a burst of jobs runs one job per idle period, in order', () => {
  const scheduler = manualScheduler();
  const queue = createIdleQueue(scheduler);
  const ran: number[] = [];
  for (let i = 0; i < 5; i++) queue.push(() => ran.push(i));
  assert.deepEqual(ran, [], 'nothing runs synchronously');
  assert.equal(scheduler.pending(), 1, 'one idle callback is requested for the whole burst');
  scheduler.idle();
  assert.deepEqual(ran, [0]);
  scheduler.idle();
  scheduler.idle();
  assert.deepEqual(ran, [0, 1, 2]);
  assert.equal(queue.size(), 2);
  while (scheduler.idle());
  assert.deepEqual(ran, [0, 1, 2, 3, 4]);
  assert.equal(scheduler.pending(), 0, 'an empty queue requests no more idle time');
});

test('a job that throws is reported and the queue goes on', () => {
  const scheduler = manualScheduler();
  const errors: unknown[] = [];
  const queue = createIdleQueue(scheduler, { onError: (e) => errors.push(e) });
  const ran: string[] = [];
  queue.push(() => {
    throw new Error('chunk map missing');
  });
  queue.push(() => ran.push('next'));
  while (scheduler.idle());
  assert.deepEqual(ran, ['next']);
  assert.equal((errors[0] as Error).message, 'chunk map missing');
});

test('jobs pushed while the queue is draining join the same run', () => {
  const scheduler = manualScheduler();
  const queue = createIdleQueue(scheduler);
  const ran: string[] = [];
  queue.push(() => {
    ran.push('a');
    queue.push(() => ran.push('c'));
  });
  queue.push(() => ran.push('b'));
  while (scheduler.idle());
  assert.deepEqual(ran, ['a', 'b', 'c']);
});

test('the timeout given to the scheduler bounds how long a job can wait for idle time', () => {
  const timeouts: number[] = [];
  const queue = createIdleQueue({ request: (_, t) => void timeouts.push(t) }, { timeoutMs: 1500 });
  queue.push(() => {});
  assert.deepEqual(timeouts, [1500]);
});
