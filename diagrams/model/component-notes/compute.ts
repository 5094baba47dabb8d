import { l } from '../text';
import type { LayerNotes, ServiceNotes } from './types';

const hpa = 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/';
const spread =
  'https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/';
const pdb = 'https://kubernetes.io/docs/concepts/workloads/pods/disruptions/';
const podIdentity = 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html';
const ec2Pricing = 'https://aws.amazon.com/ec2/pricing/on-demand/';
const imds =
  'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html';
const pss = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';

/** The three zones' node pools are identical apart from the zone. */
function nodes(az: 'a' | 'b' | 'c'): ServiceNotes {
  return {
    why: l(
      `Capacidade de computação da AZ ${az}: os pods do EKS (web, API, worker, add-ons) e os containers dos jobs do Batch rodam nestas instâncias. Ter nós nas três zonas é o que permite perder uma zona e continuar servindo.`,
      `Compute capacity of AZ ${az}: EKS pods (web, API, worker, add-ons) and Batch job containers run on these instances. Having nodes in all three zones is what lets the system lose a zone and keep serving.`,
    ),
    configuration: l(
      `Instâncias Graviton (\`arm64\`) na sub-rede privada de aplicação \`/20\` da AZ ${az}, sem IP público. Nós do EKS usam a AMI Bottlerocket escolhida pelo Karpenter; nós do Batch, a AMI otimizada para ECS. Todas exigem IMDSv2 com hop limit 1, para que os pods não alcancem as credenciais da instância ([IMDS](${imds})), e usam volumes gp3 cifrados com KMS. O VPC CNI dá a cada pod um IP da sub-rede.`,
      `Graviton (\`arm64\`) instances in AZ ${az}'s \`/20\` private app subnet, with no public IP. EKS nodes run the Bottlerocket AMI chosen by Karpenter; Batch nodes, the ECS-optimized AMI. All require IMDSv2 with hop limit 1, so pods cannot reach the instance credentials ([IMDS](${imds})), and use KMS-encrypted gp3 volumes. The VPC CNI gives each pod an IP from the subnet.`,
    ),
    scaling: l(
      `O Karpenter lança nós nesta zona quando há pods pendentes que a exigem (o topology spread pede uma réplica por zona, [topology spread](${spread})) e os remove por consolidação; o Batch lança e desliga as suas instâncias conforme a fila.`,
      `Karpenter launches nodes in this zone when pending pods need it (topology spread asks for one replica per zone, [topology spread](${spread})) and removes them through consolidation; Batch launches and stops its own instances with the queue.`,
    ),
    failure: l(
      `Uma instância que falha tem seus pods reagendados em outros nós e é substituída pelo Karpenter; os PodDisruptionBudgets garantem que drenagens planejadas não derrubem réplicas demais ([disrupções](${pdb})). A perda da AZ ${az} inteira tira um terço da capacidade; as réplicas nas outras zonas continuam servindo enquanto o Karpenter compensa lá.`,
      `A failing instance has its pods rescheduled elsewhere and is replaced by Karpenter; PodDisruptionBudgets keep planned drains from taking down too many replicas ([disruptions](${pdb})). Losing all of AZ ${az} removes a third of capacity; replicas in the other zones keep serving while Karpenter makes up for it there.`,
    ),
    security: l(
      'Sem SSH: acesso de emergência pelo Session Manager, registrado no CloudTrail. O security group dos nós só aceita tráfego do ALB, do plano de controle e dos próprios nós. O GuardDuty Runtime Monitoring observa processos e o Inspector varre as instâncias por vulnerabilidades.',
      'No SSH: emergency access through Session Manager, logged by CloudTrail. The node security group only accepts traffic from the ALB, the control plane and the nodes themselves. GuardDuty Runtime Monitoring watches processes and Inspector scans the instances for vulnerabilities.',
    ),
    cost: l(
      `EC2 por segundo (On-Demand para os nós do EKS, Spot ou On-Demand para o Batch), volumes EBS por GB-mês e transferência entre AZs por GB ([preços do EC2](${ec2Pricing})). Um Compute Savings Plan sobre a base estável do EKS é o maior desconto disponível.`,
      `EC2 per second (On-Demand for EKS nodes, Spot or On-Demand for Batch), EBS volumes per GB-month and cross-AZ transfer per GB ([EC2 pricing](${ec2Pricing})). A Compute Savings Plan over the steady EKS baseline is the largest discount available.`,
    ),
  };
}

/** Web and API are both stateless HTTP Deployments behind the ALB. */
function httpWorkload(kind: 'web' | 'api'): ServiceNotes {
  const web = kind === 'web';
  return {
    why: web
      ? l(
          'O front-end pedido pelo enunciado: páginas Django, login OIDC com o Cognito e o componente de upload que roda no navegador e envia os arquivos direto ao S3. Não guarda estado: sessões ficam no ElastiCache.',
          'The front end the brief asks for: Django pages, OIDC sign-in with Cognito and the uploader that runs in the browser and sends files straight to S3. It holds no state: sessions live in ElastiCache.',
        )
      : l(
          'A API pedida pelo enunciado: cadastra amostras e arquivos, assina as URLs de upload e download, inicia análises no Step Functions e responde consultas de estado e resultados. Nenhum byte de arquivo e nenhuma espera de análise passam por ela.',
          'The API the brief asks for: registers samples and files, signs upload and download URLs, starts analyses in Step Functions and answers status and result queries. No file byte and no analysis wait go through it.',
        ),
    configuration: web
      ? l(
          `Deployment com gunicorn (\`--workers 3\`), requests de \`500m\` de CPU e \`512Mi\` de memória, mínimo de 3 réplicas com topology spread por zona (\`maxSkew: 1\`), PodDisruptionBudget \`maxUnavailable: 1\`, readiness probe que não depende do banco e \`securityContext\` sem root. \`ALLOWED_HOSTS\`, \`SECURE_PROXY_SSL_HEADER\` e cookies \`Secure\`/\`HttpOnly\` configurados para rodar atrás do CloudFront ([topology spread](${spread})).`,
          `Deployment running gunicorn (\`--workers 3\`), requests of \`500m\` CPU and \`512Mi\` memory, at least 3 replicas with per-zone topology spread (\`maxSkew: 1\`), PodDisruptionBudget \`maxUnavailable: 1\`, a readiness probe that does not depend on the database and a non-root \`securityContext\`. \`ALLOWED_HOSTS\`, \`SECURE_PROXY_SSL_HEADER\` and \`Secure\`/\`HttpOnly\` cookies set for running behind CloudFront ([topology spread](${spread})).`,
        )
      : l(
          `Deployment com uvicorn, requests de \`500m\` de CPU e \`512Mi\` de memória, mínimo de 3 réplicas espalhadas por zona ([topology spread](${spread})), PodDisruptionBudget \`maxUnavailable: 1\`, validação dos JWT do Cognito pela JWKS do user pool e URLs pré-assinadas de 15 minutos assinadas com as credenciais do Pod Identity.`,
          `Deployment running uvicorn, requests of \`500m\` CPU and \`512Mi\` memory, at least 3 replicas spread across zones ([topology spread](${spread})), PodDisruptionBudget \`maxUnavailable: 1\`, Cognito JWT validation against the user pool JWKS and 15-minute presigned URLs signed with the Pod Identity credentials.`,
        ),
    scaling: l(
      `HPA de 3 a 30 réplicas com alvo de 60% de CPU ([HPA](${hpa})); o Karpenter cria os nós que faltarem. O teto real está fora dos pods: conexões no RDS Proxy e memória do ElastiCache, ambos com alarme.`,
      `HPA from 3 to 30 replicas targeting 60% CPU ([HPA](${hpa})); Karpenter adds any missing nodes. The real ceiling lies outside the pods: RDS Proxy connections and ElastiCache memory, both alarmed.`,
    ),
    failure: l(
      `Um pod que falha a readiness sai do alvo do ALB pelo readiness gate e é reiniciado pela liveness probe; com uma réplica por zona, a perda de uma AZ deixa dois terços servindo. Deploys são canários do Argo Rollouts, que voltam sozinhos se a taxa de erro ou a latência pioram ([probes](https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/)).`,
      `A pod failing readiness leaves the ALB target group through the readiness gate and is restarted by its liveness probe; with one replica per zone, losing an AZ leaves two thirds serving. Deploys are Argo Rollouts canaries that roll back on their own when error rate or latency worsens ([probes](https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/)).`,
    ),
    security: web
      ? l(
          `Namespace com Pod Security Standard \`restricted\` ([PSS](${pss})) e NetworkPolicy que só deixa o web falar com a API, o ElastiCache, o Cognito e o coletor ADOT. Fluxo authorization code com PKCE, proteção CSRF do Django e cabeçalhos de segurança (HSTS, CSP). Permissões AWS pelo EKS Pod Identity, sem chaves.`,
          `Namespace under the \`restricted\` Pod Security Standard ([PSS](${pss})) and a NetworkPolicy that only lets web talk to the API, ElastiCache, Cognito and the ADOT collector. Authorization code flow with PKCE, Django CSRF protection and security headers (HSTS, CSP). AWS permissions through EKS Pod Identity, with no keys.`,
        )
      : l(
          `Toda rota exige um JWT válido do Cognito, e toda consulta filtra pelo usuário do token; a API só assina URLs dentro do prefixo do chamador. O papel do Pod Identity ([Pod Identity](${podIdentity})) permite \`PutObject\` em entradas, \`GetObject\` em resultados e \`StartExecution\` na máquina de análise, nada mais.`,
          `Every route requires a valid Cognito JWT and every query filters by the token's user; the API only signs URLs inside the caller's prefix. The Pod Identity role ([Pod Identity](${podIdentity})) allows \`PutObject\` on inputs, \`GetObject\` on results and \`StartExecution\` on the analysis machine, nothing more.`,
        ),
    cost: l(
      `Custa a fatia dos nós EC2 que as réplicas ocupam, definida pelas requests de CPU e memória ([preços do EC2](${ec2Pricing})); requests próximas do uso real e a consolidação do Karpenter são o que mantém essa fatia justa.`,
      `Costs the share of the EC2 nodes its replicas occupy, set by the CPU and memory requests ([EC2 pricing](${ec2Pricing})); requests close to real use and Karpenter consolidation keep that share tight.`,
    ),
  };
}

export const computeNotes = {
  eksControlPlane: {
    why: l(
      'O enunciado pede Kubernetes; o EKS entrega o plano de controle gerenciado, em várias AZs, e a integração com IAM, VPC e ALB que o resto da arquitetura usa.',
      'The brief asks for Kubernetes; EKS delivers a managed control plane across AZs and the IAM, VPC and ALB integration the rest of the architecture relies on.',
    ),
    configuration: l(
      `Versão do Kubernetes em suporte padrão, que dura 14 meses após o lançamento ([versões do EKS](https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html)), com \`upgradePolicy.supportType = STANDARD\`. Endpoint só privado, modo de autenticação \`API\` (access entries), logs \`api\`, \`audit\` e \`authenticator\` no CloudWatch, cifragem dos Secrets com a chave KMS do cliente e add-ons gerenciados (VPC CNI, CoreDNS, kube-proxy, Pod Identity Agent). Um node group gerenciado pequeno, com dois nós em zonas diferentes, roda o Karpenter e os add-ons de sistema.`,
      `Kubernetes version in standard support, which lasts 14 months after release ([EKS versions](https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html)), with \`upgradePolicy.supportType = STANDARD\`. Private-only endpoint, \`API\` authentication mode (access entries), \`api\`, \`audit\` and \`authenticator\` logs to CloudWatch, Secrets encrypted with the customer managed KMS key and managed add-ons (VPC CNI, CoreDNS, kube-proxy, Pod Identity Agent). A small managed node group, two nodes in different zones, runs Karpenter and the system add-ons.`,
    ),
    scaling: l(
      'A AWS dimensiona o plano de controle conforme a carga do cluster; o que se planeja é o espaço de IPs (sub-redes `/20` por zona, um IP por pod) e as cotas de nós e pods.',
      'AWS sizes the control plane to the cluster load; what is planned is IP space (`/20` subnets per zone, one IP per pod) and node and pod quotas.',
    ),
    failure: l(
      'Os servidores de API e o etcd rodam em várias AZs gerenciados pela AWS, com SLA publicado ([SLA do EKS](https://aws.amazon.com/eks/sla/)); se o plano de controle ficar indisponível, os pods em execução continuam servindo, só mudanças e reagendamentos esperam. Atualizações de versão são ensaiadas em staging pelo mesmo pipeline.',
      'API servers and etcd run across AZs, managed by AWS, with a published SLA ([EKS SLA](https://aws.amazon.com/eks/sla/)); if the control plane becomes unavailable, running pods keep serving and only changes and rescheduling wait. Version upgrades are rehearsed in staging through the same pipeline.',
    ),
    security: l(
      `Sem endpoint público: o Argo CD roda dentro do cluster e os engenheiros usam o \`kubectl\` de dentro da VPC, numa sessão do Session Manager. Access entries ligam papéis do IAM Identity Center a grupos RBAC com o mínimo; pods recebem permissões AWS pelo EKS Pod Identity ([Pod Identity](${podIdentity})). Os logs de auditoria vão ao CloudWatch e ao GuardDuty EKS Protection.`,
      `No public endpoint: Argo CD runs inside the cluster and engineers run \`kubectl\` from inside the VPC, in a Session Manager session. Access entries map IAM Identity Center roles to minimal RBAC groups; pods get AWS permissions through EKS Pod Identity ([Pod Identity](${podIdentity})). Audit logs go to CloudWatch and GuardDuty EKS Protection.`,
    ),
    cost: l(
      'Taxa fixa por cluster-hora, maior quando a versão sai do suporte padrão e entra no estendido ([preços do EKS](https://aws.amazon.com/eks/pricing/)); por isso a política de upgrade é `STANDARD`. Os nós são cobrados à parte, como EC2.',
      'A flat fee per cluster-hour, higher once the version leaves standard support for extended support ([EKS pricing](https://aws.amazon.com/eks/pricing/)); hence the `STANDARD` upgrade policy. Nodes are billed separately, as EC2.',
    ),
  },
  karpenter: {
    why: l(
      'Transforma pods pendentes em nós do tamanho certo, em segundos e na zona certa, e remove nós ociosos: é o que faz o cluster seguir o número de usuários sem node groups fixos por tipo de instância.',
      'Turns pending pods into right-sized nodes within seconds and in the right zone, and removes idle nodes: it is what makes the cluster follow the number of users without fixed node groups per instance type.',
    ),
    configuration: l(
      `Um NodePool \`general\` com \`instance-category\` em \`c\`, \`m\`, \`r\`, arquitetura \`arm64\`, capacidade \`on-demand\` e limite de \`cpu: 200\`; disrupção \`WhenEmptyOrUnderutilized\` com \`consolidateAfter: 1m\`, orçamento de 10% dos nós por vez e \`expireAfter: 720h\` para renovar nós e AMIs ([NodePools](https://karpenter.sh/docs/concepts/nodepools/)). O EC2NodeClass seleciona as sub-redes e o security group por tag, Bottlerocket e IMDSv2. Roda com duas réplicas no node group gerenciado, nunca em nós que ele mesmo cria.`,
      `A \`general\` NodePool with \`instance-category\` in \`c\`, \`m\`, \`r\`, \`arm64\` architecture, \`on-demand\` capacity and a \`cpu: 200\` limit; \`WhenEmptyOrUnderutilized\` disruption with \`consolidateAfter: 1m\`, a budget of 10% of nodes at a time and \`expireAfter: 720h\` to renew nodes and AMIs ([NodePools](https://karpenter.sh/docs/concepts/nodepools/)). The EC2NodeClass selects subnets and security group by tag, Bottlerocket and IMDSv2. Runs two replicas on the managed node group, never on nodes it creates itself.`,
    ),
    scaling: l(
      'Escolhe a instância que cabe nos pods pendentes entre muitos tipos, o que encontra capacidade mesmo quando um tipo falta na zona; o limite `cpu: 200` do NodePool é o teto de gasto e fica abaixo da cota de vCPUs da conta.',
      'Picks the instance that fits the pending pods among many types, which finds capacity even when one type is short in a zone; the NodePool `cpu: 200` limit is the spending ceiling and stays below the account vCPU quota.',
    ),
    failure: l(
      `Com eleição de líder, uma réplica assume se a outra cai; se o Karpenter inteiro parar, os nós existentes continuam rodando e só a capacidade nova espera. Uma fila de interrupção recebe avisos de manutenção e de rebalanceamento do EC2, e o Karpenter drena o nó antes ([disrupção](https://karpenter.sh/docs/concepts/disruption/)).`,
      `With leader election, one replica takes over if the other dies; if Karpenter stops entirely, existing nodes keep running and only new capacity waits. An interruption queue receives EC2 maintenance and rebalance notices, and Karpenter drains the node ahead of time ([disruption](https://karpenter.sh/docs/concepts/disruption/)).`,
    ),
    security: l(
      'Seu papel, recebido pelo Pod Identity, só lança e termina instâncias marcadas com a tag do cluster e só passa (`iam:PassRole`) o papel dos nós; não pode criar papéis nem mexer em outras instâncias.',
      'Its role, received through Pod Identity, only launches and terminates instances tagged for the cluster and only passes (`iam:PassRole`) the node role; it cannot create roles or touch other instances.',
    ),
    cost: l(
      `Software livre, sem cobrança; paga-se o EC2 que ele lança ([preços do EC2](${ec2Pricing})). A consolidação, que junta pods em menos nós quando a carga cai, é a principal economia do cluster.`,
      `Open source, free; the EC2 it launches is what costs ([EC2 pricing](${ec2Pricing})). Consolidation, which packs pods onto fewer nodes when load drops, is the cluster's main saving.`,
    ),
  },
  lbController: {
    why: l(
      'Liga o Kubernetes ao ALB: o Ingress declarado no repositório GitOps vira o ALB, seus listeners, regras, certificado e web ACL, e os pods entram como alvos IP, sem passar por NodePort.',
      'Wires Kubernetes to the ALB: the Ingress declared in the GitOps repository becomes the ALB, its listeners, rules, certificate and web ACL, and pods join as IP targets, with no NodePort hop.',
    ),
    configuration: l(
      'Duas réplicas com eleição de líder. O Ingress usa `alb.ingress.kubernetes.io/target-type: ip`, `scheme: internet-facing`, `listen-ports` só HTTPS 443, `ssl-policy: ELBSecurityPolicy-TLS13-1-2-2021-06`, `certificate-arn` do ACM e `wafv2-acl-arn`; o namespace tem o rótulo que injeta readiness gates nos pods ([documentação do controller](https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/)).',
      'Two replicas with leader election. The Ingress uses `alb.ingress.kubernetes.io/target-type: ip`, `scheme: internet-facing`, `listen-ports` HTTPS 443 only, `ssl-policy: ELBSecurityPolicy-TLS13-1-2-2021-06`, the ACM `certificate-arn` and `wafv2-acl-arn`; the namespace carries the label that injects readiness gates into pods ([controller documentation](https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/)).',
    ),
    scaling: l(
      'Acompanha os pods: cada réplica nova é registrada como alvo quando fica pronta, e cada pod que sai é retirado antes de terminar. Não precisa escalar além das duas réplicas.',
      'Follows the pods: each new replica is registered as a target once ready, and each departing pod is deregistered before it terminates. It needs no more than its two replicas.',
    ),
    failure: l(
      'Se o controller para, o ALB continua servindo os alvos já registrados; só mudanças de pods e de Ingress esperam. Os readiness gates garantem que um rollout não mate pods antigos antes de os novos estarem saudáveis no ALB.',
      'If the controller stops, the ALB keeps serving the registered targets; only pod and Ingress changes wait. Readiness gates make sure a rollout does not kill old pods before the new ones are healthy on the ALB.',
    ),
    security: l(
      `Seu papel, pelo Pod Identity ([Pod Identity](${podIdentity})), segue a política IAM publicada para o controller, restrita por tag aos recursos do cluster; ele cria o security group do ALB com entrada só da lista de prefixos do CloudFront.`,
      `Its role, through Pod Identity ([Pod Identity](${podIdentity})), follows the controller's published IAM policy, restricted by tag to the cluster's resources; it creates the ALB security group with ingress only from the CloudFront prefix list.`,
    ),
    cost: l(
      'Sem cobrança própria; roda em nós existentes e cria o ALB, que é cobrado à parte ([preços do Elastic Load Balancing](https://aws.amazon.com/elasticloadbalancing/pricing/)).',
      'No charge of its own; it runs on existing nodes and creates the ALB, billed separately ([Elastic Load Balancing pricing](https://aws.amazon.com/elasticloadbalancing/pricing/)).',
    ),
  },
  web: httpWorkload('web'),
  api: httpWorkload('api'),
  worker: {
    why: l(
      'Traz os eventos assíncronos para o banco: valida cada upload concluído (tamanho, checksum, prefixo do dono) e grava o estado das análises quando o Step Functions muda de estado. Assim a API nunca espera nada e o banco tem sempre o estado atual.',
      'Brings asynchronous events into the database: validates each completed upload (size, checksum, owner prefix) and records analysis status when Step Functions changes state. So the API never waits and the database always holds the current status.',
    ),
    configuration: l(
      `Deployment com 2 réplicas mínimas em zonas diferentes, long polling de até 10 mensagens por chamada e \`WaitTimeSeconds = 20\` ([long polling](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html)); apaga a mensagem só depois de gravar no banco. Cada gravação é um upsert condicionado ao estado atual, então repetir um evento não muda nada.`,
      `Deployment with at least 2 replicas in different zones, long polling of up to 10 messages per call and \`WaitTimeSeconds = 20\` ([long polling](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html)); deletes a message only after writing to the database. Each write is an upsert conditioned on the current state, so replaying an event changes nothing.`,
    ),
    scaling: l(
      `HPA de 2 a 10 réplicas por CPU ([HPA](${hpa})); o sinal de que falta worker é a idade da mensagem mais antiga na fila, com alarme. Cada evento custa um \`HeadObject\` e uma escrita curta, então o worker raramente é o gargalo.`,
      `HPA from 2 to 10 replicas on CPU ([HPA](${hpa})); the sign of too few workers is the age of the oldest queued message, which is alarmed. Each event costs one \`HeadObject\` and one short write, so the worker is rarely the bottleneck.`,
    ),
    failure: l(
      'Se um worker morre no meio de uma mensagem, ela volta a ficar visível ao fim do visibility timeout e outra réplica a processa; uma mensagem que falha repetidamente vai para a DLQ, com alarme. Um arquivo cujo checksum ou prefixo não confere é marcado como rejeitado e o usuário vê o motivo.',
      'If a worker dies mid-message, the message becomes visible again when its visibility timeout ends and another replica processes it; a message that keeps failing goes to the alarmed DLQ. A file whose checksum or prefix does not match is marked rejected and the user sees why.',
    ),
    security: l(
      `Papel do Pod Identity com \`sqs:ReceiveMessage\`/\`DeleteMessage\` só na fila de eventos e \`s3:GetObject\` (para o \`HeadObject\`) só no bucket de entradas ([Pod Identity](${podIdentity})); nenhuma rota HTTP exposta.`,
      `Pod Identity role with \`sqs:ReceiveMessage\`/\`DeleteMessage\` only on the events queue and \`s3:GetObject\` (for \`HeadObject\`) only on the inputs bucket ([Pod Identity](${podIdentity})); no HTTP route exposed.`,
    ),
    cost: l(
      `A fatia de nós EC2 das suas réplicas ([preços do EC2](${ec2Pricing})) e as requisições ao SQS e ao S3 que faz, cobradas naqueles serviços.`,
      `The EC2 node share of its replicas ([EC2 pricing](${ec2Pricing})) plus the SQS and S3 requests it makes, billed by those services.`,
    ),
  },
  nodesA: nodes('a'),
  nodesB: nodes('b'),
  nodesC: nodes('c'),
} as const satisfies LayerNotes;
