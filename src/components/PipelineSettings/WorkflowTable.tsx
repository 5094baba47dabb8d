import type { ReactNode } from 'react';
import { analysisSettings, describeStatesRetry } from '@site/diagrams/pipeline';
import { useLocale } from '../CostTables/useLocale';
import ScrollableTable from '../ScrollableTable';
import { words } from './words';

const retriedState = { analyse: 'AnalyseProtein', aggregate: 'Aggregate' } as const;

/** The state machine's settings as the IaC builds them. */
export default function WorkflowTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const { stateMachine, retries } = analysisSettings;
  const rows: [string, ReactNode][] = [
    [w.name, <code key="n">{stateMachine.name}</code>],
    [w.type, <code key="t">{stateMachine.type}</code>],
    [w.timeout, `${stateMachine.timeoutHours} ${w.hours}`],
    [w.mapConcurrency, String(stateMachine.mapMaxConcurrency)],
    ...Object.entries(retries).map(([id, retry]): [string, ReactNode] => [
      w.retryOf(retriedState[id as keyof typeof retriedState]),
      describeStatesRetry(retry)[locale],
    ]),
  ];
  return (
    <ScrollableTable caption={w.workflowCaption}>
      <thead>
        <tr>
          <th scope="col">{w.setting}</th>
          <th scope="col">{w.value}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
