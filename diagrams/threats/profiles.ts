import { l } from '../model/text';
import type { ControlId } from './controls';
import type { CrossingContext, Stride, ThreatDef, ThreatProfile } from './types';

type Threats = Readonly<Record<Stride, ThreatDef<ControlId>>>;

const insideVpc = (path: readonly string[]) => path.includes('vpc');
const touches = (c: CrossingContext, id: string) =>
  c.connection.from === id || c.connection.to === id;
const service = (c: CrossingContext, id: string) => c.model.components[id]?.service;

/**
 * One profile per kind of crossing, tried in order. Every crossing connection must match one,
 * and every profile answers all six STRIDE categories: a category without a mitigation fails
 * the threat-model test.
 */
export const threatProfiles = {
  workforceAccess: {
    title: l('Acesso da equipe pela federação', 'Workforce access through federation'),
    applies: (c) => touches(c, 'identityCenter'),
    threats: {
      S: {
        threat: l(
          'Senha de engenheiro roubada por phishing usada para entrar nas contas.',
          'An engineer password stolen by phishing is used to sign in to the accounts.',
        ),
        mitigations: ['workforceSso', 'signedFederation'],
      },
      T: {
        threat: l(
          'Asserção SAML ou sessão alterada em trânsito para ganhar outro papel.',
          'A SAML assertion or session is altered in transit to obtain another role.',
        ),
        mitigations: ['signedFederation'],
      },
      R: {
        threat: l(
          'Engenheiro nega ter feito uma mudança em produção.',
          'An engineer denies having made a production change.',
        ),
        mitigations: ['orgTrail', 'immutableLogArchive'],
      },
      I: {
        threat: l(
          'Sessão com permissões amplas lê dados de usuários sem necessidade.',
          'A broadly permissioned session reads user data it does not need.',
        ),
        mitigations: ['leastPrivilegeSets', 'kmsPerDomain'],
      },
      D: {
        threat: l(
          'Identity Center indisponível ou mal configurado impede o acesso durante um incidente.',
          'Identity Center unavailable or misconfigured blocks access during an incident.',
        ),
        mitigations: ['breakGlass'],
      },
      E: {
        threat: l(
          'Permission set amplo demais permite alterar SCPs, trilhas ou papéis.',
          'An overly broad permission set can change SCPs, trails or roles.',
        ),
        mitigations: ['leastPrivilegeSets', 'scpGuardrails'],
      },
    },
  },
  sourcePush: {
    title: l('Envio de código ao repositório', 'Pushing code to the repository'),
    applies: (c) => c.from.id === 'internet' && c.connection.protocol === 'Git',
    threats: {
      S: {
        threat: l(
          'Alguém envia código com a credencial de um desenvolvedor.',
          "Someone pushes code with a developer's credential.",
        ),
        mitigations: ['workforceSso', 'branchProtection'],
      },
      T: {
        threat: l(
          'Código malicioso entra na main sem revisão.',
          'Malicious code reaches main without review.',
        ),
        mitigations: ['branchProtection', 'ciScanning'],
      },
      R: {
        threat: l(
          'Não se sabe quem aprovou a mudança que quebrou produção.',
          'Nobody knows who approved the change that broke production.',
        ),
        mitigations: ['orgTrail', 'branchProtection'],
      },
      I: {
        threat: l(
          'Segredo commitado no repositório fica no histórico do Git.',
          'A secret committed to the repository stays in Git history.',
        ),
        mitigations: ['ciScanning', 'rotatedSecrets'],
      },
      D: {
        threat: l(
          'Branch principal apagada ou reescrita interrompe as entregas.',
          'The main branch deleted or rewritten halts delivery.',
        ),
        mitigations: ['branchProtection', 'leastPrivilegeSets'],
      },
      E: {
        threat: l(
          'Mudança no pipeline dá ao desenvolvedor acesso direto a produção.',
          'A pipeline change gives the developer direct access to production.',
        ),
        mitigations: ['scopedDeployRoles', 'branchProtection'],
      },
    },
  },
  alertDelivery: {
    title: l('Alertas saindo para o plantão', 'Alerts leaving for on-call'),
    applies: (c) => c.to.id === 'internet',
    threats: {
      S: {
        threat: l(
          'Alerta falso publicado no tópico leva o plantão a agir errado.',
          'A forged alert published to the topic leads on-call to act wrongly.',
        ),
        mitigations: ['alertHygiene'],
      },
      T: {
        threat: l('Conteúdo do alerta alterado no caminho.', 'Alert content altered on the way.'),
        mitigations: ['alertHygiene'],
      },
      R: {
        threat: l(
          'Não há registro de quando o alerta saiu e quem o reconheceu.',
          'No record of when the alert left and who acknowledged it.',
        ),
        mitigations: ['orgTrail', 'capacityAlarms'],
      },
      I: {
        threat: l(
          'Alerta por e-mail ou chat expõe dados de pesquisadores.',
          'An email or chat alert exposes researcher data.',
        ),
        mitigations: ['alertHygiene', 'telemetryScrubbing'],
      },
      D: {
        threat: l(
          'Alerta não chega (assinatura quebrada, métrica parada) e o incidente passa despercebido.',
          'The alert never arrives (broken subscription, stalled metric) and the incident goes unnoticed.',
        ),
        mitigations: ['missingDataAlarms'],
      },
      E: {
        threat: l(
          'Terceiro se inscreve no tópico e passa a receber os alertas.',
          'A third party subscribes to the topic and starts receiving alerts.',
        ),
        mitigations: ['alertHygiene', 'leastPrivilegeSets'],
      },
    },
  },
  presignedObjects: {
    title: l(
      'Navegador direto no S3 com URL pré-assinada',
      'Browser straight to S3 with a presigned URL',
    ),
    applies: (c) => c.from.id === 'internet' && c.connection.protocol === 'S3 API',
    threats: {
      S: {
        threat: l(
          'URL vazada (log, histórico, link compartilhado) usada por outra pessoa.',
          'A leaked URL (log, history, shared link) used by someone else.',
        ),
        mitigations: ['scopedPresign', 'userMfa'],
      },
      T: {
        threat: l(
          'Arquivo corrompido ou trocado no envio chega à análise.',
          'A file corrupted or swapped in transit reaches the analysis.',
        ),
        mitigations: ['uploadValidation', 's3TlsOnly'],
      },
      R: {
        threat: l(
          'Pesquisador nega ter enviado ou baixado um arquivo.',
          'A researcher denies having uploaded or downloaded a file.',
        ),
        mitigations: ['s3DataEvents'],
      },
      I: {
        threat: l(
          'Pesquisador lê amostras ou resultados de outro usuário.',
          "A researcher reads another user's samples or results.",
        ),
        mitigations: ['ownerAuthorization', 'scopedPresign', 'blockPublicAccess', 'kmsPerDomain'],
      },
      D: {
        threat: l(
          'Uploads enormes ou incompletos em massa enchem o bucket e a conta.',
          'Huge or mass-abandoned uploads fill the bucket and the bill.',
        ),
        mitigations: ['multipartCleanup', 'wafRateLimit'],
      },
      E: {
        threat: l(
          'URL usada para gravar fora do prefixo do usuário ou sobrescrever resultados.',
          "A URL used to write outside the user's prefix or overwrite results.",
        ),
        mitigations: ['scopedPresign', 'objectLock'],
      },
    },
  },
  publicEntry: {
    title: l('Entrada pública (DNS, HTTPS, OIDC)', 'Public entry (DNS, HTTPS, OIDC)'),
    applies: (c) =>
      c.model.components[c.connection.to]?.internetFacing === 'public' &&
      ['HTTPS', 'DNS', 'OIDC'].includes(c.connection.protocol) &&
      !insideVpc(c.from.path),
    threats: {
      S: {
        threat: l(
          'Site falso ou resposta DNS forjada captura credenciais; login com senha vazada.',
          'A fake site or forged DNS answer captures credentials; sign-in with a leaked password.',
        ),
        mitigations: ['tlsEdge', 'userMfa'],
      },
      T: {
        threat: l(
          'Requisições ou respostas alteradas entre o navegador e a borda.',
          'Requests or responses altered between the browser and the edge.',
        ),
        mitigations: ['tlsEdge'],
      },
      R: {
        threat: l(
          'Ação de um usuário sem registro que a associe a ele.',
          'A user action with no record tying it to the user.',
        ),
        mitigations: ['albAccessLogs', 'orgTrail'],
      },
      I: {
        threat: l(
          'Injeção (SQL, XSS, path traversal) extrai dados pela aplicação.',
          'Injection (SQL, XSS, path traversal) extracts data through the application.',
        ),
        mitigations: ['wafManagedRules', 'ownerAuthorization'],
      },
      D: {
        threat: l(
          'DDoS volumétrico ou flood de requisições na camada 7.',
          'Volumetric DDoS or a layer-7 request flood.',
        ),
        mitigations: ['ddosProtection', 'wafRateLimit', 'autoscaling'],
      },
      E: {
        threat: l(
          'Token roubado ou forjado usado para agir como outro usuário.',
          'A stolen or forged token used to act as another user.',
        ),
        mitigations: ['userMfa', 'ownerAuthorization'],
      },
    },
  },
  tokenExchange: {
    title: l('Troca de código OIDC pelo back-end', 'OIDC code exchange by the back end'),
    applies: (c) => c.connection.protocol === 'OIDC',
    threats: {
      S: {
        threat: l(
          'Código de autorização interceptado e trocado por outro cliente.',
          'An intercepted authorization code redeemed by another client.',
        ),
        mitigations: ['userMfa'],
      },
      T: {
        threat: l(
          'Tokens alterados entre o Django e o Cognito.',
          'Tokens altered between Django and Cognito.',
        ),
        mitigations: ['tlsEdge', 'egressControl'],
      },
      R: {
        threat: l(
          'Login sem trilha que o associe ao usuário e à origem.',
          'A sign-in without a trail linking it to the user and origin.',
        ),
        mitigations: ['orgTrail', 'dbAudit'],
      },
      I: {
        threat: l(
          'Client secret do Django vazado em imagem ou variável de ambiente.',
          'The Django client secret leaked in an image or environment variable.',
        ),
        mitigations: ['rotatedSecrets', 'ciScanning'],
      },
      D: {
        threat: l(
          'Flood no endpoint de token do Cognito esgota a cota e bloqueia logins.',
          "A flood on Cognito's token endpoint exhausts the quota and blocks sign-ins.",
        ),
        mitigations: ['wafRateLimit', 'retriesWithBackoff'],
      },
      E: {
        threat: l(
          'Escopos ou grupos do token aceitos sem validação dão papéis indevidos.',
          'Token scopes or groups accepted without validation grant undue roles.',
        ),
        mitigations: ['ownerAuthorization'],
      },
    },
  },
  backupReplication: {
    title: l('Backup e replicação', 'Backup and replication'),
    applies: (c) => c.connection.protocol === 'Replication',
    threats: {
      S: {
        threat: l(
          'Outro principal se passa pelo serviço de cópia para ler ou gravar backups.',
          'Another principal poses as the copy service to read or write backups.',
        ),
        mitigations: ['confusedDeputy', 'drRegionKeys'],
      },
      T: {
        threat: l(
          'Ransomware ou operador apaga ou encurta a retenção dos backups.',
          'Ransomware or an operator deletes backups or shortens their retention.',
        ),
        mitigations: ['vaultLock', 'objectLock'],
      },
      R: {
        threat: l(
          'Exclusão de backup ou mudança de retenção sem autor identificado.',
          'A backup deletion or retention change with no identified author.',
        ),
        mitigations: ['orgTrail', 'immutableLogArchive'],
      },
      I: {
        threat: l(
          'Cópia de dados pessoais para fora do Brasil sem base legal ou sem cifra.',
          'Personal data copied out of Brazil without a legal basis or encryption.',
        ),
        mitigations: ['dataResidency', 'drRegionKeys'],
      },
      D: {
        threat: l(
          'Replicação ou backup falha em silêncio e não há o que restaurar.',
          'Replication or backup fails silently and there is nothing to restore.',
        ),
        mitigations: ['replicationMonitoring', 'multiAzData'],
      },
      E: {
        threat: l(
          'Papel de restauração usado para levar um snapshot a outra conta.',
          'A restore role used to take a snapshot to another account.',
        ),
        mitigations: ['vaultLock', 'scpGuardrails'],
      },
    },
  },
  crossAccountDelivery: {
    title: l('Entrega entre contas', 'Delivery across accounts'),
    applies: (c) =>
      c.crossesAccount &&
      [c.connection.from, c.connection.to].some(
        (id) => c.model.components[id]?.layer === 'delivery',
      ),
    threats: {
      S: {
        threat: l(
          'Imagem ou manifesto vindo de um registro ou repositório que não é o nosso.',
          'An image or manifest coming from a registry or repository that is not ours.',
        ),
        mitigations: ['orgScopedRegistry', 'immutableImages'],
      },
      T: {
        threat: l(
          'Tag de imagem sobrescrita com conteúdo malicioso depois da varredura.',
          'An image tag overwritten with malicious content after scanning.',
        ),
        mitigations: ['immutableImages', 'branchProtection'],
      },
      R: {
        threat: l(
          'Não se sabe qual build produziu a imagem em produção.',
          'Nobody knows which build produced the image running in production.',
        ),
        mitigations: ['orgTrail', 'immutableImages'],
      },
      I: {
        threat: l(
          'Segredos embutidos em camadas de imagem ou em artefatos do pipeline.',
          'Secrets baked into image layers or pipeline artefacts.',
        ),
        mitigations: ['ciScanning', 'rotatedSecrets'],
      },
      D: {
        threat: l(
          'Registro inacessível impede jobs e pods novos de subir.',
          'An unreachable registry stops new jobs and pods from starting.',
        ),
        mitigations: ['privateAwsApis', 'spotFallback'],
      },
      E: {
        threat: l(
          'Papel de deploy entre contas com mais poder que o necessário.',
          'A cross-account deploy role with more power than needed.',
        ),
        mitigations: ['scopedDeployRoles', 'scpGuardrails'],
      },
    },
  },
  crossAccountAudit: {
    title: l('Auditoria e governança entre contas', 'Audit and governance across accounts'),
    applies: (c) => c.crossesAccount,
    threats: {
      S: {
        threat: l(
          'Alguém grava logs falsos no log archive se passando por um serviço.',
          'Someone writes fake logs into the archive posing as a service.',
        ),
        mitigations: ['logDeliveryPolicy', 'confusedDeputy'],
      },
      T: {
        threat: l(
          'Logs de auditoria alterados ou apagados para esconder um ataque.',
          'Audit logs altered or deleted to hide an attack.',
        ),
        mitigations: ['immutableLogArchive'],
      },
      R: {
        threat: l(
          'Uma conta de carga nega ações porque sua trilha foi desligada.',
          'A workload account denies actions because its trail was turned off.',
        ),
        mitigations: ['orgTrail', 'scpGuardrails'],
      },
      I: {
        threat: l(
          'Logs com dados pessoais lidos por quem só deveria ver métricas.',
          'Logs holding personal data read by people who should only see metrics.',
        ),
        mitigations: ['kmsPerDomain', 'leastPrivilegeSets'],
      },
      D: {
        threat: l(
          'Detecção ou entrega de logs parada sem ninguém perceber.',
          'Detection or log delivery stopped without anyone noticing.',
        ),
        mitigations: ['driftDetection', 'missingDataAlarms'],
      },
      E: {
        threat: l(
          'Administrador de uma conta de carga desliga as ferramentas de segurança.',
          'A workload-account administrator turns off the security tooling.',
        ),
        mitigations: ['scpGuardrails', 'threatDetection'],
      },
    },
  },
  internetEgress: {
    title: l('Saída para a internet', 'Egress to the internet'),
    applies: (c) => ['natGateway', 'internetGateway'].includes(service(c, c.connection.to) ?? ''),
    threats: {
      S: {
        threat: l(
          'Destino externo falso (registro de pacotes, API) serve conteúdo malicioso.',
          'A fake external destination (package registry, API) serves malicious content.',
        ),
        mitigations: ['ciScanning', 'immutableImages'],
      },
      T: {
        threat: l('Tráfego de saída alterado no caminho.', 'Outbound traffic altered on the way.'),
        mitigations: ['egressControl', 'tlsToOrigin'],
      },
      R: {
        threat: l(
          'Conexões de saída sem registro de origem e destino.',
          'Outbound connections with no record of source and destination.',
        ),
        mitigations: ['flowLogs'],
      },
      I: {
        threat: l(
          'Pod comprometido exfiltra dados ou fala com um servidor de comando.',
          'A compromised pod exfiltrates data or talks to a command server.',
        ),
        mitigations: ['egressControl', 'threatDetection'],
      },
      D: {
        threat: l(
          'Perda do NAT de uma AZ corta a saída das outras.',
          "Losing one AZ's NAT cuts egress for the others.",
        ),
        mitigations: ['natPerAz'],
      },
      E: {
        threat: l(
          'Conexão iniciada de fora alcança os nós.',
          'A connection started from outside reaches the nodes.',
        ),
        mitigations: ['noPublicIps', 'securityGroupChain'],
      },
    },
  },
  ingress: {
    title: l('Tráfego de entrada até os pods', 'Inbound traffic to the pods'),
    applies: (c) => c.connection.protocol === 'HTTPS' && insideVpc(c.to.path),
    threats: {
      S: {
        threat: l(
          'Cliente contorna CloudFront e WAF chamando o ALB diretamente.',
          'A client bypasses CloudFront and WAF by calling the ALB directly.',
        ),
        mitigations: ['originRestriction'],
      },
      T: {
        threat: l(
          'Tráfego entre a borda, o ALB e os pods lido ou alterado.',
          'Traffic between the edge, the ALB and the pods read or altered.',
        ),
        mitigations: ['tlsToOrigin'],
      },
      R: {
        threat: l(
          'Requisição sem registro de origem, alvo e resposta.',
          'A request without a record of origin, target and response.',
        ),
        mitigations: ['albAccessLogs'],
      },
      I: {
        threat: l(
          'Pod exposto além da rota do Ingress (porta de debug, métricas).',
          'A pod exposed beyond the Ingress route (debug port, metrics).',
        ),
        mitigations: ['networkPolicies', 'securityGroupChain'],
      },
      D: {
        threat: l(
          'Pico de tráfego ou perda de uma AZ derruba os alvos.',
          'A traffic spike or the loss of an AZ takes the targets down.',
        ),
        mitigations: ['autoscaling', 'wafRateLimit'],
      },
      E: {
        threat: l(
          'Falha na aplicação leva a execução de código no container e ao nó.',
          'An application flaw leads to code execution in the container and on to the node.',
        ),
        mitigations: ['podSecurity', 'imdsHopLimit', 'threatDetection'],
      },
    },
  },
  databaseSession: {
    title: l('Sessões de banco e cache', 'Database and cache sessions'),
    applies: (c) =>
      c.connection.protocol === 'PostgreSQL/TLS' || c.connection.protocol === 'Redis/TLS',
    threats: {
      S: {
        threat: l(
          'Pod ou host qualquer da VPC conecta com uma senha vazada.',
          'Any pod or host in the VPC connects with a leaked password.',
        ),
        mitigations: ['securityGroupChain', 'rotatedSecrets', 'networkPolicies'],
      },
      T: {
        threat: l(
          'Consultas e resultados interceptados ou alterados na rede.',
          'Queries and results intercepted or altered on the wire.',
        ),
        mitigations: ['dbTls'],
      },
      R: {
        threat: l(
          'Alteração de dados sem registro de qual serviço a fez.',
          'A data change with no record of which service made it.',
        ),
        mitigations: ['dbAudit'],
      },
      I: {
        threat: l(
          'Consulta devolve linhas de outro pesquisador.',
          "A query returns another researcher's rows.",
        ),
        mitigations: ['ownerAuthorization', 'kmsPerDomain'],
      },
      D: {
        threat: l(
          'Conexões esgotadas por pico ou vazamento; failover derruba sessões.',
          'Connections exhausted by a spike or a leak; failover drops sessions.',
        ),
        mitigations: ['connectionPooling', 'multiAzData'],
      },
      E: {
        threat: l(
          'Injeção de SQL com um papel de banco dono do schema.',
          'SQL injection running as a database role that owns the schema.',
        ),
        mitigations: ['dbLeastPrivilege', 'wafManagedRules'],
      },
    },
  },
  managedIntegration: {
    title: l(
      'Serviço gerenciado agindo sobre recursos nossos',
      'Managed service acting on our resources',
    ),
    applies: (c) => c.connection.protocol === 'AWS API' && !insideVpc(c.from.path),
    threats: {
      S: {
        threat: l(
          'Outro principal usa a integração do serviço (confused deputy).',
          "Another principal uses the service's integration (confused deputy).",
        ),
        mitigations: ['confusedDeputy'],
      },
      T: {
        threat: l(
          'Associação trocada fora do pipeline (web ACL removida, certificado ou chave trocados).',
          'An association changed outside the pipeline (web ACL removed, certificate or key swapped).',
        ),
        mitigations: ['iacOnlyChanges', 'driftDetection'],
      },
      R: {
        threat: l('Mudança de configuração sem autor.', 'A configuration change with no author.'),
        mitigations: ['orgTrail'],
      },
      I: {
        threat: l(
          'Chave ou segredo usado por quem não deveria decifrar os dados.',
          'A key or secret used by someone who should not decrypt the data.',
        ),
        mitigations: ['kmsPerDomain', 'confusedDeputy'],
      },
      D: {
        threat: l(
          'Certificado expirado, chave agendada para exclusão ou capacidade Spot indisponível.',
          'An expired certificate, a key scheduled for deletion or no Spot capacity.',
        ),
        mitigations: ['certificateRenewal', 'deletionGuards', 'spotFallback'],
      },
      E: {
        threat: l(
          'Papel de serviço com permissões além da integração.',
          'A service role with permissions beyond the integration.',
        ),
        mitigations: ['workloadLeastPrivilege', 'scpGuardrails'],
      },
    },
  },
  workloadAwsApi: {
    title: l('Workloads da VPC chamando APIs AWS', 'VPC workloads calling AWS APIs'),
    applies: (c) =>
      (c.connection.protocol === 'AWS API' || c.connection.protocol === 'S3 API') &&
      insideVpc(c.from.path),
    threats: {
      S: {
        threat: l(
          'Credenciais do pod ou do nó copiadas e usadas fora da AWS.',
          'Pod or node credentials copied and used outside AWS.',
        ),
        mitigations: ['podIdentity', 'imdsHopLimit', 'threatDetection'],
      },
      T: {
        threat: l(
          'Chamada alterada ou desviada para um endpoint falso.',
          'A call altered or diverted to a fake endpoint.',
        ),
        mitigations: ['privateAwsApis'],
      },
      R: {
        threat: l(
          'Ação na API sem identificar o pod ou job que a fez.',
          'An API action that does not identify the pod or job behind it.',
        ),
        mitigations: ['orgTrail', 'podIdentity'],
      },
      I: {
        threat: l(
          'Workload lê buckets, segredos ou filas de outro serviço.',
          "A workload reads another service's buckets, secrets or queues.",
        ),
        mitigations: ['workloadLeastPrivilege', 'privateAwsApis', 'kmsPerDomain'],
      },
      D: {
        threat: l(
          'Throttling ou cota esgotada para as chamadas da aplicação.',
          "Throttling or an exhausted quota stops the application's calls.",
        ),
        mitigations: ['retriesWithBackoff', 'capacityAlarms'],
      },
      E: {
        threat: l(
          'Pod comprometido assume o papel do nó ou de outro service account.',
          'A compromised pod assumes the node role or another service account.',
        ),
        mitigations: ['imdsHopLimit', 'podSecurity', 'networkPolicies'],
      },
    },
  },
  telemetry: {
    title: l('Telemetria saindo do cluster', 'Telemetry leaving the cluster'),
    applies: (c) => c.connection.protocol === 'Logs/Metrics',
    threats: {
      S: {
        threat: l(
          'Métricas forjadas enviadas ao coletor distorcem SLOs e alertas.',
          'Forged metrics sent to the collector skew SLOs and alerts.',
        ),
        mitigations: ['networkPolicies', 'podIdentity'],
      },
      T: {
        threat: l('Traces e logs alterados no caminho.', 'Traces and logs altered on the way.'),
        mitigations: ['privateAwsApis'],
      },
      R: {
        threat: l(
          'Logs apagados antes do prazo de retenção.',
          'Logs deleted before their retention ends.',
        ),
        mitigations: ['telemetryScrubbing', 'orgTrail'],
      },
      I: {
        threat: l(
          'Dados pessoais em atributos de spans e linhas de log.',
          'Personal data in span attributes and log lines.',
        ),
        mitigations: ['telemetryScrubbing'],
      },
      D: {
        threat: l(
          'Telemetria para de chegar e os alarmes ficam cegos.',
          'Telemetry stops arriving and the alarms go blind.',
        ),
        mitigations: ['missingDataAlarms'],
      },
      E: {
        threat: l(
          'Papel do coletor com escrita além dos seus destinos.',
          "The collector's role can write beyond its destinations.",
        ),
        mitigations: ['workloadLeastPrivilege'],
      },
    },
  },
  dashboardQueries: {
    title: l(
      'Painéis consultando as fontes de outra região',
      'Dashboards querying sources in another Region',
    ),
    // Managed Grafana has no sa-east-1 endpoint, so its queries cross from us-east-1.
    applies: (c) => c.connection.to === 'grafana',
    threats: {
      S: {
        threat: l(
          'Alguém de fora da equipe abre os painéis.',
          'Someone outside the team opens the dashboards.',
        ),
        mitigations: ['workforceSso', 'leastPrivilegeSets'],
      },
      T: {
        threat: l(
          'Fonte de dados ou painel alterado fora do repositório.',
          'A data source or dashboard changed outside the repository.',
        ),
        mitigations: ['iacOnlyChanges', 'driftDetection'],
      },
      R: {
        threat: l(
          'Mudança no workspace sem autor identificado.',
          'A workspace change with no identified author.',
        ),
        mitigations: ['orgTrail'],
      },
      I: {
        threat: l(
          'Dados pessoais exibidos em painéis fora da região dos dados.',
          'Personal data shown on dashboards outside the data Region.',
        ),
        mitigations: ['telemetryScrubbing', 'dataResidency'],
      },
      D: {
        threat: l(
          'Painéis indisponíveis escondem um incidente.',
          'Unavailable dashboards hide an incident.',
        ),
        mitigations: ['missingDataAlarms', 'alertHygiene'],
      },
      E: {
        threat: l(
          'O papel do workspace usado para escrever nas fontes.',
          "The workspace's role used to write to its sources.",
        ),
        mitigations: ['workloadLeastPrivilege'],
      },
    },
  },
} as const satisfies Record<string, ThreatProfile<ControlId> & { threats: Threats }>;

export type ProfileId = keyof typeof threatProfiles;
