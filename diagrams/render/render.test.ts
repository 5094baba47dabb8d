import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { generatedFiles } from '../generate';
import { model } from '../model/index';
import { locales } from '../model/text';
import { fixtureModel } from '../testing/fixture';
import { escapeLabel } from './escape';
import { flowchartConfig } from './flowchart';
import { renderAllViews, renderView } from './index';

// npm runs tests from the package root.
const root = process.cwd();

test('committed .mmd files match the model (run `npm run diagrams` after changing it)', () => {
  for (const [path, expected] of generatedFiles(model)) {
    let actual: string;
    try {
      actual = readFileSync(join(root, path), 'utf8');
    } catch {
      assert.fail(`${path} is missing: run npm run diagrams`);
    }
    assert.equal(actual, expected, `${path} is stale: run npm run diagrams and commit the result`);
  }
});

test('rendering is deterministic', () => {
  for (const locale of locales) {
    assert.deepEqual(renderAllViews(model, locale), renderAllViews(model, locale));
  }
});

test('every view carries accTitle and accDescr in its locale', () => {
  for (const locale of locales) {
    for (const view of renderAllViews(model, locale)) {
      assert.match(
        view.mermaid,
        new RegExp(`accTitle: ${view.title.replace(/[()]/g, '\\$&')}\\n`),
        view.id,
      );
      assert.match(view.mermaid, /\n {2}accDescr: \S.+\n/, view.id);
    }
  }
});

test('flowchart golden: nested boxes, icon nodes, merged edges, escaped quotes', () => {
  assert.equal(
    renderView(fixtureModel(), 'all', 'en').mermaid,
    [
      ...flowchartConfig,
      'flowchart LR',
      '  accTitle: Everything',
      '  accDescr: Every component. 4 components: User, CDN "edge", NAT, Database.',
      '  user@{ icon: "aws:user", form: "square", label: "User", pos: "b", h: 40 }',
      '  subgraph grp_region["Region"]',
      '    cdn@{ icon: "aws:cloudfront", form: "square", label: "CDN #quot;edge#quot;", pos: "b", h: 40 }',
      '    subgraph grp_vpc["VPC"]',
      '      subgraph grp_az1["AZ 1"]',
      '        subgraph grp_pub1["Public"]',
      '          nat@{ icon: "aws:natGateway", form: "square", label: "NAT", pos: "b", h: 40 }',
      '        end',
      '        subgraph grp_data1["Data"]',
      '          db@{ icon: "aws:rds", form: "square", label: "Database", pos: "b", h: 40 }',
      '        end',
      '      end',
      '    end',
      '  end',
      '  user -->|"pages#59; API"| cdn',
      '  cdn -->|"query · writes"| db',
      '  db -.->|"egress"| nat',
      '  classDef system stroke-width:2px',
      '',
    ].join('\n'),
  );
});

test('edge labels can be dropped and layout hints add invisible links', () => {
  const m = fixtureModel();
  const view = m.views.all;
  if (view?.kind !== 'flowchart') throw new Error('fixture view "all" is a flowchart');
  const plain = renderView(
    { ...m, views: { all: { ...view, edgeLabels: false, layoutHints: [['nat', 'db']] } } },
    'all',
    'en',
  );
  assert.match(plain.mermaid, /\n {2}cdn --> db\n/);
  assert.match(plain.mermaid, /\n {2}nat ~~~ db\n/);
  assert.doesNotMatch(plain.mermaid, /-->\|/);
});

test('a collapsed group becomes one node and its inner edges disappear', () => {
  const view = renderView(fixtureModel(), 'system', 'pt-BR');
  assert.match(view.mermaid, /grp_region\(\["Região"\]\):::system/);
  assert.match(view.mermaid, /user -->\|"páginas#59; API"\| grp_region/);
  assert.doesNotMatch(view.mermaid, /cdn|db -->/);
  assert.deepEqual(view.nodes, { user: 'user' });
});

test('sequence golden: actors, numbered steps, replies and notes', () => {
  assert.equal(
    renderView(fixtureModel(), 'visit', 'en').mermaid,
    [
      '---',
      'config:',
      '  sequence:',
      '    wrap: true',
      '    width: 150',
      '    actorMargin: 30',
      '---',
      'sequenceDiagram',
      '  accTitle: Visit',
      '  accDescr: A visit. 3 components: User, CDN "edge", Database.',
      '  autonumber',
      '  actor user as User',
      '  participant cdn as CDN #quot;edge#quot;',
      '  participant db as Database',
      '  user->>cdn: GET /',
      '  Note over user,cdn: TLS',
      '  cdn->>db: SELECT 1#59; end',
      '  cdn-->>user: 200',
      '',
    ].join('\n'),
  );
});

test('state golden: Map iterator as a composite state, catch and retry', () => {
  assert.equal(
    renderView(fixtureModel(), 'machine', 'en').mermaid,
    [
      'stateDiagram-v2',
      '  accTitle: Machine',
      '  accDescr: States.',
      '  state "Work" as Work',
      '  state "Item" as Item',
      '  state "Done" as Done',
      '  state "Failed" as Failed',
      '  [*] --> Work',
      '  state Work {',
      '    [*] --> Item',
      '    Item --> [*]',
      '  }',
      '  Work --> Done',
      '  Work --> Failed: error (Catch)',
      '  Done --> [*]',
      '  Failed --> [*]',
      '  note right of Item',
      '    Retry: 3x',
      '  end note',
      '',
    ].join('\n'),
  );
});

test('lifecycle golden: storage classes by age, expiry and cleanup rules', () => {
  const view = renderView(fixtureModel(), 'lifecycle', 'en');
  assert.match(view.mermaid, /bucket_s0\["S3 Standard<br\/>day 0 to 30"\]/);
  assert.match(view.mermaid, /bucket_s1\["S3 Standard-IA<br\/>day 30 to 365"\]/);
  assert.match(view.mermaid, /bucket_end\(\["Expires on day 365"\]\)/);
  assert.match(view.mermaid, /bucket_s0 --> bucket_s1 --> bucket_end/);
  assert.match(
    view.mermaid,
    /Noncurrent versions deleted after 7 days<br\/>Incomplete multipart uploads aborted after 7 days/,
  );
});

test('an unknown view names itself and the known ones', () => {
  assert.throws(
    () => renderView(model, 'nope', 'en'),
    /Unknown view "nope"\. Known views: context, overview/,
  );
});

test('labels escape Mermaid-significant characters', () => {
  assert.equal(escapeLabel('a "b"; #c'), 'a #quot;b#quot;#59; #35;c');
});
