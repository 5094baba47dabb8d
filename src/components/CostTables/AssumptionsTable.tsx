import type { ReactNode } from 'react';
import {
  assumptionKeys,
  assumptionLabels,
  formatNumber,
  scaleIds,
  scales,
} from '@site/diagrams/cost';
import { useLocale } from './useLocale';
import { words } from './words';

/** The assumptions of the three scales, read from the cost model. */
export default function AssumptionsTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <table>
      <caption>{w.assumptionsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{w.assumption}</th>
          {scaleIds.map((id) => (
            <th scope="col" key={id}>
              {scales[id].label[locale]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {assumptionKeys.map((key) => (
          <tr key={key}>
            <th scope="row">{assumptionLabels[key][locale]}</th>
            {scaleIds.map((id) => {
              const value = scales[id].assumptions[key];
              return (
                <td key={id}>{formatNumber(value, locale, Number.isInteger(value) ? 0 : 2)}</td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
