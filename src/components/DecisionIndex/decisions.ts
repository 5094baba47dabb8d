import { l, type Text } from '@site/diagrams/model/text';

export type DecisionStatus = 'accepted' | 'proposed' | 'superseded';

export const statusLabels: Record<DecisionStatus, Text> = {
  accepted: l('Aceita', 'Accepted'),
  proposed: l('Proposta', 'Proposed'),
  superseded: l('Substituída', 'Superseded'),
};

export interface DecisionRecord {
  /** File name under docs/decisions/ (and its en twin), without `.mdx`; also the URL slug. */
  readonly file: string;
  readonly number: number;
  readonly title: Text;
  readonly status: DecisionStatus;
  readonly date: string;
  readonly decision: Text;
}

/** The architecture decision records; tests/unit/adr-contract.test.ts keeps it in step with the pages. */
export const decisions = [
  {
    file: 'adr-0001-region',
    number: 1,
    title: l(
      'Região sa-east-1, DR em us-east-1 e LGPD',
      'Region sa-east-1, DR in us-east-1 and LGPD',
    ),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'Tudo roda em sa-east-1; us-east-1 guarda só cópias de DR e o certificado do CloudFront.',
      'Everything runs in sa-east-1; us-east-1 holds only DR copies and the CloudFront certificate.',
    ),
  },
  {
    file: 'adr-0002-accounts',
    number: 2,
    title: l('Várias contas com Control Tower', 'Multiple accounts with Control Tower'),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'Landing zone do Control Tower com contas de gerenciamento, segurança/log archive, serviços compartilhados e produção.',
      'Control Tower landing zone with management, security/log archive, shared services and production accounts.',
    ),
  },
  {
    file: 'adr-0003-eks',
    number: 3,
    title: l('EKS para o front-end e a API', 'EKS for the front end and the API'),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'Django, FastAPI e o worker rodam no Amazon EKS com Karpenter, não no ECS.',
      'Django, FastAPI and the worker run on Amazon EKS with Karpenter, not on ECS.',
    ),
  },
  {
    file: 'adr-0004-aurora',
    number: 4,
    title: l(
      'Aurora PostgreSQL como banco relacional',
      'Aurora PostgreSQL as the relational database',
    ),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'Aurora PostgreSQL provisionado com escrita e duas réplicas em três AZs, atrás do RDS Proxy.',
      'Provisioned Aurora PostgreSQL with a writer and two replicas in three AZs, behind RDS Proxy.',
    ),
  },
  {
    file: 'adr-0005-direct-upload',
    number: 5,
    title: l(
      'Upload direto ao S3 com URLs pré-assinadas',
      'Direct upload to S3 with presigned URLs',
    ),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'O navegador envia as partes do multipart direto ao S3; a API só assina e registra.',
      'The browser sends multipart parts straight to S3; the API only signs and records.',
    ),
  },
  {
    file: 'adr-0006-step-functions-standard',
    number: 6,
    title: l('Step Functions Standard para as análises', 'Step Functions Standard for analyses'),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'Uma execução Standard por análise, com nome idempotente e integração .sync com o Batch.',
      'One Standard execution per analysis, with an idempotent name and the .sync Batch integration.',
    ),
  },
  {
    file: 'adr-0007-batch-spot',
    number: 7,
    title: l(
      'Batch em EC2 Spot com reserva On-Demand',
      'Batch on EC2 Spot with an On-Demand fallback',
    ),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'Fila com ambiente Spot primeiro e On-Demand depois, ambos com mínimo de 0 vCPU.',
      'A queue with a Spot environment first and On-Demand second, both with a 0 vCPU minimum.',
    ),
  },
  {
    file: 'adr-0008-object-lock-governance',
    number: 8,
    title: l(
      'Object Lock em modo governance nos resultados',
      'Object Lock in governance mode for results',
    ),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'Resultados travados por 1.827 dias em governance; nenhum papel da aplicação pode contornar a trava.',
      'Results locked for 1,827 days in governance mode; no application role may bypass the lock.',
    ),
  },
  {
    file: 'adr-0009-iac-cdk',
    number: 9,
    title: l('Infraestrutura como código com AWS CDK', 'Infrastructure as code with AWS CDK'),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'AWS CDK em TypeScript, aplicado por change sets do CloudFormation a partir do pipeline.',
      'AWS CDK in TypeScript, applied through CloudFormation change sets from the pipeline.',
    ),
  },
  {
    file: 'adr-0010-cicd-gitops',
    number: 10,
    title: l(
      'CI/CD com CodePipeline e GitOps com Argo CD',
      'CI/CD with CodePipeline and GitOps with Argo CD',
    ),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'CodePipeline e CodeBuild constroem e publicam; Argo CD e Argo Rollouts aplicam no cluster.',
      'CodePipeline and CodeBuild build and publish; Argo CD and Argo Rollouts apply to the cluster.',
    ),
  },
  {
    file: 'adr-0011-observability',
    number: 11,
    title: l('Observabilidade gerenciada na AWS', 'Managed observability on AWS'),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'ADOT coleta; X-Ray, Managed Prometheus e CloudWatch guardam; Managed Grafana mostra os SLOs.',
      'ADOT collects; X-Ray, Managed Prometheus and CloudWatch store; Managed Grafana shows the SLOs.',
    ),
  },
  {
    file: 'adr-0012-cognito',
    number: 12,
    title: l(
      'Amazon Cognito como provedor de identidade',
      'Amazon Cognito as the identity provider',
    ),
    status: 'accepted',
    date: '2026-11-28',
    decision: l(
      'Pesquisadores entram por um user pool do Cognito com MFA e authorization code + PKCE.',
      'Researchers sign in through a Cognito user pool with MFA and authorization code + PKCE.',
    ),
  },
] as const satisfies readonly DecisionRecord[];
