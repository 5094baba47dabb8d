import type { ReactNode } from 'react';
import { formatNumber } from '@site/diagrams/cost/format';
import { formatBytes, multipartPlan, typicalFileBytes } from '@site/diagrams/upload';
import { useLocale } from '../CostTables/useLocale';
import ScrollableTable from '../ScrollableTable';
import { words } from './words';

/** The multipart plan the API computes for each typical file size. */
export default function PlanTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <ScrollableTable caption={w.plansCaption}>
      <thead>
        <tr>
          <th scope="col">{w.file}</th>
          <th scope="col">{w.part}</th>
          <th scope="col">{w.parts}</th>
          <th scope="col">{w.lastPart}</th>
          <th scope="col">{w.requests}</th>
          <th scope="col">{w.listPages}</th>
        </tr>
      </thead>
      <tbody>
        {typicalFileBytes.map((bytes) => {
          const plan = multipartPlan(bytes);
          return (
            <tr key={bytes}>
              <th scope="row">{formatBytes(bytes, locale)}</th>
              <td>{formatBytes(plan.partBytes, locale)}</td>
              <td>{formatNumber(plan.parts, locale)}</td>
              <td>{formatBytes(plan.lastPartBytes, locale)}</td>
              <td>{formatNumber(plan.requests, locale)}</td>
              <td>{formatNumber(plan.listPartsPages, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}
