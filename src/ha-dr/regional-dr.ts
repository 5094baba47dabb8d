import { backupPlan } from '@site/diagrams/model/backups';
import type { ComponentId } from '@site/diagrams/model/index';
import { l, type Text } from '@site/diagrams/model/text';
import { sources, type Source } from './sources';

/** How a component's data reaches the DR region before the disaster, if at all. */
export type DrCopy = 'continuous' | 'scheduled' | 'already-there' | 'none';

export interface DrCoverage {
  readonly components: readonly [ComponentId, ...ComponentId[]];
  readonly copy: DrCopy;
  /** What exists in the DR region when the primary region is lost. */
  readonly inDrRegion: Text;
  /** Data lost if the primary region never comes back. */
  readonly rpo: Text;
  readonly sources: readonly Source[];
}

const daily = backupPlan.rules.find((r) => r.name === 'daily');
if (!daily) throw new Error('the backup plan has no daily rule; the DR RPO below assumes one');
const dailyAt = `${String(daily.schedule.hour).padStart(2, '0')}:${String(daily.schedule.minute).padStart(2, '0')}`;

/** The database and inputs RPO, from the model's backup plan rather than an AWS figure. */
export const sinceLastCopy = l(
  `até 1 dia: o que foi escrito desde a última cópia diária (${dailyAt} UTC), mais a duração da cópia`,
  `up to 1 day: what was written since the last daily copy (${dailyAt} UTC), plus the copy’s duration`,
);

/** What the DR region holds, component by component, before anyone does anything. */
export const drCoverage = [
  {
    components: ['resultsBucket', 'resultsReplica'],
    copy: 'continuous',
    inDrRegion: l(
      'Réplica por CRR com Replication Time Control, mesma regra de ciclo de vida e mesmo Object Lock',
      'A CRR replica with Replication Time Control, the same lifecycle rule and the same Object Lock',
    ),
    rpo: l(
      'minutos: o RTC replica 99,99% dos objetos em até 15 minutos',
      'minutes: RTC replicates 99.99% of objects within 15 minutes',
    ),
    sources: [sources.s3Rtc],
  },
  {
    components: ['auroraWriter', 'auroraReaderB', 'auroraReaderC', 'backupVault', 'drVault'],
    copy: 'scheduled',
    inDrRegion: l(
      'Cópias dos snapshots do AWS Backup no cofre de DR, com Vault Lock; nenhum cluster ligado',
      'Copies of the AWS Backup snapshots in the DR vault, under Vault Lock; no running cluster',
    ),
    rpo: sinceLastCopy,
    sources: [sources.backupCopy],
  },
  {
    components: ['inputsBucket'],
    copy: 'scheduled',
    inDrRegion: l(
      'Cópias dos backups do AWS Backup no cofre de DR; nenhum bucket',
      'Copies of the AWS Backup backups in the DR vault; no bucket',
    ),
    rpo: sinceLastCopy,
    sources: [sources.backupCopy],
  },
  {
    components: ['cloudfront', 'route53', 'waf', 'acm', 'grafana'],
    copy: 'already-there',
    inDrRegion: l(
      'A borda (CloudFront, WAF, certificado) e o Grafana já são implantados em us-east-1; o Route 53 é global',
      'The edge (CloudFront, WAF, certificate) and Grafana are already deployed in us-east-1; Route 53 is global',
    ),
    rpo: l('nenhum dado', 'no data'),
    sources: [],
  },
  {
    components: ['ecr', 'codecommit'],
    copy: 'none',
    inDrRegion: l(
      'Nada: imagens e repositórios ficam só na conta Shared Services em sa-east-1; o ECR tem replicação entre regiões, que a infraestrutura como código não configura',
      'Nothing: images and repositories live only in the Shared Services account in sa-east-1; ECR has cross-Region replication, which the infrastructure as code does not configure',
    ),
    rpo: l(
      'nenhum código (clones locais e o bucket de artefatos), mas as imagens precisam ser reconstruídas',
      'no code (local clones and the artifact bucket), but images must be rebuilt',
    ),
    sources: [sources.ecrReplication],
  },
  {
    components: ['cognito'],
    copy: 'none',
    inDrRegion: l(
      'Nada: o user pool existe só em sa-east-1',
      'Nothing: the user pool exists only in sa-east-1',
    ),
    rpo: l(
      'as contas dos usuários: num pool novo, cada um se cadastra de novo e os ids precisam ser religados aos dados',
      'the user accounts: in a new pool everyone signs up again and their ids must be re-linked to their data',
    ),
    sources: [],
  },
  {
    components: ['secretsManager', 'kms'],
    copy: 'none',
    inDrRegion: l(
      'A chave de DR (réplica e cofre); os segredos e as demais chaves são recriados pela infraestrutura como código',
      'The DR key (replica and vault); secrets and the other keys are recreated by the infrastructure as code',
    ),
    rpo: l('nenhum dado: segredos novos são gerados', 'no data: new secrets are generated'),
    sources: [],
  },
  {
    components: [
      'elasticache',
      'statusQueue',
      'stepFunctions',
      'eventbridge',
      'logsBucket',
      'cloudwatch',
    ],
    copy: 'none',
    inDrRegion: l('Nada', 'Nothing'),
    rpo: l(
      'sessões (novo login), análises em andamento (reenviadas) e logs e métricas recentes da região',
      'sessions (sign in again), analyses in flight (resubmitted), and the region’s recent logs and metrics',
    ),
    sources: [],
  },
] as const satisfies readonly DrCoverage[];

export interface DrStep {
  readonly id: string;
  readonly action: Text;
  readonly automated: boolean;
}

/** Recovery in the DR region, in order; `automated` is true only where no person acts. */
export const drSteps = [
  {
    id: 'declare',
    action: l(
      'Declarar o desastre regional: health check do Route 53 e canário falhando, AWS Health confirmando a região. É uma decisão humana, porque voltar depois custa caro',
      'Declare the regional disaster: the Route 53 health check and canary failing, AWS Health confirming the region. It is a human decision, because failing back is costly',
    ),
    automated: false,
  },
  {
    id: 'infrastructure',
    action: l(
      'Implantar rede, chaves, cluster e análise em us-east-1 pela mesma infraestrutura como código (`cdk deploy` com a região primária trocada no config)',
      'Deploy network, keys, cluster and analysis in us-east-1 from the same infrastructure as code (`cdk deploy` with the primary region switched in the config)',
    ),
    automated: false,
  },
  {
    id: 'database',
    action: l(
      'Restaurar o último snapshot do cofre `espectro-dr` como cluster Aurora novo (`aws backup start-restore-job`, como no exercício do runbook) e apontar o RDS Proxy para ele',
      'Restore the latest snapshot in the `espectro-dr` vault as a new Aurora cluster (`aws backup start-restore-job`, as in the runbook drill) and point RDS Proxy at it',
    ),
    automated: false,
  },
  {
    id: 'images',
    action: l(
      'Reconstruir e publicar as imagens num ECR de us-east-1, porque não há réplica',
      'Rebuild and publish the images to an ECR in us-east-1, because there is no replica',
    ),
    automated: false,
  },
  {
    id: 'data',
    action: l(
      'Configurar a aplicação para ler resultados do bucket de réplica, que já está lá, e restaurar as entradas do cofre de DR para um bucket novo',
      'Point the application at the replica bucket for results, which is already there, and restore inputs from the DR vault into a new bucket',
    ),
    automated: false,
  },
  {
    id: 'traffic',
    action: l(
      'Trocar `albDnsName` no config e reimplantar a stack Edge: o CNAME de origem do CloudFront passa para o ALB de us-east-1',
      'Change `albDnsName` in the config and redeploy the Edge stack: CloudFront’s origin CNAME moves to the us-east-1 ALB',
    ),
    automated: false,
  },
] as const satisfies readonly DrStep[];

/**
 * Our objective for the loss of the primary region. Backup and restore is the strategy with the
 * longest recovery among AWS's four (drStrategies); the number is the budget for the six manual
 * steps above, to be checked against the time measured in each drill.
 */
export const regionalRtoTargetHours = 24;
