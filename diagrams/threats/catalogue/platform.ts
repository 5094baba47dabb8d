import { l } from '../../model/text';
import type { MitigationDef } from '../mitigation-types';

const registry = '333333333333.dkr.ecr.sa-east-1.amazonaws.com/espectro/*';

export const platformMitigations = {
  'mutable-unscanned-images': {
    pillar: 'security',
    title: l('Imagens mutáveis ou sem varredura', 'Mutable or unscanned images'),
    why: l(
      'Com tag mutável, `api:1.4.0` pode ser sobrescrita depois da varredura e da aprovação; sem varredura, CVEs conhecidas chegam a produção; com `latest`, ninguém sabe o que está rodando.',
      'With a mutable tag, `api:1.4.0` can be overwritten after scanning and approval; without scanning, known CVEs reach production; with `latest`, nobody knows what is running.',
    ),
    mitigation: l(
      'ECR com tags imutáveis e varredura contínua do Inspector; o pipeline grava no repositório GitOps o digest `@sha256:` da imagem aprovada; o cluster só aceita imagens do nosso ECR, por digest.',
      'ECR with immutable tags and continuous Inspector scanning; the pipeline writes the approved image’s `@sha256:` digest into the GitOps repository; the cluster only admits images from our ECR, by digest.',
    ),
    prevent: [
      l(
        'Política do Kyverno em modo Enforce recusa pods com imagem fora do ECR da conta de entrega ou sem digest.',
        'A Kyverno policy in Enforce mode rejects pods whose image is outside the delivery account ECR or has no digest.',
      ),
      l(
        'O estágio de build falha com achado CRITICAL do Inspector na imagem recém-enviada.',
        'The build stage fails on a CRITICAL Inspector finding on the freshly pushed image.',
      ),
    ],
    snippets: [
      {
        kind: 'yaml',
        title: l(
          'Kyverno: só imagens do nosso ECR, por digest',
          'Kyverno: only our ECR images, by digest',
        ),
        value: {
          apiVersion: 'kyverno.io/v1',
          kind: 'ClusterPolicy',
          metadata: { name: 'espectro-images-by-digest' },
          spec: {
            validationFailureAction: 'Enforce',
            background: true,
            rules: [
              {
                name: 'our-registry-and-digest',
                match: { any: [{ resources: { kinds: ['Pod'], namespaces: ['espectro'] } }] },
                validate: {
                  message: 'Images must come from the espectro ECR and be pinned by digest.',
                  pattern: {
                    spec: {
                      containers: [{ image: `${registry}@sha256:*` }],
                      '=(initContainers)': [{ image: `${registry}@sha256:*` }],
                    },
                  },
                },
              },
            ],
          },
        },
      },
    ],
    detect: {
      config: ['ecr-private-image-scanning-enabled', 'ecr-private-tag-immutability-enabled'],
      securityHub: ['ECR.1', 'ECR.2'],
      alarms: l(
        'Achados do Inspector para imagens em uso (o Inspector sabe quais imagens rodam no EKS) com severidade CRITICAL vão ao SNS de segurança.',
        'Inspector findings for images in use (Inspector knows which images run on EKS) with CRITICAL severity go to the security SNS topic.',
      ),
    },
    iac: {
      status: 'partly',
      note: l(
        'Os repositórios ECR são criados com `IMMUTABLE` e varredura no push, e a stack do cluster implanta a tag imutável configurada. O Kyverno e o gate do Inspector estão descritos.',
        'The ECR repositories are created `IMMUTABLE` with scan on push, and the cluster stack deploys the configured immutable tag. Kyverno and the Inspector gate are described.',
      ),
    },
  },
  'unpinned-dependencies': {
    pillar: 'security',
    title: l('Dependências sem versão fixada', 'Unpinned dependencies'),
    why: l(
      'Sem lockfile, dois builds do mesmo commit instalam pacotes diferentes; um pacote comprometido ou uma versão quebrada entra sem mudança no código e sem revisão.',
      'Without a lockfile two builds of the same commit install different packages; a compromised package or a broken release gets in with no code change and no review.',
    ),
    mitigation: l(
      'Lockfiles commitados e instalação reprodutível (`npm ci`, `pip install --require-hashes -r requirements.txt`); imagens base por digest; atualização por pull request automatizado com changelog; análise de composição (SCA) no CI.',
      'Committed lockfiles and reproducible installs (`npm ci`, `pip install --require-hashes -r requirements.txt`); base images by digest; updates through automated pull requests with changelogs; software composition analysis (SCA) in CI.',
    ),
    prevent: [
      l(
        'O CodeBuild usa só `npm ci` e `pip install --require-hashes`, que falham se o lockfile não bate com o manifesto.',
        'CodeBuild uses only `npm ci` and `pip install --require-hashes`, which fail when the lockfile does not match the manifest.',
      ),
      l(
        'Repositório de pacotes (CodeArtifact) como único upstream do build, sem acesso direto aos registros públicos.',
        'A package repository (CodeArtifact) as the build’s only upstream, with no direct access to public registries.',
      ),
    ],
    snippets: [
      {
        kind: 'text',
        language: 'bash',
        title: l('Instalação reprodutível no CodeBuild', 'Reproducible install in CodeBuild'),
        text: [
          'npm ci --ignore-scripts',
          'pip install --require-hashes --no-deps -r requirements.txt',
        ].join('\n'),
      },
    ],
    detect: {
      alarms: l(
        'O Inspector varre pacotes das imagens no ECR continuamente e reabre achados quando sai uma CVE nova para uma versão fixada.',
        'Inspector continuously scans the packages in ECR images and raises findings when a new CVE appears for a pinned version.',
      ),
    },
    iac: {
      status: 'partly',
      note: l(
        'O projeto fixa versões no package-lock.json e o pipeline de infraestrutura instala com `npm ci`. SCA e CodeArtifact estão descritos.',
        'The project pins versions in package-lock.json and the infrastructure pipeline installs with `npm ci`. SCA and CodeArtifact are described.',
      ),
    },
  },
  'overprivileged-pods': {
    pillar: 'security',
    title: l(
      'Pods privilegiados e papéis IAM compartilhados (mau uso de IRSA/Pod Identity)',
      'Privileged pods and shared IAM roles (IRSA/Pod Identity misuse)',
    ),
    why: l(
      'Um pod privilegiado, com `hostPath` ou rodando como root escapa para o nó; um papel IAM único para todos os service accounts, ou o papel do nó usado pelos pods, dá a qualquer pod comprometido o acesso de todos.',
      'A privileged pod, one with `hostPath` or running as root escapes to the node; a single IAM role for every service account, or the node role used by pods, gives any compromised pod the access of all of them.',
    ),
    mitigation: l(
      'Pod Security Admission `restricted` no namespace; EKS Pod Identity com um papel por service account (web, api, worker, external-secrets), cada um com política mínima; o papel do nó só com o que o kubelet precisa; RBAC do Kubernetes sem `cluster-admin` para pessoas, por access entries do EKS.',
      'Pod Security Admission `restricted` on the namespace; EKS Pod Identity with one role per service account (web, api, worker, external-secrets), each with a minimal policy; the node role only with what the kubelet needs; Kubernetes RBAC without `cluster-admin` for people, through EKS access entries.',
    ),
    prevent: [
      l(
        'Rótulo `pod-security.kubernetes.io/enforce: restricted` no namespace: o API server recusa pods privilegiados, com root, `hostPath` ou capabilities extras.',
        'Label `pod-security.kubernetes.io/enforce: restricted` on the namespace: the API server rejects privileged pods, root, `hostPath` or extra capabilities.',
      ),
    ],
    snippets: [
      {
        kind: 'yaml',
        title: l('Namespace com Pod Security Admission', 'Namespace with Pod Security Admission'),
        value: {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: {
            name: 'espectro',
            labels: {
              'pod-security.kubernetes.io/enforce': 'restricted',
              'pod-security.kubernetes.io/enforce-version': 'latest',
              'pod-security.kubernetes.io/warn': 'restricted',
            },
          },
        },
      },
    ],
    detect: {
      guardDuty: [
        'PrivilegeEscalation:Runtime/ContainerMountsHostDirectory',
        'Execution:Runtime/NewBinaryExecuted',
        'Execution:Kubernetes/ExecInKubeSystemPod',
        'Policy:Kubernetes/AnonymousAccessGranted',
      ],
      alarms: l(
        'Achados do IAM Access Analyzer de permissões não usadas nos papéis de Pod Identity.',
        'IAM Access Analyzer unused-permission findings on the Pod Identity roles.',
      ),
    },
    iac: {
      status: 'enforced',
      note: l(
        'O namespace `espectro` é criado com `enforce: restricted` e cada service account (web, api, worker) tem sua associação de Pod Identity.',
        'The `espectro` namespace is created with `enforce: restricted` and each service account (web, api, worker) has its own Pod Identity association.',
      ),
    },
    links: [
      {
        label: l('Pod Security Standards', 'Pod Security Standards'),
        href: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
      },
      {
        label: l('EKS Pod Identity', 'EKS Pod Identity'),
        href: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
      },
    ],
  },
  imdsv1: {
    pillar: 'security',
    title: l('IMDSv1 nos nós', 'IMDSv1 on nodes'),
    why: l(
      'Com IMDSv1, um SSRF na aplicação lê `http://169.254.169.254/latest/meta-data/iam/security-credentials/` e leva as credenciais do papel do nó; com hop limit 2, qualquer pod também alcança o IMDS.',
      'With IMDSv1, an SSRF in the application reads `http://169.254.169.254/latest/meta-data/iam/security-credentials/` and takes the node role credentials; with hop limit 2, any pod reaches IMDS too.',
    ),
    mitigation: l(
      'IMDSv2 obrigatório (`httpTokens: required`) com hop limit 1 no EC2NodeClass do Karpenter e no launch template do Batch, de modo que pods não alcancem o IMDS e usem só Pod Identity; padrão da conta com IMDSv2 para instâncias novas.',
      'IMDSv2 required (`httpTokens: required`) with hop limit 1 in the Karpenter EC2NodeClass and the Batch launch template, so pods cannot reach IMDS and use only Pod Identity; an account default of IMDSv2 for new instances.',
    ),
    prevent: [
      l(
        'SCP nega `ec2:RunInstances` sem `ec2:MetadataHttpTokens = required` ou com hop limit acima de 1; os controles proativos CT.EC2.PR.1 e CT.EC2.PR.2 do Control Tower verificam launch templates no CloudFormation.',
        'An SCP denies `ec2:RunInstances` without `ec2:MetadataHttpTokens = required` or with a hop limit above 1; Control Tower proactive controls CT.EC2.PR.1 and CT.EC2.PR.2 check launch templates in CloudFormation.',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l('SCP: só IMDSv2 com hop limit 1', 'SCP: IMDSv2 only, hop limit 1'),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'RequireImdsV2',
              Effect: 'Deny',
              Action: 'ec2:RunInstances',
              Resource: 'arn:aws:ec2:*:*:instance/*',
              Condition: { StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' } },
            },
            {
              Sid: 'MaxHopLimitOne',
              Effect: 'Deny',
              Action: 'ec2:RunInstances',
              Resource: 'arn:aws:ec2:*:*:instance/*',
              Condition: { NumericGreaterThan: { 'ec2:MetadataHttpPutResponseHopLimit': '1' } },
            },
          ],
        },
      },
      {
        kind: 'yaml',
        title: l('Karpenter EC2NodeClass (trecho)', 'Karpenter EC2NodeClass (excerpt)'),
        value: {
          apiVersion: 'karpenter.k8s.aws/v1',
          kind: 'EC2NodeClass',
          metadata: { name: 'espectro' },
          spec: {
            metadataOptions: {
              httpEndpoint: 'enabled',
              httpTokens: 'required',
              httpPutResponseHopLimit: 1,
            },
          },
        },
      },
    ],
    detect: {
      config: ['ec2-imdsv2-check'],
      securityHub: ['EC2.8'],
      guardDuty: [
        'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
        'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS',
        'UnauthorizedAccess:Runtime/MetadataDNSRebind',
      ],
    },
    iac: {
      status: 'described',
      note: l(
        'O CDK cria node groups gerenciados por AZ e ambientes Batch sem launch template com opções de metadados, então nada ali exige IMDSv2 com hop limit 1; isso e a SCP estão descritos.',
        'The CDK app creates per-AZ managed node groups and Batch environments without a launch template setting metadata options, so nothing there requires IMDSv2 with hop limit 1; that and the SCP are described.',
      ),
    },
    links: [
      {
        label: l(
          'Controles proativos de EC2 do Control Tower',
          'Control Tower EC2 proactive controls',
        ),
        href: 'https://docs.aws.amazon.com/controltower/latest/controlreference/ec2-rules.html',
      },
    ],
  },
  'public-eks-endpoint': {
    pillar: 'security',
    title: l('Endpoint público do EKS', 'Public EKS endpoint'),
    why: l(
      'Com o endpoint público (o padrão ao criar um cluster), o API server do Kubernetes aceita conexões de qualquer lugar; uma credencial vazada ou uma falha no API server fica a um `kubectl` de distância.',
      'With the public endpoint (the default when a cluster is created), the Kubernetes API server takes connections from anywhere; a leaked credential or an API server flaw is one `kubectl` away.',
    ),
    mitigation: l(
      'Endpoint só privado; `kubectl` de dentro da VPC (pipeline, SSM Session Manager); mudanças no cluster pelo Argo CD; access entries do EKS no lugar do `aws-auth`.',
      'Private endpoint only; `kubectl` from inside the VPC (pipeline, SSM Session Manager); cluster changes through Argo CD; EKS access entries instead of `aws-auth`.',
    ),
    prevent: [
      l(
        'cdk-nag AwsSolutions-EKS1 falha com endpoint público; o controle proativo CT.EKS.PR.1 do Control Tower recusa o template.',
        'cdk-nag AwsSolutions-EKS1 fails on a public endpoint; Control Tower proactive control CT.EKS.PR.1 refuses the template.',
      ),
    ],
    detect: {
      config: ['eks-endpoint-no-public-access'],
      securityHub: ['EKS.1', 'EKS.2'],
      guardDuty: ['Policy:Kubernetes/AnonymousAccessGranted', 'Policy:Kubernetes/ExposedDashboard'],
    },
    iac: {
      status: 'enforced',
      note: l(
        'O cluster `espectro-prod` é criado com `EndpointAccess.PRIVATE` e a regra `eks-endpoint-no-public-access` é implantada.',
        'The `espectro-prod` cluster is created with `EndpointAccess.PRIVATE` and the `eks-endpoint-no-public-access` rule is deployed.',
      ),
    },
    links: [
      {
        label: l('Controles do EKS no Control Tower', 'Control Tower EKS controls'),
        href: 'https://docs.aws.amazon.com/controltower/latest/controlreference/eks-rules.html',
      },
    ],
  },
  'no-network-policies': {
    pillar: 'security',
    title: l(
      'Rede plana no cluster (sem NetworkPolicies)',
      'Flat cluster network (no NetworkPolicies)',
    ),
    why: l(
      'Sem NetworkPolicy, todo pod fala com todo pod e com a internet: um pod comprometido alcança o banco, o Redis de sessões e qualquer destino externo.',
      'Without NetworkPolicies every pod talks to every pod and to the internet: a compromised pod reaches the database, the session Redis and any outside destination.',
    ),
    mitigation: l(
      'NetworkPolicies aplicadas pelo VPC CNI: `default-deny` de entrada e saída no namespace, depois regras por serviço (ALB → web/api, web → api e Redis, api/worker → RDS Proxy na 5432, todos → DNS); saída para AWS pelos VPC endpoints.',
      'NetworkPolicies enforced by the VPC CNI: ingress and egress `default-deny` on the namespace, then per-service rules (ALB → web/api, web → api and Redis, api/worker → RDS Proxy on 5432, all → DNS); egress to AWS through VPC endpoints.',
    ),
    prevent: [
      l(
        'O add-on `vpc-cni` com `enableNetworkPolicy: "true"`; um teste dos manifests falha se o namespace não tiver `default-deny`.',
        'The `vpc-cni` add-on with `enableNetworkPolicy: "true"`; a manifest test fails if the namespace lacks `default-deny`.',
      ),
    ],
    snippets: [
      {
        kind: 'yaml',
        title: l('NetworkPolicy default-deny', 'Default-deny NetworkPolicy'),
        value: {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: { name: 'default-deny', namespace: 'espectro' },
          spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
        },
      },
    ],
    detect: {
      guardDuty: ['Backdoor:Runtime/C&CActivity.B!DNS'],
      alarms: l(
        'VPC Flow Logs com `REJECT` vindos das sub-redes de aplicação para destinos inesperados, e logs de decisões de política do VPC CNI no CloudWatch.',
        'VPC Flow Logs with `REJECT` from the app subnets to unexpected destinations, and VPC CNI policy decision logs in CloudWatch.',
      ),
    },
    iac: {
      status: 'partly',
      note: l(
        'A stack do cluster aplica as NetworkPolicies `default-deny`, `web`, `api` e `worker` no namespace `espectro`, mas instala o add-on `vpc-cni` sem `enableNetworkPolicy: "true"`; sem essa configuração o VPC CNI não aplica as políticas.',
        'The cluster stack applies the `default-deny`, `web`, `api` and `worker` NetworkPolicies in the `espectro` namespace, but installs the `vpc-cni` add-on without `enableNetworkPolicy: "true"`; without that setting the VPC CNI does not enforce the policies.',
      ),
    },
  },
} as const satisfies Record<string, MitigationDef>;
