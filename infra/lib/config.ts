import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/** Everything that differs between one installation of Espectro and another. */
export interface EspectroConfig {
  readonly productionAccount: string;
  readonly securityAccount: string;
  readonly sharedServicesAccount: string;
  readonly organizationId: string;
  readonly primaryRegion: string;
  readonly drRegion: string;
  readonly domainName: string;
  readonly hostedZoneId: string;
  readonly alertEmail: string;
  readonly imageTag: string;
  /** Only the Edge stack needs it: the ALB exists once the Cluster stack's Ingress is reconciled. */
  readonly albDnsName?: string;
}

type Key = keyof EspectroConfig;

const checks: Record<Key, { readonly pattern: RegExp; readonly expected: string }> = {
  productionAccount: { pattern: /^\d{12}$/, expected: 'a 12-digit AWS account id' },
  securityAccount: { pattern: /^\d{12}$/, expected: 'a 12-digit AWS account id' },
  sharedServicesAccount: { pattern: /^\d{12}$/, expected: 'a 12-digit AWS account id' },
  organizationId: {
    pattern: /^o-[a-z0-9]{10,32}$/,
    expected: 'an Organizations id like o-a1b2c3d4e5',
  },
  primaryRegion: { pattern: /^[a-z]{2}-[a-z]+-\d$/, expected: 'a region name like sa-east-1' },
  drRegion: { pattern: /^[a-z]{2}-[a-z]+-\d$/, expected: 'a region name like us-east-1' },
  domainName: {
    pattern: /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/,
    expected: 'a lower-case DNS name like espectro.example.com',
  },
  hostedZoneId: {
    pattern: /^Z[A-Z0-9]{8,32}$/,
    expected: 'a Route 53 hosted zone id like Z0123456789ABC',
  },
  alertEmail: { pattern: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, expected: 'an e-mail address' },
  imageTag: { pattern: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, expected: 'a container image tag' },
  albDnsName: {
    pattern: /^[a-z0-9.-]+\.elb\.amazonaws\.com$/,
    expected: 'the DNS name of the Ingress ALB (….elb.amazonaws.com)',
  },
};

const defaults: Partial<Record<Key, string>> = {
  primaryRegion: 'sa-east-1',
  drRegion: 'us-east-1',
};
const optional: readonly Key[] = ['albDnsName'];

/** Reads a context value; `lookup` is `node.tryGetContext` in the app and a plain object in tests. */
export type ContextLookup = (key: string) => unknown;

/**
 * Builds the configuration from CDK context: `-c config=<file>` (relative to `infra/`) gives a JSON
 * file, single `-c key=value` pairs override it. Any missing or malformed key is an error naming it.
 */
export function loadConfig(lookup: ContextLookup, baseDir: string): EspectroConfig {
  const file = lookup('config');
  let fromFile: Record<string, unknown> = {};
  if (file !== undefined) {
    if (typeof file !== 'string') throw new Error('context "config" must be a file path');
    const path = isAbsolute(file) ? file : resolve(baseDir, file);
    fromFile = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  }
  const unknownKeys = Object.keys(fromFile).filter((k) => !(k in checks));
  if (unknownKeys.length) {
    throw new Error(`unknown configuration key(s) in ${String(file)}: ${unknownKeys.join(', ')}`);
  }
  const values: Partial<Record<Key, string>> = {};
  for (const key of Object.keys(checks) as Key[]) {
    const raw = lookup(key) ?? fromFile[key] ?? defaults[key];
    if (raw === undefined) {
      if (optional.includes(key)) continue;
      throw new Error(
        `missing configuration "${key}" (${checks[key].expected}): pass -c ${key}=... or -c config=<file>`,
      );
    }
    const value = String(raw);
    if (!checks[key].pattern.test(value)) {
      throw new Error(`configuration "${key}" is "${value}", expected ${checks[key].expected}`);
    }
    values[key] = value;
  }
  return values as EspectroConfig;
}

/** The Edge stack cannot be built without the ALB name; other stacks never ask for it. */
export function requireAlbDnsName(config: EspectroConfig): string {
  if (!config.albDnsName) {
    throw new Error(
      'missing configuration "albDnsName" for Espectro-Edge: after the Cluster phase read it with ' +
        "kubectl -n espectro get ingress espectro -o jsonpath='{.status.loadBalancer.ingress[0].hostname}'",
    );
  }
  return config.albDnsName;
}
