import { App, type AppProps } from 'aws-cdk-lib';
import recommendedFlags from 'aws-cdk-lib/recommended-feature-flags.json';
import type { EspectroConfig } from './config';
import type { EspectroStack } from './espectro-stack';
import { ClusterStack } from './stacks/cluster';
import { DataStack } from './stacks/data';
import { DeliveryStack } from './stacks/delivery';
import { DrStack } from './stacks/dr';
import { KeysStack } from './stacks/keys';
import { NetworkStack } from './stacks/network';
import { SecurityBaselineStack } from './stacks/security-baseline';
import { applyTopologyTags } from './topology';

/**
 * Feature flags live here, not in cdk.json: an `App` built outside the CLI (every test) never
 * reads cdk.json, and both must synthesize the same templates.
 */
export const featureFlags: Record<string, unknown> = { ...recommendedFlags };

export function newApp(props: AppProps = {}): App {
  return new App({ ...props, context: { ...featureFlags, ...props.context } });
}

/** Stack ids in deploy order; the runbook and the README name them. */
export const stackIds = [
  'Espectro-Network',
  'Espectro-SecurityBaseline',
  'Espectro-Keys',
  'Espectro-Delivery',
  'Espectro-DR',
  'Espectro-Data',
  'Espectro-Cluster',
] as const;
export type StackId = (typeof stackIds)[number];

export function buildEspectro(app: App, config: EspectroConfig): Record<StackId, EspectroStack> {
  const prod = { config, account: config.productionAccount };
  const primary = { ...prod, region: config.primaryRegion };
  const dr = { ...prod, region: config.drRegion };
  const network = new NetworkStack(app, 'Espectro-Network', { ...primary, phase: 'network' });
  const security = new SecurityBaselineStack(app, 'Espectro-SecurityBaseline', {
    config,
    account: config.securityAccount,
    region: config.primaryRegion,
    phase: 'security-baseline',
  });
  const keys = new KeysStack(app, 'Espectro-Keys', { ...primary, phase: 'security-baseline' });
  const delivery = new DeliveryStack(app, 'Espectro-Delivery', {
    config,
    account: config.sharedServicesAccount,
    region: config.primaryRegion,
    phase: 'delivery',
  });
  const drStack = new DrStack(app, 'Espectro-DR', { ...dr, phase: 'backup-dr' });
  const data = new DataStack(app, 'Espectro-Data', {
    ...primary,
    phase: 'data',
    vpc: network.vpc,
    keys,
    dependsOn: [
      { stack: network, reason: 'subnets and security groups' },
      { stack: keys, reason: 'customer managed keys' },
      { stack: drStack, reason: 'the results bucket replicates into the DR replica bucket' },
    ],
  });
  const cluster = new ClusterStack(app, 'Espectro-Cluster', {
    ...primary,
    phase: 'cluster',
    vpc: network.vpc,
    keys,
    data,
    dependsOn: [
      { stack: network, reason: 'subnets' },
      { stack: keys, reason: 'customer managed keys' },
      { stack: data, reason: 'buckets, proxy, cache, user pool' },
    ],
  });
  applyTopologyTags(app);
  return {
    'Espectro-Network': network,
    'Espectro-SecurityBaseline': security,
    'Espectro-Keys': keys,
    'Espectro-Delivery': delivery,
    'Espectro-DR': drStack,
    'Espectro-Data': data,
    'Espectro-Cluster': cluster,
  };
}
