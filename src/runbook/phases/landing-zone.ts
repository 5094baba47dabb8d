import type { ComponentId } from '@site/diagrams/model/index';
import { l } from '@site/diagrams/model/text';
import type { RunbookPhase } from '../types';

const mgmt = '--profile espectro-management';

export const landingZone = {
  id: 'landing-zone',
  title: l('Landing zone e contas', 'Landing zone and accounts'),
  view: 'security',
  where: l('Conta de gerenciamento, sa-east-1', 'Management account, sa-east-1'),
  creates: [
    'controlTower',
    'identityCenter',
    'route53',
    'cloudformation',
  ] as const satisfies readonly ComponentId[],
  steps: [
    {
      id: 'lz-organization',
      title: l('Organização e as três contas-membro', 'Organization and the three member accounts'),
      goal: l(
        'Criar a AWS Organization com todos os recursos e as contas de segurança/arquivo de logs, serviços compartilhados e produção.',
        'Create the AWS Organization with all features, and the security/log-archive, shared-services and production accounts.',
      ),
      prerequisites: [
        l('Perfil espectro-management funcionando.', 'Working espectro-management profile.'),
        l(
          'Três endereços de e-mail de grupo, um por conta (nunca de uma pessoa).',
          'Three group e-mail addresses, one per account (never a person).',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `aws organizations create-organization --feature-set ALL ${mgmt}
aws organizations create-account --email aws-security@example.com --account-name "Espectro Security" ${mgmt}
aws organizations create-account --email aws-shared@example.com --account-name "Espectro Shared Services" ${mgmt}
aws organizations create-account --email aws-production@example.com --account-name "Espectro Production" ${mgmt}
# Each create-account is asynchronous: wait until every request is SUCCEEDED
aws organizations list-create-account-status --states IN_PROGRESS FAILED ${mgmt}`,
        },
      ],
      verification: {
        command: `aws organizations list-accounts ${mgmt} --query 'Accounts[].[Name,Id,Status]' --output text`,
        expected: `Espectro Management         444444444444  ACTIVE
Espectro Security           222222222222  ACTIVE
Espectro Shared Services    333333333333  ACTIVE
Espectro Production         111111111111  ACTIVE`,
      },
      rollback: {
        text: l(
          'Fechar as contas criadas (ficam 90 dias suspensas) e, sem contas-membro, apagar a organização.',
          'Close the new accounts (they stay suspended for 90 days) and, with no member accounts left, delete the organization.',
        ),
        command: `aws organizations close-account --account-id 111111111111 ${mgmt}
aws organizations delete-organization ${mgmt}`,
      },
      durationMinutes: 15,
    },
    {
      id: 'lz-control-tower',
      title: l('Landing zone do AWS Control Tower', 'AWS Control Tower landing zone'),
      goal: l(
        'Pôr as regiões sa-east-1 e us-east-1 sob governança, com a conta de segurança como arquivo de logs e auditoria e o IAM Identity Center ativado.',
        'Put sa-east-1 and us-east-1 under governance, with the security account as log archive and audit, and IAM Identity Center enabled.',
      ),
      prerequisites: [
        l(
          'Organização criada com as contas ativas.',
          'Organization created with the accounts active.',
        ),
        l(
          'Os quatro papéis de serviço que a API do Control Tower exige (criados abaixo).',
          'The four service roles the Control Tower API requires (created below).',
        ),
      ],
      commands: [
        {
          lang: 'json',
          file: 'controltower-trust.json',
          schema: 'iam-policy',
          code: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Service": "controltower.amazonaws.com" },
      "Action": "sts:AssumeRole"
    }
  ]
}`,
        },
        {
          lang: 'json',
          file: 'ct-admin-policy.json',
          schema: 'iam-policy',
          code: `{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Action": "ec2:DescribeAvailabilityZones", "Resource": "*" }]
}`,
        },
        {
          lang: 'json',
          file: 'ct-stackset-policy.json',
          schema: 'iam-policy',
          code: `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::*:role/AWSControlTowerExecution" }
  ]
}`,
        },
        {
          lang: 'json',
          file: 'landing-zone-manifest.json',
          code: `{
  "governedRegions": ["sa-east-1", "us-east-1"],
  "organizationStructure": {
    "security": { "name": "Security" },
    "sandbox": { "name": "Sandbox" }
  },
  "centralizedLogging": {
    "accountId": "222222222222",
    "configurations": {
      "loggingBucket": { "retentionDays": 365 },
      "accessLoggingBucket": { "retentionDays": 3650 }
    },
    "enabled": true
  },
  "securityRoles": { "accountId": "222222222222" },
  "accessManagement": { "enabled": true }
}`,
        },
        {
          lang: 'bash',
          code: `trust() { jq --arg service "$1" '.Statement[0].Principal.Service = $service' controltower-trust.json; }
aws iam create-role --role-name AWSControlTowerAdmin --path /service-role/ --assume-role-policy-document file://controltower-trust.json ${mgmt}
aws iam put-role-policy --role-name AWSControlTowerAdmin --policy-name AWSControlTowerAdminPolicy --policy-document file://ct-admin-policy.json ${mgmt}
aws iam attach-role-policy --role-name AWSControlTowerAdmin --policy-arn arn:aws:iam::aws:policy/service-role/AWSControlTowerServiceRolePolicy ${mgmt}
aws iam create-role --role-name AWSControlTowerCloudTrailRole --path /service-role/ --assume-role-policy-document "$(trust cloudtrail.amazonaws.com)" ${mgmt}
aws iam attach-role-policy --role-name AWSControlTowerCloudTrailRole --policy-arn arn:aws:iam::aws:policy/service-role/AWSControlTowerCloudTrailRolePolicy ${mgmt}
aws iam create-role --role-name AWSControlTowerStackSetRole --path /service-role/ --assume-role-policy-document "$(trust cloudformation.amazonaws.com)" ${mgmt}
aws iam put-role-policy --role-name AWSControlTowerStackSetRole --policy-name AWSControlTowerStackSetRolePolicy --policy-document file://ct-stackset-policy.json ${mgmt}
aws iam create-role --role-name AWSControlTowerConfigAggregatorRoleForOrganizations --path /service-role/ --assume-role-policy-document "$(trust config.amazonaws.com)" ${mgmt}
aws iam attach-role-policy --role-name AWSControlTowerConfigAggregatorRoleForOrganizations --policy-arn arn:aws:iam::aws:policy/service-role/AWSConfigRoleForOrganizations ${mgmt}
aws controltower create-landing-zone --landing-zone-version 3.3 --manifest file://landing-zone-manifest.json ${mgmt}
aws controltower list-landing-zones ${mgmt}`,
        },
      ],
      verification: {
        command: `aws controltower get-landing-zone --landing-zone-identifier "$(aws controltower list-landing-zones --query 'landingZones[0].arn' --output text ${mgmt})" --query landingZone.status --output text ${mgmt}`,
        expected: 'ACTIVE',
      },
      rollback: {
        text: l(
          'Desativar a landing zone (desfaz OUs, trilhas e papéis do Control Tower; as contas permanecem).',
          'Decommission the landing zone (removes Control Tower OUs, trails and roles; the accounts remain).',
        ),
        command: `aws controltower delete-landing-zone --landing-zone-identifier "$(aws controltower list-landing-zones --query 'landingZones[0].arn' --output text ${mgmt})" ${mgmt}`,
      },
      durationMinutes: 75,
    },
    {
      id: 'lz-identity-center',
      title: l(
        'IAM Identity Center: grupo, permission set e perfis',
        'IAM Identity Center: group, permission set and profiles',
      ),
      goal: l(
        'Dar ao grupo da plataforma acesso administrativo temporário (sessões de 4 h) às três contas e configurar os perfis da CLI que as fases seguintes usam.',
        'Give the platform group temporary administrative access (4 h sessions) to the three accounts and configure the CLI profiles the next phases use.',
      ),
      prerequisites: [
        l(
          'Landing zone ACTIVE (ela ativa o Identity Center).',
          'Landing zone ACTIVE (it enables Identity Center).',
        ),
        l(
          'Usuários dos engenheiros criados no Identity Center.',
          "The engineers' users created in Identity Center.",
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `read -r INSTANCE_ARN STORE_ID < <(aws sso-admin list-instances --query 'Instances[0].[InstanceArn,IdentityStoreId]' --output text ${mgmt})
PS_ARN=$(aws sso-admin create-permission-set --instance-arn "$INSTANCE_ARN" --name EspectroPlatformAdmin --session-duration PT4H --query PermissionSet.PermissionSetArn --output text ${mgmt})
aws sso-admin attach-managed-policy-to-permission-set --instance-arn "$INSTANCE_ARN" --permission-set-arn "$PS_ARN" --managed-policy-arn arn:aws:iam::aws:policy/AdministratorAccess ${mgmt}
GROUP_ID=$(aws identitystore create-group --identity-store-id "$STORE_ID" --display-name espectro-platform --query GroupId --output text ${mgmt})
for account in 111111111111 222222222222 333333333333; do
  aws sso-admin create-account-assignment --instance-arn "$INSTANCE_ARN" --target-id "$account" --target-type AWS_ACCOUNT \\
    --permission-set-arn "$PS_ARN" --principal-type GROUP --principal-id "$GROUP_ID" ${mgmt}
done
for profile in espectro-prod:111111111111 espectro-security:222222222222 espectro-shared:333333333333; do
  name=\${profile%%:*}; account=\${profile##*:}
  aws configure set sso_start_url https://d-9067a1b2c3.awsapps.com/start --profile "$name"
  aws configure set sso_region sa-east-1 --profile "$name"
  aws configure set sso_account_id "$account" --profile "$name"
  aws configure set sso_role_name EspectroPlatformAdmin --profile "$name"
  aws configure set region sa-east-1 --profile "$name"
done
aws sso login --profile espectro-prod`,
        },
      ],
      verification: {
        command:
          'aws sts get-caller-identity --profile espectro-prod --query Account --output text',
        expected: '111111111111',
      },
      rollback: {
        text: l(
          'Remover as atribuições e o permission set; os perfis locais deixam de funcionar.',
          'Remove the assignments and the permission set; the local profiles stop working.',
        ),
        command: `aws sso-admin delete-account-assignment --instance-arn "$INSTANCE_ARN" --target-id 111111111111 --target-type AWS_ACCOUNT --permission-set-arn "$PS_ARN" --principal-type GROUP --principal-id "$GROUP_ID" ${mgmt}
aws sso-admin delete-permission-set --instance-arn "$INSTANCE_ARN" --permission-set-arn "$PS_ARN" ${mgmt}`,
      },
      durationMinutes: 20,
    },
    {
      id: 'lz-scps',
      title: l(
        'SCPs: regiões permitidas e trilhas intocáveis',
        'SCPs: allowed regions and untouchable trails',
      ),
      goal: l(
        'Negar, nas contas de carga, qualquer região além de sa-east-1 e us-east-1, a saída da organização e o desligamento de CloudTrail, GuardDuty e Config.',
        'Deny, in the workload accounts, any region other than sa-east-1 and us-east-1, leaving the organization, and turning off CloudTrail, GuardDuty and Config.',
      ),
      prerequisites: [
        l(
          'Landing zone ACTIVE (tipo de política SCP já habilitado).',
          'Landing zone ACTIVE (SCP policy type already enabled).',
        ),
        l(
          'OU Workloads criada com as contas de produção e serviços compartilhados.',
          'Workloads OU created holding the production and shared-services accounts.',
        ),
      ],
      commands: [
        {
          lang: 'json',
          file: 'espectro-guardrails.json',
          schema: 'scp',
          code: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyOtherRegions",
      "Effect": "Deny",
      "NotAction": [
        "iam:*", "organizations:*", "sts:*", "cloudfront:*", "route53:*", "route53domains:*",
        "wafv2:*", "shield:*", "support:*", "sso:*", "identitystore:*", "budgets:*", "ce:*"
      ],
      "Resource": "*",
      "Condition": { "StringNotEquals": { "aws:RequestedRegion": ["sa-east-1", "us-east-1"] } }
    },
    {
      "Sid": "DenyLeavingOrganization",
      "Effect": "Deny",
      "Action": "organizations:LeaveOrganization",
      "Resource": "*"
    },
    {
      "Sid": "ProtectSecurityServices",
      "Effect": "Deny",
      "Action": [
        "cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "guardduty:DeleteDetector",
        "guardduty:DisassociateFromAdministratorAccount", "config:StopConfigurationRecorder",
        "config:DeleteConfigurationRecorder", "securityhub:DisableSecurityHub"
      ],
      "Resource": "*"
    }
  ]
}`,
        },
        {
          lang: 'bash',
          code: `ROOT_ID=$(aws organizations list-roots --query 'Roots[0].Id' --output text ${mgmt})
OU_ID=$(aws organizations create-organizational-unit --parent-id "$ROOT_ID" --name Workloads --query OrganizationalUnit.Id --output text ${mgmt})
aws organizations move-account --account-id 111111111111 --source-parent-id "$ROOT_ID" --destination-parent-id "$OU_ID" ${mgmt}
aws organizations move-account --account-id 333333333333 --source-parent-id "$ROOT_ID" --destination-parent-id "$OU_ID" ${mgmt}
POLICY_ID=$(aws organizations create-policy --name espectro-guardrails --type SERVICE_CONTROL_POLICY \\
  --description "Espectro: two regions, no leaving, security services stay on" \\
  --content file://espectro-guardrails.json --query Policy.PolicySummary.Id --output text ${mgmt})
aws organizations attach-policy --policy-id "$POLICY_ID" --target-id "$OU_ID" ${mgmt}`,
        },
      ],
      verification: {
        command: `aws organizations list-policies-for-target --target-id "$OU_ID" --filter SERVICE_CONTROL_POLICY --query 'Policies[].Name' --output text ${mgmt}`,
        expected: 'FullAWSAccess	espectro-guardrails',
      },
      rollback: {
        text: l('Desanexar e apagar a SCP.', 'Detach and delete the SCP.'),
        command: `aws organizations detach-policy --policy-id "$POLICY_ID" --target-id "$OU_ID" ${mgmt}
aws organizations delete-policy --policy-id "$POLICY_ID" ${mgmt}`,
      },
      durationMinutes: 15,
    },
    {
      id: 'lz-dns-bootstrap',
      title: l(
        'Zona DNS, configuração e bootstrap do CDK',
        'DNS zone, configuration and CDK bootstrap',
      ),
      goal: l(
        'Criar a zona pública do domínio na produção, gravar a configuração de produção do app CDK e preparar cada conta/região para receber stacks.',
        'Create the public zone of the domain in production, write the production configuration of the CDK app and prepare each account/region to receive stacks.',
      ),
      prerequisites: [
        l(
          'Perfis espectro-prod, espectro-security e espectro-shared com sessão ativa.',
          'Profiles espectro-prod, espectro-security and espectro-shared signed in.',
        ),
        l(
          'Acesso ao registrador do domínio para delegar os servidores de nome.',
          'Access to the domain registrar to delegate the name servers.',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `aws route53 create-hosted-zone --name espectro.example.com --caller-reference "espectro-$(date +%s)" \\
  --hosted-zone-config Comment="Espectro public zone" --profile espectro-prod
aws route53 list-hosted-zones-by-name --dns-name espectro.example.com --max-items 1 --query 'HostedZones[0].Id' --output text --profile espectro-prod
aws organizations describe-organization --query Organization.Id --output text ${mgmt}
# Save the file below as infra/config/prod.json with these ids, then check it synthesizes
cd infra
npx cdk synth Espectro-Network -c config=config/prod.json --quiet
npx cdk bootstrap aws://111111111111/sa-east-1 aws://111111111111/us-east-1 -c config=config/prod.json --profile espectro-prod
npx cdk bootstrap aws://222222222222/sa-east-1 -c config=config/prod.json --profile espectro-security
npx cdk bootstrap aws://333333333333/sa-east-1 -c config=config/prod.json --profile espectro-shared`,
        },
        {
          lang: 'json',
          file: 'infra/config/prod.json',
          code: `{
  "productionAccount": "111111111111",
  "securityAccount": "222222222222",
  "sharedServicesAccount": "333333333333",
  "organizationId": "o-a1b2c3d4e5",
  "domainName": "espectro.example.com",
  "hostedZoneId": "Z0123456789ABCDEFGHIJ",
  "alertEmail": "oncall@example.com",
  "imageTag": "1.0.0"
}`,
        },
      ],
      verification: {
        command:
          'aws cloudformation describe-stacks --stack-name CDKToolkit --region us-east-1 --profile espectro-prod --query "Stacks[0].StackStatus" --output text',
        expected: 'CREATE_COMPLETE',
      },
      rollback: {
        text: l(
          'Apagar a pilha CDKToolkit de cada conta/região (esvazie antes o bucket de assets) e a zona hospedada.',
          'Delete the CDKToolkit stack of each account/region (empty its asset bucket first) and the hosted zone.',
        ),
        command: `aws cloudformation delete-stack --stack-name CDKToolkit --region us-east-1 --profile espectro-prod
aws route53 delete-hosted-zone --id Z0123456789ABCDEFGHIJ --profile espectro-prod`,
      },
      durationMinutes: 25,
    },
  ],
} as const satisfies RunbookPhase;
