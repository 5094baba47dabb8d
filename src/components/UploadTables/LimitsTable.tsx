import type { ReactNode } from 'react';
import { formatNumber } from '@site/diagrams/cost/format';
import { formatBytes, formatSeconds, s3Limits, type SourcedLimit } from '@site/diagrams/upload';
import type { Locale } from '@site/diagrams/model/text';
import { useLocale } from '../CostTables/useLocale';
import ScrollableTable from '../ScrollableTable';
import { words } from './words';

function formatLimit(limit: SourcedLimit, locale: Locale): string {
  switch (limit.unit) {
    case 'bytes':
      return formatBytes(limit.value, locale);
    case 'seconds':
      return formatSeconds(limit.value, locale);
    case 'requestsPerSecond':
      return `${formatNumber(limit.value, locale)}${words[locale].perSecond}`;
    case 'count':
      return formatNumber(limit.value, locale);
  }
}

/** The S3 limits of diagrams/upload/limits.ts, each with the AWS page it comes from. */
export default function LimitsTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <ScrollableTable caption={w.limitsCaption}>
      <thead>
        <tr>
          <th scope="col">{w.limit}</th>
          <th scope="col">{w.value}</th>
          <th scope="col">{w.source}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(s3Limits).map(([id, limit]) => (
          <tr key={id}>
            <th scope="row">{limit.label[locale]}</th>
            <td>{formatLimit(limit, locale)}</td>
            <td>
              <a href={limit.source}>{w.awsDocs}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
