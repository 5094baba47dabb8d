import { l } from '../text';
import type { LayerNotes } from './types';

const cwPricing = 'https://aws.amazon.com/cloudwatch/pricing/';
const sloAlerting = 'https://sre.google/workbook/alerting-on-slos/';

export const observabilityNotes = {
  cloudwatch: {
    why: l(
      'É o destino padrão de logs e métricas de quase todos os serviços da arquitetura (Step Functions, Batch, RDS, ALB, SQS) e onde ficam os alarmes que acordam o plantão.',
      'The default destination for logs and metrics of nearly every service in the architecture (Step Functions, Batch, RDS, ALB, SQS) and where the alarms that page the on-call engineer live.',
    ),
    configuration: l(
      `Grupos de log cifrados com a chave KMS de logs e retenção de 90 dias para a aplicação ([retenção de logs](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html)), Container Insights com observabilidade avançada no EKS, alarmes compostos de burn rate do SLO ([alertas por SLO](${sloAlerting})) e alarmes diretos para DLQ com mensagens, conexões do RDS Proxy e jobs presos em \`RUNNABLE\`.`,
      `Log groups encrypted with the logs KMS key and 90-day retention for the application ([log retention](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html)), Container Insights with enhanced observability on EKS, composite SLO burn-rate alarms ([alerting on SLOs](${sloAlerting})) and direct alarms for DLQs holding messages, RDS Proxy connections and jobs stuck in \`RUNNABLE\`.`,
    ),
    scaling: l(
      'Ingestão e consulta escalam com o serviço; o que cresce é a conta, com o volume de logs. Logs de depuração ficam desligados em produção e os de alto volume e pouco consultados podem ir para a classe Infrequent Access.',
      'Ingestion and queries scale with the service; what grows is the bill, with log volume. Debug logs stay off in production, and high-volume, rarely queried logs can use the Infrequent Access class.',
    ),
    failure: l(
      'Regional e multi-AZ. Um alarme sem dados é tratado como violado nos alarmes de disponibilidade, para que a falta de métrica não pareça saúde; o canário, que vem de fora, cobre o caso em que a própria telemetria falha.',
      'Regional and multi-AZ. A missing-data alarm is treated as breaching for availability alarms, so missing metrics never look healthy; the canary, coming from outside, covers the case where telemetry itself fails.',
    ),
    security: l(
      'Logs cifrados com chave do cliente; a aplicação não registra tokens, senhas nem conteúdo de arquivos, e um filtro de proteção de dados mascara e-mails e identificadores pessoais que escaparem.',
      'Logs encrypted with a customer managed key; the application logs no tokens, passwords or file contents, and a data protection policy masks emails and personal identifiers that slip through.',
    ),
    cost: l(
      `GB ingerido e GB-mês armazenado de logs, métricas personalizadas por mês, alarmes por métrica, painéis e consultas do Logs Insights por GB varrido ([preços do CloudWatch](${cwPricing})); ingestão de logs costuma ser o maior item.`,
      `GB ingested and GB-month stored for logs, custom metrics per month, alarms per metric, dashboards and Logs Insights queries per GB scanned ([CloudWatch pricing](${cwPricing})); log ingestion is usually the largest item.`,
    ),
  },
  canaries: {
    why: l(
      'Mede o que o pesquisador sente, de fora para dentro: se o login, o upload ou a consulta de resultado quebrarem em qualquer ponto (DNS, CloudFront, WAF, Cognito, pods, S3), o canário falha antes que um usuário reclame.',
      'Measures what the researcher experiences, from the outside in: if sign-in, upload or result lookup breaks anywhere (DNS, CloudFront, WAF, Cognito, pods, S3), the canary fails before a user complains.',
    ),
    configuration: l(
      `Três canários com o runtime Node.js do Synthetics, agendados com \`rate(1 minute)\` ([canários](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries.html)): login de um usuário de teste com MFA TOTP guardado no Secrets Manager, upload de um arquivo pequeno num prefixo de teste e leitura de um resultado conhecido. Rodam fora da VPC, pelo nome público.`,
      `Three canaries on the Synthetics Node.js runtime, scheduled with \`rate(1 minute)\` ([canaries](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries.html)): sign-in of a test user whose TOTP MFA seed sits in Secrets Manager, upload of a small file under a test prefix and reading a known result. They run outside the VPC, through the public name.`,
    ),
    scaling: l(
      'Um canário por jornada, independente do número de usuários; a frequência define a rapidez da detecção e o custo.',
      'One canary per journey, independent of the number of users; frequency sets both detection speed and cost.',
    ),
    failure: l(
      `Uma falha isolada não alerta: o alarme pede falhas consecutivas, e o sucesso dos canários entra no SLO de disponibilidade com o mesmo alerta por burn rate ([alertas por SLO](${sloAlerting})). Um canário quebrado por mudança de tela é corrigido no mesmo pull request da mudança.`,
      `A single failure does not alert: the alarm requires consecutive failures, and canary success feeds the availability SLO with the same burn-rate alerting ([alerting on SLOs](${sloAlerting})). A canary broken by a UI change is fixed in the same pull request as the change.`,
    ),
    security: l(
      'O usuário de teste só vê os próprios dados de teste; os artefatos (capturas de tela, HAR) ficam num bucket cifrado com expiração curta, e as credenciais vêm do Secrets Manager.',
      'The test user only sees its own test data; artifacts (screenshots, HAR files) go to an encrypted bucket with short expiry, and credentials come from Secrets Manager.',
    ),
    cost: l(
      `Por execução de canário, mais as execuções do Lambda, os artefatos no S3 e as métricas que gera ([preços do CloudWatch](${cwPricing})); três canários por minuto são cerca de 130 mil execuções por mês.`,
      `Per canary run, plus the Lambda invocations, S3 artifacts and metrics it produces ([CloudWatch pricing](${cwPricing})); three canaries a minute are about 130,000 runs a month.`,
    ),
  },
  xray: {
    why: l(
      'Mostra onde uma requisição lenta gastou o tempo, do CloudFront ao pod, ao RDS Proxy, ao S3 e à execução do Step Functions, o que métricas agregadas não mostram.',
      'Shows where a slow request spent its time, from CloudFront to the pod, RDS Proxy, S3 and the Step Functions execution, which aggregate metrics cannot show.',
    ),
    configuration: l(
      `A aplicação se instrumenta com OpenTelemetry e envia spans ao ADOT, que os exporta ao X-Ray; o Step Functions tem rastreamento ativo. Regra de amostragem padrão, com reserva de uma requisição por segundo e 5% do resto ([amostragem](https://docs.aws.amazon.com/xray/latest/devguide/xray-console-sampling.html)).`,
      `The application is instrumented with OpenTelemetry and sends spans to ADOT, which exports them to X-Ray; Step Functions has active tracing. The default sampling rule, with a reservoir of one request per second and 5% of the rest ([sampling](https://docs.aws.amazon.com/xray/latest/devguide/xray-console-sampling.html)).`,
    ),
    scaling: l(
      'A amostragem mantém o volume de traces proporcional à carga, não igual a ela; aumentar a taxa durante uma investigação é mudar a regra, sem deploy.',
      'Sampling keeps trace volume proportional to load rather than equal to it; raising the rate during an investigation is a rule change, with no deploy.',
    ),
    failure: l(
      'Se o X-Ray ou o ADOT ficam indisponíveis, spans se perdem, mas a aplicação não espera por eles: o exportador é assíncrono e descarta quando o buffer enche.',
      'If X-Ray or ADOT are unavailable, spans are lost, but the application never waits on them: the exporter is asynchronous and drops when its buffer fills.',
    ),
    security: l(
      'Traces não levam corpo de requisição, tokens nem nomes de arquivo, só rotas, status e durações; os dados do X-Ray são cifrados com a chave KMS de logs.',
      'Traces carry no request bodies, tokens or file names, only routes, status and durations; X-Ray data is encrypted with the logs KMS key.',
    ),
    cost: l(
      'Por milhão de traces gravados e por milhão de traces lidos ou varridos, com uma faixa gratuita mensal ([preços do X-Ray](https://aws.amazon.com/xray/pricing/)); a taxa de amostragem é o botão de custo.',
      'Per million traces recorded and per million traces retrieved or scanned, with a monthly free tier ([X-Ray pricing](https://aws.amazon.com/xray/pricing/)); the sampling rate is the cost knob.',
    ),
  },
  prometheus: {
    why: l(
      'Guarda as métricas de alta cardinalidade do cluster e da aplicação (taxa, erros e duração por rota) em PromQL, a base das regras de gravação dos SLIs e dos canários do Argo Rollouts.',
      'Holds the cluster and application high-cardinality metrics (rate, errors and duration per route) in PromQL, the basis of the SLI recording rules and the Argo Rollouts canary analysis.',
    ),
    configuration: l(
      `Um workspace cifrado com chave KMS do cliente, alimentado por remote write do ADOT com SigV4, com regras de gravação dos SLIs em janelas de 5 minutos a 30 dias e retenção de 150 dias, o padrão ([cotas do AMP](https://docs.aws.amazon.com/prometheus/latest/userguide/AMP_quotas.html)).`,
      `One workspace encrypted with a customer managed KMS key, fed by ADOT remote write with SigV4, with SLI recording rules over windows from 5 minutes to 30 days and the default 150-day retention ([AMP quotas](https://docs.aws.amazon.com/prometheus/latest/userguide/AMP_quotas.html)).`,
    ),
    scaling: l(
      'Serviço gerenciado com cotas de séries ativas e de taxa de ingestão por workspace, ajustáveis; rótulos de alta cardinalidade (id de usuário, id de amostra) ficam fora das métricas, que é o que mantém as séries sob controle.',
      'A managed service with per-workspace quotas on active series and ingestion rate, adjustable; high-cardinality labels (user id, sample id) stay out of metrics, which keeps series under control.',
    ),
    failure: l(
      'Gerenciado em várias AZs; se a escrita falha, o ADOT guarda e reenvia por um tempo. Os alarmes que acordam o plantão ficam no CloudWatch, então uma falha do Prometheus não cala o alerta.',
      'Managed across AZs; if writes fail, ADOT buffers and resends for a while. The alarms that page on-call live in CloudWatch, so a Prometheus failure does not silence alerting.',
    ),
    security: l(
      'Acesso só por IAM com SigV4: o ADOT grava com um papel de escrita, o Grafana lê com um papel de leitura; tráfego pelo VPC endpoint do serviço.',
      'Access only through IAM with SigV4: ADOT writes with a write role, Grafana reads with a read role; traffic goes through the service VPC endpoint.',
    ),
    cost: l(
      'Por amostras ingeridas (com faixas por volume), GB-mês armazenado e amostras processadas em consultas ([preços do AMP](https://aws.amazon.com/prometheus/pricing/)); o intervalo de coleta e o número de séries são os botões de custo.',
      'Per samples ingested (tiered by volume), GB-month stored and query samples processed ([AMP pricing](https://aws.amazon.com/prometheus/pricing/)); scrape interval and series count are the cost knobs.',
    ),
  },
  grafana: {
    why: l(
      'Junta Prometheus, CloudWatch e X-Ray nos painéis de SLO e error budget que a equipe e os revisores consultam, sem operar um Grafana próprio.',
      'Brings Prometheus, CloudWatch and X-Ray together in the SLO and error-budget dashboards the team and reviewers consult, without running a Grafana of our own.',
    ),
    configuration: l(
      'Workspace em us-east-1, porque o Managed Grafana não tem endpoint em sa-east-1 ([regiões do Managed Grafana](https://docs.aws.amazon.com/general/latest/gr/grafana-service.html)); só consultas e painéis cruzam a região, os dados ficam nas fontes em sa-east-1. Autenticação pelo IAM Identity Center ([autenticação](https://docs.aws.amazon.com/grafana/latest/userguide/authentication-in-AMG-SSO.html)), papel de workspace com leitura de AMP, CloudWatch e X-Ray, e painéis versionados no repositório gitops.',
      'Workspace in us-east-1, because Managed Grafana has no endpoint in sa-east-1 ([Managed Grafana Regions](https://docs.aws.amazon.com/general/latest/gr/grafana-service.html)); only queries and dashboards cross the Region, the data stays in its sources in sa-east-1. Authenticated through IAM Identity Center ([authentication](https://docs.aws.amazon.com/grafana/latest/userguide/authentication-in-AMG-SSO.html)), a workspace role with read access to AMP, CloudWatch and X-Ray, and dashboards versioned in the gitops repository.',
    ),
    scaling: l(
      'Gerenciado; cresce em número de usuários, não em carga do Espectro.',
      "Managed; it grows with the number of users, not with Espectro's load.",
    ),
    failure: l(
      'Se o Grafana fica fora, os alarmes continuam no CloudWatch e os dados continuam nas fontes; só a visualização espera.',
      'If Grafana is down, alarms keep running in CloudWatch and data stays in its sources; only visualization waits.',
    ),
    security: l(
      'Login só pelo IAM Identity Center com MFA; editores e administradores por grupo, visualizadores por padrão; o workspace só lê.',
      'Sign-in only through IAM Identity Center with MFA; editors and admins by group, viewers by default; the workspace only reads.',
    ),
    cost: l(
      'Por licença de usuário ativo por mês, com preço maior para editores e administradores que para visualizadores ([preços do Managed Grafana](https://aws.amazon.com/grafana/pricing/)).',
      'Per active user license per month, priced higher for editors and admins than for viewers ([Managed Grafana pricing](https://aws.amazon.com/grafana/pricing/)).',
    ),
  },
  sns: {
    why: l(
      'Entrega os alarmes a quem precisa agir: o plantão por e-mail e pelo chat, com um único tópico como destino de todos os alarmes e achados críticos.',
      'Delivers alarms to whoever must act: on-call by email and chat, with a single topic as the destination of every alarm and critical finding.',
    ),
    configuration: l(
      'Tópico padrão cifrado com chave KMS do cliente, assinaturas de e-mail do plantão e do Amazon Q Developer em aplicativos de chat para o canal de incidentes ([chat](https://docs.aws.amazon.com/chatbot/latest/adminguide/what-is.html)); política de acesso que só aceita publicação do CloudWatch e do EventBridge da conta.',
      "Standard topic encrypted with a customer managed KMS key, email subscriptions for on-call and Amazon Q Developer in chat applications for the incident channel ([chat](https://docs.aws.amazon.com/chatbot/latest/adminguide/what-is.html)); an access policy that only accepts publishing from the account's CloudWatch and EventBridge.",
    ),
    scaling: l(
      'O volume é de alarmes, não de tráfego de usuários; nada a dimensionar.',
      'The volume is alarms, not user traffic; nothing to size.',
    ),
    failure: l(
      'O SNS repete entregas que falham conforme a política de entrega de cada protocolo; uma assinatura de e-mail não confirmada é o risco real, por isso o alarme de teste semanal verifica que a mensagem chega.',
      "SNS retries failed deliveries according to each protocol's delivery policy; an unconfirmed email subscription is the real risk, hence the weekly test alarm that checks the message arrives.",
    ),
    security: l(
      'Cifrado em repouso ([cifragem do SNS](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html)); as mensagens levam nome do alarme e link para o painel, nunca dados de usuários.',
      'Encrypted at rest ([SNS encryption](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html)); messages carry the alarm name and a dashboard link, never user data.',
    ),
    cost: l(
      'Por milhão de publicações e por entrega conforme o protocolo (e-mail e HTTPS têm preços próprios), com faixa gratuita ([preços do SNS](https://aws.amazon.com/sns/pricing/)); para alarmes, fica perto de zero.',
      'Per million publishes and per delivery by protocol (email and HTTPS have their own prices), with a free tier ([SNS pricing](https://aws.amazon.com/sns/pricing/)); for alarms it stays near zero.',
    ),
  },
  adot: {
    why: l(
      'Um só coletor recebe OpenTelemetry de todos os pods e entrega cada sinal ao destino certo (traces ao X-Ray, métricas ao Prometheus, métricas e logs ao CloudWatch), para que a aplicação não conheça os backends.',
      'A single collector receives OpenTelemetry from every pod and routes each signal to the right destination (traces to X-Ray, metrics to Prometheus, metrics and logs to CloudWatch), so the application does not know the backends.',
    ),
    configuration: l(
      'Instalado como add-on gerenciado do EKS ([ADOT no EKS](https://aws-otel.github.io/docs/getting-started/adot-eks-add-on)); um Deployment com receptor OTLP e exportadores `awsxray`, `prometheusremotewrite` com `sigv4auth` e `awsemf`, com `batch` e `memory_limiter` para não derrubar o nó num pico.',
      'Installed as a managed EKS add-on ([ADOT on EKS](https://aws-otel.github.io/docs/getting-started/adot-eks-add-on)); a Deployment with an OTLP receiver and the `awsxray`, `prometheusremotewrite` with `sigv4auth`, and `awsemf` exporters, with `batch` and `memory_limiter` so a spike does not take down the node.',
    ),
    scaling: l(
      'Réplicas com HPA por CPU; como os pods enviam por um Service, mais réplicas dividem a carga.',
      'Replicas with a CPU-based HPA; as pods send through a Service, more replicas share the load.',
    ),
    failure: l(
      'Com duas réplicas em zonas diferentes, a perda de uma não interrompe a telemetria; se todas caem, os SDKs descartam dados em vez de bloquear a aplicação, e a ausência de métricas dispara os alarmes de dados faltantes.',
      'With two replicas in different zones, losing one does not stop telemetry; if all fail, SDKs drop data instead of blocking the application, and missing metrics trigger the missing-data alarms.',
    ),
    security: l(
      'Papel do Pod Identity com permissão só de escrita no X-Ray, no workspace do Prometheus e nos grupos de log do Espectro; o receptor OTLP só aceita tráfego de dentro do cluster por NetworkPolicy.',
      'Pod Identity role with write-only permission on X-Ray, the Prometheus workspace and Espectro log groups; the OTLP receiver only accepts in-cluster traffic through a NetworkPolicy.',
    ),
    cost: l(
      'Sem cobrança própria; custa a fatia de nó e o que envia aos destinos ([preços do CloudWatch](https://aws.amazon.com/cloudwatch/pricing/), [preços do AMP](https://aws.amazon.com/prometheus/pricing/)).',
      'No charge of its own; it costs its node share and what it sends to the destinations ([CloudWatch pricing](https://aws.amazon.com/cloudwatch/pricing/), [AMP pricing](https://aws.amazon.com/prometheus/pricing/)).',
    ),
  },
} as const satisfies LayerNotes;
