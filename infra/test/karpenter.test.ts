import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { discoveryTag } from '../lib/k8s/karpenter';
import { nodePoolSizing, workloadVCpuAtMax, nodePoolHeadroom } from '../lib/sizing';
import { clusterName } from '../lib/stacks/cluster';
import {
  interruptionEvents,
  karpenterChartVersion,
  karpenterNamespace,
  karpenterServiceAccount,
} from '../lib/stacks/karpenter';
import { cleanUp, resourcesOfType, synthesize, type Synthesis } from './support/synth';

let synthesis: Synthesis;
before(() => {
  synthesis = synthesize({ policy: false });
});
after(() => cleanUp(synthesis));

const cluster = () => synthesis.templates['Espectro-Cluster'];
const props = (type: string) => resourcesOfType(cluster(), type).map(([, r]) => r.Properties ?? {});

type Manifest = { kind: string; metadata: { name: string }; spec: Record<string, unknown> };
/** The Kubernetes objects the stack applies, references replaced by a sample string. */
function manifests(): Manifest[] {
  return props('Custom::AWSCDK-EKS-KubernetesResource').flatMap((p) => {
    const m = p.Manifest as string | { 'Fn::Join': [string, unknown[]] };
    const text =
      typeof m === 'string'
        ? m
        : m['Fn::Join'][1].map((x) => (typeof x === 'string' ? x : 'resolved')).join('');
    return JSON.parse(text) as Manifest[];
  });
}
const manifest = (kind: string) => {
  const found = manifests().find((m) => m.kind === kind);
  assert.ok(found, `no ${kind} applied`);
  return found;
};

describe('Karpenter', () => {
  it('installs the chart from the Karpenter OCI repository at the pinned version', () => {
    const charts = props('Custom::AWSCDK-EKS-HelmChart').filter((p) => p.Chart === 'karpenter');
    assert.equal(charts.length, 1);
    const chart = charts[0]!;
    assert.equal(chart.Repository, 'oci://public.ecr.aws/karpenter/karpenter');
    assert.equal(chart.Version, karpenterChartVersion);
    assert.equal(chart.Namespace, karpenterNamespace);
    const values = JSON.stringify(chart.Values);
    assert.match(values, new RegExp(`clusterName\\\\?":\\\\?"${clusterName}`));
    assert.match(values, /interruptionQueue/);
  });

  it('has an interruption queue with an EventBridge rule per interruption event', () => {
    const queues = props('AWS::SQS::Queue').filter((q) => q.QueueName === clusterName);
    assert.equal(queues.length, 1);
    assert.equal(queues[0]!.MessageRetentionPeriod, 300);
    const patterns = props('AWS::Events::Rule').map(
      (r) => r.EventPattern as { source: string[]; 'detail-type': string[] },
    );
    for (const event of interruptionEvents) {
      const rule = patterns.find((p) => p['detail-type']?.[0] === event.detailType);
      assert.ok(rule, `no rule for ${event.detailType}`);
      assert.deepEqual(rule.source, [event.source]);
    }
    assert.deepEqual(interruptionEvents.map((e) => e.detailType).sort(), [
      'AWS Health Event',
      'EC2 Instance Rebalance Recommendation',
      'EC2 Instance State-change Notification',
      'EC2 Spot Instance Interruption Warning',
    ]);
  });

  it('gives the karpenter service account its role through Pod Identity', () => {
    const associations = props('AWS::EKS::PodIdentityAssociation').filter(
      (a) => a.ServiceAccount === karpenterServiceAccount,
    );
    assert.equal(associations.length, 1);
    assert.equal(associations[0]!.Namespace, karpenterNamespace);
  });

  it('lets nodes of the Karpenter node role join as EC2_LINUX', () => {
    const entries = props('AWS::EKS::AccessEntry').filter((e) => e.Type === 'EC2_LINUX');
    assert.equal(entries.length, 1);
  });

  it('scopes every EC2 and instance-profile write to this cluster', () => {
    const policies = props('AWS::IAM::Policy').flatMap(
      (p) => (p.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement,
    );
    const statement = (sid: string) => {
      const s = policies.find((x) => x.Sid === sid);
      assert.ok(s, `no statement ${sid}`);
      return JSON.stringify(s.Condition);
    };
    for (const sid of [
      'AllowScopedEC2LaunchTemplateAccessActions',
      'AllowScopedEC2InstanceActionsWithTags',
      'AllowScopedResourceCreationTagging',
      'AllowScopedResourceTagging',
      'AllowScopedDeletion',
      'AllowScopedInstanceProfileCreationActions',
      'AllowScopedInstanceProfileTagActions',
      'AllowScopedInstanceProfileActions',
    ])
      assert.match(statement(sid), new RegExp(`kubernetes.io/cluster/${clusterName}`), sid);
  });

  it('tags the private app subnets for discovery', () => {
    const tagged = resourcesOfType(synthesis.templates['Espectro-Network'], 'AWS::EC2::Subnet')
      .map(([, r]) => r.Properties?.Tags as { Key: string; Value: string }[])
      .filter((tags) => tags.some((t) => t.Key === discoveryTag && t.Value === clusterName));
    assert.equal(tagged.length, 3);
  });

  it('the NodePool launches on-demand c/m/r newer than generation 5 in three zones, capped', () => {
    const pool = manifest('NodePool').spec as {
      template: { spec: { requirements: { key: string; operator: string; values: string[] }[] } };
      limits: { cpu: string };
      disruption: { consolidationPolicy: string };
    };
    const req = (key: string) => pool.template.spec.requirements.find((r) => r.key === key);
    assert.deepEqual(req('karpenter.sh/capacity-type')?.values, ['on-demand']);
    assert.deepEqual(req('karpenter.k8s.aws/instance-category')?.values, ['c', 'm', 'r']);
    assert.deepEqual(req('karpenter.k8s.aws/instance-generation'), {
      key: 'karpenter.k8s.aws/instance-generation',
      operator: 'Gt',
      values: ['5'],
    });
    assert.equal(req('topology.kubernetes.io/zone')?.values.length, 3);
    assert.equal(pool.limits.cpu, String(nodePoolSizing.cpuLimit));
    assert.equal(pool.disruption.consolidationPolicy, 'WhenEmptyOrUnderutilized');
  });

  it('the NodePool CPU limit covers every HPA at its maximum with headroom', () => {
    assert.equal(workloadVCpuAtMax, 75);
    assert.equal(nodePoolSizing.cpuLimit, Math.ceil(75 * nodePoolHeadroom));
    assert.ok(nodePoolSizing.cpuLimit >= workloadVCpuAtMax);
  });

  it('the EC2NodeClass requires IMDSv2 with one hop, AL2023 and an encrypted gp3 root', () => {
    const spec = manifest('EC2NodeClass').spec as {
      amiSelectorTerms: { alias: string }[];
      subnetSelectorTerms: { tags: Record<string, string> }[];
      metadataOptions: { httpTokens: string; httpPutResponseHopLimit: number };
      blockDeviceMappings: { ebs: { volumeType: string; encrypted: boolean } }[];
    };
    assert.equal(spec.metadataOptions.httpTokens, 'required');
    assert.equal(spec.metadataOptions.httpPutResponseHopLimit, 1);
    assert.match(spec.amiSelectorTerms[0]!.alias, /^al2023@/);
    assert.deepEqual(spec.subnetSelectorTerms, [{ tags: { [discoveryTag]: clusterName } }]);
    assert.equal(spec.blockDeviceMappings[0]!.ebs.volumeType, 'gp3');
    assert.equal(spec.blockDeviceMappings[0]!.ebs.encrypted, true);
  });
});
