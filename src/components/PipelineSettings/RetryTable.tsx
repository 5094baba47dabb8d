import type { ReactNode } from 'react';
import { analysisSettings, describeExitRule } from '@site/diagrams/pipeline';
import { useLocale } from '../CostTables/useLocale';
import ScrollableTable from '../ScrollableTable';
import { words } from './words';

/** The retry strategy both job definitions share, rule by rule. */
export default function RetryTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const { batchRetry } = analysisSettings;
  return (
    <ScrollableTable caption={w.retryCaption}>
      <thead>
        <tr>
          <th scope="col">{w.attempts}</th>
          <th scope="col">{w.rule}</th>
        </tr>
      </thead>
      <tbody>
        {batchRetry.evaluateOnExit.map((rule, i) => (
          <tr key={i}>
            {i === 0 ? (
              <th scope="row" rowSpan={batchRetry.evaluateOnExit.length}>
                {batchRetry.attempts}
              </th>
            ) : null}
            <td>
              <code>{describeExitRule(rule)[locale]}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
