import type { ReactNode } from 'react';
import { coverage, type Coverage } from '@site/diagrams/cost';
import type { ComponentId } from '@site/diagrams/model/index';
import ComponentName from './ComponentName';
import { useLocale } from './useLocale';
import { words } from './words';

/** Components whose cost is real but not in the totals, each with its pricing page. */
export default function NotModelled(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const rows = (Object.entries(coverage) as [ComponentId, Coverage][]).flatMap(([id, c]) =>
    c.kind === 'notModelled' ? [{ id, url: c.url }] : [],
  );
  return (
    <table>
      <caption>{w.notModelledCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{w.component}</th>
          <th scope="col">{w.page}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ id, url }) => (
          <tr key={id}>
            <td>
              <ComponentName id={id} locale={locale} />
            </td>
            <td>
              <a href={url}>{url.replace('https://', '')}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
