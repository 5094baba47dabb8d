import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scaleIds, scales } from '../cost/assumptions';
import {
  auroraMaxConnections,
  capacity,
  configured,
  limits,
  millicores,
  quotaCommands,
  quotaRequests,
} from './index';

const peak = scales.peak.assumptions;

describe('capacity arithmetic', () => {
  it('reads Kubernetes millicores', () => {
    assert.equal(millicores('500m'), 0.5);
    assert.throws(() => millicores('0.5'));
  });

  it('computes the Aurora default max_connections as AWS’s worked example does', () => {
    // AWS's example: db.r4.large, 15.25 GiB -> 1600.
    assert.equal(auroraMaxConnections(15.25), 1600);
    assert.equal(auroraMaxConnections(10_000), limits.auroraMaxConnectionsCap.value);
  });

  it('sizes web and API pods from users per vCPU and the HPA target', () => {
    const { web, api } = capacity(peak).pods;
    // 2000 users / 50 per vCPU = 40 vCPU, half each; 0.5 vCPU × 60 % = 0.3 per pod.
    assert.equal(web.vCpu, 20);
    assert.equal(web.needed, 67);
    assert.equal(api.needed, 67);
  });

  it('keeps the HPA minimum when the need is lower', () => {
    const { web } = capacity(scales.pilot.assumptions).pods;
    assert.equal(web.replicas, web.min);
  });

  it('reports a shortfall when the ceiling is lower than the need', () => {
    const tight = {
      ...configured,
      workloads: {
        ...configured.workloads,
        web: { ...configured.workloads.web, maxReplicas: 30 },
      },
    } as unknown as typeof configured;
    const { web } = capacity(peak, tight).pods;
    assert.equal(web.replicas, 30);
    assert.ok(web.needed > web.replicas);
  });
});

describe('every scale of the cost model fits what the IaC configures', () => {
  for (const id of scaleIds) {
    const report = capacity(scales[id].assumptions);
    it(`${id}: pods within the HPA maximum`, () => {
      for (const need of [report.pods.web, report.pods.api]) assert.ok(need.needed <= need.max);
    });
    it(`${id}: nodes within the node groups' and the NodePool's maximum`, () => {
      assert.ok(report.nodes.needed <= report.nodes.max);
    });
    it(`${id}: at least one connection per pod at the HPA maximum`, () => {
      assert.ok(report.database.connectionsPerPod >= 1);
    });
    it(`${id}: a busy day's analyses finish within the day`, () => {
      assert.ok(report.batch.hoursToClearBusyDay < 24);
    });
    it(`${id}: S3 and Step Functions far below their limits`, () => {
      assert.ok(report.s3.writesPerSecond < report.s3.writeLimit / 10);
      assert.ok(report.s3.readsPerSecond < report.s3.readLimit / 10);
      assert.ok(report.stepFunctions.openAtOnce < report.stepFunctions.openLimit / 10);
    });
  }
});

describe('quota requests', () => {
  it('name real EC2 quota codes and ask for what the IaC can launch', () => {
    const [onDemand, spot] = quotaRequests(capacity(peak));
    assert.equal(onDemand?.quotaCode, 'L-1216C47A');
    assert.equal(spot?.quotaCode, 'L-34B43A08');
    assert.equal(spot?.desired, configured.batch.maxvCpus);
    assert.equal(
      onDemand?.desired,
      configured.zones * configured.nodes.maxSize * configured.nodes.instanceVCpu +
        configured.nodePool.cpuLimit +
        configured.batch.maxvCpus,
    );
  });
  it('spell the CLI command', () => {
    const [q] = quotaRequests(capacity(peak));
    assert.ok(q);
    assert.match(
      quotaCommands(q),
      /aws service-quotas request-service-quota-increase --service-code ec2 --quota-code L-1216C47A --region sa-east-1 --desired-value \d+/,
    );
  });
});
