import type { ComponentId } from '@site/diagrams/model/index';
import { l } from '@site/diagrams/model/text';
import { deploy, output } from '../iac';
import type { RunbookPhase } from '../types';

export const data = {
  id: 'data',
  title: l('Armazenamento de dados', 'Data stores'),
  view: 'lifecycle',
  where: l(
    'Conta de produção, us-east-1 (réplica) e sa-east-1',
    'Production account, us-east-1 (replica) and sa-east-1',
  ),
  creates: [
    'drVault',
    'resultsReplica',
    'inputsBucket',
    'resultsBucket',
    'auroraWriter',
    'auroraReaderB',
    'auroraReaderC',
    'rdsProxy',
    'secretsManager',
    'elasticache',
    'cognito',
  ] as const satisfies readonly ComponentId[],
  steps: [
    {
      id: 'data-dr-stack',
      title: l('Implantar Espectro-DR (us-east-1)', 'Deploy Espectro-DR (us-east-1)'),
      goal: l(
        'Criar antes dos dados o cofre de backup de DR e o bucket réplica dos resultados, destino da replicação que Espectro-Data liga.',
        'Create, before the data, the DR backup vault and the results replica bucket that the replication Espectro-Data turns on writes to.',
      ),
      prerequisites: [
        l(
          'Bootstrap do CDK em aws://111111111111/us-east-1.',
          'CDK bootstrap in aws://111111111111/us-east-1.',
        ),
        l('Espectro-Keys implantada.', 'Espectro-Keys deployed.'),
      ],
      commands: [{ lang: 'bash', code: `cd infra\n${deploy('Espectro-DR')}` }],
      verification: {
        command:
          'aws s3api get-bucket-versioning --bucket espectro-results-replica-111111111111-us-east-1 --query Status --output text --profile espectro-prod',
        expected: 'Enabled',
      },
      rollback: {
        text: l(
          'Bucket e cofre são retidos (o cofre tem Vault Lock). Antes do fim do período de alteração de 3 dias, a trava ainda pode ser removida.',
          'Bucket and vault are retained (the vault has Vault Lock). Within the 3-day change window the lock can still be removed.',
        ),
        command:
          'aws backup delete-backup-vault-lock-configuration --backup-vault-name espectro-dr --region us-east-1 --profile espectro-prod',
      },
      durationMinutes: 5,
    },
    {
      id: 'data-deploy',
      title: l('Implantar Espectro-Data', 'Deploy Espectro-Data'),
      goal: l(
        'Criar os buckets de entradas (expiram em 366 dias) e de resultados (1827 dias com Object Lock GOVERNANCE e replicação para us-east-1), o Aurora PostgreSQL Multi-AZ com RDS Proxy, o segredo rotacionado, o ElastiCache e o user pool do Cognito.',
        'Create the inputs bucket (expires after 366 days) and the results bucket (1827 days with Object Lock GOVERNANCE and replication to us-east-1), Aurora PostgreSQL Multi-AZ with RDS Proxy, the rotated secret, ElastiCache and the Cognito user pool.',
      ),
      prerequisites: [
        l(
          'Espectro-Network, Espectro-Keys e Espectro-DR implantadas.',
          'Espectro-Network, Espectro-Keys and Espectro-DR deployed.',
        ),
      ],
      commands: [{ lang: 'bash', code: `cd infra\n${deploy('Espectro-Data')}` }],
      verification: {
        command: `aws s3api get-bucket-lifecycle-configuration --bucket espectro-inputs-111111111111-sa-east-1 --query 'Rules[].Expiration.Days' --output text --profile espectro-prod
aws s3api get-object-lock-configuration --bucket espectro-results-111111111111-sa-east-1 --query 'ObjectLockConfiguration.Rule.DefaultRetention.[Mode,Days]' --output text --profile espectro-prod`,
        expected: '366\nGOVERNANCE	1827',
      },
      rollback: {
        text: l(
          'Buckets, cluster e segredo são retidos. Destruir a stack antes de receber dados reais e então apagar à mão o que ficou, com snapshot final do Aurora.',
          'Buckets, cluster and secret are retained. Destroy the stack before real data arrives, then delete what remains by hand, with a final Aurora snapshot.',
        ),
        command:
          'aws rds delete-db-cluster --db-cluster-identifier espectro-prod --final-db-snapshot-identifier espectro-prod-final --profile espectro-prod',
      },
      durationMinutes: 40,
    },
    {
      id: 'data-check',
      title: l(
        'Conferir Aurora, RDS Proxy e rotação do segredo',
        'Check Aurora, RDS Proxy and secret rotation',
      ),
      goal: l(
        'Confirmar que o cluster está Multi-AZ, que o proxy enxerga as instâncias e que o segredo do banco rotaciona.',
        'Confirm the cluster is Multi-AZ, the proxy sees the instances and the database secret rotates.',
      ),
      prerequisites: [l('Espectro-Data em CREATE_COMPLETE.', 'Espectro-Data in CREATE_COMPLETE.')],
      commands: [
        {
          lang: 'bash',
          code: `aws rds describe-db-clusters --db-cluster-identifier espectro-prod --query 'DBClusters[0].[Status,MultiAZ,StorageEncrypted]' --output text --profile espectro-prod
aws rds describe-db-proxy-targets --db-proxy-name espectro-prod --query 'Targets[].TargetHealth.State' --output text --profile espectro-prod
aws secretsmanager describe-secret --secret-id espectro/prod/database --query RotationEnabled --profile espectro-prod
echo "Proxy endpoint: ${output('Espectro-Data', 'RdsProxyEndpoint')}"`,
        },
      ],
      verification: {
        command:
          "aws rds describe-db-clusters --db-cluster-identifier espectro-prod --query 'DBClusters[0].[Status,MultiAZ]' --output text --profile espectro-prod",
        expected: 'available	True',
      },
      rollback: {
        text: l('Passo só de leitura: não há o que desfazer.', 'Read-only step: nothing to undo.'),
      },
      durationMinutes: 5,
    },
  ],
} as const satisfies RunbookPhase;
