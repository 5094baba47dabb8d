import type { ReactNode } from 'react';
import { computeEnvironmentRows } from '@site/diagrams/pipeline';
import { useLocale } from '../CostTables/useLocale';
import ScrollableTable from '../ScrollableTable';
import { words } from './words';

/** The Batch compute environments, in the order the job queue tries them. */
export default function ComputeTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <ScrollableTable caption={w.computeCaption}>
      <thead>
        <tr>
          <th scope="col">{w.environment}</th>
          <th scope="col">{w.order}</th>
          <th scope="col">{w.purchase}</th>
          <th scope="col">{w.strategy}</th>
          <th scope="col">{w.vcpus}</th>
          <th scope="col">{w.families}</th>
        </tr>
      </thead>
      <tbody>
        {computeEnvironmentRows().map((row) => (
          <tr key={row.name}>
            <th scope="row">
              <code>{row.name}</code>
            </th>
            <td>{row.order}</td>
            <td>{row.purchase[locale]}</td>
            <td>
              <code>{row.allocationStrategy}</code>
            </td>
            <td>
              {row.minvCpus}–{row.maxvCpus}
            </td>
            <td>{row.instanceFamilies}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
