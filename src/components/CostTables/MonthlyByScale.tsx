import type { ReactNode } from 'react';
import {
  byComponent,
  formatUsd,
  monthlyCost,
  scaleIds,
  scales,
  type MonthlyCost,
} from '@site/diagrams/cost';
import type { ComponentId } from '@site/diagrams/model/index';
import ComponentName from './ComponentName';
import { useLocale } from './useLocale';
import { words } from './words';

/** Monthly cost per component at each scale, computed from the model on every build. */
export default function MonthlyByScale(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const costs = Object.fromEntries(
    scaleIds.map((id) => [id, monthlyCost(scales[id].assumptions)]),
  ) as Record<(typeof scaleIds)[number], MonthlyCost>;
  const perScale = Object.fromEntries(
    scaleIds.map((id) => [id, new Map(byComponent(costs[id]).map((r) => [r.component, r.usd]))]),
  ) as Record<(typeof scaleIds)[number], Map<ComponentId, number | null>>;
  // Ordered by the largest scale, so the rows read from what dominates to what does not.
  const order = byComponent(costs.peak).map((r) => r.component);
  const cell = (usd: number | null | undefined) =>
    usd === null || usd === undefined ? <em>{w.notPriced}</em> : formatUsd(usd, locale);
  return (
    <table>
      <caption>{w.monthlyCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{w.component}</th>
          {scaleIds.map((id) => (
            <th scope="col" key={id}>
              {scales[id].label[locale]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {order.map((component) => (
          <tr key={component}>
            <th scope="row">
              <ComponentName id={component} locale={locale} />
            </th>
            {scaleIds.map((id) => (
              <td key={id}>{cell(perScale[id].get(component))}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{w.sourcedTotal}</th>
          {scaleIds.map((id) => (
            <td key={id}>
              <strong>{formatUsd(costs[id].sourcedUsd, locale)}</strong>
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{w.unpricedLines}</th>
          {scaleIds.map((id) => (
            <td key={id}>{costs[id].missing.length}</td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
