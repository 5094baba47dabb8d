import { App, type AppProps } from 'aws-cdk-lib';
import recommendedFlags from 'aws-cdk-lib/recommended-feature-flags.json';
import type { EspectroConfig } from './config';
import type { EspectroStack } from './espectro-stack';
import { AnalysisStack } from './stacks/analysis';
import { BackupStack } from './stacks/backup';
import { ClusterStack } from './stacks/cluster';
import { DataStack } from './stacks/data';
import { DeliveryStack } from './stacks/delivery';
import { DrStack } from './stacks/dr';
import { EdgeStack } from './stacks/edge';
import { GrafanaStack } from './stacks/grafana';
import { KeysStack } from './stacks/keys';
import { NetworkStack } from './stacks/network';
import { ObservabilityStack } from './stacks/observability';
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
  'Espectro-Analysis',
  'Espectro-Edge',
  'Espectro-Observability',
  'Espectro-Grafana',
  'Espectro-Backup',
] as const;
export type StackId = (typeof stackIds)[number];

/** Where each stack deploys, in words the reference page can show (account ids differ per installation). */
export function stackFacts(
  stacks: Record<StackId, EspectroStack>,
  config: EspectroConfig,
): Record<
  StackId,
  { region: string; account: 'production' | 'security' | 'sharedServices'; phase: string }
> {
  const accountName = (account: string) =>
    account === config.securityAccount
      ? 'security'
      : account === config.sharedServicesAccount
        ? 'sharedServices'
        : 'production';
  return Object.fromEntries(
    stackIds.map((id) => {
      const stack = stacks[id];
      return [
        id,
        { region: stack.region, account: accountName(stack.account), phase: stack.phase },
      ];
    }),
  ) as ReturnType<typeof stackFacts>;
}

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
  const analysis = new AnalysisStack(app, 'Espectro-Analysis', {
    ...primary,
    phase: 'analysis-pipeline',
    vpc: network.vpc,
    keys,
    data,
    dependsOn: [
      { stack: network, reason: 'subnets' },
      { stack: keys, reason: 'customer managed keys' },
      { stack: data, reason: 'inputs and results buckets' },
    ],
  });
  const edge = new EdgeStack(app, 'Espectro-Edge', { ...dr, phase: 'edge' });
  const observability = new ObservabilityStack(app, 'Espectro-Observability', {
    ...primary,
    phase: 'observability',
    keys,
    data,
    analysis,
    dependsOn: [
      { stack: keys, reason: 'customer managed keys' },
      { stack: data, reason: 'database metrics' },
      { stack: analysis, reason: 'state machine and queue metrics' },
    ],
  });
  const grafana = new GrafanaStack(app, 'Espectro-Grafana', { ...dr, phase: 'observability' });
  const backupStack = new BackupStack(app, 'Espectro-Backup', {
    ...primary,
    phase: 'backup-dr',
    keys,
    data,
    dependsOn: [
      { stack: keys, reason: 'customer managed keys' },
      { stack: data, reason: 'the stores it protects' },
      { stack: drStack, reason: 'copies go to the DR vault' },
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
    'Espectro-Analysis': analysis,
    'Espectro-Edge': edge,
    'Espectro-Observability': observability,
    'Espectro-Grafana': grafana,
    'Espectro-Backup': backupStack,
  };
}
