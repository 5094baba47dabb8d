import { l } from '../../diagrams/model/text';
import type { Slide } from '../types';

/** Cost, how it gets built, what comes next, and the end of the talk. */
export const closing = [
  {
    id: 'cost',
    part: 'talk',
    seconds: 60,
    layout: 'text',
    kicker: l('Custo', 'Cost'),
    title: l('Custo: o que move a conta', 'Cost: what drives the bill'),
    lead: l(
      'Cada direcionador de custo e a alavanca que o controla',
      'Each cost driver and the lever that controls it',
    ),
    points: [
      l(
        'Cálculo das análises: Batch em Spot primeiro e 0 vCPU quando não há análise',
        'Analysis compute: Batch on Spot first, and 0 vCPU when nothing runs',
      ),
      l(
        'Armazenamento por 1 e 5 anos: Standard-IA e Glacier Instant Retrieval, com taxa por GB lido',
        'Storage for 1 and 5 years: Standard-IA and Glacier Instant Retrieval, with a per-GB retrieval fee',
      ),
      l(
        'Rede: três NAT gateways; VPC endpoints tiram deles o tráfego para as APIs da AWS',
        'Network: three NAT gateways; VPC endpoints keep AWS API traffic off them',
      ),
      l(
        'Base sempre ligada: Aurora com réplicas, ElastiCache e nós do EKS, ajustados pelo Karpenter',
        'Always-on baseline: Aurora with replicas, ElastiCache and EKS nodes, right-sized by Karpenter',
      ),
      l(
        'Segurança e DR: detecção cobrada por volume analisado, cópias e réplica em outra região',
        'Security and DR: detection billed by volume analysed, copies and a replica in another region',
      ),
    ],
    links: [
      { label: l('Rede', 'Network'), doc: 'overview', anchor: 'network' },
      {
        label: l('Ciclo de vida dos dados', 'Data lifecycle'),
        doc: 'overview',
        anchor: 'lifecycle',
      },
      { label: l('Máquina de estados', 'State machine'), doc: 'overview', anchor: 'stateMachine' },
    ],
    notes: l(
      'Sem números neste slide de propósito: um valor só entra na apresentação com o preço unitário, a fonte e a data, e isso é o modelo de custo que vem nos próximos passos. O que já dá para afirmar é onde está o dinheiro e qual alavanca controla cada parte.\n\nO cálculo é o maior variável, e é sob demanda: Spot primeiro e nada ligado sem análise. O armazenamento cresce com o tempo, e o ciclo de vida move os objetos para classes mais baratas sem perder a leitura imediata. A rede tem o preço consciente de três NAT gateways, em troca de não perder a saída junto com uma zona. A base fixa é o banco, o cache e os nós mínimos. Segurança e DR custam por volume, por isso só os achados críticos chegam ao plantão.',
      'No numbers on this slide on purpose: a figure only goes into the talk with its unit price, source and date, and that is the cost model listed in the next steps. What can be said already is where the money goes and which lever controls each part.\n\nCompute is the largest variable, and it is on demand: Spot first and nothing running without an analysis. Storage grows over time, and the lifecycle moves objects to cheaper classes without losing immediate reads. The network carries the deliberate price of three NAT gateways, in exchange for not losing egress along with a zone. The fixed baseline is the database, the cache and the minimum nodes. Security and DR cost by volume, which is why only critical findings reach on-call.',
    ),
  },
  {
    id: 'provisioning',
    part: 'talk',
    seconds: 70,
    layout: 'split',
    kicker: l('Provisionamento', 'Provisioning'),
    title: l('Plano de provisionamento', 'Provisioning plan'),
    lead: l(
      'Tudo em CDK, aplicado pelo pipeline em change sets: dev, staging, produção',
      'All in CDK, applied by the pipeline as change sets: dev, staging, production',
    ),
    ordered: true,
    points: [
      l(
        'Landing zone: Control Tower, contas, Identity Center, SCPs',
        'Landing zone: Control Tower, accounts, Identity Center, SCPs',
      ),
      l('Serviços compartilhados: pipeline e ECR', 'Shared services: the pipeline and ECR'),
      l(
        'Rede em 3 AZs e a linha de base de segurança',
        'Network over 3 AZs and the security baseline',
      ),
      l('Dados: S3, Aurora, RDS Proxy, segredos', 'Data: S3, Aurora, RDS Proxy, secrets'),
      l('EKS e add-ons; o pipeline de análise', 'EKS and add-ons; the analysis pipeline'),
      l(
        'Borda, aplicação por GitOps, alarmes de SLO, ensaio de DR',
        'Edge, the app through GitOps, SLO alarms, a DR drill',
      ),
    ],
    diagram: { view: 'context' },
    links: [
      { label: l('Contexto', 'Context'), doc: 'overview', anchor: 'context' },
      { label: l('Entrega', 'Delivery'), doc: 'overview', anchor: 'delivery' },
    ],
    notes: l(
      'A ordem segue as dependências. Primeiro as contas e o acesso federado, porque tudo o mais vive dentro delas. Depois a conta de serviços compartilhados com o pipeline: a partir daí, nenhuma mudança chega à produção à mão, nem a própria infraestrutura.\n\nEm seguida rede e segurança, porque dados e cluster dependem das sub-redes e das chaves. Depois os dados, o cluster e o pipeline de análise. A borda vem por último, porque aponta para o ALB que o cluster cria.\n\nFecha com os alarmes de SLO ligados e um ensaio de recuperação em outra região antes do go-live. Cada fase passa por dev e staging antes da produção.',
      'The order follows the dependencies. Accounts and federated access first, because everything else lives inside them. Then the shared services account with the pipeline: from there on, no change reaches production by hand, not even the infrastructure itself.\n\nNext network and security, because data and the cluster depend on the subnets and the keys. Then data, the cluster and the analysis pipeline. The edge comes last, because it points at the ALB the cluster creates.\n\nIt closes with SLO alarms on and a recovery drill in another region before go-live. Each phase goes through dev and staging before production.',
    ),
  },
  {
    id: 'next',
    part: 'talk',
    seconds: 45,
    layout: 'text',
    kicker: l('Próximos passos', 'Next steps'),
    title: l('O que faríamos a seguir', 'What we would do next'),
    points: [
      l(
        'Modelo de custo com preços unitários, fonte e data, em três escalas',
        'A cost model with unit prices, sources and dates, at three scales',
      ),
      l(
        'Testes de carga para dimensionar pods, conexões e cotas de serviço',
        'Load tests to size pods, connections and service quotas',
      ),
      l(
        'Game days com AWS FIS: perda de zona, failover do Aurora, rotação de segredo',
        'Game days with AWS FIS: zone loss, Aurora failover, secret rotation',
      ),
      l(
        'Reavaliar: NAT gateway regional, Map Distribuído, Aurora Global Database',
        'Revisit: regional NAT gateway, Distributed Map, Aurora Global Database',
      ),
      l(
        'Validar com o jurídico a região de DR e a transferência de dados (LGPD)',
        'Validate the DR region and the data transfer with legal (LGPD)',
      ),
    ],
    links: [
      { label: l('Rede', 'Network'), doc: 'overview', anchor: 'network' },
      { label: l('Máquina de estados', 'State machine'), doc: 'overview', anchor: 'stateMachine' },
      { label: l('Recuperação de desastres', 'Disaster recovery'), doc: 'overview', anchor: 'dr' },
    ],
    notes: l(
      'Cinco coisas, em ordem de valor. O modelo de custo transforma os direcionadores em números defensáveis. Os testes de carga trocam suposições por medidas. Os game days provam que o failover e a rotação funcionam antes de precisar deles.\n\nTrês decisões ficam marcadas para revisão quando houver dados: o NAT gateway regional, o Map Distribuído se as amostras chegarem a milhares de arquivos, e o Aurora Global Database se um dia de perda no banco for demais. E a região de DR depende do jurídico.',
      'Five things, in order of value. The cost model turns the drivers into defensible numbers. Load tests replace assumptions with measurements. Game days prove failover and rotation work before we need them.\n\nThree decisions are flagged for review once there is data: the regional NAT gateway, the Distributed Map if samples reach thousands of files, and Aurora Global Database if a day of database loss is too much. And the DR region depends on legal.',
    ),
  },
  {
    id: 'thanks',
    part: 'talk',
    seconds: 15,
    layout: 'title',
    title: l('Obrigado. Perguntas?', 'Thank you. Questions?'),
    lead: l(
      'A arquitetura inteira, com as fontes, está no site',
      'The whole architecture, with its sources, is on the site',
    ),
    links: [
      { label: l('Documentação completa', 'Full documentation'), doc: 'intro' },
      { label: l('Referência de componentes', 'Component reference'), doc: 'components' },
    ],
    notes: l(
      'Encerramento. Depois deste slide vêm os slides de apoio para as perguntas de SRE: o banco inacessível (resolver, depurar, evitar que se repita) e como definir e acompanhar um SLO.',
      'Closing. After this slide come the backup slides for the SRE questions: the unreachable database (fix, debug, prevent a repeat) and how to define and track an SLO.',
    ),
  },
] as const satisfies readonly Slide[];
