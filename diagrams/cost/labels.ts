import { l, type Text } from '../model/text';
import type { AssumptionKey } from './assumptions';
import type { StorageClass } from '../model/types';

/** A label for every assumption; a new assumption without one fails to compile. */
export const assumptionLabels: Record<AssumptionKey, Text> = {
  monthlyActiveUsers: l('Usuários ativos no mês', 'Monthly active users'),
  peakConcurrentUsers: l('Usuários simultâneos no pico', 'Peak concurrent users'),
  samplesPerMonth: l('Amostras por mês', 'Samples per month'),
  filesPerSample: l('Arquivos (proteínas) por amostra', 'Files (proteins) per sample'),
  inputFileMiB: l('Tamanho de um arquivo de entrada (MiB)', 'Input file size (MiB)'),
  resultMiBPerFile: l('Resultado por arquivo (MiB)', 'Result per file (MiB)'),
  analysisMinutesPerFile: l('Minutos de análise por arquivo', 'Analysis minutes per file'),
  vCpuPerJob: l('vCPUs por job', 'vCPUs per job'),
  memoryGiBPerJob: l('Memória por job (GiB)', 'Memory per job (GiB)'),
  spotShare: l('Fração das vCPU-horas em Spot (0 a 1)', 'Share of vCPU-hours on Spot (0 to 1)'),
  retriesPerJob: l('Retentativas por job (média)', 'Retries per job (average)'),
  uploadPartMiB: l('Tamanho da parte do multipart (MiB)', 'Multipart part size (MiB)'),
  downloadsPerResult: l('Downloads por resultado', 'Downloads per result'),
  pageMiBPerActiveUser: l(
    'Páginas pelo CloudFront por usuário ativo (MiB/mês)',
    'CloudFront pages per active user (MiB/month)',
  ),
  logIngestGiBPerMonth: l('Logs ingeridos (GiB/mês)', 'Logs ingested (GiB/month)'),
  natGiBPerMonth: l('Tráfego pelo NAT (GiB/mês)', 'Traffic through NAT (GiB/month)'),
  databaseGiB: l('Tamanho do banco (GiB)', 'Database size (GiB)'),
  dbInstanceVCpu: l('vCPUs por instância Aurora', 'vCPUs per Aurora instance'),
  baselineClusterVCpu: l('vCPUs fixas do cluster', 'Baseline cluster vCPUs'),
  concurrentUsersPerVCpu: l('Usuários simultâneos por vCPU', 'Concurrent users per vCPU'),
  interfaceEndpoints: l('Endpoints de interface', 'Interface endpoints'),
  kmsKeys: l('Chaves KMS', 'KMS keys'),
};

export const storageClassLabels: Partial<Record<StorageClass, Text>> = {
  STANDARD: l('S3 Standard', 'S3 Standard'),
  STANDARD_IA: l('S3 Standard-IA', 'S3 Standard-IA'),
  GLACIER_IR: l('S3 Glacier Instant Retrieval', 'S3 Glacier Instant Retrieval'),
};
