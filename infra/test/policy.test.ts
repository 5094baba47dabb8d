import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { acknowledgements } from '../lib/acknowledgements';
import { cleanUp, resourcesOfType, synthesize, type Synthesis } from './support/synth';

// The one synthesis that runs cdk-nag and aws-cdk-lib's CloudFormation schema validation.
let synthesis: Synthesis;
before(() => {
  synthesis = synthesize({ policy: true });
});
after(() => cleanUp(synthesis));

describe('policy checks', () => {
  it('cdk-nag (AwsSolutions, NIST 800-53 rev 5) and CloudFormation validation leave no unacknowledged finding', (t) => {
    const findings = synthesis.report.pluginReports.flatMap((report) =>
      report.violations.flatMap((v) =>
        v.violatingConstructs.map((c) => `${v.ruleName} on ${c.constructPath}`),
      ),
    );
    assert.deepEqual(findings, []);
    const perRule = new Map<string, number>();
    for (const a of acknowledgements) {
      for (const id of a.ids) {
        const rule = id.replace(/\[.*$/, '');
        perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
      }
    }
    t.diagnostic(
      `acknowledgements per rule: ${JSON.stringify(Object.fromEntries([...perRule].sort()))}`,
    );
  });

  it('every acknowledged finding id still occurs at its construct (no stale acknowledgement)', () => {
    // cdk-nag alone, without acknowledgements: the raw findings the list above answers.
    const raw = synthesize({ policy: true, acknowledge: false, cfnValidation: false });
    try {
      const findings = raw.report.pluginReports.flatMap((report) =>
        report.violations.flatMap((v) =>
          v.violatingConstructs.map((c) => ({ rule: v.ruleName, path: c.constructPath })),
        ),
      );
      const stale = acknowledgements.flatMap((a) =>
        a.ids
          .filter((id) => !id.startsWith('CloudFormation-Validate::'))
          .filter(
            (id) =>
              !findings.some(
                (f) => f.rule === id && (f.path === a.path || f.path.startsWith(`${a.path}/`)),
              ),
          )
          .map((id) => `${id} on ${a.path}`),
      );
      assert.deepEqual(stale, []);
    } finally {
      cleanUp(raw);
    }
  });

  it('every acknowledgement carries a real reason', () => {
    for (const a of acknowledgements) {
      assert.ok(a.reason.length >= 60, `acknowledgement on ${a.path} has a too short reason`);
      assert.ok(a.ids.length > 0, `acknowledgement on ${a.path} names no finding`);
    }
  });

  // cdk-nag's EKS rules do not recognise aws_eks_v2 clusters; these are the same three checks.
  it('EKS: private endpoint only, every control-plane log type, secrets encrypted with a KMS key', () => {
    const clusters = resourcesOfType(synthesis.templates['Espectro-Cluster'], 'AWS::EKS::Cluster');
    assert.equal(clusters.length, 1);
    const props = clusters[0]![1].Properties as {
      ResourcesVpcConfig: { EndpointPublicAccess: boolean; EndpointPrivateAccess: boolean };
      Logging: { ClusterLogging: { EnabledTypes: { Type: string }[] } };
      EncryptionConfig: { Resources: string[]; Provider: { KeyArn: unknown } }[];
    };
    assert.equal(props.ResourcesVpcConfig.EndpointPublicAccess, false, 'public API endpoint');
    assert.equal(props.ResourcesVpcConfig.EndpointPrivateAccess, true, 'no private API endpoint');
    assert.deepEqual(props.Logging.ClusterLogging.EnabledTypes.map((l) => l.Type).sort(), [
      'api',
      'audit',
      'authenticator',
      'controllerManager',
      'scheduler',
    ]);
    assert.deepEqual(props.EncryptionConfig[0]?.Resources, ['secrets']);
    assert.ok(props.EncryptionConfig[0]?.Provider.KeyArn, 'secrets encryption has no KMS key');
  });
});
