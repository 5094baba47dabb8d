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
}

/** A stack pinned to one account and region, whose zones are the three the model draws. */
export class EspectroStack extends Stack {
  readonly config: EspectroConfig;

  constructor(scope: Construct, id: string, props: EspectroStackProps) {
    super(scope, id, {
      ...props,
      env: { account: props.account, region: props.region },
      terminationProtection: props.terminationProtection ?? true,
    });
    this.config = props.config;
    Tags.of(this).add('project', 'espectro');
    Tags.of(this).add('phase', props.phase);
  }

  override get availabilityZones(): string[] {
    return zonesOf(this.region);
  }
}
