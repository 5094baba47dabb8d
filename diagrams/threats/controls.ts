import type { ComponentId } from '../model/components';
import { l } from '../model/text';
import type { MitigationId } from './mitigation-ids';
import type { ControlDef } from './types';

/**
 * The controls the threat model can cite. Each names the components that realise it, with ids
 * typed against the model: renaming or removing a component breaks the compile here first.
 */
export const controls = {
  tlsEdge: {
    label: l(
      'TLS 1.2+ no CloudFront com certificado do ACM e HSTS',
      'TLS 1.2+ on CloudFront with an ACM certificate and HSTS',
    ),
    realisedBy: ['acm', 'cloudfront'],
  },
  tlsToOrigin: {
    label: l(
      'HTTPS do CloudFront ao ALB (origin protocol https-only) e do ALB aos pods',
      'HTTPS from CloudFront to the ALB (https-only origin protocol) and from the ALB to pods',
    ),
    realisedBy: ['cloudfront', 'alb', 'acm'],
  },
  wafManagedRules: {
    label: l(
      'Regras gerenciadas do WAF (Core, KnownBadInputs, reputação de IP)',
      'WAF managed rule groups (Core, KnownBadInputs, IP reputation)',
    ),
    realisedBy: ['waf', 'cloudfront', 'cognito', 'alb'],
  },
  wafRateLimit: {
    label: l('Regra de limite de taxa por IP no WAF', 'Per-IP rate-based WAF rule'),
    realisedBy: ['waf', 'cloudfront', 'cognito'],
  },
  ddosProtection: {
    label: l(
      'Shield Standard em CloudFront e Route 53, que absorvem floods de camadas 3 e 4',
      'Shield Standard on CloudFront and Route 53, which absorb layer 3 and 4 floods',
    ),
    realisedBy: ['shield', 'cloudfront', 'route53'],
  },
  userMfa: {
    label: l(
      'Login no Cognito com MFA, authorization code + PKCE e tokens de vida curta',
      'Cognito sign-in with MFA, authorization code + PKCE and short-lived tokens',
    ),
    realisedBy: ['cognito', 'web'],
  },
  originRestriction: {
    label: l(
      'Security group do ALB aceita só o prefix list de origem do CloudFront',
      'ALB security group accepts only the CloudFront origin-facing prefix list',
    ),
    realisedBy: ['alb', 'cloudfront'],
  },
  ownerAuthorization: {
    label: l(
      'Autorização por dono em cada requisição (sub do JWT) e row-level security no PostgreSQL',
      'Per-request owner authorisation (JWT sub) and PostgreSQL row-level security',
    ),
    realisedBy: ['api', 'worker', 'auroraWriter'],
    catalogue: 'tenant-isolation',
  },
  scopedPresign: {
    label: l(
      'URL pré-assinada curta, para uma única chave dentro de inputs/{usuário}/',
      'Short-lived presigned URL for a single key inside inputs/{user}/',
    ),
    realisedBy: ['api', 'inputsBucket', 'resultsBucket'],
    catalogue: 'proxied-uploads',
  },
  uploadValidation: {
    label: l(
      'Checksum SHA-256 exigido na URL e validação do objeto pelo worker antes de usá-lo',
      'SHA-256 checksum required by the URL and object validation by the worker before use',
    ),
    realisedBy: ['api', 'inputsBucket', 'worker'],
  },
  s3TlsOnly: {
    label: l(
      'Bucket policy nega requisições sem TLS (aws:SecureTransport)',
      'Bucket policy denies requests without TLS (aws:SecureTransport)',
    ),
    realisedBy: ['inputsBucket', 'resultsBucket', 'logsBucket'],
    catalogue: 'no-encryption-in-transit',
  },
  blockPublicAccess: {
    label: l(
      'S3 Block Public Access na conta e nos buckets, travado por SCP',
      'S3 Block Public Access on the account and buckets, locked by an SCP',
    ),
    realisedBy: ['inputsBucket', 'resultsBucket', 'logsBucket', 'controlTower'],
    catalogue: 'public-data-stores',
  },
  multipartCleanup: {
    label: l(
      'Ciclo de vida aborta uploads multipart incompletos e a API limita partes por arquivo',
      'Lifecycle aborts incomplete multipart uploads and the API caps parts per file',
    ),
    realisedBy: ['inputsBucket', 'api'],
  },
  s3DataEvents: {
    label: l(
      'Eventos de dados do S3 na trilha da organização (quem leu ou gravou cada objeto)',
      'S3 data events in the organization trail (who read or wrote each object)',
    ),
    realisedBy: ['cloudtrail', 'logsBucket', 'inputsBucket', 'resultsBucket'],
    catalogue: 'missing-audit-logs',
  },
  orgTrail: {
    label: l(
      'Trilha do CloudTrail da organização no log archive da conta de segurança',
      'Organization CloudTrail trail into the security account log archive',
    ),
    realisedBy: ['cloudtrail', 'logsBucket'],
    catalogue: 'missing-audit-logs',
  },
  immutableLogArchive: {
    label: l(
      'Validação de integridade dos arquivos do CloudTrail e Object Lock no log archive',
      'CloudTrail log file integrity validation and Object Lock on the log archive',
    ),
    realisedBy: ['cloudtrail', 'logsBucket'],
    catalogue: 'missing-audit-logs',
  },
  logDeliveryPolicy: {
    label: l(
      'Bucket policy do log archive aceita só principals de serviço com aws:SourceOrgID da organização',
      'Log archive bucket policy accepts only service principals with the organization aws:SourceOrgID',
    ),
    realisedBy: ['logsBucket'],
  },
  threatDetection: {
    label: l(
      'GuardDuty (CloudTrail, DNS, VPC Flow Logs, S3, EKS, runtime) com achados no Security Hub',
      'GuardDuty (CloudTrail, DNS, VPC Flow Logs, S3, EKS, runtime) with findings in Security Hub',
    ),
    realisedBy: ['guardduty', 'securityHub', 'sns'],
  },
  driftDetection: {
    label: l(
      'AWS Config com regras gerenciadas e detecção de drift das stacks',
      'AWS Config managed rules and stack drift detection',
    ),
    realisedBy: ['config', 'securityHub'],
    catalogue: 'manual-changes-drift',
  },
  iacOnlyChanges: {
    label: l(
      'Mudanças só por change set do pipeline; SCP nega escrita fora dos papéis de deploy',
      'Changes only through pipeline change sets; an SCP denies writes outside the deploy roles',
    ),
    realisedBy: ['codepipeline', 'cloudformation', 'controlTower'],
    catalogue: 'manual-changes-drift',
  },
  scpGuardrails: {
    label: l(
      'SCPs: nega desligar CloudTrail/GuardDuty/Config, sair da organização e usar outras regiões',
      'SCPs: deny disabling CloudTrail/GuardDuty/Config, leaving the organization and other regions',
    ),
    realisedBy: ['controlTower'],
    catalogue: 'root-account-use',
  },
  workforceSso: {
    label: l(
      'IAM Identity Center com MFA e credenciais temporárias; nenhum usuário IAM',
      'IAM Identity Center with MFA and temporary credentials; no IAM users',
    ),
    realisedBy: ['identityCenter'],
    catalogue: 'long-lived-keys',
  },
  leastPrivilegeSets: {
    label: l(
      'Permission sets por função, revisados com o IAM Access Analyzer (acesso não usado)',
      'Per-role permission sets, reviewed with IAM Access Analyzer (unused access)',
    ),
    realisedBy: ['identityCenter', 'accessAnalyzer'],
    catalogue: 'broad-iam-policies',
  },
  breakGlass: {
    label: l(
      'Acesso de emergência documentado (root com MFA físico no cofre), cujo uso gera alerta',
      'Documented emergency access (root with a hardware MFA in the safe) whose use raises an alert',
    ),
    realisedBy: ['controlTower', 'cloudtrail', 'guardduty'],
    catalogue: 'root-account-use',
  },
  branchProtection: {
    label: l(
      'Pull request com aprovação obrigatória e aprovação manual antes de produção',
      'Pull requests with mandatory approval and a manual approval before production',
    ),
    realisedBy: ['codecommit', 'codepipeline'],
  },
  ciScanning: {
    label: l(
      'CI roda varredura de segredos, SCA de dependências fixadas, cdk-nag e varredura de imagem',
      'CI runs secret scanning, SCA of pinned dependencies, cdk-nag and image scanning',
    ),
    realisedBy: ['codebuild', 'inspector'],
    catalogue: 'secrets-in-code',
  },
  immutableImages: {
    label: l(
      'Tags imutáveis no ECR e deploy por digest pelo Argo CD',
      'Immutable ECR tags and deployment by digest through Argo CD',
    ),
    realisedBy: ['ecr', 'codebuild', 'argocd'],
    catalogue: 'mutable-unscanned-images',
  },
  orgScopedRegistry: {
    label: l(
      'Política do repositório ECR permite pull só da organização (aws:PrincipalOrgID)',
      'ECR repository policy allows pulls only from the organization (aws:PrincipalOrgID)',
    ),
    realisedBy: ['ecr'],
  },
  scopedDeployRoles: {
    label: l(
      'Papéis de deploy do bootstrap do CDK confiam só na conta de entrega',
      'CDK bootstrap deploy roles trust only the delivery account',
    ),
    realisedBy: ['cloudformation', 'codepipeline'],
    catalogue: 'shared-accounts',
  },
  podIdentity: {
    label: l(
      'EKS Pod Identity: um papel IAM por service account, credenciais temporárias',
      'EKS Pod Identity: one IAM role per service account, temporary credentials',
    ),
    realisedBy: ['eksControlPlane', 'api', 'worker', 'externalSecrets'],
    catalogue: 'overprivileged-pods',
  },
  workloadLeastPrivilege: {
    label: l(
      'Políticas dos papéis de workload restritas a ações e ARNs usados, com Access Analyzer',
      'Workload role policies limited to the actions and ARNs in use, checked by Access Analyzer',
    ),
    realisedBy: ['accessAnalyzer', 'api', 'worker', 'batchQueue'],
    catalogue: 'broad-iam-policies',
  },
  privateAwsApis: {
    label: l(
      'VPC endpoints para APIs AWS, com políticas de endpoint restritas à organização',
      'VPC endpoints for AWS APIs, with endpoint policies limited to the organization',
    ),
    realisedBy: ['vpcEndpoints'],
  },
  imdsHopLimit: {
    label: l(
      'IMDSv2 obrigatório com hop limit 1 nos nós lançados pelo Karpenter e pelo Batch',
      'IMDSv2 required with hop limit 1 on nodes launched by Karpenter and Batch',
    ),
    realisedBy: ['karpenter', 'nodesA', 'nodesB', 'nodesC'],
    catalogue: 'imdsv1',
  },
  podSecurity: {
    label: l(
      'Pod Security Admission "restricted" no namespace da aplicação',
      'Pod Security Admission "restricted" on the application namespace',
    ),
    realisedBy: ['eksControlPlane'],
    catalogue: 'overprivileged-pods',
  },
  networkPolicies: {
    label: l(
      'NetworkPolicies default-deny, com entradas e saídas liberadas por serviço',
      'Default-deny NetworkPolicies with ingress and egress opened per service',
    ),
    realisedBy: ['web', 'api', 'worker'],
    catalogue: 'no-network-policies',
  },
  securityGroupChain: {
    label: l(
      'Security groups encadeados: dados aceitam só o grupo de quem chama, na porta do serviço',
      'Chained security groups: data stores accept only the caller group, on the service port',
    ),
    realisedBy: ['rdsProxy', 'auroraWriter', 'elasticache', 'alb'],
  },
  dbTls: {
    label: l(
      'TLS obrigatório no RDS Proxy, no Aurora (rds.force_ssl) e no ElastiCache',
      'TLS required on RDS Proxy, Aurora (rds.force_ssl) and ElastiCache',
    ),
    realisedBy: ['rdsProxy', 'auroraWriter', 'elasticache'],
    catalogue: 'no-encryption-in-transit',
  },
  rotatedSecrets: {
    label: l(
      'Senha do banco no Secrets Manager com rotação automática, lida pelo RDS Proxy e pelo External Secrets',
      'Database password in Secrets Manager with automatic rotation, read by RDS Proxy and External Secrets',
    ),
    realisedBy: ['secretsManager', 'rdsProxy', 'externalSecrets'],
    catalogue: 'secrets-in-code',
  },
  dbAudit: {
    label: l(
      'pgaudit e logs do PostgreSQL exportados ao CloudWatch Logs',
      'pgaudit and PostgreSQL logs exported to CloudWatch Logs',
    ),
    realisedBy: ['auroraWriter', 'cloudwatch'],
    catalogue: 'missing-audit-logs',
  },
  dbLeastPrivilege: {
    label: l(
      'Papéis de banco por serviço sem DDL; consultas parametrizadas pelo ORM',
      'Per-service database roles without DDL; parameterised queries through the ORM',
    ),
    realisedBy: ['auroraWriter', 'api', 'worker'],
  },
  connectionPooling: {
    label: l(
      'RDS Proxy limita e reaproveita conexões; max_connections dimensionado',
      'RDS Proxy caps and reuses connections; max_connections sized',
    ),
    realisedBy: ['rdsProxy'],
  },
  multiAzData: {
    label: l(
      'Aurora com réplicas em outras AZs e failover; ElastiCache com réplica multi-AZ',
      'Aurora with replicas in other AZs and failover; ElastiCache with a multi-AZ replica',
    ),
    realisedBy: ['auroraWriter', 'auroraReaderB', 'auroraReaderC', 'elasticache', 'rdsProxy'],
    catalogue: 'single-az-single-nat',
  },
  kmsPerDomain: {
    label: l(
      'Chave KMS do cliente por domínio de dados, com key policy restrita e rotação',
      'Customer managed KMS key per data domain, with a narrow key policy and rotation',
    ),
    realisedBy: ['kms'],
    catalogue: 'encryption-keys',
  },
  confusedDeputy: {
    label: l(
      'Políticas de recurso exigem aws:SourceArn / aws:SourceAccount para principals de serviço',
      'Resource policies require aws:SourceArn / aws:SourceAccount for service principals',
    ),
    realisedBy: ['kms', 'secretsManager', 'inputsBucket', 'resultsBucket', 'statusQueue'],
  },
  deletionGuards: {
    label: l(
      'Deletion protection no Aurora; SCP nega agendar exclusão de chave KMS fora do papel de break-glass',
      'Deletion protection on Aurora; an SCP denies scheduling KMS key deletion outside the break-glass role',
    ),
    realisedBy: ['auroraWriter', 'kms', 'controlTower'],
  },
  natPerAz: {
    label: l(
      'Um NAT gateway por AZ, cada sub-rede privada roteia para o da própria AZ',
      'One NAT gateway per AZ; each private subnet routes to its own AZ',
    ),
    realisedBy: ['natA', 'natB', 'natC'],
    catalogue: 'single-az-single-nat',
  },
  egressControl: {
    label: l(
      'Saída restrita por NetworkPolicy; tráfego para AWS pelos VPC endpoints, não pelo NAT',
      'Egress restricted by NetworkPolicy; AWS traffic through VPC endpoints, not the NAT',
    ),
    realisedBy: ['web', 'api', 'worker', 'vpcEndpoints'],
    catalogue: 'no-network-policies',
  },
  flowLogs: {
    label: l(
      'VPC Flow Logs no log archive, analisados pelo GuardDuty',
      'VPC Flow Logs in the log archive, analysed by GuardDuty',
    ),
    realisedBy: ['logsBucket', 'guardduty'],
    catalogue: 'missing-audit-logs',
  },
  noPublicIps: {
    label: l(
      'Nós sem IP público em sub-redes privadas; só a camada pública roteia ao internet gateway',
      'Nodes without public IPs in private subnets; only the public tier routes to the internet gateway',
    ),
    realisedBy: ['nodesA', 'nodesB', 'nodesC', 'internetGateway'],
  },
  autoscaling: {
    label: l(
      'HPA, PodDisruptionBudgets e Karpenter repõem capacidade nas três AZs',
      'HPA, PodDisruptionBudgets and Karpenter restore capacity across the three AZs',
    ),
    realisedBy: ['karpenter', 'web', 'api', 'worker'],
  },
  albAccessLogs: {
    label: l(
      'Logs de acesso do ALB e do CloudFront no log archive',
      'ALB and CloudFront access logs in the log archive',
    ),
    realisedBy: ['alb', 'cloudfront', 'logsBucket'],
  },
  retriesWithBackoff: {
    label: l(
      'Retries com backoff exponencial e jitter nos SDKs e nos estados do Step Functions',
      'Retries with exponential backoff and jitter in the SDKs and Step Functions states',
    ),
    realisedBy: ['api', 'worker', 'stepFunctions'],
  },
  capacityAlarms: {
    label: l(
      'Alarmes de throttling e de cotas no CloudWatch, entregues ao plantão',
      'Throttling and quota alarms in CloudWatch, delivered to on-call',
    ),
    realisedBy: ['cloudwatch', 'sns'],
  },
  vaultLock: {
    label: l(
      'AWS Backup Vault Lock nos cofres primário e de DR',
      'AWS Backup Vault Lock on the primary and DR vaults',
    ),
    realisedBy: ['backupVault', 'drVault'],
    catalogue: 'unencrypted-backups-no-dr-test',
  },
  objectLock: {
    label: l(
      'S3 Object Lock (GOVERNANCE) nos resultados e na réplica',
      'S3 Object Lock (GOVERNANCE) on the results and their replica',
    ),
    realisedBy: ['resultsBucket', 'resultsReplica'],
    catalogue: 'lgpd',
  },
  replicationMonitoring: {
    label: l(
      'Métricas do S3 RTC e falhas de job do AWS Backup com alarme',
      'S3 RTC metrics and AWS Backup job failures alarmed',
    ),
    realisedBy: ['resultsBucket', 'backupVault', 'cloudwatch'],
    catalogue: 'unencrypted-backups-no-dr-test',
  },
  drRegionKeys: {
    label: l(
      'Cópias recifradas com chave KMS da região de DR; cópia só por papel do AWS Backup',
      'Copies re-encrypted with a DR-region KMS key; copying only by the AWS Backup role',
    ),
    realisedBy: ['drVault', 'resultsReplica', 'kms'],
    catalogue: 'unencrypted-backups-no-dr-test',
  },
  dataResidency: {
    label: l(
      'Dados pessoais processados em sa-east-1; cópia para us-east-1 só como backup cifrado, com base legal do art. 33 da LGPD',
      'Personal data processed in sa-east-1; copies to us-east-1 only as encrypted backups, under an LGPD art. 33 legal basis',
    ),
    realisedBy: ['drVault', 'resultsReplica'],
    catalogue: 'lgpd',
  },
  alertHygiene: {
    label: l(
      'Tópico SNS cifrado, com topic policy restrita; alertas levam links, não dados pessoais',
      'Encrypted SNS topic with a narrow topic policy; alerts carry links, not personal data',
    ),
    realisedBy: ['sns'],
  },
  missingDataAlarms: {
    label: l(
      'Canários de fora para dentro e alarmes que tratam ausência de dados como falha',
      'Outside-in canaries and alarms that treat missing data as breaching',
    ),
    realisedBy: ['canaries', 'cloudwatch'],
  },
  signedFederation: {
    label: l(
      'Asserções SAML assinadas do Identity Center; papéis do Grafana mapeados de grupos',
      'Signed SAML assertions from Identity Center; Grafana roles mapped from groups',
    ),
    realisedBy: ['identityCenter', 'grafana'],
  },
  telemetryScrubbing: {
    label: l(
      'Coletor ADOT remove atributos pessoais; grupos de logs cifrados com KMS e retenção de 90 dias',
      'ADOT collector drops personal attributes; log groups encrypted with KMS and kept 90 days',
    ),
    realisedBy: ['adot', 'cloudwatch', 'kms'],
  },
  spotFallback: {
    label: l(
      'Fila do Batch com ambiente On-Demand após o Spot; Retry/Catch no Step Functions',
      'Batch queue with an On-Demand environment after Spot; Retry/Catch in Step Functions',
    ),
    realisedBy: ['batchQueue', 'batchSpot', 'batchOnDemand', 'stepFunctions'],
  },
  certificateRenewal: {
    label: l(
      'Certificados do ACM com renovação automática por validação DNS',
      'ACM certificates renewed automatically through DNS validation',
    ),
    realisedBy: ['acm', 'route53'],
  },
} as const satisfies Record<string, ControlDef<ComponentId, MitigationId>>;

export type ControlId = keyof typeof controls;
