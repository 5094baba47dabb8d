import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import { runbook as phases } from '@site/src/runbook/index';
import { keyCommand, totalMinutes } from '@site/src/runbook/summary';
import { useLocale } from '../RunbookPhase/locale';
import { words } from '../RunbookPhase/words';
import styles from './styles.module.css';

/** Every step on one page: phase, step, key command, verification; laid out for printing. */
export default function RunbookSummary(): ReactNode {
  const locale = useLocale();
  const minutes = totalMinutes(phases.flatMap((p) => p.steps));
  return (
    <div className={styles.summary}>
      <p className={styles.actions}>
        <button
          type="button"
          className="button button--sm button--primary"
          onClick={() => window.print()}
        >
          {words.print[locale]}
        </button>{' '}
        {words.total[locale]}: ~{Math.round(minutes / 60)} h ({minutes} {words.minutes[locale]})
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{words.phase[locale]}</th>
            <th scope="col">{words.step[locale]}</th>
            <th scope="col">{words.keyCommand[locale]}</th>
            <th scope="col">{words.verification[locale]}</th>
          </tr>
        </thead>
        <tbody>
          {phases.flatMap((phase, p) =>
            phase.steps.map((step, s) => (
              <tr key={step.id}>
                {s === 0 ? (
                  <th scope="rowgroup" rowSpan={phase.steps.length}>
                    {p + 1}. <Link to={`/docs/runbook/${phase.id}`}>{phase.title[locale]}</Link>
                  </th>
                ) : null}
                <td>
                  <Link to={`/docs/runbook/${phase.id}#${step.id}`}>{step.title[locale]}</Link> (~
                  {step.durationMinutes} {words.minutes[locale]})
                </td>
                <td>
                  <code>{keyCommand(step)}</code>
                </td>
                <td>
                  <code>{step.verification.command}</code>
                  <br />→ <code>{step.verification.expected}</code>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
