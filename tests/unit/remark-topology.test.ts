import assert from 'node:assert/strict';
import { test } from 'node:test';
import topologyRemark, { localeOfFile } from '../../src/remark/topology';

interface Node {
  type: string;
  name?: string;
  attributes?: { type: 'mdxJsxAttribute'; name: string; value?: unknown }[];
  children?: Node[];
}

function tree(view: string): Node {
  return {
    type: 'root',
    children: [
      {
        type: 'mdxJsxFlowElement',
        name: 'TopologyDiagram',
        attributes: [{ type: 'mdxJsxAttribute' as const, name: 'view', value: view }],
      },
    ],
  };
}

function attrs(node: Node): Record<string, unknown> {
  const element = node.children?.[0];
  return Object.fromEntries((element?.attributes ?? []).map((a) => [a.name, a.value]));
}

test('the locale comes from the file path', () => {
  assert.equal(localeOfFile('/site/docs/architecture/overview.mdx'), 'pt-BR');
  assert.equal(localeOfFile('/site/i18n/en/docusaurus-plugin-content-docs/current/x.mdx'), 'en');
});

test('a diagram element gets its view rendered for the page locale', () => {
  const transform = topologyRemark();
  const pt = tree('overview');
  transform(pt, { path: '/site/docs/a.mdx' });
  const en = tree('overview');
  transform(en, { path: '/site/i18n/en/docusaurus-plugin-content-docs/current/a.mdx' });
  assert.equal(attrs(pt).title, 'Visão geral na AWS');
  assert.equal(attrs(en).title, 'AWS overview');
  assert.match(String(attrs(en).mermaid), /\nflowchart TB\n {2}accTitle: AWS overview\n/);
  const links = JSON.parse(String(attrs(en).links)) as Record<
    string,
    { href: string; label: string }
  >;
  assert.deepEqual(links.auroraWriter, {
    href: '/docs/reference/components#auroraWriter',
    label: 'Aurora PostgreSQL (writer)',
  });
});

test('an unknown view fails with the file and the view named', () => {
  const transform = topologyRemark();
  assert.throws(
    () => transform(tree('overveiw'), { path: '/site/docs/architecture/overview.mdx' }),
    /\/site\/docs\/architecture\/overview\.mdx: <TopologyDiagram view="overveiw"\/>: Unknown view "overveiw"/,
  );
});

test('a missing or non-literal view attribute fails with the file named', () => {
  const transform = topologyRemark();
  const node = tree('x');
  node.children![0]!.attributes = [];
  assert.throws(
    () => transform(node, { path: '/site/docs/b.mdx' }),
    /\/site\/docs\/b\.mdx: <TopologyDiagram> needs a literal view/,
  );
});
