import { l } from '../model/text';
import type { SourcedPrice, UnverifiedPrice } from './types';

/** The day the sourced prices below were read on their official pages. */
export const pricesReadOn = '2026-11-28';

/**
 * Unit prices confirmed on the official AWS pricing pages (On-Demand list prices, USD, before
 * taxes). Free tiers are deliberately ignored, so totals err on the high side. S3 prices are the
 * first volume tier (first 50 TB a month); above that the real price is lower.
 */
export const sourcedPrices = {
  eksClusterHour: {
    usd: 0.1,
    unit: l('cluster-hora (suporte padrão)', 'cluster-hour (standard support)'),
    region: 'global',
    url: 'https://aws.amazon.com/eks/pricing/',
    readOn: pricesReadOn,
  },
  stepFunctionsTransitionSaEast: {
    usd: 0.0375 / 1000,
    unit: l('transição de estado (Standard)', 'state transition (Standard)'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/step-functions/pricing/',
    readOn: pricesReadOn,
    note: l('US$ 0,0375 por 1.000 transições', 'US$0.0375 per 1,000 transitions'),
  },
  s3StandardSaEast: {
    usd: 0.0405,
    unit: l('GB-mês, S3 Standard', 'GB-month, S3 Standard'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/s3/pricing/',
    readOn: pricesReadOn,
  },
  s3PutSaEast: {
    usd: 0.007 / 1000,
    unit: l('requisição PUT, COPY, POST ou LIST', 'PUT, COPY, POST or LIST request'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/s3/pricing/',
    readOn: pricesReadOn,
    note: l('US$ 0,007 por 1.000 requisições', 'US$0.007 per 1,000 requests'),
  },
  s3GetSaEast: {
    usd: 0.0056 / 10000,
    unit: l('requisição GET, HEAD e demais', 'GET, HEAD and other request'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/s3/pricing/',
    readOn: pricesReadOn,
    note: l('US$ 0,0056 por 10.000 requisições', 'US$0.0056 per 10,000 requests'),
  },
  internetEgressSaEast: {
    usd: 0.15,
    unit: l('GB para a internet (primeiros 10 TB)', 'GB to the internet (first 10 TB)'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer',
    readOn: pricesReadOn,
  },
  cloudfrontSouthAmerica: {
    usd: 0.11,
    unit: l(
      'GB entregue na América do Sul (primeiros 10 TB)',
      'GB delivered in South America (first 10 TB)',
    ),
    region: 'global',
    url: 'https://aws.amazon.com/cloudfront/pricing/',
    readOn: pricesReadOn,
  },
  kmsKeyMonth: {
    usd: 1,
    unit: l('chave KMS-mês', 'KMS key-month'),
    region: 'global',
    url: 'https://aws.amazon.com/kms/pricing/',
    readOn: pricesReadOn,
    note: l(
      'Cada material de chave gerado pela rotação automática soma US$ 1/mês.',
      'Each backing key created by automatic rotation adds US$1/month.',
    ),
  },
  cloudwatchLogsIngestSaEast: {
    usd: 0.9,
    unit: l('GB de logs ingeridos (Standard)', 'GB of logs ingested (Standard)'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/cloudwatch/pricing/',
    readOn: pricesReadOn,
  },
  s3StandardUsEast: {
    usd: 0.023,
    unit: l('GB-mês, S3 Standard', 'GB-month, S3 Standard'),
    region: 'us-east-1',
    url: 'https://aws.amazon.com/s3/pricing/',
    readOn: pricesReadOn,
  },
  s3StandardIaUsEast: {
    usd: 0.0125,
    unit: l('GB-mês, S3 Standard-IA', 'GB-month, S3 Standard-IA'),
    region: 'us-east-1',
    url: 'https://aws.amazon.com/s3/pricing/',
    readOn: pricesReadOn,
  },
  s3GlacierIrUsEast: {
    usd: 0.004,
    unit: l('GB-mês, S3 Glacier Instant Retrieval', 'GB-month, S3 Glacier Instant Retrieval'),
    region: 'us-east-1',
    url: 'https://aws.amazon.com/s3/pricing/',
    readOn: pricesReadOn,
  },
} as const satisfies Record<string, SourcedPrice>;

/**
 * Dimensions whose sa-east-1 price we could not confirm on an official page. They are usage
 * only: the tables show the quantity, and the calculator adds them when the reader types a price.
 */
export const unverifiedPrices = {
  ec2OnDemandVCpuHour: {
    unit: l(
      'vCPU-hora On-Demand (preço da instância ÷ vCPUs)',
      'On-Demand vCPU-hour (instance price ÷ vCPUs)',
    ),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  },
  ec2SpotVCpuHour: {
    unit: l('vCPU-hora Spot', 'Spot vCPU-hour'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/ec2/spot/pricing/',
  },
  auroraInstanceHour: {
    unit: l('instância Aurora-hora', 'Aurora instance-hour'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/rds/aurora/pricing/',
  },
  auroraStorageGbMonth: {
    unit: l('GB-mês de armazenamento Aurora', 'GB-month of Aurora storage'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/rds/aurora/pricing/',
  },
  rdsProxyVCpuHour: {
    unit: l('vCPU-hora do banco atrás do proxy', 'vCPU-hour of the database behind the proxy'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/rds/proxy/pricing/',
  },
  elasticacheNodeHour: {
    unit: l('nó-hora', 'node-hour'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/elasticache/pricing/',
  },
  albHour: {
    unit: l('ALB-hora (sem LCU)', 'ALB-hour (LCUs not included)'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/elasticloadbalancing/pricing/',
  },
  natGatewayHour: {
    unit: l('NAT gateway-hora', 'NAT gateway-hour'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/vpc/pricing/',
  },
  natGatewayGb: {
    unit: l('GB processado pelo NAT', 'GB processed by NAT'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/vpc/pricing/',
  },
  interfaceEndpointAzHour: {
    unit: l('endpoint de interface por AZ-hora', 'interface endpoint per AZ-hour'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/privatelink/pricing/',
  },
  s3StandardIaSaEast: {
    unit: l('GB-mês, S3 Standard-IA', 'GB-month, S3 Standard-IA'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/s3/pricing/',
  },
  s3GlacierIrSaEast: {
    unit: l('GB-mês, S3 Glacier Instant Retrieval', 'GB-month, S3 Glacier Instant Retrieval'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/s3/pricing/',
  },
  interRegionTransferSaEast: {
    unit: l('GB replicado para us-east-1', 'GB replicated to us-east-1'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/s3/pricing/',
  },
  cognitoMau: {
    unit: l('usuário ativo no mês (MAU)', 'monthly active user (MAU)'),
    region: 'sa-east-1',
    url: 'https://aws.amazon.com/cognito/pricing/',
  },
} as const satisfies Record<string, UnverifiedPrice>;

export type SourcedPriceId = keyof typeof sourcedPrices;
export type UnverifiedPriceId = keyof typeof unverifiedPrices;
export type PriceId = SourcedPriceId | UnverifiedPriceId;

/** Prices the reader types for the unverified dimensions; absent ones stay out of the total. */
export type ReaderPrices = Partial<Record<UnverifiedPriceId, number>>;

export function isSourced(id: PriceId): id is SourcedPriceId {
  return id in sourcedPrices;
}
