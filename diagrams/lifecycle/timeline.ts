import type { LifecycleDef, StorageClass } from '../model/types';

export type TimelineEventKind =
  'upload' | 'transition' | 'lockEnds' | 'expireCurrent' | 'removeNoncurrent';

/** One dated step in the life of an object written once on day 0 and never overwritten. */
export interface TimelineEvent {
  readonly day: number;
  readonly kind: TimelineEventKind;
  /** Class the object's bytes are billed in from this day on; undefined once they are gone. */
  readonly storageClass?: StorageClass;
  /** A plain GET (no version id) still returns the object from this day on. */
  readonly readable: boolean;
}

const sameDayOrder: readonly TimelineEventKind[] = [
  'upload',
  'transition',
  // The lock ends before the expiry acts on the same day, as the retain-until date is reached first.
  'lockEnds',
  'expireCurrent',
  'removeNoncurrent',
];

/** Day the noncurrent version is removed: its own rule, but never before its lock ends. */
export function removalDay(lifecycle: LifecycleDef): number | undefined {
  if (lifecycle.noncurrentExpireAfterDays === undefined) return undefined;
  return Math.max(
    lifecycle.expireAfterDays + lifecycle.noncurrentExpireAfterDays,
    lifecycle.objectLock?.days ?? 0,
  );
}

/**
 * Day 0 → transitions → expiry of the current version (a delete marker hides it) → removal of
 * the now noncurrent version. A locked version cannot be deleted by lifecycle, so the removal
 * waits for the lock to end.
 */
export function lifecycleTimeline(lifecycle: LifecycleDef): TimelineEvent[] {
  const transitions = [...lifecycle.transitions].sort((a, b) => a.afterDays - b.afterDays);
  const last = transitions.at(-1)?.to ?? lifecycle.initialClass;
  const events: TimelineEvent[] = [
    { day: 0, kind: 'upload', storageClass: lifecycle.initialClass, readable: true },
    ...transitions.map((t): TimelineEvent => ({
      day: t.afterDays,
      kind: 'transition',
      storageClass: t.to,
      readable: true,
    })),
    { day: lifecycle.expireAfterDays, kind: 'expireCurrent', storageClass: last, readable: false },
  ];
  const lock = lifecycle.objectLock;
  if (lock)
    events.push({
      day: lock.days,
      kind: 'lockEnds',
      storageClass: last,
      readable: lock.days < lifecycle.expireAfterDays,
    });
  const removal = removalDay(lifecycle);
  if (removal !== undefined)
    events.push({ day: removal, kind: 'removeNoncurrent', readable: false });
  return events.sort(
    (a, b) => a.day - b.day || sameDayOrder.indexOf(a.kind) - sameDayOrder.indexOf(b.kind),
  );
}

export interface ClassStay {
  readonly storageClass: StorageClass;
  readonly fromDay: number;
  /** Exclusive: the day the bytes leave the class (next transition, or removal). */
  readonly toDay: number;
}

/** How long the bytes stay in each class, current or noncurrent, until they are removed. */
export function classStays(lifecycle: LifecycleDef): ClassStay[] {
  const end = removalDay(lifecycle) ?? lifecycle.expireAfterDays;
  const steps = [
    { afterDays: 0, to: lifecycle.initialClass },
    ...[...lifecycle.transitions].sort((a, b) => a.afterDays - b.afterDays),
  ];
  return steps.map((s, i) => ({
    storageClass: s.to,
    fromDay: s.afterDays,
    toDay: steps[i + 1]?.afterDays ?? end,
  }));
}
