import Link from '@docusaurus/Link';
import { useEffect, useState, type ReactNode } from 'react';
import { runbook as phases } from '@site/src/runbook/index';
import { clearProgress, readProgress, writeStep } from '@site/src/runbook/progress';
import { words } from '../RunbookPhase/words';
import { useLocale } from '../RunbookPhase/locale';
import styles from './styles.module.css';

/**
 * One checkbox per step, remembered in this browser. Ticks are read after hydration (the server
 * render shows every box unticked), so the first paint never disagrees with the server HTML.
 */
export default function RunbookChecklist({ phase }: { phase?: string }): ReactNode {
  const locale = useLocale();
  const shown = phase ? phases.filter((p) => p.id === phase) : phases;
  if (!shown.length) throw new Error(`RunbookChecklist: unknown phase "${String(phase)}"`);
  const stepIds = shown.flatMap((p) => p.steps.map((s) => s.id));
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    setDone(readProgress(window.localStorage, stepIds));
    // stepIds is derived from the static phase list and the phase prop
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase]);

  const toggle = (id: string, checked: boolean) => {
    writeStep(window.localStorage, id, checked);
    setDone((before) => {
      const next = new Set(before);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const reset = () => {
    clearProgress(window.localStorage, stepIds);
    setDone(new Set());
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
