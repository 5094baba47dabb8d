import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import { componentNotes } from '@site/diagrams/model/component-notes';
import { model, type ComponentId } from '@site/diagrams/model/index';
import { services } from '@site/diagrams/model/services';
import type { Locale } from '@site/diagrams/model/text';
import type { ComponentDef, GroupDef, Layer } from '@site/diagrams/model/types';
import Notes from './Notes';
import { layerNames, words } from './words';

const layerOrder: readonly Layer[] = [
  'actor',
  'edge',
  'identity',
  'network',
  'web',
  'api',
  'data',
  'storage',
  'pipeline',
  'security',
  'observability',
  'delivery',
  'governance',
];

function groupPath(groupId: string | undefined, locale: Locale): string {
  const names: string[] = [];
  const groups: Readonly<Record<string, GroupDef>> = model.groups;
  for (let g = groupId; g !== undefined; g = groups[g]?.parent) {
    const group = groups[g];
    if (group) names.unshift(group.label[locale]);
  }
  return names.join(' › ');
}

function connectionsOf(id: string, locale: Locale) {
  const label = (c: string) =>
    model.components[c as keyof typeof model.components]?.label[locale] ?? c;
  return {
    out: model.connections
      .filter((c) => c.from === id)
      .map((c) => ({ id: c.to, name: label(c.to), what: c.label[locale] })),
    in: model.connections
      .filter((c) => c.to === id)
      .map((c) => ({ id: c.from, name: label(c.from), what: c.label[locale] })),
  };
}

interface Neighbour {
  id: string;
  name: string;
  what: string;
}

/** One row of connected components, each linking to its own card on this page. */
function Neighbours({ term, items }: { term: string; items: Neighbour[] }): ReactNode {
  if (!items.length) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>
        {items.map((c, i) => (
          <span key={`${c.id}-${i}`}>
            {i > 0 ? '; ' : ''}
            <a href={`#${c.id}`}>{c.name}</a> ({c.what})
          </span>
        ))}
      </dd>
    </>
  );
}

function Card({
  id,
  component,
  locale,
}: {
  id: ComponentId;
  component: ComponentDef;
  locale: Locale;
}): ReactNode {
  const w = words[locale];
  const links = connectionsOf(id, locale);
  return (
    <section className="component-card" aria-labelledby={id}>
      <Heading as="h3" id={id}>
        {component.label[locale]}
      </Heading>
      <p>{component.summary[locale]}</p>
      <dl className="component-card__facts">
        <dt>{w.service}</dt>
        <dd>{services[component.service]}</dd>
        <dt>{w.where}</dt>
        <dd>{groupPath(component.group, locale) || w.outside}</dd>
        <dt>{w.availability}</dt>
        <dd>{w.availabilityNames[component.availability]}</dd>
        {component.data ? (
          <>
            <dt>{w.data}</dt>
            <dd>
              {w.classification[component.data.classification]} ·{' '}
              {w.encryption[component.data.encryptedAtRest]} · {component.data.retention[locale]}
            </dd>
          </>
        ) : null}
        <Neighbours term={w.callsOut} items={links.out} />
        <Neighbours term={w.callsIn} items={links.in} />
      </dl>
      <Notes id={id} notes={componentNotes[id]} locale={locale} />
    </section>
  );
}

/** Every component of the model, grouped by layer: generated, so it cannot drift from the diagrams. */
export default function ComponentReference(): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const entries = Object.entries(model.components) as [ComponentId, ComponentDef][];
  return (
    <div className="component-reference">
      {layerOrder.map((layer) => {
        const members = entries.filter(([, c]) => c.layer === layer);
        if (!members.length) return null;
        return (
          <div key={layer}>
            <Heading as="h2" id={`layer-${layer}`}>
              {layerNames[locale][layer]}
            </Heading>
            {members.map(([id, component]) => (
              <Card key={id} id={id} component={component} locale={locale} />
            ))}
          </div>
        );
      })}
    </div>
  );
}
