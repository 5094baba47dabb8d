/** Where a ticked step is remembered; the key is the same in both locales. */
export function storageKey(stepId: string): string {
  return `espectro.runbook.${stepId}`;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Steps ticked earlier in this browser; unknown or unreadable entries count as not done. */
export function readProgress(store: KeyValueStore, stepIds: readonly string[]): Set<string> {
  return new Set(stepIds.filter((id) => store.getItem(storageKey(id)) === 'done'));
}

export function writeStep(store: KeyValueStore, stepId: string, done: boolean): void {
  if (done) store.setItem(storageKey(stepId), 'done');
  else store.removeItem(storageKey(stepId));
}

export function clearProgress(store: KeyValueStore, stepIds: readonly string[]): void {
  for (const id of stepIds) store.removeItem(storageKey(id));
}
