import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ModelShape } from './shape';
import { model, requirements } from './index';
import type { RequirementDef } from './requirements';
import type { Mutable } from '../testing/fixture';

const entries = Object.entries(requirements) as [string, RequirementDef][];

test('every requirement of the brief names components and passes its check on the model', () => {
  for (const [id, requirement] of entries) {
    assert.ok(requirement.components.length > 0, `requirement "${id}" has no component`);
    for (const c of requirement.components)
      assert.ok(c in model.components, `requirement "${id}" names unknown "${c}"`);
    assert.deepEqual(requirement.check(model), [], `requirement "${id}" fails its check`);
  }
});

test('every requirement points at a section that exists, in both locales', () => {
  for (const [id, { section }] of entries) {
    for (const base of ['docs', 'i18n/en/docusaurus-plugin-content-docs/current']) {
      const file = join(process.cwd(), base, `${section.page}.mdx`);
      const text = readFileSync(file, 'utf8');
      assert.match(
        text,
        new RegExp(`\\{/\\* #${section.anchor} \\*/\\}`),
        `${file} has no #${section.anchor} (requirement "${id}")`,
      );
    }
  }
});

test('the checks look at the model: breaking it makes them fail, naming the culprit', () => {
  const broken = structuredClone(model) as unknown as Mutable<ModelShape>;
  broken.components.resultsBucket!.data!.lifecycle!.expireAfterDays = 365;
  broken.components.api!.kind = 'aws';
  broken.connections = broken.connections.filter(
    (c) => !(c.from === 'api' && c.to === 'stepFunctions'),
  );
  const failing = (id: keyof typeof requirements) => requirements[id].check(broken);
  assert.match(
    failing('resultsFiveYears').join(),
    /resultsBucket" expires after 365 days, fewer than 1825/,
  );
  assert.match(failing('fastApiOnKubernetes').join(), /"api" is not a workload of the EKS cluster/);
  assert.match(failing('invokedOnDemand').join(), /no connection api -> stepFunctions/);
});

test('results may not move to a class that needs a restore before reading', () => {
  const broken = structuredClone(model) as unknown as Mutable<ModelShape>;
  broken.components.resultsBucket!.data!.lifecycle!.transitions = [
    { afterDays: 90, to: 'DEEP_ARCHIVE' },
  ];
  assert.match(
    requirements.resultsFiveYears.check(broken).join(),
    /DEEP_ARCHIVE, which needs a restore/,
  );
});
