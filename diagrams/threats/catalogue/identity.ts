import { l } from '../../model/text';
import type { MitigationDef } from '../mitigation-types';

const breakGlassRole = 'arn:aws:iam::*:role/espectro-break-glass';

export const identityMitigations = {
  'long-lived-keys': {
    pillar: 'security',
    title: l('Chaves de acesso de longa duração', 'Long-lived access keys'),
    why: l(
      'Uma access key de usuário IAM vale até alguém apagá-la: vaza em laptop, log de CI, imagem ou repositório e continua funcionando de qualquer lugar da internet.',
      'An IAM user access key is valid until someone deletes it: it leaks from a laptop, a CI log, an image or a repository and keeps working from anywhere on the internet.',
    ),
    mitigation: l(
      'Nenhum usuário IAM. Pessoas entram pelo IAM Identity Center (sessões temporárias), pods usam EKS Pod Identity, jobs do Batch e serviços usam papéis, o pipeline usa os papéis do bootstrap do CDK. `aws sts get-caller-identity` nunca deve mostrar `:user/`.',
      'No IAM users. People sign in through IAM Identity Center (temporary sessions), pods use EKS Pod Identity, Batch jobs and services use roles, the pipeline uses the CDK bootstrap roles. `aws sts get-caller-identity` should never show `:user/`.',
    ),
    prevent: [
      l(
        'SCP na organização nega criar usuários, chaves de acesso e senhas de console, exceto para o papel de break-glass.',
        'An organization SCP denies creating users, access keys and console passwords, except for the break-glass role.',
      ),
      l(
        'cdk-nag (AwsSolutions-IAM4/IAM5) e revisão do pipeline barram `iam.User`/`CfnAccessKey` no código.',
        'cdk-nag (AwsSolutions-IAM4/IAM5) and pipeline review stop `iam.User`/`CfnAccessKey` in code.',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l('SCP: sem usuários IAM nem chaves de acesso', 'SCP: no IAM users or access keys'),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyLongLivedCredentials',
              Effect: 'Deny',
              Action: ['iam:CreateUser', 'iam:CreateAccessKey', 'iam:CreateLoginProfile'],
              Resource: '*',
              Condition: { ArnNotLike: { 'aws:PrincipalArn': breakGlassRole } },
            },
          ],
        },
      },
    ],
    detect: {
      config: ['access-keys-rotated', 'iam-root-access-key-check'],
      securityHub: ['IAM.3', 'IAM.4'],
      guardDuty: [
        'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
        'CredentialAccess:IAMUser/AnomalousBehavior',
      ],
      alarms: l(
        'Regra do EventBridge sobre o CloudTrail para `CreateAccessKey` em qualquer conta, enviada ao SNS de segurança.',
        'EventBridge rule on CloudTrail for `CreateAccessKey` in any account, sent to the security SNS topic.',
      ),
    },
    iac: {
      status: 'partly',
      note: l(
        'O CDK não cria usuários IAM e associa papéis por EKS Pod Identity; a regra `access-keys-rotated` é implantada. A SCP é da landing zone e só está descrita aqui.',
        'The CDK app creates no IAM users and binds roles through EKS Pod Identity; the `access-keys-rotated` rule is deployed. The SCP belongs to the landing zone and is only described here.',
      ),
    },
  },
  'root-account-use': {
    pillar: 'security',
    title: l('Uso da conta root', 'Using the root user'),
    why: l(
      'O root ignora IAM e não pode ser limitado por políticas da própria conta; quem o tem pode fechar a conta, mudar o e-mail e apagar tudo.',
      'The root user bypasses IAM and cannot be limited by the account’s own policies; whoever holds it can close the account, change its email and delete everything.',
    ),
    mitigation: l(
      'Root só para as tarefas que o exigem, com MFA físico guardado em cofre e sem chaves de acesso. Nas contas membro, a SCP nega qualquer ação do root (SCPs valem para o root das contas membro, não da conta de gerenciamento).',
      'Root only for the tasks that require it, with a hardware MFA kept in a safe and no access keys. In member accounts the SCP denies every root action (SCPs apply to member-account root users, not to the management account).',
    ),
    prevent: [
      l(
        'SCP que nega ações cujo principal seja o root, anexada à raiz da organização.',
        'An SCP denying actions whose principal is the root user, attached to the organization root.',
      ),
      l(
        'SCP que nega desligar CloudTrail, GuardDuty, Config e Security Hub e sair da organização.',
        'An SCP denying turning off CloudTrail, GuardDuty, Config and Security Hub, or leaving the organization.',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l(
          'SCP: root bloqueado e ferramentas de segurança protegidas',
          'SCP: root blocked and security tooling protected',
        ),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyRootUser',
              Effect: 'Deny',
              Action: '*',
              Resource: '*',
              Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
            },
            {
              Sid: 'ProtectSecurityTooling',
              Effect: 'Deny',
              Action: [
                'cloudtrail:StopLogging',
                'cloudtrail:DeleteTrail',
                'cloudtrail:PutEventSelectors',
                'guardduty:DeleteDetector',
                'guardduty:UpdateDetector',
                'config:StopConfigurationRecorder',
                'config:DeleteConfigurationRecorder',
                'config:DeleteDeliveryChannel',
                'securityhub:DisableSecurityHub',
                'organizations:LeaveOrganization',
              ],
              Resource: '*',
              Condition: { ArnNotLike: { 'aws:PrincipalArn': breakGlassRole } },
            },
          ],
        },
      },
    ],
    detect: {
      config: [
        'root-account-mfa-enabled',
        'root-account-hardware-mfa-enabled',
        'iam-root-access-key-check',
      ],
      securityHub: ['IAM.4', 'IAM.6', 'IAM.9'],
      guardDuty: [
        'Policy:IAMUser/RootCredentialUsage',
        'Stealth:IAMUser/CloudTrailLoggingDisabled',
      ],
      alarms: l(
        'Filtro de métrica no log group da trilha para `userIdentity.type = "Root"`, alarme com página imediata.',
        'Metric filter on the trail log group for `userIdentity.type = "Root"`, alarmed with an immediate page.',
      ),
    },
    iac: {
      status: 'partly',
      note: l(
        'A stack de baseline implanta a regra `root-account-mfa-enabled`, a trilha da organização, GuardDuty e Security Hub. As SCPs são da landing zone e estão só descritas.',
        'The baseline stack deploys the `root-account-mfa-enabled` rule, the organization trail, GuardDuty and Security Hub. The SCPs belong to the landing zone and are only described.',
      ),
    },
    links: [
      {
        label: l('Tarefas que exigem o root', 'Tasks that require root'),
        href: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
      },
    ],
  },
  'missing-mfa': {
    pillar: 'security',
    title: l('Login sem MFA', 'Sign-in without MFA'),
    why: l(
      'Senha sozinha cai por phishing, reutilização ou credential stuffing; para o pesquisador, isso entrega amostras e resultados; para o engenheiro, a produção.',
      'A password alone falls to phishing, reuse or credential stuffing; for a researcher that hands over samples and results; for an engineer, production.',
    ),
    mitigation: l(
      'Pesquisadores: user pool do Cognito com MFA obrigatório (TOTP, sem SMS) e proteção contra credenciais comprometidas. Engenheiros: MFA obrigatório no IAM Identity Center, de preferência com chaves FIDO2.',
      'Researchers: Cognito user pool with mandatory MFA (TOTP, no SMS) and compromised-credential protection. Engineers: mandatory MFA in IAM Identity Center, preferably with FIDO2 keys.',
    ),
    prevent: [
      l(
        'No CDK, `mfa: cognito.Mfa.REQUIRED` e `mfaSecondFactor: { otp: true, sms: false }`; um teste de template falha se o user pool aceitar MFA opcional.',
        'In the CDK app, `mfa: cognito.Mfa.REQUIRED` and `mfaSecondFactor: { otp: true, sms: false }`; a template test fails if the user pool accepts optional MFA.',
      ),
      l(
        'Identity Center configurado para exigir MFA a cada login, sem usuários IAM com senha (ver chaves de longa duração).',
        'Identity Center set to require MFA on every sign-in, with no IAM users holding passwords (see long-lived keys).',
      ),
    ],
    detect: {
      config: [
        'mfa-enabled-for-iam-console-access',
        'iam-user-mfa-enabled',
        'root-account-mfa-enabled',
      ],
      securityHub: ['IAM.5', 'IAM.9'],
      alarms: l(
        'Alarme sobre `ConsoleLogin` com `additionalEventData.MFAUsed = "No"` na trilha da organização.',
        'Alarm on `ConsoleLogin` with `additionalEventData.MFAUsed = "No"` in the organization trail.',
      ),
    },
    iac: {
      status: 'enforced',
      note: l(
        'O user pool do Cognito é criado com MFA obrigatório (TOTP, sem SMS) na stack de dados.',
        'The Cognito user pool is created with mandatory MFA (TOTP, no SMS) in the data stack.',
      ),
    },
  },
  'broad-iam-policies': {
    pillar: 'security',
    title: l('Políticas IAM amplas (`*:*`)', 'Broad IAM policies (`*:*`)'),
    why: l(
      'Uma política com `Action: "*"` ou `Resource: "*"` transforma qualquer falha no pod, no pipeline ou numa sessão humana em controle total da conta.',
      'A policy with `Action: "*"` or `Resource: "*"` turns any flaw in a pod, the pipeline or a human session into full control of the account.',
    ),
    mitigation: l(
      'Um papel por workload (web, api, worker, cada job do Batch) com ações e ARNs exatos; permission sets por função; permission boundary no papel de execução do CloudFormation; IAM Access Analyzer gera políticas a partir do uso real e aponta permissões não usadas.',
      'One role per workload (web, api, worker, each Batch job) with exact actions and ARNs; per-function permission sets; a permissions boundary on the CloudFormation execution role; IAM Access Analyzer generates policies from real usage and flags unused permissions.',
    ),
    prevent: [
      l(
        'cdk-nag no `cdk synth` do pipeline: AwsSolutions-IAM5 falha com curingas sem justificativa registrada; AwsSolutions-IAM4 com políticas gerenciadas da AWS.',
        'cdk-nag in the pipeline `cdk synth`: AwsSolutions-IAM5 fails on wildcards without a recorded justification; AwsSolutions-IAM4 on AWS managed policies.',
      ),
      l(
        '`aws accessanalyzer validate-policy` e `check-no-new-access` no CI comparam a política proposta com a atual.',
        '`aws accessanalyzer validate-policy` and `check-no-new-access` in CI compare the proposed policy with the current one.',
      ),
    ],
    snippets: [
      {
        kind: 'text',
        language: 'bash',
        title: l('Validação de política no CI', 'Policy validation in CI'),
        text: [
          'aws accessanalyzer validate-policy --policy-type IDENTITY_POLICY \\',
          '  --policy-document file://api-role-policy.json \\',
          "  --query 'findings[?findingType==`ERROR` || findingType==`SECURITY_WARNING`]'",
        ].join('\n'),
      },
    ],
    detect: {
      config: ['iam-policy-no-statements-with-admin-access', 'iam-no-inline-policy-check'],
      securityHub: ['IAM.1'],
      alarms: l(
        'Achados de acesso não usado do IAM Access Analyzer no Security Hub, revisados a cada sprint.',
        'IAM Access Analyzer unused-access findings in Security Hub, reviewed every sprint.',
      ),
    },
    iac: {
      status: 'enforced',
      note: l(
        'cdk-nag (AwsSolutions e NIST 800-53 rev 5) roda em todo synth; cada curinga restante tem justificativa registrada no código.',
        'cdk-nag (AwsSolutions and NIST 800-53 rev 5) runs on every synth; each remaining wildcard carries a recorded justification in code.',
      ),
    },
  },
  'shared-accounts': {
    pillar: 'security',
    title: l(
      'Uma conta para tudo (dev, produção, logs, entrega)',
      'One account for everything (dev, production, logs, delivery)',
    ),
    why: l(
      'Na mesma conta, um erro em dev alcança produção, quem administra a carga também apaga os logs de auditoria, e cotas e custos se misturam.',
      'In one account a mistake in dev reaches production, whoever administers the workload can also delete the audit logs, and quotas and costs get mixed.',
    ),
    mitigation: l(
      'AWS Organizations com Control Tower: conta de gerenciamento só para a organização, conta de segurança/log archive, conta de shared services (entrega) e uma conta por ambiente. O pipeline entra em produção por papéis do bootstrap do CDK que confiam só na conta de entrega.',
      'AWS Organizations with Control Tower: a management account for the organization only, a security/log-archive account, a shared-services (delivery) account and one account per environment. The pipeline enters production through CDK bootstrap roles that trust only the delivery account.',
    ),
    prevent: [
      l(
        'Bootstrap de produção com `cdk bootstrap --trust <conta de entrega> --cloudformation-execution-policies <política restrita>`.',
        'Production bootstrapped with `cdk bootstrap --trust <delivery account> --cloudformation-execution-policies <restricted policy>`.',
      ),
      l(
        'SCP de regiões permitidas (sa-east-1 e us-east-1) e de proteção das ferramentas de segurança em todas as contas membro.',
        'SCPs for allowed regions (sa-east-1 and us-east-1) and protection of security tooling in every member account.',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l('SCP: só as regiões do projeto', 'SCP: only the project regions'),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyOtherRegions',
              Effect: 'Deny',
              NotAction: [
                'iam:*',
                'organizations:*',
                'sts:*',
                'support:*',
                'cloudfront:*',
                'route53:*',
                'waf:*',
                'budgets:*',
              ],
              Resource: '*',
              Condition: {
                StringNotEquals: { 'aws:RequestedRegion': ['sa-east-1', 'us-east-1'] },
                ArnNotLike: { 'aws:PrincipalArn': breakGlassRole },
              },
            },
          ],
        },
      },
    ],
    detect: {
      config: ['guardduty-enabled-centralized', 'securityhub-enabled'],
      securityHub: ['GuardDuty.1', 'Config.1'],
      alarms: l(
        'Agregador do Config na conta de segurança mostra contas fora da organização ou sem recorder.',
        'The Config aggregator in the security account shows accounts outside the organization or without a recorder.',
      ),
    },
    iac: {
      status: 'enforced',
      note: l(
        'As stacks são implantadas em três contas (produção, segurança, shared services) e o pull das imagens no ECR é concedido só à conta de produção. A criação das contas e as SCPs ficam na landing zone.',
        'The stacks deploy to three accounts (production, security, shared services) and ECR image pulls are granted only to the production account. Account creation and SCPs stay in the landing zone.',
      ),
    },
  },
} as const satisfies Record<string, MitigationDef>;
