import Link from '@docusaurus/Link';
import { useSyncExternalStore, type ReactNode } from 'react';
import { runbook as phases } from '@site/src/runbook/index';
import { clearProgress, readProgress, writeStep } from '@site/src/runbook/progress';
import { words } from '../RunbookPhase/words';
import { useLocale } from '../RunbookPhase/locale';
import styles from './styles.module.css';

const listeners = new Set<() => void>();

/** Other checklists on the page and other tabs (the storage event) re-read the ticks. */
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** The server render has nothing ticked; hydration uses the same, then the browser's ticks. */
const serverSnapshot = () => '';

/**
 * One checkbox per step, remembered in this browser under a locale-independent key, with a reset.
 */
export default function RunbookChecklist({ phase }: { phase?: string }): ReactNode {
  const locale = useLocale();
  const shown = phase ? phases.filter((p) => p.id === phase) : phases;
  if (!shown.length) throw new Error(`RunbookChecklist: unknown phase "${String(phase)}"`);
  const stepIds = shown.flatMap((p) => p.steps.map((s) => s.id));
  const ids = stepIds.join(' ');
  const snapshot = useSyncExternalStore(
    subscribe,
    () => [...readProgress(window.localStorage, ids.split(' '))].join(' '),
    serverSnapshot,
  );
  const done = new Set(snapshot ? snapshot.split(' ') : []);

  const toggle = (id: string, checked: boolean) => {
    writeStep(window.localStorage, id, checked);
    changed();
  };

  const reset = () => {
    clearProgress(window.localStorage, stepIds);
    changed();
  };

  const legendId = `runbook-progress-${phase ?? 'all'}`;
  return (
    <fieldset className={styles.checklist} aria-labelledby={legendId}>
      <legend id={legendId} className={styles.legend}>
        {words.checklist[locale]}{' '}
        <span aria-live="polite">
          ({done.size}/{stepIds.length} {words.done[locale]})
        </span>
      </legend>
      {shown.map((p) => (
        <div key={p.id} className={styles.phase}>
          {phase ? null : (
            <p className={styles.phaseTitle}>
              <Link to={`/docs/runbook/${p.id}`}>{p.title[locale]}</Link>
            </p>
          )}
          <ul className={styles.steps}>
            {p.steps.map((s) => {
              const inputId = `check-${phase ?? 'all'}-${s.id}`;
              return (
                <li key={s.id}>
                  <input
                    type="checkbox"
                    id={inputId}
                    checked={done.has(s.id)}
                    onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                  />{' '}
                  <label htmlFor={inputId}>{s.title[locale]}</label>{' '}
                  <Link to={`/docs/runbook/${p.id}#${s.id}`} className={styles.goto}>
                    #{s.id}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <button type="button" className="button button--sm button--secondary" onClick={reset}>
        {words.reset[locale]}
      </button>
    </fieldset>
  );
}
