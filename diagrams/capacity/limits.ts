import { l, type Text } from '../model/text';

/** An AWS limit or specification the capacity figures rest on, with the page that states it. */
export interface SourcedLimit {
  readonly value: number;
  readonly what: Text;
  readonly url: string;
}

const s3Performance =
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html';
const sfnQuotas = 'https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html';
const auroraConnections =
  'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.Managing.html';

export const limits = {
  s3WritesPerPrefix: {
    value: 3500,
    what: l(
      'PUT/COPY/POST/DELETE por segundo por prefixo particionado do S3',
      'PUT/COPY/POST/DELETE per second per partitioned S3 prefix',
    ),
    url: s3Performance,
  },
  s3ReadsPerPrefix: {
    value: 5500,
    what: l(
      'GET/HEAD por segundo por prefixo particionado do S3',
      'GET/HEAD per second per partitioned S3 prefix',
    ),
    url: s3Performance,
  },
  sfnOpenExecutions: {
    value: 1_000_000,
    what: l(
      'execuções Standard abertas por conta e região',
      'open Standard executions per account and Region',
    ),
    url: sfnQuotas,
  },
  sfnHistoryEvents: {
    value: 25_000,
    what: l(
      'eventos no histórico de uma execução Standard',
      'events in one Standard execution history',
    ),
    url: sfnQuotas,
  },
  auroraBytesPerConnection: {
    value: 9_531_392,
    what: l(
      'divisor da memória da instância no max_connections padrão do Aurora PostgreSQL',
      'divisor of instance memory in the Aurora PostgreSQL default max_connections',
    ),
    url: auroraConnections,
  },
  auroraMaxConnectionsCap: {
    value: 5000,
    what: l(
      'teto do max_connections padrão do Aurora PostgreSQL',
      'cap of the Aurora PostgreSQL default max_connections',
    ),
    url: auroraConnections,
  },
  dbR7gLargeMemoryGiB: {
    value: 16,
    what: l('memória da classe db.r7g.large, em GiB', 'memory of the db.r7g.large class, in GiB'),
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.DBInstanceClass.Summary.html',
  },
} as const satisfies Record<string, SourcedLimit>;

export type LimitId = keyof typeof limits;
