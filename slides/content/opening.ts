import { l } from '../../diagrams/model/text';
import type { Slide } from '../types';

/** Opening: what the talk covers, what the brief asks for, the whole architecture. */
export const opening = [
  {
    id: 'title',
    part: 'talk',
    seconds: 15,
    layout: 'title',
    title: l('Espectro na AWS', 'Espectro on AWS'),
    lead: l(
      'Arquitetura de produção para análise de espectrometria de massa e caracterização de proteínas',
      'A production architecture for mass-spectrometry analysis and protein characterization',
    ),
    links: [{ label: l('Documentação completa', 'Full documentation'), doc: 'intro' }],
    notes: l(
      'Em vinte minutos: o problema, a arquitetura num relance, os dois fluxos que justificam o sistema (upload e análise), a retenção dos dados e o que o mantém de pé em produção: disponibilidade, segurança, entrega, observabilidade, custo e o plano de provisionamento.\n\nAs quatro perguntas de SRE do enunciado têm slides de apoio depois do encerramento.',
      'In twenty minutes: the problem, the architecture at a glance, the two flows the system exists for (upload and analysis), data retention, and what keeps it up in production: availability, security, delivery, observability, cost and the provisioning plan.\n\nThe four SRE questions of the brief have backup slides after the closing slide.',
    ),
  },
  {
    id: 'problem',
    part: 'talk',
    seconds: 80,
    layout: 'text',
    kicker: l('O problema', 'The problem'),
    title: l('O que o enunciado pede', 'What the brief asks for'),
    points: [
      l(
        'Upload pelo navegador de vários arquivos por amostra, um por proteína',
        'Browser upload of several files per sample, one per protein',
      ),
      l(
        'Muitos usuários ao mesmo tempo, alta disponibilidade, boas práticas de DevOps',
        'Many concurrent users, high availability, DevOps best practice',
      ),
      l(
        'Front-end Django e API FastAPI em Kubernetes; usuários e análises num banco relacional',
        'Django front-end and FastAPI API on Kubernetes; users and analyses in a relational database',
      ),
      l(
        'Análise sob demanda: Step Functions orquestra, AWS Batch executa, resultados no S3',
        'On-demand analysis: Step Functions orchestrates, AWS Batch runs, results land on S3',
      ),
      l(
        'Entradas disponíveis por 1 ano, resultados por 5 anos',
        'Inputs available for 1 year, results for 5 years',
      ),
      l('Serviços da AWS em todas as etapas', 'AWS services at every stage'),
    ],
    links: [{ label: l('Matriz de rastreabilidade', 'Traceability matrix'), doc: 'requirements' }],
    notes: l(
      'Seis exigências, e cada uma tem dono na arquitetura. Os arquivos são grandes e chegam em lote, os usuários são muitos e simultâneos, e a análise é pesada mas esporádica: isso vai guiar as decisões que vêm a seguir.\n\nNo site, cada requisito do enunciado está no modelo tipado com os componentes que o atendem e uma verificação automática; o build falha se um requisito ficar sem dono. Todos os diagramas desta apresentação são gerados desse mesmo modelo, então o que está no slide é o que está na documentação.',
      'Six demands, and each has an owner in the architecture. Files are large and arrive in batches, users are many and concurrent, and analysis is heavy but sporadic: that drives the decisions that follow.\n\nOn the site, every requirement of the brief lives in the typed model with the components that meet it and an automated check; the build fails if a requirement is left without an owner. Every diagram in this talk is generated from that same model, so what is on the slide is what is in the documentation.',
    ),
  },
  {
    id: 'glance',
    part: 'talk',
    seconds: 120,
    layout: 'diagram',
    kicker: l('Arquitetura', 'Architecture'),
    title: l('A arquitetura num relance', 'The architecture at a glance'),
    lead: l(
      'Pods sem estado no EKS; bytes e cálculo fora dos pods; o estado volta por eventos',
      'Stateless pods on EKS; file bytes and compute stay off the pods; state comes back as events',
    ),
    diagram: {
      view: 'overview',
      focus: [
        {
          caption: l(
            'Borda: Route 53, CloudFront com AWS WAF, até o ALB',
            'Edge: Route 53, CloudFront with AWS WAF, on to the ALB',
          ),
          components: ['route53', 'waf', 'cloudfront', 'alb'],
        },
        {
          caption: l(
            'O pesquisador: páginas e API pelo CloudFront, arquivos direto no S3',
            'The researcher: pages and API through CloudFront, files straight to S3',
          ),
          components: ['scientist'],
        },
        {
          caption: l(
            'Cluster EKS em três AZs: Django, FastAPI e worker sem estado; login OIDC no Cognito',
            'EKS cluster over three AZs: stateless Django, FastAPI and worker; OIDC sign-in with Cognito',
          ),
          components: ['lbController', 'alb', 'web', 'api', 'worker', 'elasticache', 'cognito'],
        },
        {
          caption: l(
            'Dados: RDS Proxy na frente do Aurora PostgreSQL, réplica em outra AZ',
            'Data: RDS Proxy in front of Aurora PostgreSQL, a replica in another AZ',
          ),
          components: ['api', 'worker', 'rdsProxy', 'auroraWriter', 'auroraReaderB'],
        },
        {
          caption: l(
            'Análise: Step Functions e AWS Batch, imagens do ECR',
            'Analysis: Step Functions and AWS Batch, images from ECR',
          ),
          components: ['stepFunctions', 'batchQueue', 'batchSpot', 'batchOnDemand', 'ecr'],
        },
        {
          caption: l(
            'Arquivos e eventos: buckets S3, EventBridge e a fila SQS do worker',
            'Files and events: S3 buckets, EventBridge and the worker’s SQS queue',
          ),
          components: ['inputsBucket', 'resultsBucket', 'eventbridge', 'statusQueue'],
        },
      ],
    },
    links: [
      { label: l('Visão geral na AWS', 'AWS overview'), doc: 'overview', anchor: 'overview' },
      {
        label: l('Fonte: alta disponibilidade do Aurora', 'Source: Aurora high availability'),
        href: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
      },
    ],
    notes: l(
      'Primeiro o todo, depois cada região do desenho.\n\nA requisição resolve no Route 53 e entra pelo CloudFront com o WAF; o login é OIDC com o Cognito. O ALB, criado pelo AWS Load Balancer Controller, distribui para Django e FastAPI no EKS, em três zonas. Os pods não guardam estado: sessões no ElastiCache, dados no Aurora. Por isso HPA e Karpenter criam e removem pods e nós à vontade.\n\nEntre os pods e o Aurora fica o RDS Proxy: pool de conexões e conexões mantidas durante um failover, que costuma levar menos de 120 segundos.\n\nDuas coisas pesadas nunca passam pelos pods: os bytes dos arquivos, que vão direto ao S3, e o cálculo, no Batch orquestrado pelo Step Functions. O estado volta por eventos: EventBridge, SQS com DLQ e o worker, que grava no banco.',
      'The whole first, then each region of the drawing.\n\nA request resolves in Route 53 and enters through CloudFront with WAF; sign-in is OIDC with Cognito. The ALB, created by the AWS Load Balancer Controller, spreads traffic to Django and FastAPI on EKS across three zones. Pods keep no state: sessions in ElastiCache, data in Aurora. That is why HPA and Karpenter can add and remove pods and nodes freely.\n\nBetween the pods and Aurora sits RDS Proxy: connection pooling, and connections kept through a failover, which usually takes under 120 seconds.\n\nTwo heavy things never go through the pods: file bytes, which go straight to S3, and compute, on Batch orchestrated by Step Functions. State comes back as events: EventBridge, SQS with a DLQ, and the worker, which writes to the database.',
    ),
  },
] as const satisfies readonly Slide[];
