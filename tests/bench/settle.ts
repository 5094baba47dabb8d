/** Lets the machine calm down between the bench's phases (a build leaves the load average high). */
import { cpus, loadavg } from 'node:os';

/**
 * Waits until the 1-minute load average drops below the CPU count, at least `minS` and at most
 * `maxS` seconds. Returns the load it stopped at; other people's work may keep it high.
 */
export async function settle(minS = 10, maxS = 60): Promise<number> {
  const started = Date.now();
  const limit = cpus().length;
  for (;;) {
    const elapsed = (Date.now() - started) / 1000;
    const load = loadavg()[0] ?? 0;
    if ((elapsed >= minS && load < limit) || elapsed >= maxS) return load;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
