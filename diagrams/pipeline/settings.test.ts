import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analysisStateMachine } from '../model/state-machine';
import {
  analysisSettings,
  computeEnvironmentRows,
  describeExitRule,
  describeStatesRetry,
  executionsPerEnvironment,
  inlineMapConcurrencyLimit,
  jobRows,
  maxRunsPerProtein,
  vcpusPerExecution,
} from './settings';

describe('pipeline settings', () => {
  it('keep the Map within the Inline limit', () => {
    assert.ok(analysisSettings.stateMachine.mapMaxConcurrency <= inlineMapConcurrencyLimit);
  });

  it('list Spot before On-Demand, both able to scale to zero', () => {
    const rows = computeEnvironmentRows();
    assert.deepEqual(
      rows.map((r) => r.purchase.en),
      ['Spot', 'On-Demand'],
    );
    assert.ok(rows.every((r) => r.minvCpus === 0));
  });

  it('sort environments by queue order whatever the declaration order', () => {
    const rows = computeEnvironmentRows({
      b: { name: 'b', spot: false, allocationStrategy: 'BEST_FIT_PROGRESSIVE', order: 2 },
      a: { name: 'a', spot: true, allocationStrategy: 'SPOT_PRICE_CAPACITY_OPTIMIZED', order: 1 },
    });
    assert.deepEqual(
      rows.map((r) => r.name),
      ['a', 'b'],
    );
  });

  it('derive capacity figures from the settings', () => {
    const [analyse] = jobRows();
    assert.equal(analyse!.perEnvironment, Math.floor(1024 / 4));
    assert.equal(vcpusPerExecution, 40 * 4);
    assert.equal(executionsPerEnvironment, Math.floor(1024 / (40 * 4)));
    assert.equal(maxRunsPerProtein, 3);
  });

  it('retry a reclaimed host and exit on anything else, in that order', () => {
    const rules = analysisSettings.batchRetry.evaluateOnExit;
    assert.deepEqual(
      rules.map((r) => r.action),
      ['RETRY', 'EXIT'],
    );
    assert.match(describeExitRule(rules[0]!).en, /Host EC2\*.*retry/);
    assert.match(describeExitRule(rules[1]!).en, /fail, no retry/);
    assert.ok(
      analysisSettings.batchRetry.attempts >= 1 && analysisSettings.batchRetry.attempts <= 10,
    );
  });

  it('never retry a failed job in Step Functions', () => {
    for (const retry of Object.values(analysisSettings.retries)) {
      assert.ok(!retry.errors.some((e) => e === 'States.TaskFailed' || e === 'States.ALL'));
      assert.match(describeStatesRetry(retry)['pt-BR'], /novas tentativas/);
    }
  });

  it('retry exactly the model states that declare a retry', () => {
    const withRetry = Object.entries(analysisStateMachine.states)
      .filter(([, s]) => 'retry' in s)
      .map(([id]) => id)
      .sort();
    assert.deepEqual(withRetry, ['Aggregate', 'AnalyseProtein']);
    assert.deepEqual(Object.keys(analysisSettings.retries).sort(), ['aggregate', 'analyse']);
  });
});
