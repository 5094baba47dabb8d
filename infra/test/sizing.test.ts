import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gatewayEndpointServices, interfaceEndpointServices } from '../lib/endpoints';
import { batchSizing, databaseSizing, nodeGroupSizing, workloadSizing } from '../lib/sizing';
import { securityGroupRules } from '../../diagrams/network/security-groups';
import { interfaceEndpoints } from '../lib/stacks/network';
import { cleanUp, resourcesOfType, synthesize, type Synthesis } from './support/synth';

let synthesis: Synthesis;
const resources = (stack: keyof Synthesis['templates'], type: string) =>
  resourcesOfType(synthesis.templates[stack], type).map(([, r]) => r.Properties ?? {});

before(() => {
  synthesis = synthesize({ policy: false });
});
after(() => cleanUp(synthesis));

describe('the sizes the documentation reads are the sizes the stacks deploy', () => {
  it('every interface endpoint id names the same AWS service in both lists', () => {
    for (const [id, service] of Object.entries(interfaceEndpoints))
      assert.equal(
        service.shortName,
        interfaceEndpointServices[id as keyof typeof interfaceEndpoints],
      );
    const created = resources('Espectro-Network', 'AWS::EC2::VPCEndpoint');
    assert.equal(
      created.length,
      Object.keys(interfaceEndpointServices).length + Object.keys(gatewayEndpointServices).length,
    );
  });

  it('the VPC CNI add-on enforces network policies', () => {
    const cni = resources('Espectro-Cluster', 'AWS::EKS::Addon').find(
      (p) => p.AddonName === 'vpc-cni',
    );
    assert.ok(cni, 'no vpc-cni add-on');
    const values = JSON.parse(String(cni.ConfigurationValues)) as Record<string, unknown>;
    assert.equal(values.enableNetworkPolicy, 'true');
  });

  it('node groups use the sized instance type and bounds', () => {
    const groups = resources('Espectro-Cluster', 'AWS::EKS::Nodegroup');
    assert.equal(groups.length, 3);
    for (const g of groups) {
      assert.deepEqual(g.InstanceTypes, [nodeGroupSizing.instanceType]);
      assert.deepEqual(g.ScalingConfig, {
        MinSize: nodeGroupSizing.minSize,
        DesiredSize: nodeGroupSizing.desiredSize,
        MaxSize: nodeGroupSizing.maxSize,
      });
    }
  });

  it('both Batch compute environments stop at the sized vCPUs and instance classes', () => {
    const environments = resources('Espectro-Analysis', 'AWS::Batch::ComputeEnvironment');
    assert.equal(environments.length, 2);
    for (const e of environments) {
      const compute = e.ComputeResources as { MaxvCpus: number; InstanceTypes: string[] };
      assert.equal(compute.MaxvCpus, batchSizing.maxvCpus);
      assert.deepEqual([...compute.InstanceTypes].sort(), [...batchSizing.instanceClasses].sort());
    }
  });

  it('Aurora runs the sized instance class and the proxy its share of connections', () => {
    const instances = resources('Espectro-Data', 'AWS::RDS::DBInstance');
    assert.equal(instances.length, databaseSizing.instances);
    for (const i of instances) assert.equal(i.DBInstanceClass, databaseSizing.instanceClass);
    const [target] = resources('Espectro-Data', 'AWS::RDS::DBProxyTargetGroup');
    const config = target?.ConnectionPoolConfigurationInfo as { MaxConnectionsPercent: number };
    assert.equal(config.MaxConnectionsPercent, databaseSizing.proxyMaxConnectionsPercent);
  });

  it('the application manifests carry the sized replicas and requests', () => {
    const manifests = resources('Espectro-Cluster', 'Custom::AWSCDK-EKS-KubernetesResource')
      // The manifests are Fn::Join expressions; their literal parts still spell every field.
      .map((p) => JSON.stringify(p.Manifest).replace(/\\/g, ''))
      .join('\n');
    for (const [name, s] of Object.entries(workloadSizing)) {
      assert.match(manifests, new RegExp(`"name":"${name}"`));
      assert.match(
        manifests,
        new RegExp(`"minReplicas":${s.minReplicas},"maxReplicas":${s.maxReplicas}`),
      );
      assert.match(
        manifests,
        new RegExp(`"requests":\\{"cpu":"${s.cpu}","memory":"${s.memory}"\\}`),
      );
    }
  });

  it('every port of the network page is opened by some ingress rule of the stacks', () => {
    const stacks = ['Espectro-Network', 'Espectro-Data', 'Espectro-Cluster'] as const;
    const ports = new Set<number>();
    for (const stack of stacks) {
      for (const p of resources(stack, 'AWS::EC2::SecurityGroupIngress'))
        ports.add(Number(p.FromPort));
      for (const p of resources(stack, 'AWS::EC2::SecurityGroup'))
        for (const rule of (p.SecurityGroupIngress ?? []) as { FromPort: number }[])
          ports.add(Number(rule.FromPort));
    }
    for (const rule of securityGroupRules)
      if (rule.port !== null) assert.ok(ports.has(rule.port), `no ingress on port ${rule.port}`);
  });
});
