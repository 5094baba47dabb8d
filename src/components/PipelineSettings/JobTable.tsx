import type { ReactNode } from 'react';
import { jobRows } from '@site/diagrams/pipeline';
import { useLocale } from '../CostTables/useLocale';
import ScrollableTable from '../ScrollableTable';
import { words } from './words';

/** The Batch job definitions and how many of each one environment holds. */
export default function JobTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <ScrollableTable caption={w.jobsCaption}>
      <thead>
        <tr>
          <th scope="col">{w.job}</th>
          <th scope="col">{w.jobVcpus}</th>
          <th scope="col">{w.memory}</th>
          <th scope="col">{w.jobTimeout}</th>
          <th scope="col">{w.perEnvironment}</th>
        </tr>
      </thead>
      <tbody>
        {jobRows().map((row) => (
          <tr key={row.name}>
            <th scope="row">
              <code>{row.name}</code>
            </th>
            <td>{row.vcpus}</td>
            <td>{row.memoryGiB} GiB</td>
            <td>
              {row.timeoutHours} {w.hours}
            </td>
            <td>{row.perEnvironment}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
