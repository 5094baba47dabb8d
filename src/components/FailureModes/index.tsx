import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import type { ComponentId } from '@site/diagrams/model/index';
import type { Locale, Text } from '@site/diagrams/model/text';
import ComponentName from '@site/src/components/CostTables/ComponentName';
import { useLocale } from '@site/src/components/CostTables/useLocale';
import ScrollableTable from '@site/src/components/ScrollableTable';
import { failureModes } from '@site/src/ha-dr/failure-modes';
import { drCoverage, drSteps, regionalRtoTargetHours } from '@site/src/ha-dr/regional-dr';
import type { Source } from '@site/src/ha-dr/sources';
import { words } from './words';

/** The model's strings use backticks for identifiers; they become <code> here. */
function inline(text: Text, locale: Locale): ReactNode {
  return text[locale]
    .split('`')
    .map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

function Components({ ids, locale }: { ids: readonly ComponentId[]; locale: Locale }): ReactNode {
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 ? ', ' : ''}
      <ComponentName id={id} locale={locale} />
    </span>
  ));
}

function Sources({ list, locale }: { list: readonly Source[]; locale: Locale }): ReactNode {
  return list.map((s, i) => (
    <span key={s.href}>
      {i > 0 ? '; ' : ''}
      <Link href={s.href}>{s.label[locale]}</Link>
    </span>
  ));
}

/**
 * Per component: what fails, how it is detected, how it recovers, RTO and RPO. Four columns, with
 * the label of each part inside the cell, so the table fits the page column without scrolling.
 */
export function FailureModeTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <ScrollableTable caption={w.failureCaption}>
      <thead>
        <tr>
          <th scope="col">{w.components}</th>
          <th scope="col">{w.failure}</th>
          <th scope="col">{w.recovery}</th>
          <th scope="col">
            {w.rto} / {w.rpo}
          </th>
        </tr>
      </thead>
      <tbody>
        {failureModes.map((m) => (
          <tr key={m.id} id={`failure-${m.id}`}>
            <th scope="row">
              <Components ids={m.components} locale={locale} />
            </th>
            <td>
              {inline(m.failure, locale)}
              <br />
              <em>{w.detection}:</em> {inline(m.detection, locale)}
            </td>
            <td>
              <strong>{w.recoveredBy[m.recoveredBy]}.</strong> {inline(m.recovery, locale)}
              {m.sources.length > 0 ? (
                <>
                  {' '}
                  (<Sources list={m.sources} locale={locale} />)
                </>
              ) : null}
            </td>
            <td>
              <strong>{w.rto}:</strong> {inline(m.rto, locale)}
              <br />
              <strong>{w.rpo}:</strong> {inline(m.rpo, locale)}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/** What the DR region holds of each stateful component, and the data a regional loss costs. */
export function DrCoverageTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <ScrollableTable caption={w.coverageCaption}>
      <thead>
        <tr>
          <th scope="col">{w.components}</th>
          <th scope="col">{w.copy}</th>
          <th scope="col">{w.inDrRegion}</th>
          <th scope="col">{w.rpo}</th>
        </tr>
      </thead>
      <tbody>
        {drCoverage.map((c) => (
          <tr key={c.components.join('-')}>
            <th scope="row">
              <Components ids={c.components} locale={locale} />
            </th>
            <td>{w.copies[c.copy]}</td>
            <td>{inline(c.inDrRegion, locale)}</td>
            <td>
              {inline(c.rpo, locale)}
              {c.sources.length > 0 ? (
                <>
                  {' '}
                  (<Sources list={c.sources} locale={locale} />)
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/** The regional recovery, in order, saying which steps a person does. */
export function DrStepsTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <ScrollableTable caption={w.stepsCaption}>
      <thead>
        <tr>
          <th scope="col">{w.step}</th>
          <th scope="col">{w.action}</th>
          <th scope="col">{w.automated}</th>
        </tr>
      </thead>
      <tbody>
        {drSteps.map((s, i) => (
          <tr key={s.id}>
            <td>{i + 1}</td>
            <td>{inline(s.action, locale)}</td>
            <td>{s.automated ? w.yes : w.no}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/** The regional RTO objective, read from src/ha-dr/regional-dr.ts. */
export function RegionalRto(): ReactNode {
  return <>{words[useLocale()].hours(regionalRtoTargetHours)}</>;
}
