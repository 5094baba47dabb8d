import type { ReactNode } from 'react';
import { capacity } from '@site/diagrams/capacity';
import { scaleIds, scales } from '@site/diagrams/cost/assumptions';
import { useLocale } from '../CostTables/useLocale';
import type { Row } from './rows';

/** One column per scale of the cost model, one line per row definition. */
export default function ScaleTable({
  rows,
  caption,
}: {
  rows: Row[];
  caption?: string;
}): ReactNode {
  const locale = useLocale();
  const reports = scaleIds.map((id) => ({
    id,
    a: scales[id].assumptions,
    r: capacity(scales[id].assumptions),
  }));
  return (
    <table>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">{locale === 'en' ? 'Figure' : 'Grandeza'}</th>
          {reports.map(({ id }) => (
            <th scope="col" key={id}>
              {scales[id].label[locale]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label.en}>
            <th scope="row">{row.label[locale]}</th>
            {reports.map(({ id, a, r }) => (
              <td key={id}>{row.cell(r, a, locale)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
