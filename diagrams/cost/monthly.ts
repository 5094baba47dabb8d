import type { ComponentId } from '../model/components';
import { inputsLifecycle, resultsLifecycle } from '../model/lifecycles';
import { l, type Text } from '../model/text';
import type { StorageClass } from '../model/types';
import { validateAssumptions, type Assumptions } from './assumptions';
import {
  isSourced,
  sourcedPrices,
  unverifiedPrices,
  type PriceId,
  type ReaderPrices,
} from './prices';
import { steadyState } from './retention';
import type { LineItem } from './types';
import { transitionsPerAnalysis } from './workflow';

/** 8,760 hours a year over 12 months: the month AWS pricing examples use. */
export const hoursPerMonth = 730;
const mibPerGb = 1024;
const azs = 3;
/** Primary plus one replica in another AZ (the ElastiCache component). */
const cacheNodes = 2;
/** Writer plus two readers, one per AZ (the Aurora components). */
const auroraInstances = ['auroraWriter', 'auroraReaderB', 'auroraReaderC'] as const;
const nodeComponents = ['nodesA', 'nodesB', 'nodesC'] as const;
const natComponents = ['natA', 'natB', 'natC'] as const;

export type CostLine = LineItem<PriceId>;

function priceLine(
  component: ComponentId,
  what: Text,
  quantity: number,
  priceId: PriceId,
  readerPrices: ReaderPrices,
): CostLine {
  if (isSourced(priceId)) {
    const price = sourcedPrices[priceId];
    return {
      component,
      what,
      quantity,
      unit: price.unit,
      priceId,
      unitUsd: price.usd,
      monthlyUsd: quantity * price.usd,
      origin: 'sourced',
    };
  }
  const typed = readerPrices[priceId];
  if (typed !== undefined && (!Number.isFinite(typed) || typed < 0))
    throw new RangeError(`reader price ${priceId} must be a non-negative number, got ${typed}`);
  return {
    component,
    what,
    quantity,
    unit: unverifiedPrices[priceId].unit,
    priceId,
    unitUsd: typed ?? null,
    monthlyUsd: typed === undefined ? null : quantity * typed,
    origin: typed === undefined ? 'missing' : 'reader',
  };
}

/** What the month's work amounts to, before any price. */
export function monthlyUsage(a: Assumptions) {
  const files = a.samplesPerMonth * a.filesPerSample;
  const jobs = files + a.samplesPerMonth; // one aggregation job per sample
  const batchVCpuHours = (jobs * a.analysisMinutesPerFile * a.vCpuPerJob) / 60;
  const partsPerFile = Math.ceil(a.inputFileMiB / a.uploadPartMiB);
  return {
    files,
    jobs,
    inputGb: (files * a.inputFileMiB) / mibPerGb,
    resultGb: (files * a.resultMiBPerFile) / mibPerGb,
    batchVCpuHours,
    batchMemoryGibHours: (jobs * a.analysisMinutesPerFile * a.memoryGiBPerJob) / 60,
    clusterVCpu:
      a.baselineClusterVCpu + Math.ceil(a.peakConcurrentUsers / a.concurrentUsersPerVCpu),
    transitions:
      a.samplesPerMonth * transitionsPerAnalysis(a.filesPerSample, a.retriesPerJob).total,
    // CreateMultipartUpload + one UploadPart per part + CompleteMultipartUpload, and one
    // ListObjectsV2 per analysis.
    inputPutRequests: files * (partsPerFile + 2) + a.samplesPerMonth,
    // The worker's HeadObject and the job's GetObject.
    inputGetRequests: files * 2,
    // One result per protein plus the sample report.
    resultPutRequests: files + a.samplesPerMonth,
    // The aggregation reads every result once; each download is one GET.
    resultGetRequests: files * (1 + a.downloadsPerResult),
  };
}

const saEastClassPrice: Partial<Record<StorageClass, PriceId>> = {
  STANDARD: 's3StandardSaEast',
  STANDARD_IA: 's3StandardIaSaEast',
  GLACIER_IR: 's3GlacierIrSaEast',
};
const usEastClassPrice: Partial<Record<StorageClass, PriceId>> = {
  STANDARD: 's3StandardUsEast',
  STANDARD_IA: 's3StandardIaUsEast',
  GLACIER_IR: 's3GlacierIrUsEast',
};
const sa = (c: StorageClass) => saEastClassPrice[c];
const us = (c: StorageClass) => usEastClassPrice[c];

const classLabel: Partial<Record<StorageClass, Text>> = {
  STANDARD: l('armazenamento S3 Standard', 'S3 Standard storage'),
  STANDARD_IA: l('armazenamento S3 Standard-IA', 'S3 Standard-IA storage'),
  GLACIER_IR: l(
    'armazenamento S3 Glacier Instant Retrieval',
    'S3 Glacier Instant Retrieval storage',
  ),
};

function storageLines(
  component: ComponentId,
  gbMonths: Partial<Record<StorageClass, number>>,
  priceFor: (c: StorageClass) => PriceId | undefined,
  readerPrices: ReaderPrices,
): CostLine[] {
  return (Object.entries(gbMonths) as [StorageClass, number][]).map(([storageClass, amount]) => {
    const priceId = priceFor(storageClass);
    const label = classLabel[storageClass];
    if (!priceId || !label)
      throw new Error(
        `${component}: the cost model has no price for storage class ${storageClass}`,
      );
    return priceLine(component, label, amount, priceId, readerPrices);
  });
}

export interface MonthlyCost {
  readonly lines: readonly CostLine[];
  /** Lines priced from the sourced table. */
  readonly sourcedUsd: number;
  /** Lines priced with the reader's own prices. */
  readonly readerUsd: number;
  readonly totalUsd: number;
  /** Lines with no price: their quantity is known, their cost is not in the total. */
  readonly missing: readonly CostLine[];
}

/**
 * The recurring monthly bill once both buckets have filled up to their retention (storage at
 * steady state), as line items per component of the model.
 */
export function monthlyCost(input: Assumptions, readerPrices: ReaderPrices = {}): MonthlyCost {
  const a = validateAssumptions(input);
  const u = monthlyUsage(a);
  const p = (c: ComponentId, what: Text, q: number, id: PriceId) =>
    priceLine(c, what, q, id, readerPrices);
  const lines: CostLine[] = [
    p(
      'eksControlPlane',
      l('plano de controle do EKS', 'EKS control plane'),
      hoursPerMonth,
      'eksClusterHour',
    ),
    ...nodeComponents.map((c) =>
      p(
        c,
        l(
          'nós do cluster (web, API, worker e sistema)',
          'cluster nodes (web, API, worker and system)',
        ),
        (u.clusterVCpu * hoursPerMonth) / azs,
        'ec2OnDemandVCpuHour',
      ),
    ),
    p(
      'batchSpot',
      l('jobs de análise em Spot', 'analysis jobs on Spot'),
      u.batchVCpuHours * a.spotShare,
      'ec2SpotVCpuHour',
    ),
    p(
      'batchOnDemand',
      l('jobs de análise em On-Demand', 'analysis jobs on On-Demand'),
      u.batchVCpuHours * (1 - a.spotShare),
      'ec2OnDemandVCpuHour',
    ),
    p(
      'stepFunctions',
      l('transições de estado', 'state transitions'),
      u.transitions,
      'stepFunctionsTransitionSaEast',
    ),
    ...storageLines('inputsBucket', steadyState(inputsLifecycle, u.inputGb), sa, readerPrices),
    p(
      'inputsBucket',
      l('upload multipart e listagem', 'multipart upload and listing'),
      u.inputPutRequests,
      's3PutSaEast',
    ),
    p(
      'inputsBucket',
      l('validação e leitura pelos jobs', 'validation and reads by jobs'),
      u.inputGetRequests,
      's3GetSaEast',
    ),
    ...storageLines('resultsBucket', steadyState(resultsLifecycle, u.resultGb), sa, readerPrices),
    p(
      'resultsBucket',
      l('gravação de resultados', 'result writes'),
      u.resultPutRequests,
      's3PutSaEast',
    ),
    p(
      'resultsBucket',
      l('agregação e downloads', 'aggregation and downloads'),
      u.resultGetRequests,
      's3GetSaEast',
    ),
    p(
      'resultsBucket',
      l('downloads para a internet', 'downloads to the internet'),
      u.resultGb * a.downloadsPerResult,
      'internetEgressSaEast',
    ),
    p(
      'resultsBucket',
      l('replicação para us-east-1 (CRR)', 'replication to us-east-1 (CRR)'),
      u.resultGb,
      'interRegionTransferSaEast',
    ),
    ...storageLines('resultsReplica', steadyState(resultsLifecycle, u.resultGb), us, readerPrices),
    p(
      'cloudfront',
      l('páginas entregues pelo CloudFront', 'pages delivered by CloudFront'),
      (a.monthlyActiveUsers * a.pageMiBPerActiveUser) / mibPerGb,
      'cloudfrontSouthAmerica',
    ),
    p(
      'cognito',
      l('usuários ativos no mês', 'monthly active users'),
      a.monthlyActiveUsers,
      'cognitoMau',
    ),
    p(
      'kms',
      l('chaves gerenciadas pelo cliente', 'customer managed keys'),
      a.kmsKeys,
      'kmsKeyMonth',
    ),
    p(
      'cloudwatch',
      l('ingestão de logs', 'log ingestion'),
      a.logIngestGiBPerMonth,
      'cloudwatchLogsIngestSaEast',
    ),
    ...auroraInstances.map((c) =>
      p(c, l('instância Aurora', 'Aurora instance'), hoursPerMonth, 'auroraInstanceHour'),
    ),
    p(
      'auroraWriter',
      l('armazenamento do cluster', 'cluster storage'),
      a.databaseGiB,
      'auroraStorageGbMonth',
    ),
    p(
      'rdsProxy',
      l('vCPUs das instâncias atrás do proxy', 'vCPUs of the instances behind the proxy'),
      auroraInstances.length * a.dbInstanceVCpu * hoursPerMonth,
      'rdsProxyVCpuHour',
    ),
    p(
      'elasticache',
      l('nós (primário e réplica)', 'nodes (primary and replica)'),
      cacheNodes * hoursPerMonth,
      'elasticacheNodeHour',
    ),
    p('alb', l('horas do ALB', 'ALB hours'), hoursPerMonth, 'albHour'),
    ...natComponents.map((c) =>
      p(c, l('horas do NAT gateway', 'NAT gateway hours'), hoursPerMonth, 'natGatewayHour'),
    ),
    ...natComponents.map((c) =>
      p(
        c,
        l('dados processados pelo NAT', 'data processed by NAT'),
        a.natGiBPerMonth / azs,
        'natGatewayGb',
      ),
    ),
    p(
      'vpcEndpoints',
      l('endpoints de interface nas 3 AZs', 'interface endpoints in 3 AZs'),
      a.interfaceEndpoints * azs * hoursPerMonth,
      'interfaceEndpointAzHour',
    ),
  ];
  const sum = (origin: CostLine['origin']) =>
    lines
      .filter((line) => line.origin === origin)
      .reduce((s, line) => s + (line.monthlyUsd ?? 0), 0);
  const sourcedUsd = sum('sourced');
  const readerUsd = sum('reader');
  return {
    lines,
    sourcedUsd,
    readerUsd,
    totalUsd: sourcedUsd + readerUsd,
    missing: lines.filter((line) => line.origin === 'missing'),
  };
}

/** Line items summed per component, largest first; unpriced components last. */
export function byComponent(cost: MonthlyCost): { component: ComponentId; usd: number | null }[] {
  const totals = new Map<ComponentId, number | null>();
  for (const line of cost.lines) {
    const before = totals.get(line.component);
    if (line.monthlyUsd === null) totals.set(line.component, before ?? null);
    else totals.set(line.component, (before ?? 0) + line.monthlyUsd);
  }
  return [...totals]
    .map(([component, usd]) => ({ component, usd }))
    .sort((x, y) => (y.usd ?? -1) - (x.usd ?? -1));
}
