import type { ComponentId } from './components';
import type { FlowId } from './flows';
import type { GroupId } from './groups';
import { l } from './text';
import type { ViewDef } from './types';

export const views = {
  context: {
    kind: 'flowchart',
    direction: 'LR',
    title: l('Contexto: quem usa o Espectro', 'Context: who uses Espectro'),
    description: l(
      'Pesquisadores usam a aplicação na conta de produção; desenvolvedores entregam pela conta de serviços compartilhados; engenheiros operam com acesso federado; a conta de segurança recebe a auditoria de todas.',
      'Researchers use the application in the production account; developers deliver through the shared services account; engineers operate with federated access; the security account receives the audit trail of all of them.',
    ),
    components: [
      'scientist', 'developer', 'engineer',
      'cloudfront', 'cognito', 'inputsBucket', 'resultsBucket', 'sns', 'cloudformation', 'argocd',
      'codecommit', 'codepipeline', 'ecr',
      'cloudtrail', 'logsBucket', 'identityCenter', 'controlTower',
    ],
    collapse: ['prodAccount', 'sharedAccount', 'securityAccount', 'mgmtAccount'],
  },
  overview: {
    kind: 'flowchart',
    direction: 'LR',
    title: l('Visão geral na AWS', 'AWS overview'),
    description: l(
      'Do navegador ao banco e ao pipeline de análise: borda global, VPC em três AZs com o cluster EKS, dados gerenciados e análise no Step Functions com AWS Batch.',
      'From the browser to the database and the analysis pipeline: global edge, a VPC over three AZs with the EKS cluster, managed data stores and analysis on Step Functions with AWS Batch.',
    ),
    components: [
      'scientist', 'route53', 'waf', 'cloudfront', 'cognito', 'alb', 'lbController',
      'web', 'api', 'worker', 'rdsProxy', 'auroraWriter', 'auroraReaderB', 'elasticache',
      'inputsBucket', 'resultsBucket', 'eventbridge', 'statusQueue', 'stepFunctions',
      'batchQueue', 'batchSpot', 'batchOnDemand', 'ecr',
    ],
    flatten: ['azA', 'azB', 'dataA', 'dataB', 'aws', 'prodAccount'],
    hideProtocols: ['DNS', 'Replication'],
  },
  network: {
    kind: 'flowchart',
    direction: 'TB',
    title: l('Rede: VPC em três zonas de disponibilidade', 'Network: a VPC over three Availability Zones'),
    description: l(
      'Cada AZ tem sub-rede pública (NAT gateway próprio), privada de aplicação (nós EKS e Batch) e privada de dados (Aurora). Só o ALB recebe tráfego de fora, e só do CloudFront.',
      'Each AZ has a public subnet (its own NAT gateway), a private app subnet (EKS and Batch nodes) and a private data subnet (Aurora). Only the ALB takes outside traffic, and only from CloudFront.',
    ),
    components: [
      'cloudfront', 'internetGateway', 'alb', 'vpcEndpoints', 'karpenter',
      'natA', 'natB', 'natC', 'nodesA', 'nodesB', 'nodesC',
      'auroraWriter', 'auroraReaderB', 'auroraReaderC',
    ],
    flatten: ['aws', 'prodAccount', 'primaryRegion', 'edge'],
  },
  upload: {
    kind: 'sequence',
    flow: 'upload',
    title: l('Fluxo de upload', 'Upload flow'),
    description: l(
      'O navegador envia cada arquivo de proteína direto ao S3 com URLs pré-assinadas emitidas pela API; um evento do S3 dispara a validação assíncrona.',
      'The browser sends each protein file straight to S3 with presigned URLs issued by the API; an S3 event triggers asynchronous validation.',
    ),
  },
  analysis: {
    kind: 'sequence',
    flow: 'analysis',
    title: l('Fluxo de análise', 'Analysis flow'),
    description: l(
      'A API inicia uma execução Standard do Step Functions por análise; um job do AWS Batch por proteína; o estado volta à aplicação por EventBridge e SQS.',
      'The API starts one Standard Step Functions execution per analysis; one AWS Batch job per protein; status returns to the application through EventBridge and SQS.',
    ),
  },
  stateMachine: {
    kind: 'state',
    machine: 'analysis',
    title: l('Máquina de estados da análise', 'Analysis state machine'),
    description: l(
      'Lista os arquivos da amostra, distribui um job Batch por proteína num estado Map, agrega o relatório; qualquer erro não recuperado registra a causa e encerra a execução como falha.',
      'Lists the sample files, fans out one Batch job per protein in a Map state, aggregates the report; any unrecovered error records its cause and ends the execution as failed.',
    ),
  },
  lifecycle: {
    kind: 'lifecycle',
    buckets: ['inputsBucket', 'resultsBucket', 'logsBucket'],
    title: l('Ciclo de vida dos dados', 'Data lifecycle'),
    description: l(
      'Regras de ciclo de vida de cada bucket: classe de armazenamento por idade do objeto, expiração e limpeza de versões antigas e uploads incompletos.',
      'Lifecycle rules of each bucket: storage class by object age, expiration, and cleanup of old versions and incomplete uploads.',
    ),
  },
  delivery: {
    kind: 'flowchart',
    direction: 'LR',
    title: l('Entrega: CI/CD e GitOps', 'Delivery: CI/CD and GitOps'),
    description: l(
      'Um merge dispara o CodePipeline: testes, build e varredura no CodeBuild, imagem imutável no ECR, tag atualizada no repositório gitops; o Argo CD aplica no cluster com canário. A infraestrutura segue pelo mesmo pipeline em change sets do CloudFormation.',
      'A merge triggers CodePipeline: tests, build and scan in CodeBuild, an immutable image in ECR, the tag bumped in the gitops repository; Argo CD applies it to the cluster with a canary. Infrastructure goes through the same pipeline as CloudFormation change sets.',
    ),
    components: [
      'developer', 'codecommit', 'codepipeline', 'codebuild', 'ecr', 'inspector', 'cloudformation',
      'argocd', 'eksControlPlane', 'web', 'api', 'worker',
    ],
    flatten: ['aws', 'prodAccount', 'vpc'],
  },
  observability: {
    kind: 'flowchart',
    direction: 'LR',
    title: l('Observabilidade e SLOs', 'Observability and SLOs'),
    description: l(
      'Os pods emitem OpenTelemetry ao ADOT, que envia traces ao X-Ray, métricas ao Managed Prometheus e logs ao CloudWatch; canários medem a jornada de fora; alarmes de burn rate chegam ao plantão pelo SNS.',
      'Pods emit OpenTelemetry to ADOT, which sends traces to X-Ray, metrics to Managed Prometheus and logs to CloudWatch; canaries measure the journey from outside; burn-rate alarms reach on-call through SNS.',
    ),
    components: [
      'web', 'api', 'worker', 'adot', 'xray', 'prometheus', 'grafana', 'cloudwatch', 'canaries',
      'cloudfront', 'stepFunctions', 'batchQueue', 'sns', 'engineer', 'identityCenter',
    ],
    flatten: ['aws', 'prodAccount', 'vpc', 'mgmtAccount'],
  },
  security: {
    kind: 'flowchart',
    direction: 'LR',
    title: l('Fronteiras de segurança', 'Security boundaries'),
    description: l(
      'Fronteiras de confiança (internet, borda, VPC, contas) e os controles em cada uma: WAF e TLS na entrada, identidade federada, chaves KMS por domínio de dados, segredos rotacionados e detecção centralizada na conta de segurança.',
      'Trust boundaries (internet, edge, VPC, accounts) and the controls at each: WAF and TLS at the entry, federated identity, one KMS key per data domain, rotated secrets and detection centralised in the security account.',
    ),
    components: [
      'scientist', 'engineer', 'waf', 'shield', 'acm', 'cloudfront', 'cognito', 'alb',
      'web', 'api', 'externalSecrets', 'secretsManager', 'kms', 'rdsProxy', 'auroraWriter',
      'inputsBucket', 'resultsBucket', 'controlTower', 'identityCenter', 'cloudtrail',
      'config', 'guardduty', 'inspector', 'accessAnalyzer', 'securityHub', 'logsBucket',
    ],
    flatten: ['aws', 'dataA', 'azA'],
    hideProtocols: ['DNS', 'Logs/Metrics'],
  },
  dr: {
    kind: 'flowchart',
    direction: 'LR',
    title: l('Backup e recuperação de desastres', 'Backup and disaster recovery'),
    description: l(
      'Backups do Aurora e do bucket de entradas no AWS Backup, copiados para a região de DR; o bucket de resultados replica continuamente para a região de DR com a mesma retenção.',
      'Aurora and inputs-bucket backups in AWS Backup, copied to the DR region; the results bucket replicates continuously to the DR region with the same retention.',
    ),
    components: [
      'auroraWriter', 'inputsBucket', 'resultsBucket', 'backupVault', 'drVault', 'resultsReplica',
    ],
    flatten: ['aws', 'vpc', 'azA', 'dataA'],
  },
} as const satisfies Record<string, ViewDef<ComponentId, GroupId, FlowId>>;

export type ViewId = keyof typeof views;
