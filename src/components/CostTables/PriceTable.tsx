import type { ReactNode } from 'react';
import {
  formatUsd,
  sourcedPrices,
  unitPriceDecimals,
  unverifiedPrices,
  type SourcedPrice,
  type UnverifiedPrice,
} from '@site/diagrams/cost';
import { useLocale } from './useLocale';
import { words } from './words';

/** Every sourced unit price with its page and the day it was read. */
export function SourcedPriceTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const rows = Object.entries(sourcedPrices) as [string, SourcedPrice][];
  return (
    <table>
      <caption>{w.sourcedCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{w.price}</th>
          <th scope="col">{w.unit}</th>
          <th scope="col">{w.region}</th>
          <th scope="col">{w.source}</th>
          <th scope="col">{w.readOn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([id, p]) => (
          <tr key={id}>
            <td>
              {formatUsd(p.usd, locale, unitPriceDecimals(p.usd))}
              {p.note ? (
                <>
                  <br />
                  <small>{p.note[locale]}</small>
                </>
              ) : null}
            </td>
            <td>{p.unit[locale]}</td>
            <td>{p.region}</td>
            <td>
              <a href={p.url}>{p.url.replace('https://', '')}</a>
            </td>
            <td>{p.readOn}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The dimensions priced only by the reader: no value, just where to look. */
export function UnverifiedPriceTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const rows = Object.entries(unverifiedPrices) as [string, UnverifiedPrice][];
  return (
    <table>
      <caption>{w.unverifiedCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{w.unit}</th>
          <th scope="col">{w.region}</th>
          <th scope="col">{w.page}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([id, p]) => (
          <tr key={id}>
            <td>{p.unit[locale]}</td>
            <td>{p.region}</td>
            <td>
              <a href={p.url}>{p.url.replace('https://', '')}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
