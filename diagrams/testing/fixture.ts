import type { ModelShape } from '../model/shape';
import { l } from '../model/text';

/** A small, valid model for tests that need to break things on purpose. */
export function fixtureModel(): ModelShape {
  return structuredClone({
    groups: {
      cloud: { kind: 'cloud', label: l('Nuvem', 'Cloud') },
      region: { kind: 'region', parent: 'cloud', label: l('Região', 'Region') },
      vpc: { kind: 'vpc', parent: 'region', label: l('VPC', 'VPC') },
      az1: { kind: 'az', parent: 'vpc', label: l('AZ 1', 'AZ 1') },
      pub1: { kind: 'subnet', tier: 'public', parent: 'az1', label: l('Pública', 'Public') },
      data1: { kind: 'subnet', tier: 'private-data', parent: 'az1', label: l('Dados', 'Data') },
    },
    components: {
      user: {
        kind: 'actor',
        service: 'user',
        layer: 'actor',
        availability: 'n/a',
        label: l('Usuário', 'User'),
        summary: l('Pessoa', 'Person'),
      },
      cdn: {
        kind: 'aws',
        service: 'cloudfront',
        group: 'region',
        layer: 'edge',
        availability: 'global',
        internetFacing: 'public',
        wafProtected: true,
        label: l('CDN "borda"', 'CDN "edge"'),
        summary: l('Borda', 'Edge'),
      },
      nat: {
        kind: 'aws',
        service: 'natGateway',
        group: 'pub1',
        layer: 'network',
        availability: 'single-az',
        label: l('NAT', 'NAT'),
        summary: l('Saída', 'Egress'),
      },
      db: {
        kind: 'aws',
        service: 'rds',
        group: 'data1',
        layer: 'data',
        availability: 'multi-az',
        label: l('Banco', 'Database'),
        summary: l('Dados', 'Data'),
        data: {
          classification: 'personal',
          encryptedAtRest: 'kms',
          retention: l('1 ano', '1 year'),
        },
      },
      bucket: {
        kind: 'aws',
        service: 's3',
        group: 'region',
        layer: 'storage',
        availability: 'regional',
        label: l('Bucket', 'Bucket'),
        summary: l('Arquivos', 'Files'),
        data: {
          classification: 'confidential',
          encryptedAtRest: 'sse-kms',
          retention: l('1 ano', '1 year'),
          requiredRetentionDays: 365,
          lifecycle: {
            initialClass: 'STANDARD',
            transitions: [{ afterDays: 30, to: 'STANDARD_IA' }],
            expireAfterDays: 365,
            noncurrentExpireAfterDays: 7,
            abortIncompleteMultipartAfterDays: 7,
          },
        },
      },
    },
    connections: [
      {
        from: 'user',
        to: 'cdn',
        label: l('páginas; API', 'pages; API'),
        protocol: 'HTTPS',
        encrypted: true,
        mode: 'sync',
      },
      {
        from: 'cdn',
        to: 'db',
        label: l('consulta', 'query'),
        protocol: 'PostgreSQL/TLS',
        encrypted: true,
        mode: 'sync',
      },
      {
        from: 'cdn',
        to: 'db',
        label: l('escreve', 'writes'),
        protocol: 'PostgreSQL/TLS',
        encrypted: true,
        mode: 'sync',
      },
      {
        from: 'db',
        to: 'nat',
        label: l('saída', 'egress'),
        protocol: 'HTTPS',
        encrypted: true,
        mode: 'async',
      },
      {
        from: 'cdn',
        to: 'bucket',
        label: l('lê', 'reads'),
        protocol: 'S3 API',
        encrypted: true,
        mode: 'sync',
      },
    ],
    flows: {
      visit: {
        title: l('Visita', 'Visit'),
        participants: ['user', 'cdn', 'db'],
        steps: [
          { from: 'user', to: 'cdn', message: l('GET /', 'GET /'), note: l('TLS', 'TLS') },
          { from: 'cdn', to: 'db', message: l('SELECT 1; fim', 'SELECT 1; end') },
          { from: 'cdn', to: 'user', reply: true, message: l('200', '200') },
        ],
      },
    },
    stateMachines: {
      analysis: {
        title: l('Máquina', 'Machine'),
        startAt: 'Work',
        states: {
          Work: {
            type: 'Map',
            label: l('Trabalho', 'Work'),
            resource: 'db',
            iterator: ['Item'],
            next: 'Done',
            catchTo: 'Failed',
          },
          Item: {
            type: 'Task',
            label: l('Item', 'Item'),
            resource: 'bucket',
            retry: l('3x', '3x'),
          },
          Done: { type: 'Succeed', label: l('Feito', 'Done') },
          Failed: { type: 'Fail', label: l('Falhou', 'Failed') },
        },
      },
    },
    views: {
      all: {
        kind: 'flowchart',
        direction: 'LR',
        title: l('Tudo', 'Everything'),
        description: l('Todos os componentes.', 'Every component.'),
        components: ['user', 'cdn', 'nat', 'db'],
        flatten: ['cloud'],
      },
      system: {
        kind: 'flowchart',
        direction: 'LR',
        title: l('Sistema', 'System'),
        description: l('A região como um nó.', 'The region as one node.'),
        components: ['user', 'cdn', 'db', 'bucket'],
        collapse: ['region'],
      },
      visit: {
        kind: 'sequence',
        flow: 'visit',
        title: l('Visita', 'Visit'),
        description: l('Uma visita.', 'A visit.'),
      },
      machine: {
        kind: 'state',
        machine: 'analysis',
        title: l('Máquina', 'Machine'),
        description: l('Estados.', 'States.'),
      },
      lifecycle: {
        kind: 'lifecycle',
        buckets: ['bucket'],
        title: l('Ciclo', 'Lifecycle'),
        description: l('Regras.', 'Rules.'),
      },
    },
  } satisfies ModelShape);
}

/** A deep, writable copy: tests mutate it to make one thing wrong. */
export type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
export function brokenModel(edit: (m: Mutable<ModelShape>) => void): ModelShape {
  const m = fixtureModel() as Mutable<ModelShape>;
  edit(m);
  return m;
}
