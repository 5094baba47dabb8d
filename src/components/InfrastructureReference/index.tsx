import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import { components } from '@site/diagrams/model/components';
import { componentReferencePath } from '@site/diagrams/model/doc-links';
import type { Locale, Text } from '@site/diagrams/model/text';
import data from './resources.generated.json';
import styles from './styles.module.css';

interface Resource {
  stack: string;
  logicalId: string;
  type: string;
  tagged: boolean;
}

const words = {
  'pt-BR': {
    stacks: 'Stacks',
    stack: 'Stack',
    account: 'Conta',
    region: 'Região',
    phase: 'Fase do runbook',
    component: 'Componente',
    logicalId: 'Logical ID',
    type: 'Tipo',
    tag: 'Tag',
    tagged: 'tag topology-id',
    metadata: 'só metadado (tipo sem tags)',
    mapping: 'Componente → recursos do CloudFormation',
    elsewhere: 'Realizados fora destas stacks',
    accounts: {
      production: 'produção',
      security: 'security / log archive',
      sharedServices: 'shared services',
    },
    summary: (c: number, r: number) => `${c} componentes AWS realizados por ${r} recursos.`,
  },
  en: {
    stacks: 'Stacks',
    stack: 'Stack',
    account: 'Account',
    region: 'Region',
    phase: 'Runbook phase',
    component: 'Component',
    logicalId: 'Logical ID',
    type: 'Type',
    tag: 'Tag',
    tagged: 'topology-id tag',
    metadata: 'metadata only (type takes no tags)',
    mapping: 'Component → CloudFormation resources',
    elsewhere: 'Realised outside these stacks',
    accounts: {
      production: 'production',
      security: 'security / log archive',
      sharedServices: 'shared services',
    },
    summary: (c: number, r: number) => `${c} AWS components realised by ${r} resources.`,
  },
} as const;

function label(id: string, locale: Locale): string {
  return (components as Record<string, { label: Text }>)[id]?.label[locale] ?? id;
}

function ComponentLink({ id, locale }: { id: string; locale: Locale }): ReactNode {
  return (
    <Link to={`${componentReferencePath}#${id}`}>
      {label(id, locale)} <code>{id}</code>
    </Link>
  );
}

/** The model's AWS components and the synthesized resources that realise each, from the committed JSON. */
export default function InfrastructureReference(): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const w = words[locale];
  const stacks = data.stacks as Record<
    string,
    { region: string; account: keyof typeof w.accounts; phase: string }
  >;
  const total = data.components.reduce((n, c) => n + c.resources.length, 0);
  return (
    <div className={styles.reference}>
      <Heading as="h2" id="stacks">
        {w.stacks}
      </Heading>
      <table>
        <thead>
          <tr>
            <th scope="col">{w.stack}</th>
            <th scope="col">{w.account}</th>
            <th scope="col">{w.region}</th>
            <th scope="col">{w.phase}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(stacks).map(([id, s]) => (
            <tr key={id}>
              <td>
                <code>{id}</code>
              </td>
              <td>{w.accounts[s.account]}</td>
              <td>{s.region}</td>
              <td>{s.phase}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Heading as="h2" id="mapping">
        {w.mapping}
      </Heading>
      <p>{w.summary(data.components.length, total)}</p>
      <table className={styles.mapping}>
        <thead>
          <tr>
            <th scope="col">{w.component}</th>
            <th scope="col">{w.stack}</th>
            <th scope="col">{w.logicalId}</th>
            <th scope="col">{w.type}</th>
            <th scope="col">{w.tag}</th>
          </tr>
        </thead>
        {data.components.map((c) => (
          <tbody key={c.id} id={`iac-${c.id}`}>
            {(c.resources as Resource[]).map((r, i) => (
              <tr key={`${r.stack}/${r.logicalId}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={c.resources.length}>
                    <ComponentLink id={c.id} locale={locale} />
                  </th>
                ) : null}
                <td>{r.stack}</td>
                <td>
                  <code>{r.logicalId}</code>
                </td>
                <td>
                  <code>{r.type}</code>
                </td>
                <td>{r.tagged ? w.tagged : w.metadata}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>

      <Heading as="h2" id="realised-elsewhere">
        {w.elsewhere}
      </Heading>
      <ul>
        {data.realisedElsewhere.map((e) => (
          <li key={e.id}>
            <ComponentLink id={e.id} locale={locale} />: {(e.reason as Text)[locale]}
          </li>
        ))}
      </ul>
    </div>
  );
}
