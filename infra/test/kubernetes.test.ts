import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cleanUp, resourcesOfType, synthesize, type Synthesis } from './support/synth';

let synthesis: Synthesis;
before(() => {
  synthesis = synthesize({ policy: false });
});
after(() => cleanUp(synthesis));

type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
};

/**
 * The manifests exactly as the Cluster stack applies them: the template holds each as a JSON string
 * joined with references (ARNs, ids), which become sample strings here.
 */
function appliedManifests(): K8sObject[] {
  const resources = resourcesOfType(
    synthesis.templates['Espectro-Cluster'],
    'Custom::AWSCDK-EKS-KubernetesResource',
  );
  return resources.flatMap(([, r]) => {
    const manifest = r.Properties?.Manifest as string | { 'Fn::Join': [string, unknown[]] };
    const text =
      typeof manifest === 'string'
        ? manifest
        : manifest['Fn::Join'][1]
            .map((p) => (typeof p === 'string' ? p : 'resolved-reference'))
            .join('');
    return JSON.parse(text) as K8sObject[];
  });
}

/** kubernetes-models is imported dynamically, one module per kind (its ESM build is the reference). */
async function validate(object: K8sObject): Promise<void> {
  const [group, version] = object.apiVersion.includes('/')
    ? object.apiVersion.split('/')
    : [undefined, object.apiVersion];
  const path = group
    ? `kubernetes-models/${group}/${version}/${object.kind}`
    : `kubernetes-models/${version}/${object.kind}`;
  const module = (await import(path)) as Record<
    string,
    new (data: unknown) => { validate(): void }
  >;
  const Model = module[object.kind] ?? module.default;
  assert.ok(Model, `kubernetes-models has no ${object.apiVersion} ${object.kind}`);
  new Model(object).validate();
}

describe('Kubernetes manifests', () => {
  it('every applied object is valid against the Kubernetes schema (kubernetes-models)', async () => {
    const objects = appliedManifests();
    assert.ok(objects.length >= 20, `only ${objects.length} objects`);
    // kubernetes-models has no Karpenter CRDs; karpenter.test.ts checks NodePool and EC2NodeClass.
    for (const object of objects.filter((o) => !o.apiVersion.startsWith('karpenter.'))) {
      await assert.doesNotReject(
        validate(object),
        `${object.kind} ${object.metadata.namespace ?? ''}/${object.metadata.name}`,
      );
    }
  });

  it('the validator rejects a malformed object, naming the field', async () => {
    await assert.rejects(
      validate({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'x' },
        spec: { replicas: 'three' },
      } as K8sObject),
      /replicas/,
    );
  });

  it('web, api and worker each have a Deployment spread over zones, an HPA, a PDB and a NetworkPolicy', () => {
    const objects = appliedManifests();
    const has = (kind: string, name: string) =>
      objects.some((o) => o.kind === kind && o.metadata.name === name);
    for (const name of ['web', 'api', 'worker']) {
      for (const kind of [
        'Deployment',
        'HorizontalPodAutoscaler',
        'PodDisruptionBudget',
        'NetworkPolicy',
        'ServiceAccount',
      ]) {
        assert.ok(has(kind, name), `missing ${kind} ${name}`);
      }
      const deployment = objects.find(
        (o) => o.kind === 'Deployment' && o.metadata.name === name,
      ) as unknown as {
        spec: {
          template: {
            spec: {
              topologySpreadConstraints: { topologyKey: string; whenUnsatisfiable: string }[];
            };
          };
        };
      };
      assert.ok(
        deployment.spec.template.spec.topologySpreadConstraints.some(
          (c) =>
            c.topologyKey === 'topology.kubernetes.io/zone' &&
            c.whenUnsatisfiable === 'DoNotSchedule',
        ),
        `${name} is not spread over zones`,
      );
    }
    assert.ok(has('NetworkPolicy', 'default-deny'));
    assert.ok(has('Ingress', 'espectro'));
  });

  it('the service accounts get AWS credentials from EKS Pod Identity', () => {
    const associations = resourcesOfType(
      synthesis.templates['Espectro-Cluster'],
      'AWS::EKS::PodIdentityAssociation',
    ).map(([, r]) => `${String(r.Properties?.Namespace)}/${String(r.Properties?.ServiceAccount)}`);
    for (const sa of [
      'espectro/web',
      'espectro/api',
      'espectro/worker',
      'kube-system/aws-load-balancer-controller',
    ]) {
      assert.ok(associations.includes(sa), `no Pod Identity association for ${sa}`);
    }
  });
});
