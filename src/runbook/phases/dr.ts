import type { ComponentId } from '@site/diagrams/model/index';
import { l } from '@site/diagrams/model/text';
import { deploy, destroy, output } from '../iac';
import type { RunbookPhase } from '../types';

const prod = '--profile espectro-prod';

export const dr = {
  id: 'dr',
  title: l('Exercício de DR e checklist de entrada em produção', 'DR drill and go-live checklist'),
  view: 'dr',
  where: l(
    'Conta de produção, sa-east-1 e us-east-1',
    'Production account, sa-east-1 and us-east-1',
  ),
  creates: ['backupVault'] as const satisfies readonly ComponentId[],
  steps: [
    {
      id: 'dr-backup',
      title: l(
        'Implantar Espectro-Backup e fazer o primeiro backup',
        'Deploy Espectro-Backup and take the first backup',
      ),
      goal: l(
        'Criar o cofre espectro-primary e o plano espectro-prod (diário 35 dias, mensal 365 dias, cópias para espectro-dr) e provar a cópia entre regiões com um backup sob demanda do Aurora.',
        'Create the espectro-primary vault and the espectro-prod plan (daily kept 35 days, monthly 365 days, copies to espectro-dr) and prove the cross-region copy with an on-demand Aurora backup.',
      ),
      prerequisites: [
        l(
          'Espectro-Keys, Espectro-Data e Espectro-DR implantadas.',
          'Espectro-Keys, Espectro-Data and Espectro-DR deployed.',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `cd infra
${deploy('Espectro-Backup')}
PLAN_ID=${output('Espectro-Backup', 'BackupPlanId')}
SELECTION_ID=$(aws backup list-backup-selections --backup-plan-id "$PLAN_ID" --query 'BackupSelectionsList[0].SelectionId' --output text ${prod})
BACKUP_ROLE=$(aws backup get-backup-selection --backup-plan-id "$PLAN_ID" --selection-id "$SELECTION_ID" --query BackupSelection.IamRoleArn --output text ${prod})
JOB_ID=$(aws backup start-backup-job --backup-vault-name espectro-primary \\
  --resource-arn arn:aws:rds:sa-east-1:111111111111:cluster:espectro-prod --iam-role-arn "$BACKUP_ROLE" \\
  --query BackupJobId --output text --region sa-east-1 ${prod})
aws backup describe-backup-job --backup-job-id "$JOB_ID" --query State --output text --region sa-east-1 ${prod}
RECOVERY_POINT=$(aws backup describe-backup-job --backup-job-id "$JOB_ID" --query RecoveryPointArn --output text --region sa-east-1 ${prod})
aws backup start-copy-job --recovery-point-arn "$RECOVERY_POINT" --source-backup-vault-name espectro-primary \\
  --destination-backup-vault-arn arn:aws:backup:us-east-1:111111111111:backup-vault:espectro-dr --iam-role-arn "$BACKUP_ROLE" --region sa-east-1 ${prod}`,
        },
      ],
      verification: {
        command: `aws backup list-copy-jobs --by-destination-vault-arn arn:aws:backup:us-east-1:111111111111:backup-vault:espectro-dr --max-items 1 --query 'CopyJobs[0].State' --output text --region sa-east-1 ${prod}`,
        expected: 'COMPLETED',
      },
      rollback: {
        text: l(
          'Destruir a stack tira o plano; os pontos de recuperação ficam nos cofres até expirarem (o de DR tem Vault Lock).',
          'Destroying the stack removes the plan; recovery points stay in the vaults until they expire (the DR one has Vault Lock).',
        ),
        command: `cd infra\n${destroy('Espectro-Backup')}`,
      },
      durationMinutes: 60,
    },
    {
      id: 'dr-drill',
      title: l(
        'Exercício: failover do Aurora e restauração em us-east-1',
        'Drill: Aurora failover and restore in us-east-1',
      ),
      goal: l(
        'Medir o tempo de failover do Aurora na região primária e restaurar a cópia do cofre de DR como um cluster novo em us-east-1, anotando RTO e RPO observados.',
        'Measure Aurora failover time in the primary region and restore the DR vault copy as a new cluster in us-east-1, writing down the observed RTO and RPO.',
      ),
      prerequisites: [
        l('Cópia COMPLETED no cofre espectro-dr.', 'Copy COMPLETED in the espectro-dr vault.'),
        l(
          'Janela combinada: o failover derruba conexões por alguns segundos.',
          'Agreed window: failover drops connections for a few seconds.',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `date -u +%FT%TZ
aws rds failover-db-cluster --db-cluster-identifier espectro-prod --region sa-east-1 ${prod}
aws rds wait db-cluster-available --db-cluster-identifier espectro-prod --region sa-east-1 ${prod}
date -u +%FT%TZ
DR_POINT=$(aws backup list-recovery-points-by-backup-vault --backup-vault-name espectro-dr --by-resource-type Aurora \\
  --query 'RecoveryPoints[0].RecoveryPointArn' --output text --region us-east-1 ${prod})
aws backup get-recovery-point-restore-metadata --backup-vault-name espectro-dr --recovery-point-arn "$DR_POINT" \\
  --query RestoreMetadata --output json --region us-east-1 ${prod} | jq '.DBClusterIdentifier = "espectro-drill"' > restore-metadata.json
aws backup start-restore-job --recovery-point-arn "$DR_POINT" --metadata file://restore-metadata.json \\
  --iam-role-arn "$BACKUP_ROLE" --resource-type Aurora --region us-east-1 ${prod}`,
        },
      ],
      verification: {
        command: `aws rds describe-db-clusters --db-cluster-identifier espectro-drill --query 'DBClusters[0].Status' --output text --region us-east-1 ${prod}`,
        expected: 'available',
      },
      rollback: {
        text: l('Apagar o cluster restaurado do exercício.', 'Delete the drill cluster.'),
        command: `aws rds delete-db-cluster --db-cluster-identifier espectro-drill --skip-final-snapshot --region us-east-1 ${prod}`,
      },
      durationMinutes: 90,
    },
    {
      id: 'go-live',
      title: l('Checklist de entrada em produção', 'Go-live checklist'),
      goal: l(
        'Liberar o tráfego só com todas as stacks estáveis, nenhum alarme disparado e nenhum achado crítico aberto no Security Hub.',
        'Open to traffic only with every stack stable, no alarm firing and no open critical Security Hub finding.',
      ),
      prerequisites: [
        l(
          'Todas as fases anteriores concluídas e o exercício de DR registrado.',
          'Every earlier phase done and the DR drill recorded.',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `for stack in Espectro-Network Espectro-Keys Espectro-Data Espectro-Cluster Espectro-Analysis Espectro-Observability Espectro-Backup; do
  aws cloudformation describe-stacks --stack-name "$stack" --query 'Stacks[0].[StackName,StackStatus]' --output text --region sa-east-1 ${prod}
done
aws cloudwatch describe-alarms --alarm-name-prefix espectro- --state-value ALARM --query 'length(MetricAlarms)' --region sa-east-1 ${prod}
aws cloudwatch describe-alarms --alarm-name-prefix espectro- --state-value ALARM --alarm-types CompositeAlarm --query 'length(CompositeAlarms)' --region us-east-1 ${prod}
aws securityhub get-findings --region sa-east-1 --profile espectro-security --query 'length(Findings)' \\
  --filters '{"SeverityLabel":[{"Value":"CRITICAL","Comparison":"EQUALS"}],"WorkflowStatus":[{"Value":"NEW","Comparison":"EQUALS"}],"RecordState":[{"Value":"ACTIVE","Comparison":"EQUALS"}]}'`,
        },
      ],
      verification: {
        command: `aws cloudwatch describe-alarms --alarm-name-prefix espectro- --state-value ALARM --query 'length(MetricAlarms)' --region sa-east-1 ${prod}`,
        expected: '0',
      },
      rollback: {
        text: l(
          'Sem liberação, nada a desfazer; depois dela, voltar ao estado anterior é desativar a distribuição CloudFront até corrigir.',
          'Before opening, nothing to undo; after it, going back means disabling the CloudFront distribution until fixed.',
        ),
        command: `aws cloudfront get-distribution-config --id "$DISTRIBUTION_ID" ${prod} > distribution.json
jq '.DistributionConfig | .Enabled = false' distribution.json > distribution-disabled.json
aws cloudfront update-distribution --id "$DISTRIBUTION_ID" --if-match "$(jq -r .ETag distribution.json)" \\
  --distribution-config file://distribution-disabled.json ${prod}`,
      },
      durationMinutes: 30,
    },
  ],
} as const satisfies RunbookPhase;
