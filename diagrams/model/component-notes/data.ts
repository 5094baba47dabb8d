import { l } from '../text';
import type { LayerNotes, ServiceNotes } from './types';

const auroraHa =
  'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html';
const auroraReplication =
  'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Replication.html';
const auroraPricing = 'https://aws.amazon.com/rds/aurora/pricing/';

/** The two readers differ only in their zone and promotion tier. */
function auroraReader(az: 'b' | 'c', tier: 0 | 1): ServiceNotes {
  const first = tier === 0;
  return {
    why: l(
      `Serve as leituras pesadas (listas de amostras, histórico de análises) pelo endpoint de leitura do cluster e é ${first ? 'o primeiro' : 'o segundo'} alvo de failover da instância de escrita (tier ${tier}), na AZ ${az}.`,
      `Serves the heavy reads (sample lists, analysis history) through the cluster reader endpoint and is the ${first ? 'first' : 'second'} failover target for the writer (tier ${tier}), in AZ ${az}.`,
    ),
    configuration: l(
      `Mesma classe da escrita (\`db.r7g.large\`), para que um failover não reduza a capacidade; \`PromotionTier = ${tier}\`; sub-rede privada de dados da AZ ${az}. A aplicação chega a ela pelo endpoint somente leitura do RDS Proxy.`,
      `Same class as the writer (\`db.r7g.large\`), so a failover does not shrink capacity; \`PromotionTier = ${tier}\`; private data subnet of AZ ${az}. The application reaches it through the RDS Proxy read-only endpoint.`,
    ),
    scaling: l(
      `Lê o mesmo volume da escrita, sem cópia de dados; o atraso de réplica costuma ficar abaixo de 100 ms ([replicação do Aurora](${auroraReplication})). Para mais leituras, somam-se réplicas (até 15 por cluster) ou liga-se o Aurora Auto Scaling por CPU.`,
      `Reads the writer's own volume, with no data copy; replica lag is usually under 100 ms ([Aurora replication](${auroraReplication})). More reads mean more replicas (up to 15 per cluster) or Aurora Auto Scaling on CPU.`,
    ),
    failure: l(
      `Se a réplica falha, o endpoint de leitura deixa de enviá-la conexões e o Aurora a recria; a escrita não é afetada. Se a escrita falha, ${first ? 'esta réplica é promovida primeiro' : 'esta réplica só é promovida se a da AZ b não estiver disponível'} ([alta disponibilidade do Aurora](${auroraHa})).`,
      `If the replica fails, the reader endpoint stops routing to it and Aurora replaces it; the writer is unaffected. If the writer fails, ${first ? 'this replica is promoted first' : 'this replica is promoted only when the AZ b one is unavailable'} ([Aurora high availability](${auroraHa})).`,
    ),
    security: l(
      'Herda do cluster a chave KMS, o `rds.force_ssl = 1` e o security group que só aceita a porta 5432 vindo do RDS Proxy; o usuário de leitura só tem `SELECT`.',
      'Inherits the cluster KMS key, `rds.force_ssl = 1` and the security group that only accepts port 5432 from RDS Proxy; the read-only user holds `SELECT` only.',
    ),
    cost: l(
      `Cobrada por hora de instância; o armazenamento é o volume único do cluster e não é cobrado de novo por réplica ([preços do Aurora](${auroraPricing})).`,
      `Billed per instance hour; storage is the cluster's single volume and is not billed again per replica ([Aurora pricing](${auroraPricing})).`,
    ),
  };
}

export const dataNotes = {
  auroraWriter: {
    why: l(
      'Guarda o que é relacional e transacional: usuários, amostras, arquivos com seu estado (`pending` → `validated`), análises e seus estados. PostgreSQL porque Django e FastAPI (SQLAlchemy) o usam sem adaptação; Aurora porque separa computação de armazenamento, então o volume já nasce replicado em três AZs e uma réplica vira escrita sem restaurar dado nenhum.',
      'Holds what is relational and transactional: users, samples, files with their status (`pending` → `validated`), analyses and their states. PostgreSQL because Django and FastAPI (SQLAlchemy) use it as is; Aurora because it separates compute from storage, so the volume is born replicated across three AZs and a replica becomes the writer without restoring any data.',
    ),
    configuration: l(
      `Cluster Aurora PostgreSQL 16 provisionado, instância \`db.r7g.large\` (Graviton), configuração de armazenamento Aurora Standard, \`rds.force_ssl = 1\`, deletion protection, Performance Insights e a extensão pgAudit. Backup automático com retenção de 14 dias para PITR (o máximo é 35, [backups do Aurora](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html)). O DB subnet group usa só as três sub-redes privadas de dados; a aplicação nunca usa o endpoint do cluster direto, só o do RDS Proxy.`,
      `Provisioned Aurora PostgreSQL 16 cluster, \`db.r7g.large\` instance (Graviton), Aurora Standard storage configuration, \`rds.force_ssl = 1\`, deletion protection, Performance Insights and the pgAudit extension. Automated backups kept 14 days for PITR (the maximum is 35, [Aurora backups](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html)). The DB subnet group holds only the three private data subnets; the application never uses the cluster endpoint directly, only RDS Proxy's.`,
    ),
    scaling: l(
      `Leituras escalam somando réplicas, até 15 por cluster ([replicação do Aurora](${auroraReplication})); a escrita escala na vertical: redimensiona-se primeiro a réplica tier 0 e faz-se um failover planejado para ela. O volume cresce sozinho com os dados. O limite que aparece antes é o de conexões (\`max_connections\` deriva da memória da instância), e é o RDS Proxy que o protege quando o HPA multiplica os pods.`,
      `Reads scale by adding replicas, up to 15 per cluster ([Aurora replication](${auroraReplication})); the writer scales vertically: resize the tier 0 replica first, then fail over to it on purpose. The volume grows on its own with the data. The first limit hit is connections (\`max_connections\` derives from instance memory), which RDS Proxy shields when the HPA multiplies pods.`,
    ),
    failure: l(
      `Se a instância de escrita cai, o Aurora promove a réplica de maior prioridade (AZ b, tier 0) e o serviço costuma voltar em menos de 120 segundos ([alta disponibilidade do Aurora](${auroraHa})); o RDS Proxy segura as conexões dos clientes durante a troca. O volume mantém seis cópias em três AZs, então perder uma AZ não perde dado. Um erro lógico se desfaz com PITR para qualquer segundo dos últimos 14 dias num cluster novo; a perda da região, com o snapshot diário copiado a us-east-1 pelo AWS Backup.`,
      `If the writer goes down, Aurora promotes the highest-priority replica (AZ b, tier 0) and service usually returns in under 120 seconds ([Aurora high availability](${auroraHa})); RDS Proxy holds client connections through the switch. The volume keeps six copies across three AZs, so losing an AZ loses no data. A logical error is undone with PITR to any second of the last 14 days into a new cluster; losing the region, with the daily snapshot copied to us-east-1 by AWS Backup.`,
    ),
    security: l(
      'Sem acesso público e só nas sub-redes de dados; o security group aceita a porta 5432 apenas dos security groups do RDS Proxy e da função de rotação do Secrets Manager. Cifrado em repouso com a chave KMS do domínio banco (snapshots e réplicas herdam a chave) e em trânsito por `rds.force_ssl`. A senha master vive no Secrets Manager com rotação; a aplicação usa um papel com privilégios só no próprio schema, e o pgAudit registra DDL e mudanças de papéis no CloudWatch Logs.',
      'No public access and only in the data subnets; the security group accepts port 5432 only from the RDS Proxy and Secrets Manager rotation function security groups. Encrypted at rest with the database-domain KMS key (snapshots and replicas inherit it) and in transit through `rds.force_ssl`. The master password lives in Secrets Manager with rotation; the application uses a role privileged only on its own schema, and pgAudit records DDL and role changes to CloudWatch Logs.',
    ),
    cost: l(
      `Cobra-se hora de instância (três \`db.r7g.large\` no cluster), GB-mês de armazenamento e, no Aurora Standard, milhão de requisições de I/O; backup até o tamanho do banco não é cobrado, o excedente e as cópias entre regiões são ([preços do Aurora](${auroraPricing})). Se o I/O passar a pesar na conta, a configuração I/O-Optimized, que troca a cobrança por I/O por instância e armazenamento mais caros, fica mais barata; Reserved Instances cortam o custo das instâncias, que é o maior item.`,
      `Billed per instance hour (three \`db.r7g.large\` in the cluster), per GB-month of storage and, on Aurora Standard, per million I/O requests; backup up to the database size is free, the excess and cross-region copies are not ([Aurora pricing](${auroraPricing})). If I/O grows heavy on the bill, the I/O-Optimized configuration, which trades the I/O charge for pricier instances and storage, becomes cheaper; Reserved Instances cut the instance cost, which is the largest item.`,
    ),
  },
  auroraReaderB: auroraReader('b', 0),
  auroraReaderC: auroraReader('c', 1),
  rdsProxy: {
    why: l(
      'Cada processo do Django e da FastAPI abre conexões, e o HPA pode multiplicar os pods em minutos: sem um pool no meio, um pico de usuários vira um pico de conexões no Aurora, que é caro em memória. O RDS Proxy multiplexa as conexões dos pods em poucas conexões com o banco e mantém os clientes conectados durante um failover.',
      'Every Django and FastAPI process opens connections and the HPA can multiply pods within minutes: without a pool in between, a spike of users becomes a spike of Aurora connections, which cost memory. RDS Proxy multiplexes pod connections onto a few database connections and keeps clients connected through a failover.',
    ),
    configuration: l(
      'Família `POSTGRESQL`, `RequireTLS = true`, autenticação no banco pelo segredo do Secrets Manager, um endpoint de leitura e escrita e outro somente leitura para as réplicas. `MaxConnectionsPercent = 90` deixa folga para conexões administrativas; `IdleClientTimeout` fica no padrão de 1.800 segundos e `ConnectionBorrowTimeout` no de 120 segundos ([configuração das conexões](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy-connections.html)).',
      'Family `POSTGRESQL`, `RequireTLS = true`, database authentication through the Secrets Manager secret, one read/write endpoint and one read-only endpoint for the replicas. `MaxConnectionsPercent = 90` leaves headroom for admin connections; `IdleClientTimeout` stays at its 1,800-second default and `ConnectionBorrowTimeout` at its 120-second default ([connection settings](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy-connections.html)).',
    ),
    scaling: l(
      'Escala sozinho com a carga, sem tamanho a escolher. O que reduz a multiplexação é o pinning: comandos que criam estado de sessão prendem a conexão do cliente a uma conexão do banco ([pinning](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy-pinning.html)), por isso a métrica `DatabaseConnectionsCurrentlySessionPinned` tem alarme e o código evita `SET` de sessão.',
      'Scales on its own with load; there is no size to pick. What erodes multiplexing is pinning: statements that create session state tie a client connection to one database connection ([pinning](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy-pinning.html)), so `DatabaseConnectionsCurrentlySessionPinned` is alarmed and the code avoids session-level `SET`.',
    ),
    failure: l(
      'O proxy roda em várias AZs. Num failover do Aurora ele mantém as conexões dos clientes e as liga à nova instância de escrita sem esperar a propagação do DNS, o que encurta a interrupção vista pela aplicação ([RDS Proxy](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy.html)); transações abertas no instante da troca falham e a aplicação as repete.',
      'The proxy runs across several AZs. In an Aurora failover it keeps client connections and attaches them to the new writer without waiting for DNS to propagate, which shortens the outage the application sees ([RDS Proxy](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy.html)); transactions open at the moment of the switch fail and the application retries them.',
    ),
    security: l(
      'TLS obrigatório entre pods e proxy; o security group aceita a porta 5432 só dos nós do cluster. O papel IAM do proxy lê apenas o segredo do banco, e depois de cada rotação o proxy passa a usar a nova senha sem reinício dos pods.',
      'TLS required between pods and proxy; the security group accepts port 5432 only from the cluster nodes. The proxy IAM role reads only the database secret, and after each rotation the proxy uses the new password without restarting pods.',
    ),
    cost: l(
      'Cobrado por vCPU-hora das instâncias do Aurora atrás dele, então cresce junto com o cluster ([preços do RDS Proxy](https://aws.amazon.com/rds/proxy/pricing/)).',
      'Billed per vCPU-hour of the Aurora instances behind it, so it grows with the cluster ([RDS Proxy pricing](https://aws.amazon.com/rds/proxy/pricing/)).',
    ),
  },
  elasticache: {
    why: l(
      'Tira o estado dos pods: as sessões do Django e o cache das leituras mais frequentes (listas de amostras, estado das análises) ficam aqui, então qualquer pod atende qualquer usuário e o HPA e o Karpenter podem remover pods sem derrubar sessões.',
      'Takes state out of the pods: Django sessions and a cache of the hottest reads (sample lists, analysis status) live here, so any pod serves any user and the HPA and Karpenter can remove pods without dropping sessions.',
    ),
    configuration: l(
      'Grupo de replicação Valkey 8 com cluster mode desligado, um primário e uma réplica em AZs diferentes, nós `cache.m7g.large`, Multi-AZ com failover automático, TLS em trânsito e cifragem em repouso com chave KMS do cliente. O Django usa `SESSION_ENGINE = "django.contrib.sessions.backends.cache"` com `SESSION_COOKIE_AGE = 43200` (12 horas, [sessões do Django](https://docs.djangoproject.com/en/5.2/topics/http/sessions/)); as chaves de cache têm TTL curto e o Aurora é sempre a fonte da verdade.',
      'Valkey 8 replication group with cluster mode off, one primary and one replica in different AZs, `cache.m7g.large` nodes, Multi-AZ with automatic failover, TLS in transit and encryption at rest with a customer managed KMS key. Django uses `SESSION_ENGINE = "django.contrib.sessions.backends.cache"` with `SESSION_COOKIE_AGE = 43200` (12 hours, [Django sessions](https://docs.djangoproject.com/en/5.2/topics/http/sessions/)); cache keys carry short TTLs and Aurora is always the source of truth.',
    ),
    scaling: l(
      'Leituras escalam somando réplicas (até cinco por shard, [replicação](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Replication.html)); memória e escrita escalam trocando o tipo de nó, o que o serviço faz online, ou ligando o cluster mode para distribuir as chaves em shards. Sessões ocupam pouco: o gatilho para crescer é a métrica `DatabaseMemoryUsagePercentage`, com alarme.',
      'Reads scale by adding replicas (up to five per shard, [replication](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Replication.html)); memory and writes scale by changing the node type, which the service does online, or by enabling cluster mode to spread keys over shards. Sessions are small: the trigger to grow is the `DatabaseMemoryUsagePercentage` metric, which is alarmed.',
    ),
    failure: l(
      'Se o primário falha, o ElastiCache promove a réplica e aponta o endpoint primário para ela ([failover automático](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html)); a replicação é assíncrona, então as últimas escritas antes da queda podem se perder. O pior caso é um usuário precisar entrar de novo, e o cache perdido se refaz a partir do Aurora.',
      'If the primary fails, ElastiCache promotes the replica and points the primary endpoint at it ([automatic failover](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html)); replication is asynchronous, so the last writes before the crash can be lost. The worst case is a user signing in again, and a lost cache refills from Aurora.',
    ),
    security: l(
      'Sem endpoint público; o security group aceita a porta 6379 só dos nós do cluster. TLS obrigatório e controle de acesso por usuário (RBAC) com um usuário da aplicação restrito a comandos de leitura e escrita de chaves; a senha chega pelo Secrets Manager. Como guarda dados de sessão, é classificado como dado pessoal e cifrado com chave do cliente.',
      'No public endpoint; the security group accepts port 6379 only from the cluster nodes. TLS required and per-user access control (RBAC) with an application user limited to key read and write commands; its password arrives through Secrets Manager. As it holds session data, it is classified as personal data and encrypted with a customer managed key.',
    ),
    cost: l(
      'Cobrança por hora de cada nó (dois `cache.m7g.large`) e por GB de backup além do incluído ([preços do ElastiCache](https://aws.amazon.com/elasticache/pricing/)); o Valkey tem preço por nó menor que o Redis OSS na mesma classe, e nós reservados reduzem mais.',
      'Billed per node hour (two `cache.m7g.large`) and per GB of backup beyond the included amount ([ElastiCache pricing](https://aws.amazon.com/elasticache/pricing/)); Valkey is priced lower per node than Redis OSS on the same class, and reserved nodes cut it further.',
    ),
  },
} as const satisfies LayerNotes;
