import assert from 'node:assert/strict';
import { test } from 'node:test';
import { model, requirements, type ComponentId } from '../../diagrams/model/index';
import type { ComponentDef } from '../../diagrams/model/types';
import { failureModes, type FailureMode } from '../../src/ha-dr/failure-modes';
import { drCoverage, drSteps, sinceLastCopy } from '../../src/ha-dr/regional-dr';

const ids = Object.keys(model.components) as ComponentId[];
const def = (id: ComponentId): ComponentDef => model.components[id];

/** Stateful: stores data. Critical: named by a requirement of the brief. Actors are neither. */
const stateful = ids.filter((id) => def(id).data !== undefined);
const critical = [
  ...new Set(Object.values(requirements).flatMap((r) => r.components as readonly ComponentId[])),
].filter((id) => def(id).kind !== 'actor');

test('a wrong component id in a failure mode does not compile', () => {
  // @ts-expect-error "auroraWritr" is not a component of the model
  const wrong: FailureMode['components'] = ['auroraWritr'];
  assert.ok(wrong);
});

test('every stateful or critical component has a failure-mode row', () => {
  const covered = new Set(failureModes.flatMap((m) => m.components as readonly ComponentId[]));
  const missing = [...new Set([...stateful, ...critical])].filter(
    (id) => !covered.has(id) && def(id).group !== 'drRegion' && id !== 'resultsReplica',
  );
  assert.deepEqual(missing, []);
});

test('each component sits in at most one failure-mode row, and row ids are unique', () => {
  const all = failureModes.flatMap((m) => m.components as readonly ComponentId[]);
  assert.deepEqual(
    all.filter((id, i) => all.indexOf(id) !== i),
    [],
  );
  const rowIds = failureModes.map((m) => m.id);
  assert.equal(new Set(rowIds).size, rowIds.length);
});

test('every stateful component says what the DR region holds of it', () => {
  const covered = new Set(drCoverage.flatMap((c) => c.components as readonly ComponentId[]));
  assert.deepEqual(
    stateful.filter((id) => !covered.has(id)),
    [],
  );
});

test('every cited source is an AWS page, and every row with a figure cites one', () => {
  const rows = [...failureModes, ...drCoverage];
  for (const row of rows) {
    for (const s of row.sources)
      assert.match(s.href, /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//, s.href);
    // The backup cadence is the model's own figure (diagrams/model/backups.ts), not AWS's.
    const texts = [row.rpo, 'rto' in row ? row.rto : undefined].filter(
      (t) => t !== undefined && t !== sinceLastCopy,
    );
    const figure = texts.some((t) => /\d/.test(JSON.stringify(t).replace(/`[^`]*`/g, '')));
    if (figure)
      assert.ok(
        row.sources.length > 0,
        `${row.components.join(', ')} states a figure without a source`,
      );
  }
});

test('the page says no regional step is automated: keep that true or change the page', () => {
  assert.ok(drSteps.length > 0);
  assert.deepEqual(
    drSteps.filter((s) => s.automated).map((s) => s.id),
    [],
  );
});
