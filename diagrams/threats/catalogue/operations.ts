import { l } from '../../model/text';
import type { MitigationDef } from '../mitigation-types';

export const operationsMitigations = {
  'single-az-single-nat': {
    pillar: 'reliability',
    title: l('Uma AZ só, ou um NAT gateway só', 'A single AZ, or a single NAT gateway'),
    why: l(
      'Um NAT gateway é um recurso de uma AZ; se as sub-redes privadas das três AZs saem por ele, a perda dessa AZ corta a saída de todas. Banco, cache ou nós numa AZ só transformam a falha de uma AZ em indisponibilidade total.',
      'A NAT gateway is a single-AZ resource; if the private subnets of all three AZs egress through it, losing that AZ cuts egress for all of them. A database, cache or nodes in one AZ turn an AZ failure into a full outage.',
    ),
    mitigation: l(
      'Um NAT por AZ com rota da sub-rede privada para o NAT da mesma AZ; Aurora com réplicas em duas outras AZs e failover; ElastiCache multi-AZ; Karpenter e topology spread distribuindo pods nas três AZs; tráfego para AWS pelos VPC endpoints, que não dependem do NAT.',
      'One NAT per AZ with each private subnet routed to its own AZ’s NAT; Aurora with replicas in two other AZs and failover; multi-AZ ElastiCache; Karpenter and topology spread placing pods across the three AZs; AWS traffic through VPC endpoints, which do not depend on the NAT.',
    ),
    prevent: [
      l(
        'Regra do modelo `stateful-multi-az` falha o build para armazenamento numa AZ só; no CDK, `natGateways` igual ao número de AZs e um teste de template conta os NAT gateways.',
        'Model rule `stateful-multi-az` fails the build for a single-AZ data store; in the CDK app `natGateways` equals the number of AZs and a template test counts the NAT gateways.',
      ),
    ],
    detect: {
      config: ['rds-cluster-multi-az-enabled'],
      securityHub: ['RDS.15'],
      alarms: l(
        'Alarmes de `ErrorPortAllocation` e `PacketsDropCount` de cada NAT gateway e teste de perda de AZ com o AWS FIS.',
        '`ErrorPortAllocation` and `PacketsDropCount` alarms for each NAT gateway and an AZ-loss test with AWS FIS.',
      ),
    },
    iac: {
      status: 'enforced',
      note: l(
        'A rede é criada com um NAT gateway por AZ; Aurora com réplicas e ElastiCache multi-AZ vêm do CDK; a regra de Config `rds-multi-az-support` é implantada.',
        'The network is created with one NAT gateway per AZ; Aurora with replicas and multi-AZ ElastiCache come from the CDK app; the `rds-multi-az-support` Config rule is deployed.',
      ),
    },
    links: [
      {
        label: l('NAT gateways e zonas de disponibilidade', 'NAT gateways and Availability Zones'),
        href: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
      },
    ],
  },
  'unencrypted-backups-no-dr-test': {
    pillar: 'reliability',
    title: l(
      'Backups sem cifra, mutáveis ou nunca restaurados',
      'Backups unencrypted, mutable or never restored',
    ),
    why: l(
      'Um backup que o atacante consegue apagar não protege contra ransomware; um backup nunca restaurado é uma hipótese, não um RTO; uma cópia sem cifra fora do Brasil é um incidente de LGPD esperando acontecer.',
      'A backup the attacker can delete does not protect against ransomware; a backup never restored is a hypothesis, not an RTO; an unencrypted copy outside Brazil is an LGPD incident waiting to happen.',
    ),
    mitigation: l(
      'AWS Backup com cofres cifrados por KMS, Vault Lock nos cofres primário e de DR, cópia entre regiões recifrada com chave da região de DR; teste de restore agendado (AWS Backup restore testing) e exercício de DR trimestral que reconstrói a região em us-east-1 pelo IaC e mede RTO e RPO.',
      'AWS Backup with KMS-encrypted vaults, Vault Lock on the primary and DR vaults, cross-region copies re-encrypted with a DR-region key; scheduled restore tests (AWS Backup restore testing) and a quarterly DR exercise that rebuilds the region in us-east-1 from IaC and measures RTO and RPO.',
    ),
    prevent: [
      l(
        'Vault Lock impede apagar pontos de recuperação e encurtar a retenção, inclusive por administradores; SCP nega `backup:DeleteBackupVault` e `backup:DeleteRecoveryPoint` fora do break-glass.',
        'Vault Lock stops recovery points from being deleted or retention shortened, administrators included; an SCP denies `backup:DeleteBackupVault` and `backup:DeleteRecoveryPoint` outside break-glass.',
      ),
    ],
    snippets: [
      {
        kind: 'text',
        language: 'bash',
        title: l(
          'Restaurar um snapshot copiado no exercício de DR',
          'Restore a copied snapshot in the DR exercise',
        ),
        text: [
          'aws backup list-recovery-points-by-backup-vault --backup-vault-name espectro-dr \\',
          "  --region us-east-1 --query 'RecoveryPoints[0].RecoveryPointArn'",
          'aws backup get-recovery-point-restore-metadata --backup-vault-name espectro-dr \\',
          '  --recovery-point-arn "$ARN" --region us-east-1',
        ].join('\n'),
      },
    ],
    detect: {
      config: [
        'backup-recovery-point-encrypted',
        'aurora-resources-protected-by-backup-plan',
        's3-bucket-versioning-enabled',
      ],
      alarms: l(
        'Eventos do AWS Backup de job de backup, cópia ou restore com falha no EventBridge, enviados ao plantão; o relatório do restore testing entra na revisão mensal.',
        'AWS Backup events for failed backup, copy or restore jobs in EventBridge, sent to on-call; the restore-testing report feeds the monthly review.',
      ),
    },
    iac: {
      status: 'partly',
      note: l(
        'Os cofres primário e de DR, o plano com cópia entre regiões e o Vault Lock no cofre de DR estão no CDK. O restore testing e o exercício de DR estão descritos.',
        'The primary and DR vaults, the plan with cross-region copy and Vault Lock on the DR vault are in the CDK app. Restore testing and the DR exercise are described.',
      ),
    },
  },
  'manual-changes-drift': {
    pillar: 'operational-excellence',
    title: l('Mudanças manuais no console e drift', 'Manual console changes and drift'),
    why: l(
      'Uma regra de security group aberta "só para testar" fica para sempre; o próximo deploy do IaC a desfaz ou, pior, não a vê; ninguém consegue reproduzir o ambiente numa região de DR.',
      'A security-group rule opened "just to test" stays forever; the next IaC deploy undoes it or, worse, never sees it; nobody can reproduce the environment in a DR region.',
    ),
    mitigation: l(
      'Toda mudança por pull request: CDK por change set do CodePipeline com aprovação, cluster pelo Argo CD. Pessoas têm permission sets de leitura em produção; escrita só por break-glass com alerta. Detecção de drift do CloudFormation agendada e `selfHeal` no Argo CD.',
      'Every change through a pull request: CDK through CodePipeline change sets with approval, the cluster through Argo CD. People get read-only permission sets in production; write access only through break-glass with an alert. Scheduled CloudFormation drift detection and `selfHeal` in Argo CD.',
    ),
    prevent: [
      l(
        'SCP nega mutações de rede e de banco para quem não for o papel de execução do CloudFormation do bootstrap do CDK ou o break-glass.',
        'An SCP denies network and database mutations to anyone other than the CDK bootstrap CloudFormation execution role or break-glass.',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l(
          'SCP: rede e banco só pelo CloudFormation',
          'SCP: network and database only through CloudFormation',
        ),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'OnlyPipelineChangesNetworkAndData',
              Effect: 'Deny',
              Action: [
                'ec2:AuthorizeSecurityGroupIngress',
                'ec2:AuthorizeSecurityGroupEgress',
                'ec2:CreateRoute',
                'ec2:ReplaceRoute',
                'ec2:ModifySubnetAttribute',
                'rds:ModifyDBCluster',
                'rds:DeleteDBCluster',
              ],
              Resource: '*',
              Condition: {
                ArnNotLike: {
                  'aws:PrincipalArn': [
                    'arn:aws:iam::*:role/cdk-hnb659fds-cfn-exec-role-*',
                    'arn:aws:iam::*:role/espectro-break-glass',
                  ],
                },
              },
            },
          ],
        },
      },
      {
        kind: 'text',
        language: 'bash',
        title: l('Drift de uma stack', 'Drift of one stack'),
        text: [
          'ID=$(aws cloudformation detect-stack-drift --stack-name Espectro-Network --query StackDriftDetectionId --output text)',
          'aws cloudformation describe-stack-drift-detection-status --stack-drift-detection-id "$ID"',
          'aws cloudformation describe-stack-resource-drifts --stack-name Espectro-Network \\',
          '  --stack-resource-drift-status-filters MODIFIED DELETED',
        ].join('\n'),
      },
    ],
    detect: {
      config: ['cloudformation-stack-drift-detection-check'],
      alarms: l(
        'Eventos do CloudTrail de escrita feitos por sessões do Identity Center em produção geram alerta; Argo CD reporta aplicações `OutOfSync`.',
        'CloudTrail write events made by Identity Center sessions in production raise an alert; Argo CD reports `OutOfSync` applications.',
      ),
    },
    iac: {
      status: 'partly',
      note: l(
        'Toda a infraestrutura está no CDK, com testes e synth no pipeline de infraestrutura, e o AWS Config é implantado. A SCP contra mudanças manuais e a detecção de drift agendada estão descritas.',
        'All infrastructure is in the CDK app, with tests and synth in the infrastructure pipeline, and AWS Config is deployed. The SCP against manual changes and scheduled drift detection are described.',
      ),
    },
  },
  'proxied-uploads': {
    pillar: 'performance-efficiency',
    title: l('Upload passando pela aplicação', 'Uploads proxied through the application'),
    why: l(
      'Arquivos de espectrometria passando pelos pods ocupam CPU, memória e conexões do Django, exigem timeouts longos no ALB e no CloudFront, escalam o cluster pelo motivo errado e transformam a aplicação no gargalo e no alvo de DoS.',
      'Mass-spectrometry files passing through the pods tie up Django CPU, memory and connections, need long timeouts on the ALB and CloudFront, scale the cluster for the wrong reason and make the application the bottleneck and the DoS target.',
    ),
    mitigation: l(
      'Upload multipart direto do navegador ao S3 com URLs pré-assinadas por parte, emitidas pela API para uma chave do próprio usuário, com checksum; a conclusão gera evento no EventBridge e o worker valida o arquivo. A API só trata metadados.',
      'Multipart upload straight from the browser to S3 with per-part presigned URLs, issued by the API for a key of the user’s own, with a checksum; completion emits an EventBridge event and the worker validates the file. The API only handles metadata.',
    ),
    prevent: [
      l(
        'O Ingress limita o corpo das requisições da API; um teste de contrato da API falha se alguma rota aceitar `multipart/form-data` com arquivo.',
        'The Ingress caps API request bodies; an API contract test fails if any route accepts `multipart/form-data` with a file.',
      ),
      l(
        'Lifecycle do bucket de entradas aborta uploads multipart incompletos, para que partes órfãs não fiquem sendo cobradas.',
        'The inputs bucket lifecycle aborts incomplete multipart uploads, so orphaned parts are not billed.',
      ),
    ],
    detect: {
      alarms: l(
        'Alarme de `ProcessedBytes` do ALB e de latência p99 da API subindo junto com o volume de uploads; métrica de uploads concluídos × validados.',
        'Alarm on ALB `ProcessedBytes` and API p99 latency rising with upload volume; metric of completed × validated uploads.',
      ),
    },
    iac: {
      status: 'partly',
      note: l(
        'O bucket de entradas é criado com CORS para o domínio do site e lifecycle que aborta multipart incompleto, a partir do modelo. A emissão das URLs e o limite de corpo ficam na aplicação e estão descritos.',
        'The inputs bucket is created with CORS for the site domain and a lifecycle that aborts incomplete multipart uploads, from the model. URL issuance and the body limit live in the application and are described.',
      ),
    },
    links: [
      {
        label: l('Upload multipart com URLs pré-assinadas', 'Multipart upload with presigned URLs'),
        href: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html',
      },
    ],
  },
  'no-tagging-cost-guardrails': {
    pillar: 'cost-optimization',
    title: l('Sem tags nem guardrails de custo', 'No tagging or cost guardrails'),
    why: l(
      'Sem tags, o custo de análise não se separa do de plataforma nem por ambiente; sem orçamento e detecção de anomalia, um loop de jobs Batch ou uploads abandonados só aparece na fatura do mês.',
      'Without tags, analysis cost cannot be told apart from platform cost or by environment; without budgets and anomaly detection, a runaway Batch loop or abandoned uploads only show up on the monthly bill.',
    ),
    mitigation: l(
      'Tags obrigatórias (`project`, `environment`, `cost-center`, `owner`) ativadas como cost allocation tags; tag policy na organização; AWS Budgets por conta com alertas e Cost Anomaly Detection; Batch com `maxvCpus` e Spot primeiro; lifecycle do S3 para classes frias.',
      'Mandatory tags (`project`, `environment`, `cost-center`, `owner`) activated as cost allocation tags; an organization tag policy; AWS Budgets per account with alerts and Cost Anomaly Detection; Batch with `maxvCpus` and Spot first; S3 lifecycle to colder classes.',
    ),
    prevent: [
      l(
        'No CDK, `Tags.of(stack).add(...)` em toda stack; SCP nega `ec2:RunInstances` sem a tag `project` na requisição.',
        'In the CDK app, `Tags.of(stack).add(...)` on every stack; an SCP denies `ec2:RunInstances` without the `project` tag in the request.',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l('SCP: instâncias só com tag de projeto', 'SCP: instances only with a project tag'),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'RequireProjectTag',
              Effect: 'Deny',
              Action: 'ec2:RunInstances',
              Resource: 'arn:aws:ec2:*:*:instance/*',
              Condition: { Null: { 'aws:RequestTag/project': 'true' } },
            },
          ],
        },
      },
    ],
    detect: {
      config: ['required-tags'],
      alarms: l(
        'Alertas do AWS Budgets em 80% e 100% do previsto e assinatura do Cost Anomaly Detection no SNS de FinOps.',
        'AWS Budgets alerts at 80% and 100% of forecast and a Cost Anomaly Detection subscription on the FinOps SNS topic.',
      ),
    },
    iac: {
      status: 'partly',
      note: l(
        'Toda stack do CDK recebe as tags `project` e `phase`, e cada recurso a tag com seu id no modelo; os ambientes Batch escalam de 0 vCPU. Orçamentos, detecção de anomalia, tag policy e a SCP estão descritos.',
        'Every CDK stack gets the `project` and `phase` tags, and each resource a tag with its model id; the Batch environments scale from 0 vCPUs. Budgets, anomaly detection, the tag policy and the SCP are described.',
      ),
    },
  },
} as const satisfies Record<string, MitigationDef>;
