import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { model } from '../model/index';
import type { ModelShape } from '../model/shape';
import { l } from '../model/text';
import { brokenModel, fixtureModel } from '../testing/fixture';
import { analyseThreats, byBoundary, threatModelProblems, type Catalogue } from './analyse';
import { threatCatalogue } from './index';
import { strideCategories, type ThreatDef } from './types';
import { connectionKey, crossingConnections, zoneOf } from './zones';

const threat = (...mitigations: string[]): ThreatDef => ({
  threat: l('ameaça', 'threat'),
  mitigations,
});
const allSix = (...mitigations: string[]) =>
  Object.fromEntries(strideCategories.map((c) => [c, threat(...mitigations)]));

/** A catalogue for the fixture model: one profile answering every crossing with one control. */
function fixtureCatalogue(): Catalogue {
  return {
    profiles: { any: { title: l('Tudo', 'All'), applies: () => true, threats: allSix('tls') } },
    controls: { tls: { label: l('TLS', 'TLS'), realisedBy: ['cdn'] } },
    connectionThreats: {},
  };
}

describe('trust zones', () => {
  test('actors are on the internet; AZs are not boundaries but subnet tiers are', () => {
    assert.equal(zoneOf(model, 'scientist').id, 'internet');
    assert.equal(zoneOf(model, 'nodesA').id, zoneOf(model, 'nodesC').id);
    assert.equal(zoneOf(model, 'auroraWriter').id, zoneOf(model, 'auroraReaderB').id);
    assert.notEqual(zoneOf(model, 'nodesA').id, zoneOf(model, 'auroraWriter').id);
    assert.notEqual(zoneOf(model, 'natA').id, zoneOf(model, 'nodesA').id);
    assert.ok(zoneOf(model, 'api').path.includes('eksCluster'));
    assert.ok(zoneOf(model, 'ecr').path.includes('sharedAccount'));
  });

  test('an unknown component or group is named in the error', () => {
    assert.throws(() => zoneOf(model, 'nope'), /unknown component "nope"/);
    const broken = brokenModel((m) => {
      m.components.db!.group = 'ghost';
    });
    assert.throws(() => zoneOf(broken, 'db'), /component "db" sits in unknown group "ghost"/);
  });
});

describe('crossing connections of the Espectro model', () => {
  const keys = new Set(crossingConnections(model).map((c) => connectionKey(c.connection)));

  test('are computed from zones: entry, tier and account crossings are in, same-zone ones out', () => {
    for (const k of [
      'scientist->cloudfront',
      'api->rdsProxy',
      'nodesA->auroraWriter',
      'batchSpot->ecr',
    ]) {
      assert.ok(keys.has(k), `${k} should cross a trust boundary`);
    }
    for (const k of [
      'auroraWriter->auroraReaderB',
      'kms->inputsBucket',
      'codebuild->ecr',
      'web->api',
    ]) {
      assert.ok(!keys.has(k), `${k} stays inside one zone`);
    }
  });

  test('every connection between two accounts is a crossing', () => {
    const account = (id: string) => zoneOf(model, id).path[1];
    for (const c of model.connections) {
      if (account(c.from) !== account(c.to)) {
        assert.ok(keys.has(connectionKey(c)), `${connectionKey(c)} crosses accounts`);
      }
    }
  });

  test('every crossing has a profile and every STRIDE category a mitigation realised in the model', () => {
    assert.deepEqual(threatModelProblems(model, threatCatalogue), []);
  });

  test('connection-specific threats add to the profile instead of replacing it', () => {
    const api = analyseThreats(model, threatCatalogue).find((c) => c.key === 'api->inputsBucket');
    const disclosure = api?.threats.filter((t) => t.category === 'I') ?? [];
    assert.deepEqual(
      disclosure.map((t) => t.source),
      ['profile', 'connection'],
    );
  });

  test('boundaries group every crossing exactly once', () => {
    const crossings = analyseThreats(model, threatCatalogue);
    const grouped = byBoundary(crossings).flatMap(([, cs]) => cs);
    assert.equal(grouped.length, crossings.length);
  });
});

describe('the checks fail, naming the culprit', () => {
  test('a category without a mitigation names the connection and the category', () => {
    const catalogue = fixtureCatalogue();
    const { R: _dropped, ...rest } = allSix('tls');
    const broken: Catalogue = {
      ...catalogue,
      profiles: { any: { ...catalogue.profiles.any!, threats: { ...rest, E: threat() } } },
    };
    const problems = threatModelProblems(fixtureModel(), broken);
    assert.ok(
      problems.includes(
        'connection user->cdn (cloud/region | internet): STRIDE category R has no mitigation',
      ),
      problems.join('\n'),
    );
    assert.ok(
      problems.some(
        (p) => p.startsWith('connection user->cdn') && p.endsWith('category E has no mitigation'),
      ),
    );
  });

  test('a crossing no profile applies to is reported', () => {
    const catalogue = fixtureCatalogue();
    const broken: Catalogue = {
      ...catalogue,
      profiles: {
        web: { ...catalogue.profiles.any!, applies: (c) => c.connection.protocol === 'HTTPS' },
      },
    };
    const problems = threatModelProblems(fixtureModel(), broken);
    assert.ok(
      problems.some(
        (p) => p.startsWith('connection cdn->db') && p.endsWith('no threat profile applies'),
      ),
    );
    assert.ok(!problems.some((p) => p.startsWith('connection user->cdn')));
  });

  test('a control realised by a component that no longer exists is reported', () => {
    const without: ModelShape = brokenModel((m) => {
      delete m.components.cdn;
      m.connections = m.connections.filter((c) => c.from !== 'cdn' && c.to !== 'cdn');
    });
    assert.deepEqual(threatModelProblems(without, fixtureCatalogue()), [
      'control "tls" is realised by "cdn", which is not in the model',
    ]);
  });

  test('removing a component from the real model breaks the real catalogue', () => {
    const without = structuredClone(model) as unknown as { components: Record<string, unknown> };
    delete without.components.vpcEndpoints;
    const problems = threatModelProblems(
      {
        ...(without as unknown as ModelShape),
        connections: model.connections.filter((c) => c.to !== 'vpcEndpoints'),
      },
      threatCatalogue,
    );
    assert.ok(
      problems.includes(
        'control "privateAwsApis" is realised by "vpcEndpoints", which is not in the model',
      ),
      problems.join('\n'),
    );
  });

  test('a mitigation citing an unknown control is reported', () => {
    const catalogue = fixtureCatalogue();
    const broken: Catalogue = {
      ...catalogue,
      profiles: { any: { ...catalogue.profiles.any!, threats: allSix('tls', 'ghost') } },
    };
    const problems = threatModelProblems(fixtureModel(), broken);
    assert.ok(problems.some((p) => p.includes('cites unknown control "ghost"')));
  });

  test('connection-specific threats on a connection that crosses nothing are reported', () => {
    const broken: Catalogue = {
      ...fixtureCatalogue(),
      connectionThreats: { 'cdn->bucket': { I: threat('tls') } },
    };
    assert.deepEqual(threatModelProblems(fixtureModel(), broken), [
      'connection-specific threats for cdn->bucket, which crosses no trust boundary',
    ]);
  });

  test('a fully answered fixture has no problems and its same-zone connection is not a crossing', () => {
    assert.deepEqual(threatModelProblems(fixtureModel(), fixtureCatalogue()), []);
    const keys = crossingConnections(fixtureModel()).map((c) => connectionKey(c.connection));
    assert.deepEqual(keys, ['user->cdn', 'cdn->db', 'cdn->db', 'db->nat']);
  });
});
