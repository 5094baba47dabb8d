import { Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { EspectroConfig } from './config';
import { zonesOf } from './regions';

export interface EspectroStackProps extends StackProps {
  readonly config: EspectroConfig;
  readonly account: string;
  readonly region: string;
  /** Runbook phase, as a tag on every resource for cost and ownership reports. */
  readonly phase: string;
  /**
   * Stacks this one reads from. Declared before any resource exists, so that KMS grants see the
   * dependency and write to the grantee's policy instead of the key's (which would be a cycle).
   */
  readonly dependsOn?: readonly { readonly stack: Stack; readonly reason: string }[];
}

/** A stack pinned to one account and region, whose zones are the three the model draws. */
export class EspectroStack extends Stack {
  readonly config: EspectroConfig;
  readonly phase: string;

  constructor(scope: Construct, id: string, props: EspectroStackProps) {
    super(scope, id, {
      ...props,
      env: { account: props.account, region: props.region },
      terminationProtection: props.terminationProtection ?? true,
    });
    this.config = props.config;
    this.phase = props.phase;
    for (const { stack, reason } of props.dependsOn ?? []) this.addStackDependency(stack, reason);
    Tags.of(this).add('project', 'espectro');
    Tags.of(this).add('phase', props.phase);
  }

  override get availabilityZones(): string[] {
    return zonesOf(this.region);
  }
}
