import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { driftProblems, realisation } from '../lib/realisation';
import { buildReference } from '../lib/reference';
import { awsComponentIds, realisedElsewhere } from '../lib/topology';
import { cleanUp, synthesize, type Synthesis } from './support/synth';

let synthesis: Synthesis;
before(() => {
  synthesis = synthesize({ policy: false });
});
after(() => cleanUp(synthesis));

describe('model <-> IaC drift', () => {
  it('every AWS component is realised by a tagged resource or listed as realised elsewhere, and every tag names a component', () => {
    const problems = driftProblems(realisation(synthesis.templates));
    assert.deepEqual(problems, []);
  });

  it('reports a component with no resource, by name', () => {
    const map = realisation(synthesis.templates);
    map.delete('natB');
    assert.deepEqual(driftProblems(map), [
      'AWS component "natB" is realised by no resource tagged topology-id=natB',
    ]);
  });

  it('reports a tag that names no component, with the resource', () => {
    const map = realisation(synthesis.templates);
    map.set('natD', [
      { stack: 'Espectro-Network', logicalId: 'NatD', type: 'AWS::EC2::NatGateway', tagged: true },
    ]);
    assert.deepEqual(driftProblems(map), [
      'topology-id "natD" names no component of the model (on Espectro-Network/NatD)',
    ]);
  });

  it('realised-elsewhere entries are AWS components and carry no tag', () => {
    for (const id of Object.keys(realisedElsewhere)) {
      assert.ok(
        (awsComponentIds as readonly string[]).includes(id),
        `${id} is not an AWS component`,
      );
    }
  });

  it('the committed reference page data is what the templates produce (run `npm run reference --workspace infra`)', () => {
    const file = join(
      __dirname,
      '..',
      '..',
      'src',
      'components',
      'InfrastructureReference',
      'resources.generated.json',
    );
    const committed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(
      committed,
      JSON.parse(JSON.stringify(buildReference(synthesis.templates, synthesis.stacks))),
    );
  });
});
