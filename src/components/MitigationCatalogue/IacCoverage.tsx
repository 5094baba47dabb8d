import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';
import type { Locale } from '@site/diagrams/model/text';
import { catalogueEntries } from './index';
import styles from './styles.module.css';
import { pillarNames, words } from './words';

/** Which catalogue entries the project's own CDK app enforces, and which are only described. */
export default function IacCoverage(): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const w = words[locale];
  const count = (status: string) =>
    catalogueEntries.filter(([, m]) => m.iac.status === status).length;
  return (
    <>
      <p>
        <strong>
          {w.status.enforced}: {count('enforced')} · {w.status.partly}: {count('partly')} ·{' '}
          {w.status.described}: {count('described')}
        </strong>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{w.practice}</th>
            <th scope="col">{w.pillar}</th>
            <th scope="col">{w.iac}</th>
          </tr>
        </thead>
        <tbody>
          {catalogueEntries.map(([id, m]) => (
            <tr key={id}>
              <td>
                <Link to={`#${id}`}>{m.title[locale].split('`').join('')}</Link>
              </td>
              <td>{pillarNames[m.pillar][locale]}</td>
              <td>
                <span className={`${styles.badge} ${styles[m.iac.status]}`}>
                  {w.status[m.iac.status]}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
