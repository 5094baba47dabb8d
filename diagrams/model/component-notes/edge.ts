import { l } from '../text';
import type { LayerNotes } from './types';

const wafRules =
  'https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-list.html';
const wafPricing = 'https://aws.amazon.com/waf/pricing/';
const albGuide =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html';
const cfRestrictAlb =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/restrict-access-to-load-balancer.html';
const cognitoTokens =
  'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html';

export const edgeNotes = {
  route53: {
    why: l(
      'Responde o nome do site com alias para o CloudFront e é a alavanca do DR: trocar a região que atende é mudar um registro aqui.',
      'Answers the site name with an alias to CloudFront and is the DR lever: switching the serving region means changing a record here.',
    ),
    configuration: l(
      'Zona hospedada pública `espectro.example.com` com registros alias `A` e `AAAA` para a distribuição do CloudFront, `origin.espectro.example.com` para o ALB, registros CNAME de validação do ACM, um registro `CAA` que só autoriza a Amazon a emitir certificados e assinatura DNSSEC com chave KMS ([DNSSEC](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-configuring-dnssec.html)).',
      'Public hosted zone `espectro.example.com` with `A` and `AAAA` alias records to the CloudFront distribution, `origin.espectro.example.com` for the ALB, ACM validation CNAMEs, a `CAA` record that only lets Amazon issue certificates and DNSSEC signing with a KMS key ([DNSSEC](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-configuring-dnssec.html)).',
    ),
    scaling: l(
      'Servido pela rede global de servidores de nome da AWS; não há capacidade a planejar.',
      'Served by the AWS global name-server network; there is no capacity to plan.',
    ),
    failure: l(
      'O Route 53 tem SLA de disponibilidade de 100% para o plano de dados de DNS ([SLA do Route 53](https://aws.amazon.com/route53/sla/)). Num DR regional, o runbook aponta `origin` para o ALB de us-east-1; os registros têm TTL curto para que a troca chegue rápido aos resolvedores.',
      'Route 53 carries a 100% availability SLA for its DNS data plane ([Route 53 SLA](https://aws.amazon.com/route53/sla/)). In a regional DR, the runbook points `origin` at the us-east-1 ALB; records use a short TTL so the switch reaches resolvers fast.',
    ),
    security: l(
      'Mudanças só pelo pipeline (CloudFormation); o DNSSEC impede respostas forjadas, o `CAA` limita quem emite certificados para o domínio e o Shield Standard protege os servidores de nome.',
      'Changes only through the pipeline (CloudFormation); DNSSEC prevents forged answers, `CAA` limits who can issue certificates for the domain and Shield Standard protects the name servers.',
    ),
    cost: l(
      'Uma taxa mensal por zona hospedada e cobrança por milhão de consultas; consultas alias para o CloudFront não são cobradas ([preços do Route 53](https://aws.amazon.com/route53/pricing/)).',
      'A monthly fee per hosted zone plus a charge per million queries; alias queries to CloudFront are free ([Route 53 pricing](https://aws.amazon.com/route53/pricing/)).',
    ),
  },
  cloudfront: {
    why: l(
      'É a única porta HTTPS do site: termina o TLS perto do usuário, serve os estáticos do cache e leva o resto ao ALB pela rede da AWS, com o WAF e o Shield na frente. Os uploads não passam por aqui: vão direto ao S3.',
      'The single HTTPS door of the site: terminates TLS near the user, serves static files from cache and carries the rest to the ALB over the AWS network, with WAF and Shield in front. Uploads do not pass here: they go straight to S3.',
    ),
    configuration: l(
      `Comportamento \`/static/*\` com a política gerenciada \`CachingOptimized\`; comportamento padrão com \`CachingDisabled\` e \`AllViewerExceptHostHeader\` para o ALB ([políticas gerenciadas](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html)). Viewer: \`redirect-to-https\`, política mínima \`TLSv1.2_2021\`, HTTP/2 e HTTP/3; origem só HTTPS com um cabeçalho secreto que o ALB confere. \`PriceClass_All\`, porque só ela inclui os pontos de presença da América do Sul ([classes de preço](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PriceClass.html)); logs padrão no log archive.`,
      `\`/static/*\` behavior with the managed \`CachingOptimized\` policy; default behavior with \`CachingDisabled\` and \`AllViewerExceptHostHeader\` to the ALB ([managed policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html)). Viewer: \`redirect-to-https\`, minimum policy \`TLSv1.2_2021\`, HTTP/2 and HTTP/3; HTTPS-only origin with a secret header the ALB checks. \`PriceClass_All\`, since only it includes the South American edge locations ([price classes](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PriceClass.html)); standard logs to the log archive.`,
    ),
    scaling: l(
      `Rede global que absorve picos sem configuração; as cotas por distribuição (requisições por segundo, largura de banda) estão em [cotas do CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html) e ficam muito acima da carga prevista. O cache dos estáticos tira esse tráfego dos pods.`,
      `A global network that absorbs spikes with no configuration; per-distribution quotas (requests per second, bandwidth) are in [CloudFront quotas](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html) and sit far above the expected load. Caching static files keeps that traffic off the pods.`,
    ),
    failure: l(
      'Um ponto de presença com problema é contornado pelo roteamento da própria AWS. Se o ALB responde com erro, o CloudFront devolve uma página de erro personalizada em vez do erro cru; os estáticos em cache continuam servidos. O canário do Synthetics passa por aqui e detecta a falha do ponto de vista do usuário.',
      "A troubled edge location is routed around by AWS. If the ALB returns errors, CloudFront serves a custom error page instead of the raw error; cached static files keep being served. The Synthetics canary goes through here and detects failure from the user's point of view.",
    ),
    security: l(
      `Certificado do ACM em us-east-1, TLS 1.2 no mínimo, web ACL do WAF associada e Shield Standard. O ALB só aceita a lista de prefixos de origem do CloudFront e o cabeçalho secreto, então ninguém contorna o WAF indo direto à origem ([restringir acesso ao ALB](${cfRestrictAlb})).`,
      `ACM certificate in us-east-1, TLS 1.2 minimum, WAF web ACL attached and Shield Standard. The ALB only accepts the CloudFront origin prefix list and the secret header, so nobody bypasses WAF by hitting the origin directly ([restrict access to the ALB](${cfRestrictAlb})).`,
    ),
    cost: l(
      'Transferência de dados para a internet por GB e requisições HTTPS por 10 mil, com preços por região de borda; a transferência da origem AWS para o CloudFront não é cobrada ([preços do CloudFront](https://aws.amazon.com/cloudfront/pricing/)). Como os arquivos grandes vão direto ao S3, o volume que passa aqui é pequeno.',
      'Data transfer out per GB and HTTPS requests per 10,000, priced by edge region; transfer from an AWS origin to CloudFront is free ([CloudFront pricing](https://aws.amazon.com/cloudfront/pricing/)). As large files go straight to S3, little volume passes here.',
    ),
  },
  waf: {
    why: l(
      'Filtra a camada 7 antes que ela chegue aos pods e ao login: injeções, entradas maliciosas conhecidas, IPs de má reputação e rajadas de um mesmo IP.',
      'Filters layer 7 before it reaches the pods and the sign-in: injections, known bad inputs, low-reputation IPs and bursts from a single IP.',
    ),
    configuration: l(
      `Uma web ACL de escopo \`CLOUDFRONT\` (us-east-1) e outra regional para o ALB e o Cognito, cada uma com \`AWSManagedRulesCommonRuleSet\`, \`AWSManagedRulesKnownBadInputsRuleSet\` e \`AWSManagedRulesAmazonIpReputationList\` ([grupos gerenciados](${wafRules})) e uma regra por taxa que bloqueia um IP acima de 2.000 requisições em 5 minutos ([regras por taxa](https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based.html)). Logs no log archive; regras novas entram primeiro em \`Count\`.`,
      `One \`CLOUDFRONT\`-scope web ACL (us-east-1) and one regional web ACL for the ALB and Cognito, each with \`AWSManagedRulesCommonRuleSet\`, \`AWSManagedRulesKnownBadInputsRuleSet\` and \`AWSManagedRulesAmazonIpReputationList\` ([managed groups](${wafRules})) plus a rate-based rule that blocks an IP above 2,000 requests in 5 minutes ([rate-based rules](https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based.html)). Logs go to the log archive; new rules start in \`Count\`.`,
    ),
    scaling: l(
      'Roda no próprio CloudFront, no ALB e no Cognito e escala com eles; o que se acompanha é a capacidade da web ACL em WCUs, que as regras gerenciadas consomem.',
      'Runs inside CloudFront, the ALB and Cognito and scales with them; what is watched is the web ACL capacity in WCUs, which managed rules consume.',
    ),
    failure: l(
      'O risco real é o falso positivo: uma regra gerenciada bloquear requisições legítimas. As métricas de bloqueio por regra têm painel, e uma regra que erra vira exceção com escopo estreito (por caminho), em vez de desligar o grupo todo. Os uploads vão direto ao S3, então a regra de tamanho de corpo não os afeta.',
      'The real risk is a false positive: a managed rule blocking legitimate requests. Per-rule block metrics have a dashboard, and a misfiring rule becomes a narrowly scoped exception (by path) rather than disabling the whole group. Uploads go straight to S3, so the body-size rule does not affect them.',
    ),
    security: l(
      'Mudanças só pelo pipeline; os logs do WAF ficam no log archive, fora do alcance da conta de produção, e alimentam investigações junto com os logs do CloudFront.',
      "Changes only through the pipeline; WAF logs sit in the log archive, out of the production account's reach, and feed investigations together with CloudFront logs.",
    ),
    cost: l(
      `Por web ACL por mês, por regra ou grupo de regras por mês e por milhão de requisições inspecionadas; grupos pagos como Bot Control custam à parte ([preços do WAF](${wafPricing})).`,
      `Per web ACL per month, per rule or rule group per month and per million requests inspected; paid groups such as Bot Control cost extra ([WAF pricing](${wafPricing})).`,
    ),
  },
  shield: {
    why: l(
      'Absorve ataques volumétricos de camadas 3 e 4 (SYN flood, reflexão UDP) no CloudFront e no Route 53 antes que eles virem indisponibilidade.',
      'Absorbs layer 3 and 4 volumetric attacks (SYN floods, UDP reflection) at CloudFront and Route 53 before they become downtime.',
    ),
    configuration: l(
      'Nada a configurar: o Shield Standard vem ligado em toda conta ([Shield Standard](https://docs.aws.amazon.com/waf/latest/developerguide/ddos-standard-summary.html)). A camada 7 fica com a regra por taxa do WAF; o Shield Advanced não está contratado.',
      'Nothing to configure: Shield Standard is on in every account ([Shield Standard](https://docs.aws.amazon.com/waf/latest/developerguide/ddos-standard-summary.html)). Layer 7 is left to the WAF rate-based rule; Shield Advanced is not subscribed.',
    ),
    scaling: l(
      'Usa a capacidade da borda global da AWS, que é o motivo de pôr o CloudFront na frente de tudo.',
      'Uses the AWS global edge capacity, which is the reason to put CloudFront in front of everything.',
    ),
    failure: l(
      'A mitigação é automática e transparente. Se o Espectro passar a sofrer ataques dirigidos, o Shield Advanced acrescenta detecção por aplicação, a equipe de resposta da AWS e proteção de custo.',
      'Mitigation is automatic and transparent. If Espectro becomes the target of directed attacks, Shield Advanced adds per-application detection, the AWS response team and cost protection.',
    ),
    security: l(
      'Protege a disponibilidade, não a confidencialidade; por isso vem sempre junto com o WAF e com o ALB fechado ao CloudFront.',
      'Protects availability, not confidentiality; that is why it always comes with WAF and an ALB closed to everything but CloudFront.',
    ),
    cost: l(
      'O Shield Standard não tem cobrança; o Advanced tem assinatura mensal e cobrança por transferência ([preços do Shield](https://aws.amazon.com/shield/pricing/)).',
      'Shield Standard is free; Advanced has a monthly subscription plus data transfer fees ([Shield pricing](https://aws.amazon.com/shield/pricing/)).',
    ),
  },
  acm: {
    why: l(
      'Emite e renova os certificados TLS sem que ninguém manipule chaves privadas nem lembre de datas de expiração.',
      'Issues and renews the TLS certificates without anyone handling private keys or remembering expiry dates.',
    ),
    configuration: l(
      'Dois certificados públicos validados por DNS no Route 53: `espectro.example.com` e `auth.espectro.example.com` em us-east-1, região exigida pelo CloudFront e pelo domínio personalizado do Cognito, e `origin.espectro.example.com` em sa-east-1 para o ALB ([serviços integrados](https://docs.aws.amazon.com/acm/latest/userguide/acm-services.html)).',
      'Two public certificates validated through Route 53 DNS: `espectro.example.com` and `auth.espectro.example.com` in us-east-1, the region CloudFront and the Cognito custom domain require, and `origin.espectro.example.com` in sa-east-1 for the ALB ([integrated services](https://docs.aws.amazon.com/acm/latest/userguide/acm-services.html)).',
    ),
    scaling: l(
      'Não se aplica além de um certificado por nome.',
      'Nothing beyond one certificate per name.',
    ),
    failure: l(
      'A renovação gerenciada é automática enquanto o registro de validação existir no DNS ([renovação gerenciada](https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html)); se falhar, o ACM emite eventos e a métrica `DaysToExpiry` tem alarme bem antes do vencimento.',
      'Managed renewal is automatic as long as the validation record stays in DNS ([managed renewal](https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html)); if it fails, ACM emits events and the `DaysToExpiry` metric is alarmed well before expiry.',
    ),
    security: l(
      'As chaves privadas nunca saem do ACM; o registro `CAA` no Route 53 impede que outra autoridade emita certificados para o domínio.',
      'Private keys never leave ACM; the `CAA` record in Route 53 stops any other authority from issuing certificates for the domain.',
    ),
    cost: l(
      'Certificados públicos usados com serviços integrados (CloudFront, ALB, Cognito) não são cobrados ([preços do ACM](https://aws.amazon.com/certificate-manager/pricing/)).',
      'Public certificates used with integrated services (CloudFront, ALB, Cognito) are free ([ACM pricing](https://aws.amazon.com/certificate-manager/pricing/)).',
    ),
  },
  alb: {
    why: l(
      'Distribui as requisições que chegam do CloudFront entre os pods do web e da API nas três zonas, com health checks, e é o ponto onde o Kubernetes encontra a rede da AWS.',
      'Spreads requests arriving from CloudFront across web and API pods in all three zones, with health checks, and is where Kubernetes meets the AWS network.',
    ),
    configuration: l(
      `Internet-facing nas três sub-redes públicas, só listener HTTPS 443 com \`ELBSecurityPolicy-TLS13-1-2-2021-06\`, idle timeout padrão de 60 segundos ([ALB](${albGuide})), deletion protection, \`routing.http.drop_invalid_header_fields.enabled\`, access logs no log archive e web ACL regional. Target groups do tipo IP com health check em \`/healthz\` e deregistration delay de 30 segundos, mais curto que o padrão, para rollouts rápidos.`,
      `Internet-facing in the three public subnets, HTTPS 443 listener only with \`ELBSecurityPolicy-TLS13-1-2-2021-06\`, the default 60-second idle timeout ([ALB](${albGuide})), deletion protection, \`routing.http.drop_invalid_header_fields.enabled\`, access logs to the log archive and a regional web ACL. IP target groups with a \`/healthz\` health check and a 30-second deregistration delay, shorter than the default, for quick rollouts.`,
    ),
    scaling: l(
      `Escala sozinho com o tráfego; para um pico conhecido (um evento com muitos usuários), pode-se reservar capacidade em LCUs com antecedência ([ALB](${albGuide})).`,
      `Scales on its own with traffic; for a known spike (an event with many users), LCU capacity can be reserved ahead of time ([ALB](${albGuide})).`,
    ),
    failure: l(
      'Tem nós nas três zonas; um alvo que falha o health check sai da rotação e, se uma zona inteira cai, o ALB deixa de usar seus nós. O zonal shift do Application Recovery Controller tira uma zona degradada da rotação de propósito.',
      'It has nodes in all three zones; a target failing its health check leaves rotation and, if a whole zone fails, the ALB stops using its nodes there. Application Recovery Controller zonal shift takes a degraded zone out of rotation on purpose.',
    ),
    security: l(
      `O security group aceita a porta 443 só da lista de prefixos gerenciada \`com.amazonaws.global.cloudfront.origin-facing\`, e uma regra do listener exige o cabeçalho secreto do CloudFront ([restringir acesso ao ALB](${cfRestrictAlb})); a web ACL regional repete as regras do WAF. TLS 1.3 e 1.2 apenas.`,
      `The security group accepts port 443 only from the managed \`com.amazonaws.global.cloudfront.origin-facing\` prefix list, and a listener rule requires CloudFront's secret header ([restrict access to the ALB](${cfRestrictAlb})); the regional web ACL repeats the WAF rules. TLS 1.3 and 1.2 only.`,
    ),
    cost: l(
      'Por hora de ALB e por LCU-hora, a maior entre novas conexões, conexões ativas, bytes processados e avaliações de regras ([preços do Elastic Load Balancing](https://aws.amazon.com/elasticloadbalancing/pricing/)); como o CloudFront reaproveita conexões e os uploads não passam aqui, as LCUs ficam baixas.',
      'Per ALB hour and per LCU-hour, the highest of new connections, active connections, processed bytes and rule evaluations ([Elastic Load Balancing pricing](https://aws.amazon.com/elasticloadbalancing/pricing/)); since CloudFront reuses connections and uploads skip it, LCUs stay low.',
    ),
  },
  cognito: {
    why: l(
      'Cuida do que não vale a pena construir: cadastro, verificação de e-mail, senhas, MFA, recuperação de conta e emissão de tokens OIDC que o Django e a API validam.',
      'Handles what is not worth building: sign-up, email verification, passwords, MFA, account recovery and issuing the OIDC tokens Django and the API validate.',
    ),
    configuration: l(
      `User pool em sa-east-1 com MFA obrigatório por TOTP, política de senha forte, verificação de e-mail, deletion protection e domínio personalizado \`auth.espectro.example.com\`. Um app client confidencial para o Django, com authorization code + PKCE e escopos \`openid email profile\`; tokens de acesso de 60 minutos e refresh de 30 dias, os valores padrão ([tokens](${cognitoTokens})).`,
      `User pool in sa-east-1 with mandatory TOTP MFA, a strong password policy, email verification, deletion protection and the custom domain \`auth.espectro.example.com\`. One confidential app client for Django, authorization code + PKCE and \`openid email profile\` scopes; 60-minute access tokens and 30-day refresh tokens, the defaults ([tokens](${cognitoTokens})).`,
    ),
    scaling: l(
      'Serviço gerenciado com cotas de requisições por segundo por categoria de operação (autenticação, cadastro, leitura de usuário), algumas ajustáveis ([cotas do Cognito](https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html)); o plano de capacidade confere o pico de logins contra a cota de autenticação.',
      'A managed service with requests-per-second quotas per operation category (authentication, sign-up, user reads), some adjustable ([Cognito quotas](https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html)); the capacity plan checks peak sign-ins against the authentication quota.',
    ),
    failure: l(
      'Regional e multi-AZ; sessões já abertas continuam válidas até o token de acesso expirar. O ponto fraco é a perda da região: um user pool não se replica para outra região e as senhas não podem ser exportadas, então no DR os usuários redefinem a senha no pool recriado em us-east-1 a partir de um export dos atributos.',
      'Regional and multi-AZ; open sessions stay valid until the access token expires. The weak point is losing the region: a user pool does not replicate to another region and passwords cannot be exported, so in DR users reset their password in the pool recreated in us-east-1 from an export of attributes.',
    ),
    security: l(
      'Web ACL regional do WAF associada ao user pool ([WAF no Cognito](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html)), proteção contra ameaças (credenciais vazadas, login adaptativo) e chave KMS do cliente para os dados do pool. O segredo do app client fica no Secrets Manager.',
      'Regional WAF web ACL attached to the user pool ([WAF on Cognito](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-waf.html)), threat protection (compromised credentials, adaptive sign-in) and a customer managed KMS key for the pool data. The app client secret lives in Secrets Manager.',
    ),
    cost: l(
      'Cobrado por usuário ativo por mês (MAU), com preço por plano de recursos (Lite, Essentials, Plus) e uma faixa gratuita; a proteção contra ameaças pertence ao plano Plus ([preços do Cognito](https://aws.amazon.com/cognito/pricing/)).',
      'Billed per monthly active user (MAU), priced by feature plan (Lite, Essentials, Plus) with a free tier; threat protection belongs to the Plus plan ([Cognito pricing](https://aws.amazon.com/cognito/pricing/)).',
    ),
  },
  identityCenter: {
    why: l(
      'Dá às pessoas da equipe acesso às quatro contas com login único, MFA e credenciais temporárias, sem nenhum usuário IAM nem chave de acesso de longa duração.',
      'Gives team members access to the four accounts with single sign-on, MFA and temporary credentials, with no IAM user and no long-lived access key.',
    ),
    configuration: l(
      'Instância da organização na conta de gerenciamento, MFA obrigatório, grupos por função e permission sets `ReadOnly`, `PlatformEngineer` (produção só leitura mais operações do runbook) e `BreakGlass` (uso registrado e alertado). Duração de sessão de 4 horas, dentro do intervalo de 1 a 12 horas permitido ([duração da sessão](https://docs.aws.amazon.com/singlesignon/latest/userguide/howtosessionduration.html)).',
      'Organization instance in the management account, mandatory MFA, groups per function and the permission sets `ReadOnly`, `PlatformEngineer` (read-only production plus runbook operations) and `BreakGlass` (use logged and alerted). 4-hour sessions, within the allowed range of 1 to 12 hours ([session duration](https://docs.aws.amazon.com/singlesignon/latest/userguide/howtosessionduration.html)).',
    ),
    scaling: l(
      'Um permission set vira papel em cada conta atribuída; uma pessoa nova entra por um grupo, sem mudança em conta nenhuma.',
      'A permission set becomes a role in every assigned account; a new person joins through a group, with no change in any account.',
    ),
    failure: l(
      'O IAM Identity Center roda numa região de origem; se ela estiver indisponível, o login federado para, mas sessões abertas seguem até expirar. O acesso de emergência é o usuário root de cada conta, com MFA físico guardado em cofre e alarme em qualquer uso.',
      "IAM Identity Center runs in a home region; if it is unavailable, federated sign-in stops, while open sessions last until they expire. Emergency access is each account's root user, with a hardware MFA kept in a safe and an alarm on any use.",
    ),
    security: l(
      'Credenciais sempre temporárias; as SCPs negam a criação de usuários IAM e chaves de acesso. Cada `AssumeRole` feito por uma sessão do Identity Center fica no CloudTrail da organização com o nome da pessoa.',
      "Credentials are always temporary; SCPs deny creating IAM users and access keys. Every `AssumeRole` made through an Identity Center session lands in the organization CloudTrail under the person's name.",
    ),
    cost: l(
      'Sem cobrança adicional pelo IAM Identity Center ([IAM Identity Center](https://aws.amazon.com/iam/identity-center/)).',
      'No additional charge for IAM Identity Center ([IAM Identity Center](https://aws.amazon.com/iam/identity-center/)).',
    ),
  },
} as const satisfies LayerNotes;
