import { App, type AppProps } from 'aws-cdk-lib';
import recommendedFlags from 'aws-cdk-lib/recommended-feature-flags.json';
import type { EspectroConfig } from './config';
import type { EspectroStack } from './espectro-stack';
import { KeysStack } from './stacks/keys';
import { NetworkStack } from './stacks/network';
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
export const stackIds = ['Espectro-Network', 'Espectro-Keys'] as const;
export type StackId = (typeof stackIds)[number];

export function buildEspectro(app: App, config: EspectroConfig): Record<StackId, EspectroStack> {
  const prod = { config, account: config.productionAccount };
  const primary = { ...prod, region: config.primaryRegion };
  const network = new NetworkStack(app, 'Espectro-Network', { ...primary, phase: 'network' });
  const keys = new KeysStack(app, 'Espectro-Keys', { ...primary, phase: 'security-baseline' });
  applyTopologyTags(app);
  return { 'Espectro-Network': network, 'Espectro-Keys': keys };
}
