import type { ReactNode } from 'react';
import {
  formatNumber,
  formatUsd,
  monthlyCost,
  scales,
  unitPriceDecimals,
  type ScaleId,
} from '@site/diagrams/cost';
import ComponentName from './ComponentName';
import { useLocale } from './useLocale';
import { words } from './words';

/** Every line item of one scale: quantity, unit, unit price and monthly cost. */
export default function LineItems({ scale }: { scale: ScaleId }): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const { assumptions, label } = scales[scale];
  const cost = monthlyCost(assumptions);
  return (
    <table>
      <caption>{w.scaleCaption(label[locale])}</caption>
      <thead>
        <tr>
          <th scope="col">{w.component}</th>
          <th scope="col">{w.what}</th>
          <th scope="col">{w.quantity}</th>
          <th scope="col">{w.unit}</th>
          <th scope="col">{w.unitPrice}</th>
          <th scope="col">{w.monthly}</th>
        </tr>
      </thead>
      <tbody>
        {cost.lines.map((line, i) => (
          <tr key={`${line.component}-${line.priceId}-${i}`}>
            <td>
              <ComponentName id={line.component} locale={locale} />
            </td>
            <td>{line.what[locale]}</td>
            <td>{formatNumber(line.quantity, locale, line.quantity < 10 ? 2 : 0)}</td>
            <td>{line.unit[locale]}</td>
            <td>
              {line.unitUsd === null ? (
                <em>{w.notPriced}</em>
              ) : (
                formatUsd(line.unitUsd, locale, unitPriceDecimals(line.unitUsd))
              )}
            </td>
            <td>{line.monthlyUsd === null ? '—' : formatUsd(line.monthlyUsd, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={5}>
            {w.sourcedTotal}
          </th>
          <td>
            <strong>{formatUsd(cost.sourcedUsd, locale)}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
