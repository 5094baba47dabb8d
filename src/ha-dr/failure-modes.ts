import type { ComponentId } from '@site/diagrams/model/index';
import { l, type Text } from '@site/diagrams/model/text';
import { sources, type Source } from './sources';

/** Who brings the component back: AWS on its own, our cluster configuration, or a person. */
export type RecoveredBy = 'aws' | 'platform' | 'operator';

export interface FailureMode {
  readonly id: string;
  /** Typed against the model: a component that does not exist does not compile. */
  readonly components: readonly [ComponentId, ...ComponentId[]];
  readonly failure: Text;
  readonly detection: Text;
  readonly recovery: Text;
  readonly recoveredBy: RecoveredBy;
  /** Target time back in service, and the data that may be lost, for this failure. */
  readonly rto: Text;
  readonly rpo: Text;
  /** Where every AWS figure in the row comes from. */
  readonly sources: readonly Source[];
}

const noData = l('nenhum dado (sem estado)', 'no data (stateless)');

/** Failures inside the primary region: one component, one node, one Availability Zone. */
export const failureModes = [
  {
    id: 'pod',
    components: ['web', 'api', 'worker'],
    failure: l(
      'Um pod trava, fica sem memória ou deixa de responder',
      'A pod crashes, runs out of memory or stops answering',
    ),
    detection: l(
      'Probes de liveness e readiness do kubelet; health check `/healthz` do ALB',
      'Kubelet liveness and readiness probes; ALB health check on `/healthz`',
    ),
    recovery: l(
      'O ALB tira o alvo da rotação e o Deployment cria outro pod; topology spread e PodDisruptionBudget mantêm réplicas em mais de uma zona',
      'The ALB takes the target out of rotation and the Deployment starts another pod; topology spread and a PodDisruptionBudget keep replicas in more than one zone',
    ),
    recoveredBy: 'platform',
    rto: l(
      'nenhuma indisponibilidade: as outras réplicas atendem',
      'no outage: the other replicas serve',
    ),
    rpo: l(
      'nenhum dado: sessões ficam no Valkey, estado no Aurora, eventos no SQS',
      'no data: sessions live in Valkey, state in Aurora, events in SQS',
    ),
    sources: [sources.albHealth],
  },
  {
    id: 'node',
    components: ['nodesA', 'nodesB', 'nodesC', 'karpenter'],
    failure: l(
      'Um nó EC2 falha ou uma instância Spot é interrompida',
      'An EC2 node fails or a Spot instance is interrupted',
    ),
    detection: l(
      'Status do nó no Kubernetes; aviso de interrupção Spot, dado com dois minutos de antecedência',
      'Node status in Kubernetes; the Spot interruption notice, given two minutes ahead',
    ),
    recovery: l(
      'Os pods do nó voltam a ficar pendentes e o Karpenter cria um nó novo em qualquer das três zonas',
      'The node’s pods become pending again and Karpenter starts a new node in any of the three zones',
    ),
    recoveredBy: 'platform',
    rto: l(
      'nenhuma indisponibilidade para o usuário; capacidade volta quando o nó novo entra',
      'no outage for users; capacity returns when the new node joins',
    ),
    rpo: noData,
    sources: [sources.spotNotice],
  },
  {
    id: 'zone',
    components: ['natA', 'natB', 'natC', 'alb'],
    failure: l(
      'Uma zona de disponibilidade inteira fica indisponível ou degradada',
      'A whole Availability Zone goes down or degrades',
    ),
    detection: l(
      'Health checks do ALB por zona, alarmes de SLO por burn rate, canário `espectro-journey`',
      'ALB health checks per zone, SLO burn-rate alarms, the `espectro-journey` canary',
    ),
    recovery: l(
      'O ALB para de usar os nós da zona; cada zona tem o próprio NAT gateway, então as outras mantêm a saída; o Karpenter repõe a capacidade nas zonas restantes. Numa zona degradada (não caída), o plantão aplica um zonal shift do ARC',
      'The ALB stops using its nodes in that zone; each zone has its own NAT gateway, so the others keep their egress; Karpenter replaces the capacity in the remaining zones. For a degraded (not failed) zone, on-call applies an ARC zonal shift',
    ),
    recoveredBy: 'platform',
    rto: l(
      'o das linhas do Aurora e do Valkey, se a zona tinha o primário deles; o resto não para',
      'that of the Aurora and Valkey rows, if the zone held their primary; the rest does not stop',
    ),
    rpo: l('nenhum dado confirmado', 'no committed data'),
    sources: [sources.albHealth, sources.natGateway, sources.zonalShift],
  },
  {
    id: 'aurora-writer',
    components: ['auroraWriter'],
    failure: l(
      'A instância de escrita do Aurora falha (ou a zona dela cai)',
      'The Aurora writer instance fails (or its zone goes down)',
    ),
    detection: l(
      'Monitoramento do próprio Aurora; evento de failover do RDS; erros de conexão na API',
      'Aurora’s own monitoring; the RDS failover event; connection errors in the API',
    ),
    recovery: l(
      'O Aurora promove a réplica tier 0 (zona b); o RDS Proxy passa a apontar para ela sem que os pods mudem de endpoint',
      'Aurora promotes the tier-0 replica (zone b); RDS Proxy switches to it without the pods changing endpoint',
    ),
    recoveredBy: 'aws',
    rto: l(
      'até 2 minutos: a AWS indica failover em geral abaixo de 120 segundos, muitas vezes abaixo de 60',
      'up to 2 minutes: AWS states failover usually completes within 120 seconds, often under 60',
    ),
    rpo: l(
      'zero transações confirmadas: o volume do cluster é compartilhado e replicado em três zonas',
      'zero committed transactions: the cluster volume is shared and replicated across three zones',
    ),
    sources: [sources.auroraHa, sources.rdsProxy],
  },
  {
    id: 'aurora-readers',
    components: ['auroraReaderB', 'auroraReaderC'],
    failure: l('Uma réplica de leitura falha', 'A read replica fails'),
    detection: l('Eventos do RDS; métricas da instância', 'RDS events; instance metrics'),
    recovery: l(
      'O endpoint de leitura deixa de usá-la e o Aurora a reinicia; se era a tier 0, a tier 1 (zona c) passa a ser o alvo de failover',
      'The reader endpoint stops using it and Aurora restarts it; if it was tier 0, tier 1 (zone c) becomes the failover target',
    ),
    recoveredBy: 'aws',
    rto: l(
      'nenhuma indisponibilidade: a escrita e a outra réplica seguem',
      'no outage: the writer and the other replica carry on',
    ),
    rpo: l('nenhum dado: réplicas leem o mesmo volume', 'no data: replicas read the same volume'),
    sources: [sources.auroraHa],
  },
  {
    id: 'rds-proxy',
    components: ['rdsProxy'],
    failure: l(
      'O proxy esgota conexões ou perde o alvo',
      'The proxy runs out of connections or loses its target',
    ),
    detection: l(
      'Métricas de conexões do RDS Proxy; erros de `borrow timeout` na API',
      'RDS Proxy connection metrics; `borrow timeout` errors in the API',
    ),
    recovery: l(
      'A infraestrutura do proxy é gerenciada pela AWS em várias zonas; para esgotamento, o playbook de conectividade do banco limita o pool dos pods',
      'The proxy’s infrastructure is managed by AWS across several zones; for exhaustion, the database connectivity playbook caps the pods’ pools',
    ),
    recoveredBy: 'operator',
    rto: l(
      'falha da AWS: o da AWS; esgotamento: até o plantão conter o consumidor',
      'AWS failure: AWS’s; exhaustion: until on-call contains the runaway client',
    ),
    rpo: l('nenhum dado confirmado', 'no committed data'),
    sources: [sources.rdsProxy],
  },
  {
    id: 'cache',
    components: ['elasticache'],
    failure: l('O nó primário do Valkey falha', 'The Valkey primary node fails'),
    detection: l(
      'Eventos do ElastiCache; erros de sessão no Django',
      'ElastiCache events; session errors in Django',
    ),
    recovery: l(
      'Multi-AZ promove a réplica da outra zona e o ElastiCache move o nome DNS do endpoint primário, então o Django não muda de endpoint',
      'Multi-AZ promotes the replica in the other zone and ElastiCache moves the primary endpoint’s DNS name, so Django keeps its endpoint',
    ),
    recoveredBy: 'aws',
    rto: l(
      'o tempo da promoção, sem passo manual',
      'the time of the promotion, with no manual step',
    ),
    rpo: l(
      'as últimas escritas não replicadas (a replicação é assíncrona): no pior caso, alguns usuários entram de novo',
      'the last unreplicated writes (replication is asynchronous): at worst, some users sign in again',
    ),
    sources: [sources.valkeyFailover],
  },
  {
    id: 'buckets',
    components: ['inputsBucket', 'resultsBucket', 'logsBucket'],
    failure: l(
      'Exclusão ou sobrescrita por engano; perda de uma zona',
      'Accidental delete or overwrite; loss of a zone',
    ),
    detection: l(
      'Eventos do S3 no EventBridge; trilha do CloudTrail',
      'S3 events in EventBridge; the CloudTrail trail',
    ),
    recovery: l(
      'Perda de zona: nada a fazer, o S3 guarda os objetos em pelo menos três zonas. Erro lógico: apagar o marcador de exclusão ou copiar a versão anterior; resultados travados não podem ser apagados pela aplicação',
      'Zone loss: nothing to do, S3 keeps objects in at least three zones. Logical error: delete the delete marker or copy the previous version back; locked results cannot be deleted by the application',
    ),
    recoveredBy: 'operator',
    rto: l('minutos, um comando por objeto', 'minutes, one command per object'),
    rpo: l(
      'nenhum dado dentro da janela de versões não atuais (ver ciclo de vida)',
      'no data within the noncurrent-version window (see the lifecycle page)',
    ),
    sources: [sources.s3Classes, sources.s3Versioning],
  },
  {
    id: 'pipeline',
    components: ['stepFunctions', 'batchQueue', 'eventbridge', 'statusQueue'],
    failure: l(
      'Um job de análise falha ou o worker cai no meio de uma mensagem',
      'An analysis job fails or the worker dies mid-message',
    ),
    detection: l(
      'Alarmes `espectro-analysis-success-burn`, `espectro-status-dlq-not-empty` e `espectro-status-backlog-age`',
      'Alarms `espectro-analysis-success-burn`, `espectro-status-dlq-not-empty` and `espectro-status-backlog-age`',
    ),
    recovery: l(
      'O Step Functions repete o job conforme a máquina de estados; a mensagem não confirmada volta à fila quando o visibility timeout vence e, depois de repetidas falhas, vai para a DLQ',
      'Step Functions retries the job as the state machine says; an unacknowledged message returns to the queue when its visibility timeout ends and, after repeated failures, moves to the DLQ',
    ),
    recoveredBy: 'aws',
    rto: l(
      'a duração da retentativa; a API não espera',
      'the length of the retry; the API never waits',
    ),
    rpo: l(
      'nenhum evento: o SQS guarda a mensagem até a confirmação',
      'no event: SQS keeps the message until it is acknowledged',
    ),
    sources: [sources.sqsVisibility],
  },
  {
    id: 'batch-capacity',
    components: ['batchSpot', 'batchOnDemand'],
    failure: l('Falta capacidade Spot', 'Spot capacity runs short'),
    detection: l(
      'Jobs parados em `RUNNABLE`; métricas do Batch',
      'Jobs stuck in `RUNNABLE`; Batch metrics',
    ),
    recovery: l(
      'A fila tenta os ambientes em ordem: depois do Spot, o On-Demand recebe os jobs',
      'The queue tries its environments in order: after Spot, On-Demand takes the jobs',
    ),
    recoveredBy: 'aws',
    rto: l('a análise atrasa, não falha', 'the analysis is delayed, not failed'),
    rpo: noData,
    sources: [sources.batchOrder],
  },
  {
    id: 'eks-control-plane',
    components: ['eksControlPlane'],
    failure: l('Uma instância do plano de controle falha', 'A control plane instance fails'),
    detection: l(
      'AWS (serviço gerenciado); `kubectl` e Argo CD sem resposta',
      'AWS (managed service); `kubectl` and Argo CD unresponsive',
    ),
    recovery: l(
      'O EKS mantém ao menos duas instâncias de API server e três de etcd em três zonas e substitui a que falha; pods em execução continuam atendendo mesmo sem o plano de controle',
      'EKS keeps at least two API server and three etcd instances across three zones and replaces the one that fails; running pods keep serving even without the control plane',
    ),
    recoveredBy: 'aws',
    rto: l('nenhuma indisponibilidade para o usuário', 'no outage for users'),
    rpo: l('nenhum dado (o etcd é replicado pela AWS)', 'no data (etcd is replicated by AWS)'),
    sources: [sources.eksResilience],
  },
  {
    id: 'cluster-addons',
    components: ['externalSecrets', 'adot', 'argocd', 'lbController'],
    failure: l(
      'Um controlador do cluster trava (segredos, telemetria, GitOps, Ingress)',
      'A cluster controller crashes (secrets, telemetry, GitOps, Ingress)',
    ),
    detection: l(
      'Probes do Kubernetes; painel do cluster',
      'Kubernetes probes; the cluster dashboard',
    ),
    recovery: l(
      'O Deployment reinicia o pod; enquanto isso, o tráfego segue, mas rotações, implantações e telemetria esperam',
      'The Deployment restarts the pod; meanwhile traffic flows, but rotations, deployments and telemetry wait',
    ),
    recoveredBy: 'platform',
    rto: l('minutos, sem efeito no usuário', 'minutes, with no user impact'),
    rpo: l(
      'a telemetria em memória no coletor ADOT; nada da aplicação',
      'the telemetry held in the ADOT collector’s memory; no application data',
    ),
    sources: [],
  },
  {
    id: 'edge',
    components: ['cloudfront', 'route53', 'waf'],
    failure: l('Falha na borda global', 'A failure at the global edge'),
    detection: l(
      'Canário `espectro-journey`, que entra pelo CloudFront',
      'The `espectro-journey` canary, which enters through CloudFront',
    ),
    recovery: l(
      'Serviços globais gerenciados pela AWS; o Route 53 tem SLA de 100% no plano de dados de DNS',
      'Global services managed by AWS; Route 53 has a 100% SLA on its DNS data plane',
    ),
    recoveredBy: 'aws',
    rto: l('o da AWS', 'AWS’s'),
    rpo: noData,
    sources: [sources.route53Sla],
  },
  {
    id: 'regional-managed',
    components: ['cognito', 'secretsManager', 'kms', 'cloudwatch'],
    failure: l(
      'Degradação de um serviço regional gerenciado (login, segredos, chaves, alarmes)',
      'A regional managed service degrades (sign-in, secrets, keys, alarms)',
    ),
    detection: l(
      'Canário (login); AWS Health; erros na API',
      'The canary (sign-in); AWS Health; API errors',
    ),
    recovery: l(
      'A AWS recupera o serviço; não há réplica nossa. Se o CloudWatch degrada, os alarmes param: o Managed Prometheus e os painéis do Grafana, em us-east-1, são a segunda visão',
      'AWS recovers the service; we keep no replica. If CloudWatch degrades the alarms stop: Managed Prometheus and the Grafana dashboards, in us-east-1, are the second view',
    ),
    recoveredBy: 'aws',
    rto: l(
      'o da AWS; se passar do error budget, vira DR regional',
      'AWS’s; if it outlasts the error budget, it becomes a regional DR',
    ),
    rpo: l('nenhum dado nosso', 'none of our data'),
    sources: [],
  },
  {
    id: 'delivery',
    components: ['codecommit', 'codepipeline', 'codebuild', 'cloudformation', 'ecr'],
    failure: l(
      'O pipeline, os repositórios ou o ECR ficam indisponíveis',
      'The pipeline, the repositories or ECR become unavailable',
    ),
    detection: l(
      'Falha de execução do pipeline; pods em `ImagePullBackOff`',
      'Pipeline execution failures; pods in `ImagePullBackOff`',
    ),
    recovery: l(
      'Nada do que roda para; implantações esperam. Nós novos precisam puxar imagens do ECR: sem ele, o cluster não cresce',
      'Nothing running stops; deployments wait. New nodes must pull images from ECR: without it the cluster cannot grow',
    ),
    recoveredBy: 'aws',
    rto: l('o da AWS; não afeta o tráfego atual', 'AWS’s; current traffic is unaffected'),
    rpo: l('nenhum dado: o Git guarda o histórico', 'no data: Git keeps the history'),
    sources: [],
  },
  {
    id: 'backups',
    components: ['backupVault', 'drVault'],
    failure: l('Um job de backup ou de cópia falha', 'A backup or copy job fails'),
    detection: l(
      'Estado do job no AWS Backup; não há alarme na infraestrutura como código para isso',
      'The job state in AWS Backup; the infrastructure as code has no alarm for it',
    ),
    recovery: l(
      'O próximo agendamento tenta de novo; o plantão dispara um job sob demanda (runbook de DR)',
      'The next schedule tries again; on-call starts an on-demand job (DR runbook)',
    ),
    recoveredBy: 'operator',
    rto: l('não afeta o serviço', 'no service impact'),
    rpo: l(
      'o RPO regional cresce um dia a cada cópia perdida',
      'the regional RPO grows by a day for each missed copy',
    ),
    sources: [sources.backupCopy],
  },
] as const satisfies readonly FailureMode[];
