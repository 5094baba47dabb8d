import { l } from '../../diagrams/model/text';
import type { Slide } from '../types';

/** What keeps it up in production: availability, disaster recovery, security, delivery, SLOs. */
export const operations = [
  {
    id: 'availability',
    part: 'talk',
    seconds: 100,
    layout: 'diagram',
    kicker: l('Disponibilidade', 'Availability'),
    title: l('Alta disponibilidade e escala', 'High availability and scale'),
    lead: l(
      'Três AZs em sa-east-1: perder uma zona custa um terço da capacidade, não o serviço',
      'Three AZs in sa-east-1: losing a zone costs a third of the capacity, not the service',
    ),
    diagram: {
      view: 'network',
      focus: [
        {
          caption: l(
            'Só o ALB recebe tráfego de fora, e só do CloudFront; o Karpenter lança nós nas três zonas',
            'Only the ALB takes outside traffic, and only from CloudFront; Karpenter launches nodes in all three zones',
          ),
          components: ['cloudfront', 'alb', 'karpenter', 'nodesA', 'nodesB', 'nodesC'],
        },
        {
          caption: l(
            'Um NAT gateway por zona e VPC endpoints; Aurora com réplicas em outras zonas',
            'One NAT gateway per zone and VPC endpoints; Aurora with replicas in other zones',
          ),
          components: [
            'natA',
            'natB',
            'natC',
            'vpcEndpoints',
            'auroraWriter',
            'auroraReaderB',
            'auroraReaderC',
            'internetGateway',
          ],
        },
      ],
    },
    links: [
      { label: l('Rede', 'Network'), doc: 'overview', anchor: 'network' },
      {
        label: l('Fonte: NAT gateways', 'Source: NAT gateways'),
        href: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
      },
      {
        label: l('Fonte: RDS Proxy', 'Source: RDS Proxy'),
        href: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy.html',
      },
    ],
    notes: l(
      'Cada zona tem três sub-redes: pública com o NAT gateway da zona, privada de aplicação com os nós do EKS e do Batch, e privada de dados com o Aurora. Nenhum nó tem IP público.\n\nUm NAT por zona porque um NAT zonal vive numa AZ só: se ele cair, as outras zonas não podem perder a saída junto. As chamadas às APIs da AWS saem por VPC endpoints, para pouco tráfego passar pelos NATs.\n\nEscala: pods sem estado com HPA, nós com Karpenter, topology spread e PodDisruptionBudgets mantêm réplicas em mais de uma zona. O RDS Proxy segura as conexões quando muitos pods sobem de uma vez e durante um failover do Aurora. O Batch escala de zero conforme a fila, e o S3 e o CloudFront absorvem o tráfego pesado.\n\nSe a zona a cair, vai junto a instância de escrita; a réplica da zona b é promovida.',
      'Each zone has three subnets: public with the zone’s NAT gateway, private app with the EKS and Batch nodes, and private data with Aurora. No node has a public IP.\n\nOne NAT per zone because a zonal NAT gateway lives in a single AZ: if it goes down, the other zones must not lose their way out with it. Calls to AWS APIs leave through VPC endpoints, so little traffic crosses the NATs.\n\nScale: stateless pods with HPA, nodes with Karpenter; topology spread and PodDisruptionBudgets keep replicas in more than one zone. RDS Proxy holds connections when many pods start at once and through an Aurora failover. Batch scales from zero with the queue, and S3 and CloudFront absorb the heavy traffic.\n\nIf zone a fails, the writer goes with it; the zone b replica is promoted.',
    ),
  },
  {
    id: 'dr',
    part: 'talk',
    seconds: 50,
    layout: 'split',
    kicker: l('Disponibilidade', 'Availability'),
    title: l(
      'Desastre regional: recuperação, não failover',
      'Regional disaster: recovery, not failover',
    ),
    points: [
      l(
        'AWS Backup: Aurora e bucket de entradas, cópias para us-east-1 com Vault Lock',
        'AWS Backup: Aurora and the inputs bucket, copies to us-east-1 under Vault Lock',
      ),
      l(
        'Resultados replicados continuamente com Replication Time Control',
        'Results replicated continuously with Replication Time Control',
      ),
      l(
        'Recuperar: a mesma IaC em us-east-1, restaurar o Aurora, apontar o Route 53',
        'Recover: the same IaC in us-east-1, restore Aurora, repoint Route 53',
      ),
      l(
        'Dados pessoais fora do Brasil: validar a base legal na LGPD',
        'Personal data outside Brazil: validate the legal basis under LGPD',
      ),
    ],
    diagram: { view: 'dr' },
    links: [
      { label: l('Recuperação de desastres', 'Disaster recovery'), doc: 'overview', anchor: 'dr' },
      {
        label: l('Fonte: S3 Replication Time Control', 'Source: S3 Replication Time Control'),
        href: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html',
      },
    ],
    notes: l(
      'A alta disponibilidade do enunciado se resolve dentro da região, com três zonas. A perda de uma região inteira é tratada como recuperação.\n\nOs resultados chegam à outra região com perda de minutos: o Replication Time Control copia 99,99% dos objetos em até 15 minutos. O banco volta com perda de até um dia de escritas, pela cadência diária das cópias; um Aurora Global Database reduziria isso, ao preço de um cluster ligado o tempo todo na outra região.\n\nE um ponto que não é técnico: copiar dados pessoais para fora do Brasil é transferência internacional, uma decisão a validar com o jurídico.',
      'The high availability the brief asks for is solved inside the region, with three zones. Losing a whole region is handled as recovery.\n\nResults reach the other region minutes behind: Replication Time Control copies 99.99% of objects within 15 minutes. The database comes back up to a day behind, because copies are daily; an Aurora Global Database would shrink that, at the price of a cluster running all the time in the other region.\n\nAnd a point that is not technical: copying personal data out of Brazil is an international transfer, a decision to validate with legal.',
    ),
  },
  {
    id: 'security',
    part: 'talk',
    seconds: 100,
    layout: 'diagram',
    kicker: l('Segurança', 'Security'),
    title: l('Segurança: um controle em cada fronteira', 'Security: a control at every boundary'),
    lead: l('Nenhuma chave de acesso estática em lugar nenhum', 'No static access keys anywhere'),
    diagram: {
      view: 'security',
      focus: [
        {
          caption: l(
            'Entrada: WAF, Shield Standard e TLS do ACM no CloudFront',
            'Entry: WAF, Shield Standard and ACM TLS on CloudFront',
          ),
          components: ['waf', 'shield', 'acm', 'cloudfront', 'scientist'],
        },
        {
          caption: l(
            'Identidade: Cognito com MFA para pesquisadores, EKS Pod Identity para os pods',
            'Identity: Cognito with MFA for researchers, EKS Pod Identity for pods',
          ),
          components: ['cognito', 'alb', 'web', 'api', 'externalSecrets'],
        },
        {
          caption: l(
            'Dados: uma chave KMS por domínio, segredos rotacionados, TLS no RDS Proxy',
            'Data: one KMS key per domain, rotated secrets, TLS on RDS Proxy',
          ),
          components: [
            'rdsProxy',
            'secretsManager',
            'kms',
            'auroraWriter',
            'inputsBucket',
            'resultsBucket',
          ],
        },
        {
          caption: l(
            'Pessoas: IAM Identity Center e SCPs; a trilha do CloudTrail vai à conta de segurança',
            'People: IAM Identity Center and SCPs; the CloudTrail trail goes to the security account',
          ),
          components: ['engineer', 'controlTower', 'identityCenter', 'cloudtrail'],
        },
        {
          caption: l(
            'Detecção: GuardDuty, Config, Inspector e Access Analyzer no Security Hub',
            'Detection: GuardDuty, Config, Inspector and Access Analyzer into Security Hub',
          ),
          components: [
            'guardduty',
            'config',
            'inspector',
            'accessAnalyzer',
            'securityHub',
            'logsBucket',
          ],
        },
      ],
    },
    links: [{ label: l('Segurança', 'Security'), doc: 'overview', anchor: 'security' }],
    notes: l(
      'Na entrada: WAF com regras gerenciadas e limite por IP, Shield Standard e TLS com certificados do ACM no CloudFront e no ALB.\n\nNa identidade: pesquisadores entram pelo Cognito com MFA, engenheiros pelo IAM Identity Center com credenciais temporárias, e os pods recebem permissões pelo EKS Pod Identity. Não existe chave de acesso estática.\n\nNos dados: uma chave KMS por domínio, senha do banco rotacionada pelo Secrets Manager e entregue pelo External Secrets, TLS exigido no RDS Proxy. O isolamento entre usuários está em três lugares: o prefixo no S3, a API que só assina dentro dele e o worker que confere o dono.\n\nA detecção é centralizada na conta de segurança, e só os achados críticos acordam o plantão.',
      'At the entry: WAF with managed rules and per-IP rate limits, Shield Standard, and TLS with ACM certificates on CloudFront and the ALB.\n\nIdentity: researchers sign in through Cognito with MFA, engineers through IAM Identity Center with temporary credentials, and pods get permissions through EKS Pod Identity. There is no static access key.\n\nData: one KMS key per domain, the database password rotated by Secrets Manager and delivered by External Secrets, TLS required on RDS Proxy. Isolation between users lives in three places: the S3 prefix, the API that only signs inside it, and the worker that checks the owner.\n\nDetection is centralised in the security account, and only critical findings wake on-call.',
    ),
  },
  {
    id: 'delivery',
    part: 'talk',
    seconds: 80,
    layout: 'diagram',
    kicker: l('DevOps', 'DevOps'),
    title: l(
      'Entrega: tudo por pull request, GitOps no cluster',
      'Delivery: everything by pull request, GitOps in the cluster',
    ),
    lead: l(
      'O CodePipeline testa e publica; o Argo CD puxa; o Argo Rollouts faz o canário',
      'CodePipeline tests and publishes; Argo CD pulls; Argo Rollouts runs the canary',
    ),
    diagram: {
      view: 'delivery',
      focus: [
        {
          caption: l(
            'Um merge dispara o CodePipeline: testes, cdk-nag e change sets do CloudFormation',
            'A merge triggers CodePipeline: tests, cdk-nag and CloudFormation change sets',
          ),
          components: ['developer', 'codecommit', 'codepipeline', 'cloudformation'],
        },
        {
          caption: l(
            'O CodeBuild publica a imagem com tag imutável no ECR, e o Inspector a varre',
            'CodeBuild publishes the image with an immutable tag to ECR, and Inspector scans it',
          ),
          components: ['codebuild', 'ecr', 'inspector'],
        },
        {
          caption: l(
            'No cluster, o Argo CD aplica o repositório gitops e o Argo Rollouts faz o canário',
            'In the cluster, Argo CD applies the gitops repository and Argo Rollouts runs the canary',
          ),
          components: ['argocd', 'eksControlPlane', 'web', 'api', 'worker'],
        },
      ],
    },
    links: [{ label: l('Entrega', 'Delivery'), doc: 'overview', anchor: 'delivery' }],
    notes: l(
      'Tudo muda por pull request: o código da aplicação, a infraestrutura em CDK e o repositório gitops com o estado desejado do cluster. O merge dispara o CodePipeline: testes, cdk synth com cdk-nag, build da imagem, publicação no ECR com tag imutável, que o Inspector varre, e a nova tag no repositório gitops.\n\nPor que GitOps: o modelo é de puxar. O endpoint do EKS é privado, e o pipeline não tem credencial nenhuma no cluster. O que roda é sempre o que está no Git, desvios manuais são revertidos, e voltar uma versão é reverter um commit.\n\nA infraestrutura segue pelo mesmo pipeline em change sets, com aprovação entre dev, staging e produção.',
      'Everything changes by pull request: the application code, the CDK infrastructure and the gitops repository holding the cluster’s desired state. A merge triggers CodePipeline: tests, cdk synth with cdk-nag, the image build, publication to ECR with an immutable tag that Inspector scans, and the new tag in the gitops repository.\n\nWhy GitOps: it is a pull model. The EKS endpoint is private, and the pipeline holds no credentials for the cluster. What runs is always what is in Git, manual drift is reverted, and rolling back is reverting a commit.\n\nInfrastructure goes through the same pipeline as change sets, with approval between dev, staging and production.',
    ),
  },
  {
    id: 'observability',
    part: 'talk',
    seconds: 90,
    layout: 'diagram',
    kicker: l('Operação', 'Operations'),
    title: l('Observabilidade e SLOs', 'Observability and SLOs'),
    lead: l(
      'SLIs medem o que o pesquisador sente; alertas pela velocidade de consumo do error budget',
      'SLIs measure what researchers feel; alerts on how fast the error budget burns',
    ),
    diagram: {
      view: 'observability',
      focus: [
        {
          caption: l(
            'Os pods emitem OpenTelemetry ao ADOT: traces no X-Ray',
            'Pods emit OpenTelemetry to ADOT: traces go to X-Ray',
          ),
          components: ['web', 'api', 'worker', 'adot', 'xray', 'stepFunctions'],
        },
        {
          caption: l(
            'Métricas no Prometheus e no CloudWatch; canários medem a jornada pelo CloudFront',
            'Metrics in Prometheus and CloudWatch; canaries measure the journey through CloudFront',
          ),
          components: ['canaries', 'cloudfront', 'batchQueue', 'cloudwatch', 'prometheus'],
        },
        {
          caption: l(
            'Alertas de burn rate pelo SNS ao plantão; painéis de SLO no Grafana',
            'Burn-rate alerts through SNS to on-call; SLO dashboards in Grafana',
          ),
          components: ['sns', 'engineer', 'identityCenter', 'grafana'],
        },
      ],
    },
    links: [
      { label: l('Observabilidade', 'Observability'), doc: 'overview', anchor: 'observability' },
      {
        label: l('Fonte: SRE Workbook, alertas de SLO', 'Source: SRE Workbook, alerting on SLOs'),
        href: 'https://sre.google/workbook/alerting-on-slos/',
      },
    ],
    notes: l(
      'Web, API e worker emitem OpenTelemetry para o coletor ADOT: traces no X-Ray, métricas no Managed Prometheus, logs no CloudWatch. Step Functions e Batch mandam os logs ao CloudWatch. Canários fazem a cada minuto o login, um upload e a consulta de um resultado pelo CloudFront.\n\nOs SLIs medem o que o pesquisador sente: requisições da API sem erro e abaixo de um limite de latência, uploads que chegam a validado, análises que terminam com sucesso no prazo. O canário cobre o que os pods não veem: CloudFront, WAF e Cognito.\n\nCada SLO tem error budget, e o alerta é por burn rate com várias janelas, como no SRE Workbook: não acorda ninguém por um pico de segundos nem deixa passar uma degradação lenta.',
      'Web, API and worker emit OpenTelemetry to the ADOT collector: traces to X-Ray, metrics to Managed Prometheus, logs to CloudWatch. Step Functions and Batch send their logs to CloudWatch. Canaries sign in, upload and read a result through CloudFront every minute.\n\nThe SLIs measure what researchers feel: API requests without errors and under a latency threshold, uploads that reach validated, analyses that succeed on time. The canary covers what pods cannot see: CloudFront, WAF and Cognito.\n\nEach SLO has an error budget, and alerting is on multi-window burn rate, as in the SRE Workbook: nobody is woken for a spike of seconds, and a slow degradation does not slip by.',
    ),
  },
] as const satisfies readonly Slide[];
