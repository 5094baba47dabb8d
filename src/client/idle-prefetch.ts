/**
 * Client module. Docusaurus' <Link> prefetches a route's chunks as soon as the link scrolls into
 * view, from one IntersectionObserver callback per link. Right after hydration every link in the
 * navbar, sidebar and first screen of a page becomes visible at once, and the prefetches ran back
 * to back in a single task: 55 ms on a desktop core, over 200 ms on a phone-class CPU, blocking
 * the first taps. Here `window.docusaurus.prefetch` queues the route instead, and the queue
 * prefetches one route per idle period. Hover and touch still preload at once (`preload`).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { browserIdleScheduler, createIdleQueue } from './idle-queue';

type DocusaurusGlobal = Window['docusaurus'];

function deferPrefetch(original: DocusaurusGlobal): DocusaurusGlobal {
  const queue = createIdleQueue(browserIdleScheduler, {
    onError: (error) => console.warn('[espectro] route prefetch failed', error),
  });
  const queued = new Set<string>();
  return Object.freeze({
    ...original,
    prefetch(url: string) {
      if (queued.has(url)) return false;
      queued.add(url);
      queue.push(() => void original.prefetch(url));
      return false;
    },
  });
}

if (ExecutionEnvironment.canUseDOM) {
  // The client entry assigns window.docusaurus after importing the client modules, right before
  // hydrating; the accessor wraps whatever it assigns (also on a hot reload in `npm start`).
  let current: DocusaurusGlobal | undefined = window.docusaurus
    ? deferPrefetch(window.docusaurus)
    : undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (value: DocusaurusGlobal) => {
      current = value ? deferPrefetch(value) : value;
    },
  });
}
