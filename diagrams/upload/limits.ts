import { l, type Text } from '../model/text';

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;
export const TiB = 1024 * GiB;

/** One documented S3 limit: the value the code uses and the AWS page that states it. */
export interface SourcedLimit {
  readonly value: number;
  readonly unit: 'bytes' | 'count' | 'seconds' | 'requestsPerSecond';
  readonly label: Text;
  readonly source: string;
}

const multipartLimits = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html';
const presignedUrls =
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html';
const performance =
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html';

/** The S3 limits that shape the upload path. Every number the upload page shows comes from here. */
export const s3Limits = {
  minPartBytes: {
    value: 5 * MiB,
    unit: 'bytes',
    label: l('Tamanho mínimo de parte (exceto a última)', 'Minimum part size (except the last)'),
    source: multipartLimits,
  },
  maxPartBytes: {
    value: 5 * GiB,
    unit: 'bytes',
    label: l('Tamanho máximo de parte', 'Maximum part size'),
    source: multipartLimits,
  },
  maxParts: {
    value: 10_000,
    unit: 'count',
    label: l('Partes por upload', 'Parts per upload'),
    source: multipartLimits,
  },
  // The page rounds it to 48.8 TiB: it is exactly 10,000 parts of 5 GiB.
  maxObjectBytes: {
    value: 10_000 * 5 * GiB,
    unit: 'bytes',
    label: l('Tamanho máximo de objeto', 'Maximum object size'),
    source: multipartLimits,
  },
  maxPartsPerListParts: {
    value: 1000,
    unit: 'count',
    label: l('Partes por resposta de ListParts', 'Parts per ListParts response'),
    source: multipartLimits,
  },
  maxPresignedSeconds: {
    value: 7 * 24 * 60 * 60,
    unit: 'seconds',
    label: l(
      'Validade máxima de URL pré-assinada (SigV4)',
      'Maximum presigned URL lifetime (SigV4)',
    ),
    source: presignedUrls,
  },
  writesPerSecondPerPrefix: {
    value: 3500,
    unit: 'requestsPerSecond',
    label: l(
      'PUT/COPY/POST/DELETE por segundo por prefixo particionado',
      'PUT/COPY/POST/DELETE per second per partitioned prefix',
    ),
    source: performance,
  },
  readsPerSecondPerPrefix: {
    value: 5500,
    unit: 'requestsPerSecond',
    label: l(
      'GET/HEAD por segundo por prefixo particionado',
      'GET/HEAD per second per partitioned prefix',
    ),
    source: performance,
  },
} as const satisfies Record<string, SourcedLimit>;

export type LimitId = keyof typeof s3Limits;
