import type { ReactNode } from 'react';
import {
  fiveYearStorage,
  formatNumber,
  formatUsd,
  scales,
  storageClassLabels,
  type BucketFiveYears,
  type ScaleId,
} from '@site/diagrams/cost';
import type { StorageClass } from '@site/diagrams/model/types';
import { useLocale } from './useLocale';
import { words } from './words';

/** Five years of the retention rules at one scale: GB-months per class and what is priced. */
export default function FiveYearStorage({ scale }: { scale: ScaleId }): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const { assumptions, label } = scales[scale];
  const storage = fiveYearStorage(assumptions);
  const buckets: [string, BucketFiveYears][] = [
    [w.inputs, storage.inputs],
    [w.results, storage.results],
    [w.replica, storage.replica],
  ];
  return (
    <table>
      <caption>{w.fiveYearCaption(label[locale])}</caption>
      <thead>
        <tr>
          <th scope="col">{w.bucket}</th>
          <th scope="col">{w.storageClass}</th>
          <th scope="col">{w.gbMonths}</th>
          <th scope="col">{w.cost}</th>
          <th scope="col">{w.upperBound}</th>
        </tr>
      </thead>
      <tbody>
        {buckets.flatMap(([name, bucket]) =>
          (Object.entries(bucket.gbMonths) as [StorageClass, number][]).map(
            ([storageClass, gbMonths], i) => {
              const unpriced = storageClass in bucket.unpricedGbMonths;
              return (
                <tr key={`${name}-${storageClass}`}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={Object.keys(bucket.gbMonths).length}>
                      {name}
                      <br />
                      <small>
                        {w.pricedPart}: {formatUsd(bucket.pricedUsd, locale, 0)}
                      </small>
                    </th>
                  ) : null}
                  <td>{storageClassLabels[storageClass]?.[locale] ?? storageClass}</td>
                  <td>{formatNumber(gbMonths, locale)}</td>
                  <td>
                    {unpriced ? (
                      <em>{w.notPriced}</em>
                    ) : (
                      formatUsd(bucket.usdByClass[storageClass] ?? 0, locale, 0)
                    )}
                  </td>
                  {i === 0 ? (
                    <td rowSpan={Object.keys(bucket.gbMonths).length}>
                      {formatUsd(bucket.allStandardUsd, locale, 0)}
                    </td>
                  ) : null}
                </tr>
              );
            },
          ),
        )}
      </tbody>
    </table>
  );
}
