import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { Locale } from '@site/diagrams/model/text';
import type { MitigationDef, Pillar } from '@site/diagrams/threats/mitigation-types';
import { mitigations } from '@site/diagrams/threats/mitigations';
import Detection from './Detection';
import Inline from './Inline';
import Snippet from './Snippet';
import styles from './styles.module.css';
import { words } from './words';

export const catalogueEntries = Object.entries(mitigations) as [string, MitigationDef][];

function Entry({ id, m, locale }: { id: string; m: MitigationDef; locale: Locale }): ReactNode {
  const w = words[locale];
  return (
    <section className={styles.entry}>
      <Heading as="h3" id={id}>
        {m.title[locale].split('`').join('')}{' '}
        <span className={`${styles.badge} ${styles[m.iac.status]}`}>{w.status[m.iac.status]}</span>
      </Heading>
      <p>
        <strong>{w.why}.</strong> <Inline text={m.why[locale]} />
      </p>
      <p>
        <strong>{w.mitigation}.</strong> <Inline text={m.mitigation[locale]} />
      </p>
      <p>
        <strong>{w.prevent}:</strong>
      </p>
      <ul>
        {m.prevent.map((p) => (
          <li key={p.en}>
            <Inline text={p[locale]} />
          </li>
        ))}
      </ul>
      {m.snippets?.map((s) => (
        <Snippet key={s.title.en} snippet={s} locale={locale} />
      ))}
      <p>
        <strong>{w.detect}:</strong>
      </p>
      <Detection detect={m.detect} locale={locale} />
      <p>
        <strong>{w.iac}:</strong> <Inline text={m.iac.note[locale]} />
      </p>
      {m.links?.length ? (
        <p>
          <strong>{w.references}:</strong>{' '}
          {m.links.map((link, i) => (
            <span key={link.href}>
              {i > 0 ? ' · ' : ''}
              <a href={link.href}>{link.label[locale]}</a>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}

/** The catalogue entries of one Well-Architected pillar, in catalogue order. */
export default function MitigationCatalogue({ pillar }: { pillar: Pillar }): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  return catalogueEntries
    .filter(([, m]) => m.pillar === pillar)
    .map(([id, m]) => <Entry key={id} id={id} m={m} locale={locale} />);
}
