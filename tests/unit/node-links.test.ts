import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addNodeLinks, nodeRanges } from '../../src/components/TopologyDiagram/nodeLinks';
import { placeholderLinks } from '../../src/plugins/inline-diagrams';

const flowchart =
  '<svg id="topo-abc" xmlns="http://www.w3.org/2000/svg"><g class="nodes">' +
  '<g class="node" id="topo-abc-flowchart-api-3"><rect></rect><foreignObject><div>A<br>B</div></foreignObject></g>' +
  '<g class="node" id="topo-abc-flowchart-db-12"><g><path d="M0 0"></path></g></g>' +
  '<g class="node" id="topo-abc-flowchart-other-4"></g>' +
  '</g></svg>';

const sequence =
  '<svg id="topo-seq"><g><line name="api"></line><g data-et="participant"><rect name="api"></rect></g></g>' +
  '<g><rect name="api"></rect><text>API</text></g>' +
  '<g class="actor-man" name="user"><line></line></g></svg>';

const links = {
  api: { href: '/en/docs/reference/components#api', label: 'FastAPI "API"' },
  db: { href: '/en/docs/reference/components#db', label: 'Aurora' },
  user: { href: '/en/docs/reference/components#user', label: 'Researcher' },
};

test('flowchart nodes are found by their numbered id, whatever the number', () => {
  assert.deepEqual(
    nodeRanges(flowchart).map((r) => r.node),
    ['api', 'db', 'other'],
  );
});

test('every linked node is wrapped in one <a href>, unlinked ones are left alone', () => {
  const out = addNodeLinks(flowchart, links);
  assert.equal(out.match(/<a /g)?.length, 2);
  assert.equal(out.match(/<\/a>/g)?.length, 2);
  assert.ok(
    out.includes(
      '<a href="/en/docs/reference/components#api" data-component-link="api" aria-label="FastAPI &quot;API&quot;" class="topology-diagram__link"><g class="node" id="topo-abc-flowchart-api-3">',
    ),
  );
  // The whole node group, nested groups included, sits inside the link.
  assert.ok(
    out.includes(
      '<g><path d="M0 0"></path></g></g></a><g class="node" id="topo-abc-flowchart-other-4">',
    ),
  );
  assert.equal(out.replace(/<a [^>]*>|<\/a>/g, ''), flowchart);
});

test('sequence participants: named groups and the groups of named shapes, never nested', () => {
  const out = addNodeLinks(sequence, links);
  // Lifeline group (with its top box inside: not linked again), bottom box, actor figure.
  assert.equal(out.match(/<a /g)?.length, 3);
  assert.ok(out.includes('<a href="/en/docs/reference/components#api"'));
  assert.ok(out.includes('data-component-link="user"'));
  assert.doesNotMatch(out, /<a [^>]*><g><line name="api"><\/line><g data-et="participant"><a /);
});

test('already linked SVG text is returned unchanged; no svg id, no links', () => {
  const once = addNodeLinks(flowchart, links);
  assert.equal(addNodeLinks(once, links), once);
  assert.equal(
    addNodeLinks('<svg><g id="x-flowchart-api-1"></g></svg>', links).includes('<a '),
    false,
  );
});

test('the inline plugin reads the placeholder links in any quoting and drops the attribute', () => {
  const json = JSON.stringify({ api: { href: '/docs/x#api', label: 'A & "B"' } });
  const quoted = `<div class="m" data-svg-links="${json.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" data-svg-inline="/d/0123456789abcdef.svg">`;
  const single = `<div class=m data-svg-links='${json.replace(/&/g, '&#38;')}' data-svg-inline=/d/0123456789abcdef.svg>`;
  for (const tag of [quoted, single]) {
    const { openTag, links } = placeholderLinks(tag, 'page.html');
    assert.deepEqual(links, { api: { href: '/docs/x#api', label: 'A & "B"' } });
    assert.doesNotMatch(openTag, /data-svg-links/);
    assert.match(openTag, /data-svg-inline=/);
  }
  assert.throws(
    () => placeholderLinks('<div data-svg-links="{oops">', 'docs/a/index.html'),
    /docs\/a\/index\.html: data-svg-links is not JSON/,
  );
});
