import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import { componentDocPath } from '@site/diagrams/model/doc-links';
import { model } from '@site/diagrams/model/index';
import type { Locale } from '@site/diagrams/model/text';
import { analyseThreats, byBoundary, threatModelProblems } from '@site/diagrams/threats/analyse';
import { controls, type ControlId } from '@site/diagrams/threats/controls';
import { threatCatalogue } from '@site/diagrams/threats/index';
import { threatProfiles, type ProfileId } from '@site/diagrams/threats/profiles';
import type { Zone } from '@site/diagrams/threats/zones';
import { groupCrossings } from './groups';
import styles from './styles.module.css';
import { strideNames, words } from './words';

const componentLabel = (id: string, locale: Locale) =>
  model.components[id as keyof typeof model.components]?.label[locale] ?? id;

function ControlCell({ id, locale }: { id: string; locale: Locale }): ReactNode {
  const control = controls[id as ControlId];
  if (!control) return <code>{id}</code>;
  const text = control.label[locale];
  return 'catalogue' in control ? (
    <Link to={`/docs/security/mitigations#${control.catalogue}`}>{text}</Link>
  ) : (
    <>{text}</>
  );
}

function ComponentLinks({ ids, locale }: { ids: readonly string[]; locale: Locale }): ReactNode {
  return ids.map((c, i) => (
    <span key={c}>
      {i > 0 ? ', ' : ''}
      <Link to={componentDocPath(model, c)}>{componentLabel(c, locale)}</Link>
    </span>
  ));
}

const zoneName = (zone: Zone, locale: Locale) => zone.label[locale];

/**
 * The threat model computed from the topology model at build time: every connection that
 * crosses a trust boundary, grouped by boundary, with its STRIDE threats and the controls and
 * components that answer them.
 */
export default function ThreatModel(): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const w = words[locale];
  const crossings = analyseThreats(model, threatCatalogue);
  const problems = threatModelProblems(model, threatCatalogue);
  const boundaries = byBoundary(crossings);
  const threatCount = crossings.reduce((n, c) => n + c.threats.length, 0);
  return (
    <>
      <p>
        <strong>
          {w.summary(crossings.length, model.connections.length, boundaries.length, threatCount)}
        </strong>
      </p>
      {problems.length > 0 ? (
        <div role="alert">
          <p>{w.problems}:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <table className={styles.summary}>
        <thead>
          <tr>
            <th scope="col">{w.boundary}</th>
            <th scope="col">{w.crossed}</th>
            <th scope="col">{w.connections}</th>
          </tr>
        </thead>
        <tbody>
          {boundaries.map(([boundary, cs], i) => (
            <tr key={boundary.id}>
              <td>
                <a href={`#boundary-${i + 1}`}>
                  {zoneName(boundary.zones[0], locale)} ↔ {zoneName(boundary.zones[1], locale)}
                </a>
              </td>
              <td>
                {boundary.crossed.map((s) => (
                  <code key={s} className={styles.segment}>
                    {s}
                  </code>
                ))}
              </td>
              <td>{cs.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {boundaries.map(([boundary, cs], i) => (
        <section key={boundary.id}>
          <Heading as="h3" id={`boundary-${i + 1}`}>
            {i + 1}. {zoneName(boundary.zones[0], locale)} ↔ {zoneName(boundary.zones[1], locale)}
          </Heading>
          <div className={styles.scroll}>
            <table className={styles.threats}>
              <thead>
                <tr>
                  <th scope="col">{w.connection}</th>
                  <th scope="col">{w.stride}</th>
                  <th scope="col">{w.threat}</th>
                  <th scope="col">
                    {w.mitigation} ({w.components.toLowerCase()})
                  </th>
                </tr>
              </thead>
              {groupCrossings(cs).map((group) => (
                <tbody key={group.crossings.map((c) => c.key).join()} className={styles.group}>
                  {group.threats.map((row, r) => (
                    <tr key={`${row.category}-${r}`}>
                      {r === 0 ? (
                        <th scope="rowgroup" rowSpan={group.threats.length}>
                          {group.crossings.map((c) => (
                            <span key={c.key} className={styles.connection}>
                              <Link to={componentDocPath(model, c.connection.from)}>
                                {componentLabel(c.connection.from, locale)}
                              </Link>{' '}
                              →{' '}
                              <Link to={componentDocPath(model, c.connection.to)}>
                                {componentLabel(c.connection.to, locale)}
                              </Link>
                              <small>
                                {' '}
                                ({c.connection.label[locale]}, {c.connection.protocol})
                              </small>
                            </span>
                          ))}
                          <em className={styles.profile}>
                            {threatProfiles[group.profile as ProfileId]?.title[locale]}
                          </em>
                        </th>
                      ) : null}
                      <td>
                        <strong>{row.category}</strong>
                        <br />
                        <small>{strideNames[row.category][locale]}</small>
                      </td>
                      <td>
                        {row.threat[locale]}
                        {row.source === 'connection' ? <small> ({w.specific})</small> : null}
                      </td>
                      <td>
                        <ul className={styles.list}>
                          {row.controls.map((id) => (
                            <li key={id}>
                              <ControlCell id={id} locale={locale} />
                              <br />
                              <small className={styles.components}>
                                <ComponentLinks
                                  ids={controls[id as ControlId]?.realisedBy ?? []}
                                  locale={locale}
                                />
                              </small>
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
