/**
 * Runs queued jobs one per idle period, so work that arrives in a burst never adds up to one long
 * task. Each job is assumed short; a job that throws does not stop the ones after it.
 */
export interface IdleScheduler {
  /** Calls `run` when the main thread is idle (or after `timeoutMs` at the latest). */
  readonly request: (run: () => void, timeoutMs: number) => void;
}

export interface IdleQueue {
  readonly push: (job: () => void) => void;
  readonly size: () => number;
}

export function createIdleQueue(
  scheduler: IdleScheduler,
  { timeoutMs = 3000, onError = (_: unknown) => {} } = {},
): IdleQueue {
  const jobs: (() => void)[] = [];
  let scheduled = false;
  const next = (): void => {
    scheduled = false;
    const job = jobs.shift();
    if (job) {
      try {
        job();
      } catch (error) {
        onError(error);
      }
    }
    if (jobs.length) schedule();
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    scheduler.request(next, timeoutMs);
  };
  return {
    push(job) {
      jobs.push(job);
      schedule();
    },
    size: () => jobs.length,
  };
}

/** requestIdleCallback where the browser has it, a zero-delay timer otherwise. */
export const browserIdleScheduler: IdleScheduler = {
  request(run, timeoutMs) {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(run, { timeout: timeoutMs });
    else window.setTimeout(run, 0);
  },
};
