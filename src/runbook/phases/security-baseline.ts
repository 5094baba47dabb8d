import type { ComponentId } from '@site/diagrams/model/index';
import { l } from '@site/diagrams/model/text';
import { deploy, destroy, output } from '../iac';
import type { RunbookPhase } from '../types';

const mgmt = '--profile espectro-management';

export const securityBaseline = {
  id: 'security-baseline',
  title: l('Linha de base de segurança', 'Security baseline'),
  view: 'security',
  where: l(
    'Conta de gerenciamento (delegações), conta de segurança e produção, sa-east-1',
    'Management account (delegations), security and production accounts, sa-east-1',
  ),
  creates: [
    'cloudtrail',
    'logsBucket',
    'guardduty',
    'securityHub',
    'config',
    'inspector',
    'accessAnalyzer',
    'kms',
  ] as const satisfies readonly ComponentId[],
  steps: [
    {
      id: 'sec-delegated-admin',
      title: l(
        'Conta de segurança como administradora delegada',
        'Security account as delegated administrator',
      ),
      goal: l(
        'Confiar os serviços de segurança à organização e registrar a conta de segurança como administradora de CloudTrail, GuardDuty, Security Hub, Config, Access Analyzer e Inspector.',
        'Trust the security services at organization level and register the security account as administrator of CloudTrail, GuardDuty, Security Hub, Config, Access Analyzer and Inspector.',
      ),
      prerequisites: [
        l(
          'Organização com todos os recursos; perfil espectro-management.',
          'Organization with all features; espectro-management profile.',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `for principal in cloudtrail.amazonaws.com guardduty.amazonaws.com securityhub.amazonaws.com \\
  config.amazonaws.com config-multiaccountsetup.amazonaws.com access-analyzer.amazonaws.com inspector2.amazonaws.com; do
  aws organizations enable-aws-service-access --service-principal "$principal" ${mgmt}
done
aws cloudtrail register-organization-delegated-admin --member-account-id 222222222222 ${mgmt}
aws guardduty enable-organization-admin-account --admin-account-id 222222222222 --region sa-east-1 ${mgmt}
aws securityhub enable-organization-admin-account --admin-account-id 222222222222 --region sa-east-1 ${mgmt}
aws organizations register-delegated-administrator --account-id 222222222222 --service-principal config.amazonaws.com ${mgmt}
aws organizations register-delegated-administrator --account-id 222222222222 --service-principal access-analyzer.amazonaws.com ${mgmt}
aws inspector2 enable-delegated-admin-account --delegated-admin-account-id 222222222222 --region sa-east-1 ${mgmt}
# CloudFormation cannot enable Inspector: turn it on for the workload accounts from the security account
aws inspector2 enable --resource-types EC2 ECR --account-ids 111111111111 333333333333 --region sa-east-1 --profile espectro-security`,
        },
      ],
      verification: {
        command: `aws organizations list-delegated-services-for-account --account-id 222222222222 --query 'DelegatedServices[].ServicePrincipal' --output text ${mgmt} | tr '\\t' '\\n' | sort`,
        expected:
          'access-analyzer.amazonaws.com\ncloudtrail.amazonaws.com\nconfig.amazonaws.com\nguardduty.amazonaws.com\ninspector2.amazonaws.com\nsecurityhub.amazonaws.com',
      },
      rollback: {
        text: l(
          'Cancelar as delegações, uma por serviço.',
          'Remove the delegations, one per service.',
        ),
        command: `aws guardduty disable-organization-admin-account --admin-account-id 222222222222 --region sa-east-1 ${mgmt}
aws securityhub disable-organization-admin-account --admin-account-id 222222222222 --region sa-east-1 ${mgmt}
aws organizations deregister-delegated-administrator --account-id 222222222222 --service-principal config.amazonaws.com ${mgmt}`,
      },
      durationMinutes: 15,
    },
    {
      id: 'sec-baseline-deploy',
      title: l('Implantar Espectro-SecurityBaseline', 'Deploy Espectro-SecurityBaseline'),
      goal: l(
        'Criar na conta de segurança a trilha da organização, o bucket de arquivo de logs, o detector do GuardDuty, o agregador do Config e o analisador de acesso, e ativar o padrão AWS Foundational Security Best Practices.',
        'Create in the security account the organization trail, the log-archive bucket, the GuardDuty detector, the Config aggregator and the access analyzer, and enable the AWS Foundational Security Best Practices standard.',
      ),
      prerequisites: [
        l('Passo anterior concluído.', 'Previous step done.'),
        l(
          'Bootstrap do CDK em aws://222222222222/sa-east-1.',
          'CDK bootstrap in aws://222222222222/sa-east-1.',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `cd infra
${deploy('Espectro-SecurityBaseline')}
aws securityhub batch-enable-standards --standards-subscription-requests \\
  StandardsArn=arn:aws:securityhub:sa-east-1::standards/aws-foundational-security-best-practices/v/1.0.0 \\
  --region sa-east-1 --profile espectro-security`,
        },
      ],
      verification: {
        command: `aws cloudtrail get-trail-status --name ${output('Espectro-SecurityBaseline', 'OrganizationTrailArn')} --query IsLogging --profile espectro-security`,
        expected: 'true',
      },
      rollback: {
        text: l(
          'O bucket de logs é retido; destruir a stack desliga trilha, detector e agregador.',
          'The log bucket is retained; destroying the stack turns off the trail, detector and aggregator.',
        ),
        command: `cd infra\n${destroy('Espectro-SecurityBaseline')}`,
      },
      durationMinutes: 20,
    },
    {
      id: 'sec-keys',
      title: l('Implantar Espectro-Keys', 'Deploy Espectro-Keys'),
      goal: l(
        'Criar as chaves KMS gerenciadas pelo cliente por domínio de dados (entradas, resultados, banco, logs, cluster), com rotação anual.',
        'Create the customer-managed KMS keys per data domain (inputs, results, database, logs, cluster), with yearly rotation.',
      ),
      prerequisites: [l('Espectro-Network implantada.', 'Espectro-Network deployed.')],
      commands: [{ lang: 'bash', code: `cd infra\n${deploy('Espectro-Keys')}` }],
      verification: {
        command: `aws kms get-key-rotation-status --key-id ${output('Espectro-Keys', 'InputsKeyArn')} --query KeyRotationEnabled --profile espectro-prod`,
        expected: 'true',
      },
      rollback: {
        text: l(
          'Chaves são retidas: agendar a exclusão (mínimo de 7 dias) só se nenhuma stack de dados as usa.',
          'Keys are retained: schedule deletion (7 days minimum) only if no data stack uses them.',
        ),
        command: `aws kms schedule-key-deletion --key-id ${output('Espectro-Keys', 'InputsKeyArn')} --pending-window-in-days 30 --profile espectro-prod`,
      },
      durationMinutes: 5,
    },
  ],
} as const satisfies RunbookPhase;
