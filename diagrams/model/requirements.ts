import type { ComponentId } from './components';
import type { ModelShape } from './shape';
import { l, type Text } from './text';

/**
 * The brief's requirements, quoted in Portuguese with an English rendering, each traced to the
 * components that satisfy it, the section that argues it and a check over the model.
 */
export interface RequirementDef<C extends string = string> {
  readonly kind: 'explicit' | 'implicit';
  /** The brief's words (pt-BR is the original); for implicit ones, the need they express. */
  readonly quote: Text;
  readonly components: readonly C[];
  /** Doc page (path under /docs) and heading anchor that argues it. */
  readonly section: { readonly page: string; readonly anchor: string };
  /** Returns the problems found; an empty list means the model meets the requirement. */
  readonly check: (model: ModelShape) => string[];
}

const hasConnection = (m: ModelShape, from: string, to: string, why: string) =>
  m.connections.some((c) => c.from === from && c.to === to)
    ? []
    : [`no connection ${from} -> ${to} (${why})`];

const inGroup = (m: ModelShape, id: string, group: string): boolean => {
  for (let g = m.components[id]?.group; g !== undefined; g = m.groups[g]?.parent)
    if (g === group) return true;
  return false;
};

const runsOnKubernetes = (m: ModelShape, id: string) =>
  m.components[id]?.kind === 'k8s' && inGroup(m, id, 'eksCluster')
    ? []
    : [`"${id}" is not a workload of the EKS cluster`];

const keepsFor = (m: ModelShape, id: string, days: number) => {
  const lc = m.components[id]?.data?.lifecycle;
  if (!lc) return [`"${id}" has no lifecycle`];
  return lc.expireAfterDays >= days
    ? []
    : [`"${id}" expires after ${lc.expireAfterDays} days, fewer than ${days}`];
};

const overview = 'architecture/overview';
const upload = 'architecture/upload';
const pipeline = 'architecture/pipeline';

export const requirements = {
  djangoFrontEnd: {
    kind: 'explicit',
    quote: l(
      'front-end desenvolvido utilizando o framework Django do Python',
      'a front end built with the Python Django framework',
    ),
    components: ['web', 'alb', 'cloudfront'],
    section: { page: overview, anchor: 'overview' },
    check: (m) => [
      ...runsOnKubernetes(m, 'web'),
      ...hasConnection(m, 'alb', 'web', 'pages reach Django'),
    ],
  },
  fastApiOnKubernetes: {
    kind: 'explicit',
    quote: l(
      'API controladora do serviço desenvolvida utilizando o framework FastAPI [...] deverão ser implantados utilizando Kubernetes',
      'a service-controlling API built with FastAPI [...] must be deployed on Kubernetes',
    ),
    components: ['api', 'eksControlPlane', 'karpenter'],
    section: { page: overview, anchor: 'overview' },
    check: (m) => [
      ...runsOnKubernetes(m, 'api'),
      ...hasConnection(m, 'alb', 'api', '/api reaches FastAPI'),
    ],
  },
  otherServicesOnKubernetes: {
    kind: 'explicit',
    quote: l(
      'eventuais outros serviços que são gerenciados pela aplicação deverão ser implantados utilizando Kubernetes',
      'any other services managed by the application must be deployed on Kubernetes',
    ),
    components: ['worker', 'externalSecrets', 'adot', 'argocd'],
    section: { page: overview, anchor: 'overview' },
    check: (m) => runsOnKubernetes(m, 'worker'),
  },
  relationalDatabase: {
    kind: 'explicit',
    quote: l(
      'As informações de usuários e análises realizadas deverão ser mantidas em um banco de dados relacional',
      'user and analysis information must be kept in a relational database',
    ),
    components: ['auroraWriter', 'auroraReaderB', 'auroraReaderC', 'rdsProxy'],
    section: { page: overview, anchor: 'overview' },
    check: (m) => [
      ...(m.components.auroraWriter?.service === 'rds'
        ? []
        : ['the analysis store is not Aurora PostgreSQL']),
      ...hasConnection(m, 'api', 'rdsProxy', 'the API reads and writes through RDS Proxy'),
      ...hasConnection(m, 'rdsProxy', 'auroraWriter', 'the proxy reaches the writer'),
    ],
  },
  browserUploads: {
    kind: 'explicit',
    quote: l(
      'permitir que o usuário faça o upload de diversos arquivos por amostra (um arquivo por proteína na amostra) a partir do navegador web',
      'let users upload several files per sample (one file per protein in the sample) from the web browser',
    ),
    components: ['scientist', 'api', 'inputsBucket', 'worker'],
    section: { page: upload, anchor: 'path' },
    check: (m) => [
      ...hasConnection(m, 'scientist', 'inputsBucket', 'file bytes go straight to S3'),
      ...hasConnection(m, 'api', 'inputsBucket', 'the API signs the upload URLs'),
      ...(m.flows.upload ? [] : ['the upload flow is not modelled']),
    ],
  },
  inputsOneYear: {
    kind: 'explicit',
    quote: l(
      'Os arquivos de entrada deverão ficar disponíveis durante um ano, depois podem ser apagados',
      'input files must stay available for one year, then may be deleted',
    ),
    components: ['inputsBucket', 'backupVault'],
    section: { page: 'architecture/data-lifecycle', anchor: 'inputs' },
    check: (m) => keepsFor(m, 'inputsBucket', 366),
  },
  stepFunctionsAndBatch: {
    kind: 'explicit',
    quote: l(
      'análise [...] realizada de forma automatizada utilizando os serviços AWS Step Functions (Orquestração) e AWS Batch (Execução)',
      'the analysis runs automatically on AWS Step Functions (orchestration) and AWS Batch (execution)',
    ),
    components: ['stepFunctions', 'batchQueue', 'batchSpot', 'batchOnDemand', 'ecr'],
    section: { page: pipeline, anchor: 'state-machine' },
    check: (m) => {
      const machine = m.stateMachines.analysis;
      const usesBatch = Object.values(machine?.states ?? {}).some(
        (s) => s.resource === 'batchQueue',
      );
      return [
        ...hasConnection(m, 'stepFunctions', 'batchQueue', 'Step Functions submits Batch jobs'),
        ...(usesBatch ? [] : ['no state of the analysis state machine runs on AWS Batch']),
      ];
    },
  },
  resultsOnS3: {
    kind: 'explicit',
    quote: l(
      'Os arquivos finais devem ser armazenados no AWS S3',
      'the final files must be stored on AWS S3',
    ),
    components: ['resultsBucket', 'batchSpot', 'batchOnDemand'],
    section: { page: pipeline, anchor: 'results' },
    check: (m) => [
      ...hasConnection(m, 'batchSpot', 'resultsBucket', 'jobs write results'),
      ...(m.components.resultsBucket?.service === 's3' ? [] : ['results are not on S3']),
    ],
  },
  invokedOnDemand: {
    kind: 'explicit',
    quote: l(
      'Os recursos serão invocados pela aplicação. O fluxo de análise será submetido por demanda de acordo com as solicitações realizadas na aplicação',
      'the resources are invoked by the application; the analysis flow is submitted on demand, as requested in the application',
    ),
    components: ['api', 'stepFunctions', 'eventbridge', 'statusQueue', 'worker'],
    section: { page: pipeline, anchor: 'start' },
    check: (m) => [
      ...hasConnection(m, 'api', 'stepFunctions', 'the API starts executions'),
      ...hasConnection(m, 'stepFunctions', 'eventbridge', 'status flows back as events'),
    ],
  },
  resultsFiveYears: {
    kind: 'explicit',
    quote: l(
      'Os arquivos de resultados das análises deverão estar disponíveis para consulta por 5 anos',
      'analysis result files must be available for consultation for 5 years',
    ),
    components: ['resultsBucket', 'resultsReplica'],
    section: { page: 'architecture/data-lifecycle', anchor: 'results' },
    check: (m) => {
      const lc = m.components.resultsBucket?.data?.lifecycle;
      const cold =
        lc?.transitions.filter((t) => t.to === 'GLACIER' || t.to === 'DEEP_ARCHIVE') ?? [];
      return [
        ...keepsFor(m, 'resultsBucket', 1825),
        ...keepsFor(m, 'resultsReplica', 1825),
        // Flexible Retrieval and Deep Archive need a restore before a read: not "available for consultation".
        ...cold.map((t) => `results move to ${t.to}, which needs a restore before reading`),
      ];
    },
  },
  manyConcurrentUsers: {
    kind: 'implicit',
    quote: l(
      'Espera-se que a aplicação suporte grande quantidade de usuários conectados ao mesmo tempo',
      'the application is expected to support a large number of users connected at the same time',
    ),
    components: ['cloudfront', 'alb', 'web', 'api', 'karpenter', 'rdsProxy', 'elasticache'],
    section: { page: 'architecture/capacity', anchor: 'pods' },
    check: (m) => [
      ...hasConnection(
        m,
        'web',
        'elasticache',
        'sessions live outside the pods, so pods scale freely',
      ),
      ...hasConnection(m, 'api', 'rdsProxy', 'a connection pool sits in front of the database'),
      ...(['web', 'api'] as const).flatMap((id) =>
        m.components[id]?.availability === 'multi-az' ? [] : [`"${id}" does not run across AZs`],
      ),
    ],
  },
  highAvailability: {
    kind: 'implicit',
    quote: l('e que possua alta disponibilidade', 'and that it is highly available'),
    components: ['auroraWriter', 'auroraReaderB', 'natA', 'natB', 'natC', 'alb', 'eksControlPlane'],
    section: { page: 'architecture/ha-dr', anchor: 'high-availability' },
    check: (m) => {
      const azs = Object.entries(m.groups)
        .filter(([, g]) => g.kind === 'az')
        .map(([id]) => id);
      const single = Object.entries(m.components).filter(
        ([, c]) => c.data && c.availability === 'single-az',
      );
      return [
        ...(azs.length >= 3 ? [] : [`the VPC spans ${azs.length} AZs, fewer than 3`]),
        ...single.map(([id]) => `"${id}" stores data in one AZ`),
      ];
    },
  },
  devOpsPractices: {
    kind: 'implicit',
    quote: l(
      'A solução deve seguir as boas práticas de DevOps para ambientes de produção',
      'the solution must follow DevOps good practice for production environments',
    ),
    components: [
      'codecommit',
      'codepipeline',
      'codebuild',
      'ecr',
      'argocd',
      'cloudformation',
      'cloudwatch',
    ],
    section: { page: overview, anchor: 'delivery' },
    check: (m) => [
      ...hasConnection(m, 'codepipeline', 'codebuild', 'every change is built and tested'),
      ...hasConnection(m, 'codepipeline', 'cloudformation', 'infrastructure is code'),
      ...hasConnection(m, 'argocd', 'codecommit', 'the cluster follows Git (GitOps)'),
      ...hasConnection(m, 'adot', 'cloudwatch', 'telemetry is collected'),
    ],
  },
  awsAtEveryStage: {
    kind: 'implicit',
    quote: l(
      'utilizando, em todas as etapas, ferramentas e serviços presentes na AWS',
      'using AWS tools and services at every stage',
    ),
    components: ['codecommit', 'codepipeline', 'eksControlPlane', 'cloudwatch', 'backupVault'],
    section: { page: overview, anchor: 'context' },
    check: (m) =>
      Object.entries(m.components)
        .filter(([, c]) => c.kind === 'external')
        .map(([id]) => `"${id}" is outside AWS`),
  },
} as const satisfies Record<string, RequirementDef<ComponentId>>;

export type RequirementId = keyof typeof requirements;
