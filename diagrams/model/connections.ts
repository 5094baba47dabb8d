import type { ComponentId } from './components';
import { l } from './text';
import type { ConnectionDef } from './types';

const https = { protocol: 'HTTPS', encrypted: true, mode: 'sync' } as const;
const awsApi = { protocol: 'AWS API', encrypted: true, mode: 'sync' } as const;
const event = { protocol: 'Event', encrypted: true, mode: 'async' } as const;
const telemetry = { protocol: 'Logs/Metrics', encrypted: true, mode: 'async' } as const;

export const connections = [
  // Users in
  { from: 'scientist', to: 'route53', label: l('resolve o nome', 'resolves the name'), protocol: 'DNS', encrypted: false, mode: 'sync' },
  { from: 'scientist', to: 'cloudfront', label: l('páginas e API', 'pages and API'), ...https },
  { from: 'scientist', to: 'cognito', label: l('login OIDC + MFA', 'OIDC sign-in + MFA'), protocol: 'OIDC', encrypted: true, mode: 'sync' },
  { from: 'scientist', to: 'inputsBucket', label: l('upload multipart pré-assinado', 'presigned multipart upload'), protocol: 'S3 API', encrypted: true, mode: 'sync' },
  { from: 'scientist', to: 'resultsBucket', label: l('download pré-assinado', 'presigned download'), protocol: 'S3 API', encrypted: true, mode: 'sync' },

  // Edge
  { from: 'route53', to: 'cloudfront', label: l('alias A/AAAA', 'alias A/AAAA'), protocol: 'DNS', encrypted: false, mode: 'sync' },
  { from: 'waf', to: 'cloudfront', label: l('web ACL', 'web ACL'), ...awsApi },
  { from: 'waf', to: 'cognito', label: l('web ACL', 'web ACL'), ...awsApi },
  { from: 'shield', to: 'cloudfront', label: l('proteção DDoS', 'DDoS protection'), ...awsApi },
  { from: 'acm', to: 'cloudfront', label: l('certificado TLS', 'TLS certificate'), ...awsApi },
  { from: 'acm', to: 'alb', label: l('certificado TLS', 'TLS certificate'), ...awsApi },
  { from: 'cloudfront', to: 'alb', label: l('origem HTTPS', 'HTTPS origin'), ...https },
  { from: 'lbController', to: 'alb', label: l('cria e registra alvos', 'creates and registers targets'), ...awsApi },
  { from: 'alb', to: 'web', label: l('/ (páginas)', '/ (pages)'), ...https },
  { from: 'alb', to: 'api', label: l('/api', '/api'), ...https },

  // Application
  { from: 'web', to: 'cognito', label: l('troca código por tokens', 'exchanges code for tokens'), protocol: 'OIDC', encrypted: true, mode: 'sync' },
  { from: 'web', to: 'api', label: l('chamadas com JWT', 'calls with JWT'), ...https },
  { from: 'web', to: 'elasticache', label: l('sessões', 'sessions'), protocol: 'Redis/TLS', encrypted: true, mode: 'sync' },
  { from: 'api', to: 'rdsProxy', label: l('SQL', 'SQL'), protocol: 'PostgreSQL/TLS', encrypted: true, mode: 'sync' },
  { from: 'worker', to: 'rdsProxy', label: l('grava estados', 'writes statuses'), protocol: 'PostgreSQL/TLS', encrypted: true, mode: 'sync' },
  { from: 'rdsProxy', to: 'auroraWriter', label: l('escritas', 'writes'), protocol: 'PostgreSQL/TLS', encrypted: true, mode: 'sync' },
  { from: 'rdsProxy', to: 'auroraReaderB', label: l('leituras', 'reads'), protocol: 'PostgreSQL/TLS', encrypted: true, mode: 'sync' },
  { from: 'rdsProxy', to: 'auroraReaderC', label: l('leituras', 'reads'), protocol: 'PostgreSQL/TLS', encrypted: true, mode: 'sync' },
  { from: 'auroraWriter', to: 'auroraReaderB', label: l('volume compartilhado', 'shared volume'), protocol: 'Replication', encrypted: true, mode: 'async' },
  { from: 'auroraWriter', to: 'auroraReaderC', label: l('volume compartilhado', 'shared volume'), protocol: 'Replication', encrypted: true, mode: 'async' },
  { from: 'api', to: 'inputsBucket', label: l('assina URLs de upload', 'signs upload URLs'), ...awsApi },
  { from: 'api', to: 'resultsBucket', label: l('assina URLs de download', 'signs download URLs'), ...awsApi },
  { from: 'api', to: 'stepFunctions', label: l('StartExecution (nome idempotente)', 'StartExecution (idempotent name)'), ...awsApi },
  { from: 'externalSecrets', to: 'secretsManager', label: l('lê segredos', 'reads secrets'), ...awsApi },
  { from: 'secretsManager', to: 'auroraWriter', label: l('rotaciona a senha', 'rotates the password'), ...awsApi },
  { from: 'rdsProxy', to: 'secretsManager', label: l('credenciais', 'credentials'), ...awsApi },

  // Events and the analysis pipeline
  { from: 'inputsBucket', to: 'eventbridge', label: l('Object Created', 'Object Created'), ...event },
  { from: 'stepFunctions', to: 'eventbridge', label: l('mudança de estado', 'status change'), ...event },
  { from: 'eventbridge', to: 'statusQueue', label: l('regras', 'rules'), ...event },
  { from: 'worker', to: 'statusQueue', label: l('long polling', 'long polling'), ...awsApi },
  { from: 'stepFunctions', to: 'batchQueue', label: l('SubmitJob .sync por proteína', 'SubmitJob .sync per protein'), ...awsApi },
  { from: 'batchQueue', to: 'batchSpot', label: l('ordem 1', 'order 1'), ...awsApi },
  { from: 'batchQueue', to: 'batchOnDemand', label: l('ordem 2', 'order 2'), ...awsApi },
  { from: 'batchSpot', to: 'inputsBucket', label: l('lê o arquivo da proteína', 'reads the protein file'), protocol: 'S3 API', encrypted: true, mode: 'sync' },
  { from: 'batchSpot', to: 'resultsBucket', label: l('grava resultados', 'writes results'), protocol: 'S3 API', encrypted: true, mode: 'sync' },
  { from: 'batchOnDemand', to: 'inputsBucket', label: l('lê o arquivo da proteína', 'reads the protein file'), protocol: 'S3 API', encrypted: true, mode: 'sync' },
  { from: 'batchOnDemand', to: 'resultsBucket', label: l('grava resultados', 'writes results'), protocol: 'S3 API', encrypted: true, mode: 'sync' },
  { from: 'batchSpot', to: 'ecr', label: l('puxa a imagem', 'pulls the image'), ...awsApi },
  { from: 'batchOnDemand', to: 'ecr', label: l('puxa a imagem', 'pulls the image'), ...awsApi },
  { from: 'stepFunctions', to: 'resultsBucket', label: l('manifesto agregado', 'aggregated manifest'), ...awsApi },
  { from: 'kms', to: 'inputsBucket', label: l('chave SSE-KMS', 'SSE-KMS key'), ...awsApi },
  { from: 'kms', to: 'resultsBucket', label: l('chave SSE-KMS', 'SSE-KMS key'), ...awsApi },
  { from: 'kms', to: 'auroraWriter', label: l('chave do cluster', 'cluster key'), ...awsApi },

  // Network
  { from: 'natA', to: 'internetGateway', label: l('saída', 'egress'), ...https },
  { from: 'natB', to: 'internetGateway', label: l('saída', 'egress'), ...https },
  { from: 'natC', to: 'internetGateway', label: l('saída', 'egress'), ...https },
  { from: 'nodesA', to: 'natA', label: l('rota padrão', 'default route'), ...https },
  { from: 'nodesB', to: 'natB', label: l('rota padrão', 'default route'), ...https },
  { from: 'nodesC', to: 'natC', label: l('rota padrão', 'default route'), ...https },
  { from: 'nodesA', to: 'vpcEndpoints', label: l('APIs AWS', 'AWS APIs'), ...awsApi },
  { from: 'nodesB', to: 'vpcEndpoints', label: l('APIs AWS', 'AWS APIs'), ...awsApi },
  { from: 'nodesC', to: 'vpcEndpoints', label: l('APIs AWS', 'AWS APIs'), ...awsApi },
  { from: 'alb', to: 'nodesA', label: l('pods (IP)', 'pods (IP)'), ...https },
  { from: 'alb', to: 'nodesB', label: l('pods (IP)', 'pods (IP)'), ...https },
  { from: 'alb', to: 'nodesC', label: l('pods (IP)', 'pods (IP)'), ...https },
  { from: 'nodesA', to: 'auroraWriter', label: l('5432 via RDS Proxy', '5432 via RDS Proxy'), protocol: 'PostgreSQL/TLS', encrypted: true, mode: 'sync' },
  { from: 'nodesB', to: 'auroraReaderB', label: l('5432 via RDS Proxy', '5432 via RDS Proxy'), protocol: 'PostgreSQL/TLS', encrypted: true, mode: 'sync' },
  { from: 'nodesC', to: 'auroraReaderC', label: l('5432 via RDS Proxy', '5432 via RDS Proxy'), protocol: 'PostgreSQL/TLS', encrypted: true, mode: 'sync' },
  { from: 'karpenter', to: 'nodesA', label: l('lança nós', 'launches nodes'), ...awsApi },
  { from: 'karpenter', to: 'nodesB', label: l('lança nós', 'launches nodes'), ...awsApi },
  { from: 'karpenter', to: 'nodesC', label: l('lança nós', 'launches nodes'), ...awsApi },

  // Delivery
  { from: 'developer', to: 'codecommit', label: l('pull request', 'pull request'), protocol: 'Git', encrypted: true, mode: 'sync' },
  { from: 'codecommit', to: 'codepipeline', label: l('merge na main', 'merge to main'), ...event },
  { from: 'codepipeline', to: 'codebuild', label: l('testes, build, varredura', 'tests, build, scan'), ...awsApi },
  { from: 'codebuild', to: 'ecr', label: l('push da imagem', 'pushes the image'), ...awsApi },
  { from: 'codebuild', to: 'codecommit', label: l('atualiza a tag no gitops', 'bumps the tag in gitops'), protocol: 'Git', encrypted: true, mode: 'sync' },
  { from: 'codepipeline', to: 'cloudformation', label: l('change set do CDK', 'CDK change set'), ...awsApi },
  { from: 'argocd', to: 'codecommit', label: l('sincroniza o gitops', 'syncs gitops'), protocol: 'Git', encrypted: true, mode: 'sync' },
  { from: 'argocd', to: 'eksControlPlane', label: l('aplica manifests, canário', 'applies manifests, canary'), ...https },
  { from: 'eksControlPlane', to: 'web', label: l('rollout', 'rollout'), ...https },
  { from: 'eksControlPlane', to: 'api', label: l('rollout', 'rollout'), ...https },
  { from: 'eksControlPlane', to: 'worker', label: l('rollout', 'rollout'), ...https },
  { from: 'ecr', to: 'inspector', label: l('imagens a varrer', 'images to scan'), ...event },

  // Observability
  { from: 'web', to: 'adot', label: l('OTLP', 'OTLP'), ...telemetry },
  { from: 'api', to: 'adot', label: l('OTLP', 'OTLP'), ...telemetry },
  { from: 'worker', to: 'adot', label: l('OTLP', 'OTLP'), ...telemetry },
  { from: 'adot', to: 'xray', label: l('traces', 'traces'), ...telemetry },
  { from: 'adot', to: 'prometheus', label: l('remote write', 'remote write'), ...telemetry },
  { from: 'adot', to: 'cloudwatch', label: l('logs e métricas', 'logs and metrics'), ...telemetry },
  { from: 'stepFunctions', to: 'cloudwatch', label: l('logs de execução', 'execution logs'), ...telemetry },
  { from: 'batchQueue', to: 'cloudwatch', label: l('logs dos jobs', 'job logs'), ...telemetry },
  { from: 'canaries', to: 'cloudfront', label: l('jornadas sintéticas', 'synthetic journeys'), ...https },
  { from: 'canaries', to: 'cloudwatch', label: l('sucesso e latência', 'success and latency'), ...telemetry },
  { from: 'prometheus', to: 'grafana', label: l('consultas PromQL', 'PromQL queries'), ...https },
  { from: 'cloudwatch', to: 'grafana', label: l('fonte de dados', 'data source'), ...https },
  { from: 'prometheus', to: 'sns', label: l('alertas de burn rate', 'burn-rate alerts'), ...event },
  { from: 'cloudwatch', to: 'sns', label: l('alarmes', 'alarms'), ...event },
  { from: 'sns', to: 'engineer', label: l('página o plantão', 'pages on-call'), ...event },

  // Security and governance
  { from: 'engineer', to: 'identityCenter', label: l('login SSO + MFA', 'SSO sign-in + MFA'), ...https },
  { from: 'identityCenter', to: 'grafana', label: l('SAML', 'SAML'), ...https },
  { from: 'controlTower', to: 'cloudtrail', label: l('trilha da organização', 'organization trail'), ...awsApi },
  { from: 'controlTower', to: 'config', label: l('regras e agregador', 'rules and aggregator'), ...awsApi },
  { from: 'cloudtrail', to: 'logsBucket', label: l('logs de API', 'API logs'), ...telemetry },
  { from: 'config', to: 'logsBucket', label: l('histórico de configuração', 'configuration history'), ...telemetry },
  { from: 'cloudfront', to: 'logsBucket', label: l('logs de acesso', 'access logs'), ...telemetry },
  { from: 'cloudtrail', to: 'guardduty', label: l('eventos', 'events'), ...event },
  { from: 'guardduty', to: 'securityHub', label: l('achados', 'findings'), ...event },
  { from: 'inspector', to: 'securityHub', label: l('achados', 'findings'), ...event },
  { from: 'config', to: 'securityHub', label: l('avaliações', 'evaluations'), ...event },
  { from: 'accessAnalyzer', to: 'securityHub', label: l('achados', 'findings'), ...event },
  { from: 'securityHub', to: 'sns', label: l('críticos via EventBridge', 'critical via EventBridge'), ...event },

  // Backup and DR
  { from: 'auroraWriter', to: 'backupVault', label: l('snapshots diários', 'daily snapshots'), protocol: 'Replication', encrypted: true, mode: 'async' },
  { from: 'inputsBucket', to: 'backupVault', label: l('backup contínuo', 'continuous backup'), protocol: 'Replication', encrypted: true, mode: 'async' },
  { from: 'backupVault', to: 'drVault', label: l('cópia entre regiões', 'cross-region copy'), protocol: 'Replication', encrypted: true, mode: 'async' },
  { from: 'resultsBucket', to: 'resultsReplica', label: l('CRR com RTC', 'CRR with RTC'), protocol: 'Replication', encrypted: true, mode: 'async' },
] as const satisfies readonly ConnectionDef<ComponentId>[];
