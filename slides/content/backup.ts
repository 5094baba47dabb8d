import { l } from '../../diagrams/model/text';
import type { Slide } from '../types';

/** After the talk, for the Q&A: the four SRE questions of the brief. */
export const backup = [
  {
    id: 'backup',
    part: 'backup',
    seconds: 10,
    layout: 'divider',
    kicker: l('Apoio', 'Backup'),
    title: l('Perguntas de SRE', 'SRE questions'),
    points: [
      l(
        'A aplicação não consegue acessar o banco: como resolver?',
        'The application cannot reach its database: how do you fix it?',
      ),
      l('Como depurar esse problema?', 'How do you debug it?'),
      l('Como evitar que aconteça de novo?', 'How do you keep it from happening again?'),
      l(
        'Como definir um SLO que faça sentido, com quais SLIs, e como acompanhá-lo?',
        'How do you define a meaningful SLO, with which SLIs, and how do you track it?',
      ),
    ],
    notes: l(
      'Slides de apoio, fora dos vinte minutos. Ir direto ao slide da pergunta feita.',
      'Backup slides, outside the twenty minutes. Jump straight to the slide for the question asked.',
    ),
  },
  {
    id: 'dbFix',
    part: 'backup',
    seconds: 90,
    layout: 'text',
    kicker: l('SRE · banco de dados', 'SRE · database'),
    title: l(
      'A aplicação não acessa o banco: resolver',
      'The app cannot reach its database: fix it',
    ),
    lead: l(
      'Primeiro restaurar o serviço, depois entender a causa',
      'Restore service first, understand the cause second',
    ),
    points: [
      l(
        'Escopo: todos os pods ou alguns? Uma zona? Desde quando? O que mudou: deploy, rotação, manutenção?',
        'Scope: all pods or some? One zone? Since when? What changed: a deploy, a rotation, maintenance?',
      ),
      l(
        'Deploy recente: reverter o commit no repositório gitops, e o Argo CD volta a versão',
        'Recent deploy: revert the commit in the gitops repository, and Argo CD rolls back',
      ),
      l(
        'Failover do Aurora em curso: o RDS Proxy segura as conexões; acompanhar os eventos do RDS',
        'Aurora failover under way: RDS Proxy holds the connections; follow the RDS events',
      ),
      l(
        'Conexões esgotadas: limitar o pool dos pods, conter o consumidor anormal, ajustar o Proxy',
        'Connections exhausted: cap the pods’ pools, contain the runaway client, tune the Proxy',
      ),
      l(
        'Senha rotacionada e não entregue: forçar a sincronização do External Secrets e reiniciar os pods',
        'Rotated password not delivered: force the External Secrets sync and restart the pods',
      ),
    ],
    links: [
      {
        label: l('Playbook: mitigação e recuperação', 'Playbook: mitigation and recovery'),
        doc: 'sreDatabase',
        anchor: 'mitigation',
      },
      {
        label: l('Sintomas e primeiras verificações', 'Symptoms and first checks'),
        doc: 'sreDatabase',
        anchor: 'symptoms',
      },
      {
        label: l('Fonte: RDS Proxy', 'Source: RDS Proxy'),
        href: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy.html',
      },
    ],
    notes: l(
      'Um incidente, não uma investigação: a primeira meta é parar o dano. O escopo diz onde olhar. Se só uma zona falha, é rede ou nó; se todos falham ao mesmo tempo logo depois de um deploy, é a mudança; se coincide com a janela de rotação, é credencial.\n\nA ação mais barata e reversível vem primeiro: reverter pelo Git, que é o caminho normal de mudança e deixa rastro. Durante um failover, o Proxy mantém as conexões da aplicação e se liga sozinho à nova instância de escrita; o trabalho é acompanhar e comunicar.\n\nEnquanto isso, o status do incidente sai para quem depende do sistema, com o impacto em termos do SLO.',
      'An incident, not an investigation: the first goal is to stop the damage. Scope tells you where to look. If only one zone fails, it is the network or a node; if everything fails at once right after a deploy, it is the change; if it lines up with the rotation window, it is credentials.\n\nThe cheapest, reversible action comes first: revert through Git, which is the normal change path and leaves a trail. During a failover, the Proxy keeps the application’s connections and attaches itself to the new writer; the job is to watch and communicate.\n\nMeanwhile the incident status goes out to whoever depends on the system, with the impact in SLO terms.',
    ),
  },
  {
    id: 'dbDebug',
    part: 'backup',
    seconds: 120,
    layout: 'text',
    kicker: l('SRE · banco de dados', 'SRE · database'),
    title: l(
      'Depurar: do pod ao Aurora, camada por camada',
      'Debug: from the pod to Aurora, layer by layer',
    ),
    ordered: true,
    points: [
      l(
        'Sintoma: os traces do X-Ray e os logs da API mostram timeout, recusa, autenticação ou TLS?',
        'Symptom: do X-Ray traces and API logs show a timeout, a refusal, an auth or a TLS error?',
      ),
      l(
        'DNS: `nslookup` do endpoint do Proxy de dentro do pod (`kubectl exec`)',
        'DNS: `nslookup` the Proxy endpoint from inside the pod (`kubectl exec`)',
      ),
      l(
        'Rede: `pg_isready -h <proxy> -p 5432`; NetworkPolicy, security groups, NACLs e rotas',
        'Network: `pg_isready -h <proxy> -p 5432`; NetworkPolicy, security groups, NACLs and routes',
      ),
      l(
        'RDS Proxy: `aws rds describe-db-proxy-targets` e as métricas de conexão no CloudWatch',
        'RDS Proxy: `aws rds describe-db-proxy-targets` and the connection metrics in CloudWatch',
      ),
      l(
        'Credenciais e TLS: versão do segredo no Secrets Manager contra a montada no pod; logs do Proxy',
        'Credentials and TLS: the secret version in Secrets Manager against the one mounted in the pod; Proxy logs',
      ),
      l(
        'Aurora: estado da instância de escrita, eventos de failover ou manutenção, `max_connections`',
        'Aurora: the writer’s status, failover or maintenance events, `max_connections`',
      ),
    ],
    links: [
      {
        label: l('Playbook: árvore de decisão', 'Playbook: decision tree'),
        doc: 'sreDatabase',
        anchor: 'decision-tree',
      },
      {
        label: l('Saúde dos alvos do RDS Proxy', 'RDS Proxy target health'),
        doc: 'sreDatabase',
        anchor: 'rds-proxy',
      },
      { label: l('RDS Proxy', 'RDS Proxy'), doc: 'components', anchor: 'rdsProxy' },
    ],
    notes: l(
      'Seguir o caminho do pacote, de dentro para fora, e em cada camada fazer uma pergunta que tem resposta sim ou não.\n\nO tipo de erro já corta metade da árvore: timeout aponta para rede ou sobrecarga; conexão recusada, para porta ou security group; erro de autenticação, para o segredo; erro de TLS, para certificado ou configuração do cliente.\n\nTestar de dentro do pod, com a mesma identidade e a mesma rede da aplicação, porque é ali que o problema acontece. O X-Ray mostra onde o tempo vai; as métricas do Proxy mostram se o pool está cheio ou se os alvos estão saudáveis; os eventos do RDS mostram failover e manutenção.',
      'Follow the packet’s path, inside out, and at each layer ask a question with a yes-or-no answer.\n\nThe kind of error already cuts half the tree: a timeout points to the network or overload; connection refused, to a port or a security group; an auth error, to the secret; a TLS error, to certificates or client settings.\n\nTest from inside the pod, with the application’s identity and network, because that is where the problem happens. X-Ray shows where the time goes; Proxy metrics show whether the pool is full or the targets healthy; RDS events show failovers and maintenance.',
    ),
  },
  {
    id: 'dbPrevent',
    part: 'backup',
    seconds: 90,
    layout: 'text',
    kicker: l('SRE · banco de dados', 'SRE · database'),
    title: l('Evitar que se repita', 'Keep it from happening again'),
    points: [
      l(
        'Postmortem sem culpados: linha do tempo, impacto no SLO, causa raiz, ações com dono e prazo',
        'Blameless postmortem: timeline, SLO impact, root cause, action items with owners and dates',
      ),
      l(
        'Detectar antes: alarmes de conexões e erros do Proxy, canário de ponta a ponta, runbook no alarme',
        'Detect earlier: alarms on Proxy connections and errors, an end-to-end canary, the runbook in the alarm',
      ),
      l(
        'Prevenir no pipeline: cdk-nag e testes das regras de rede; rotação exercitada em staging',
        'Prevent in the pipeline: cdk-nag and tests of the network rules; rotation exercised in staging',
      ),
      l(
        'Ensaiar: failover do Aurora e rotação de segredo com AWS FIS em game days',
        'Rehearse: Aurora failover and secret rotation with AWS FIS in game days',
      ),
    ],
    links: [
      {
        label: l('Postmortem de exemplo', 'Worked postmortem'),
        doc: 'srePostmortem',
        anchor: 'worked-example',
      },
      {
        label: l('Guardrails: alarmes, CI e AWS FIS', 'Guardrails: alarms, CI and AWS FIS'),
        doc: 'srePostmortem',
        anchor: 'guardrails',
      },
    ],
    notes: l(
      'A correção do dia não basta: a pergunta é por que o sistema deixou isso acontecer e por que demoramos a perceber. O postmortem é sem culpados, porque o objetivo é consertar o sistema e não a pessoa.\n\nCada ação tem um tipo: detectar, mitigar ou prevenir. Detectar é o alarme certo com o runbook no texto. Prevenir é transformar a causa em teste no pipeline, para que a mesma mudança não passe de novo. E ensaiar é provocar a falha de propósito, em horário comercial, antes que ela aconteça de madrugada.',
      'The fix of the day is not enough: the question is why the system let this happen and why we were slow to notice. The postmortem is blameless, because the goal is to fix the system, not the person.\n\nEach action has a type: detect, mitigate or prevent. Detect is the right alarm with the runbook in its text. Prevent is turning the cause into a test in the pipeline, so the same change cannot get through again. And rehearse is causing the failure on purpose, in office hours, before it happens at night.',
    ),
  },
  {
    id: 'sloDefine',
    part: 'backup',
    seconds: 90,
    layout: 'text',
    kicker: l('SRE · SLO', 'SRE · SLO'),
    title: l('Um SLO que faça sentido: os SLIs e por quê', 'A meaningful SLO: the SLIs and why'),
    lead: l(
      'Medir o que o pesquisador sente, não o que a máquina sente',
      'Measure what the researcher feels, not what the machine feels',
    ),
    points: [
      l(
        'API: fração de requisições respondidas sem erro e abaixo de um limite de latência',
        'API: the share of requests answered without error and under a latency threshold',
      ),
      l(
        'Upload: fração de uploads que chegam a `validated`',
        'Upload: the share of uploads that reach `validated`',
      ),
      l(
        'Análise: fração de análises concluídas com sucesso dentro do prazo esperado',
        'Analysis: the share of analyses that succeed within the expected time',
      ),
      l(
        'Jornada inteira: o canário cobre CloudFront, WAF e Cognito, que os pods não veem',
        'Whole journey: the canary covers CloudFront, WAF and Cognito, which the pods cannot see',
      ),
      l(
        'Meta a partir da linha de base medida e do que o usuário tolera, nunca 100%',
        'Targets from the measured baseline and what users tolerate, never 100%',
      ),
    ],
    links: [
      { label: l('Por que estes SLIs', 'Why these SLIs'), doc: 'sreSlos', anchor: 'principles' },
      {
        label: l('Os SLOs e seus orçamentos', 'The SLOs and their budgets'),
        doc: 'sreSlos',
        anchor: 'catalogue',
      },
    ],
    notes: l(
      'Um bom SLI é uma razão entre eventos bons e eventos válidos, medida o mais perto possível do usuário. CPU e memória não são SLIs: ninguém reclama de CPU, reclama de página que não abre ou de análise que não termina.\n\nTrês jornadas importam aqui: navegar e consultar, enviar arquivos e analisar. A análise ganha um SLI de tempo, porque uma análise que termina depois do prazo é uma falha para quem está esperando.\n\nA meta sai da linha de base e da tolerância do usuário. Cem por cento é errado: não deixa orçamento para mudar nada e promete o que as dependências não entregam.',
      'A good SLI is a ratio of good events to valid events, measured as close to the user as possible. CPU and memory are not SLIs: nobody complains about CPU, they complain about a page that does not load or an analysis that does not finish.\n\nThree journeys matter here: browsing and reading results, uploading files, and analysing. Analysis gets a time-based SLI, because an analysis that finishes late is a failure for whoever is waiting.\n\nTargets come from the baseline and user tolerance. One hundred percent is wrong: it leaves no budget to change anything and promises what the dependencies cannot deliver.',
    ),
  },
  {
    id: 'sloTrack',
    part: 'backup',
    seconds: 90,
    layout: 'text',
    kicker: l('SRE · SLO', 'SRE · SLO'),
    title: l(
      'Acompanhar o SLO: error budget e burn rate',
      'Tracking the SLO: error budget and burn rate',
    ),
    points: [
      l(
        'Error budget = 1 − meta, numa janela de 30 dias; painéis no Managed Grafana',
        'Error budget = 1 − target, over a 30-day window; dashboards in Managed Grafana',
      ),
      l(
        'Página: burn rate 14,4 em 1 h (e 5 min) ou 6 em 6 h (e 30 min)',
        'Page: burn rate 14.4 over 1 h (and 5 min) or 6 over 6 h (and 30 min)',
      ),
      l('Ticket: burn rate 1 em 3 dias (e 6 h)', 'Ticket: burn rate 1 over 3 days (and 6 h)'),
      l(
        'Política: orçamento esgotado congela lançamentos e prioriza confiabilidade',
        'Policy: an exhausted budget freezes releases and puts reliability first',
      ),
      l(
        'Revisão periódica dos SLOs com produto: a meta ainda reflete o usuário?',
        'Regular SLO review with product: does the target still reflect users?',
      ),
    ],
    links: [
      { label: l('Alertas de burn rate', 'Burn-rate alerts'), doc: 'sreSlos', anchor: 'alerts' },
      { label: l('Calculadora de SLO', 'SLO calculator'), doc: 'sreSlos', anchor: 'calculator' },
      {
        label: l('Roteamento do plantão', 'On-call routing'),
        doc: 'sreObservability',
        anchor: 'routing',
      },
      {
        label: l('Fonte: SRE Workbook, alertas de SLO', 'Source: SRE Workbook, alerting on SLOs'),
        href: 'https://sre.google/workbook/alerting-on-slos/',
      },
    ],
    notes: l(
      'Os limiares são os do SRE Workbook para uma janela de 30 dias. Burn rate 14,4 por uma hora consome 2% do orçamento do mês; 6 por seis horas consome 5%; ambos acordam alguém. Burn rate 1 por três dias consome 10% e vira ticket. A janela curta, um doze avos da longa, faz o alerta parar logo que o problema passa.\n\nAs métricas da AWS (ALB, Step Functions) viram SLOs no CloudWatch Application Signals, os contadores da aplicação viram regras no Managed Prometheus, e os dois alertam o plantão pelo SNS. O orçamento também é ferramenta de decisão: sobrando, dá para lançar mais rápido; esgotado, a prioridade é confiabilidade.',
      'The thresholds are the SRE Workbook’s for a 30-day window. A burn rate of 14.4 for one hour spends 2% of the month’s budget; 6 for six hours spends 5%; both page someone. A burn rate of 1 for three days spends 10% and becomes a ticket. The short window, a twelfth of the long one, makes the alert stop soon after the problem does.\n\nAWS metrics (ALB, Step Functions) become CloudWatch Application Signals SLOs, the application’s counters become Managed Prometheus rules, and both alert on-call through SNS. The budget is also a decision tool: with budget left you can ship faster; when it is spent, reliability comes first.',
    ),
  },
] as const satisfies readonly Slide[];
