import type { GroupDef } from './types';

const groupTable = {
  aws: { kind: 'cloud', label: { 'pt-BR': 'AWS Organizations', en: 'AWS Organizations' } },
  mgmtAccount: {
    kind: 'account',
    parent: 'aws',
    label: { 'pt-BR': 'Conta de gerenciamento', en: 'Management account' },
  },
  securityAccount: {
    kind: 'account',
    parent: 'aws',
    label: { 'pt-BR': 'Conta Security / Log Archive', en: 'Security / Log Archive account' },
  },
  sharedAccount: {
    kind: 'account',
    parent: 'aws',
    label: { 'pt-BR': 'Conta Shared Services (entrega)', en: 'Shared Services account (delivery)' },
  },
  prodAccount: {
    kind: 'account',
    parent: 'aws',
    label: { 'pt-BR': 'Conta de produção', en: 'Production account' },
  },
  edge: {
    kind: 'global',
    parent: 'prodAccount',
    label: { 'pt-BR': 'Borda global', en: 'Global edge' },
  },
  primaryRegion: {
    kind: 'region',
    parent: 'prodAccount',
    label: {
      'pt-BR': 'Região primária sa-east-1 (São Paulo)',
      en: 'Primary region sa-east-1 (São Paulo)',
    },
  },
  drRegion: {
    kind: 'region',
    parent: 'prodAccount',
    label: {
      'pt-BR': 'Região de DR us-east-1 (N. Virginia)',
      en: 'DR region us-east-1 (N. Virginia)',
    },
  },
  vpc: {
    kind: 'vpc',
    parent: 'primaryRegion',
    cidr: '10.40.0.0/16',
    label: { 'pt-BR': 'VPC 10.40.0.0/16', en: 'VPC 10.40.0.0/16' },
  },
  eksCluster: {
    kind: 'cluster',
    parent: 'vpc',
    label: { 'pt-BR': 'Cluster EKS espectro-prod', en: 'EKS cluster espectro-prod' },
  },
  azA: { kind: 'az', parent: 'vpc', label: { 'pt-BR': 'AZ sa-east-1a', en: 'AZ sa-east-1a' } },
  azB: { kind: 'az', parent: 'vpc', label: { 'pt-BR': 'AZ sa-east-1b', en: 'AZ sa-east-1b' } },
  azC: { kind: 'az', parent: 'vpc', label: { 'pt-BR': 'AZ sa-east-1c', en: 'AZ sa-east-1c' } },
  publicA: {
    kind: 'subnet',
    tier: 'public',
    parent: 'azA',
    cidr: '10.40.0.0/22',
    label: { 'pt-BR': 'Pública 10.40.0.0/22', en: 'Public 10.40.0.0/22' },
  },
  appA: {
    kind: 'subnet',
    tier: 'private-app',
    parent: 'azA',
    cidr: '10.40.16.0/20',
    label: { 'pt-BR': 'Privada app 10.40.16.0/20', en: 'Private app 10.40.16.0/20' },
  },
  dataA: {
    kind: 'subnet',
    tier: 'private-data',
    parent: 'azA',
    cidr: '10.40.64.0/24',
    label: { 'pt-BR': 'Privada dados 10.40.64.0/24', en: 'Private data 10.40.64.0/24' },
  },
  publicB: {
    kind: 'subnet',
    tier: 'public',
    parent: 'azB',
    cidr: '10.40.4.0/22',
    label: { 'pt-BR': 'Pública 10.40.4.0/22', en: 'Public 10.40.4.0/22' },
  },
  appB: {
    kind: 'subnet',
    tier: 'private-app',
    parent: 'azB',
    cidr: '10.40.32.0/20',
    label: { 'pt-BR': 'Privada app 10.40.32.0/20', en: 'Private app 10.40.32.0/20' },
  },
  dataB: {
    kind: 'subnet',
    tier: 'private-data',
    parent: 'azB',
    cidr: '10.40.65.0/24',
    label: { 'pt-BR': 'Privada dados 10.40.65.0/24', en: 'Private data 10.40.65.0/24' },
  },
  publicC: {
    kind: 'subnet',
    tier: 'public',
    parent: 'azC',
    cidr: '10.40.8.0/22',
    label: { 'pt-BR': 'Pública 10.40.8.0/22', en: 'Public 10.40.8.0/22' },
  },
  appC: {
    kind: 'subnet',
    tier: 'private-app',
    parent: 'azC',
    cidr: '10.40.48.0/20',
    label: { 'pt-BR': 'Privada app 10.40.48.0/20', en: 'Private app 10.40.48.0/20' },
  },
  dataC: {
    kind: 'subnet',
    tier: 'private-data',
    parent: 'azC',
    cidr: '10.40.66.0/24',
    label: { 'pt-BR': 'Privada dados 10.40.66.0/24', en: 'Private data 10.40.66.0/24' },
  },
} as const satisfies Record<string, GroupDef>;

export type GroupId = keyof typeof groupTable;

/** Re-checked against its own keys: a `parent` naming no group fails to compile here. */
export const groups = groupTable satisfies Record<GroupId, GroupDef<GroupId>>;
