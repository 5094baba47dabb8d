import { l } from '../text';
import type { LayerNotes } from './types';

const kmsRotation = 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html';
const smRotation =
  'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html';
const scps =
  'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html';

export const securityNotes = {
  kms: {
    why: l(
      'Dá a cada domínio de dados a sua própria chave, com política própria: quem lê resultados não decifra entradas, e desativar uma chave corta o acesso a um domínio inteiro de uma vez. Todo uso de chave fica no CloudTrail.',
      'Gives each data domain its own key with its own policy: whoever reads results cannot decrypt inputs, and disabling one key cuts access to a whole domain at once. Every key use lands in CloudTrail.',
    ),
    configuration: l(
      `Chaves simétricas gerenciadas pelo cliente para entradas, resultados, banco, logs e backup, cada uma com alias e rotação automática no período padrão de 365 dias ([rotação](${kmsRotation})). Chaves próprias em us-east-1 para os dados que vão ao DR. Exclusão de chave só com o período de espera máximo de 30 dias ([exclusão de chaves](https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html)).`,
      `Symmetric customer managed keys for inputs, results, database, logs and backup, each with an alias and automatic rotation on the default 365-day period ([rotation](${kmsRotation})). Regional keys in us-east-1 for the data that goes to DR. Key deletion only with the maximum 30-day waiting period ([deleting keys](https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html)).`,
    ),
    scaling: l(
      'O KMS tem cotas de requisições criptográficas por segundo por conta e região ([cotas de requisições](https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html)); S3 Bucket Keys e o reaproveitamento de chaves de dados do SQS mantêm o volume de chamadas longe delas.',
      'KMS has per-account, per-region quotas on cryptographic requests per second ([request quotas](https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html)); S3 Bucket Keys and SQS data key reuse keep call volume far from them.',
    ),
    failure: l(
      'Serviço regional multi-AZ; uma chave rotacionada continua decifrando o que foi cifrado antes, então a rotação não quebra nada. O risco real é desativar ou agendar a exclusão de uma chave em uso: uma regra do Config e um alarme sobre `ScheduleKeyDeletion` e `DisableKey` avisam o plantão.',
      'A regional multi-AZ service; a rotated key still decrypts what it encrypted before, so rotation breaks nothing. The real risk is disabling or scheduling deletion of a key in use: a Config rule and an alarm on `ScheduleKeyDeletion` and `DisableKey` page the on-call engineer.',
    ),
    security: l(
      'As políticas de chave separam quem administra (papel de segurança, sem `Decrypt`) de quem usa (papéis dos serviços e pods, só na sua chave), com `kms:ViaService` para que uma chave de dados só seja usada através do serviço que a guarda ([políticas de chave](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html)).',
      'Key policies separate who administers (the security role, without `Decrypt`) from who uses (service and pod roles, only on their own key), with `kms:ViaService` so a data key is only used through the service that holds the data ([key policies](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html)).',
    ),
    cost: l(
      'Uma taxa mensal por chave gerenciada pelo cliente, acrescida por versões rotacionadas até um teto, mais cobrança por 10 mil requisições acima da faixa gratuita ([preços do KMS](https://aws.amazon.com/kms/pricing/)).',
      'A monthly fee per customer managed key, increased for rotated versions up to a cap, plus a charge per 10,000 requests above the free tier ([KMS pricing](https://aws.amazon.com/kms/pricing/)).',
    ),
  },
  secretsManager: {
    why: l(
      'Guarda as credenciais que ainda são senhas (banco, usuário do Valkey, segredo do app client do Cognito) fora do código e do Git, e as rotaciona sem janela de manutenção.',
      'Keeps the credentials that are still passwords (database, Valkey user, Cognito app client secret) out of code and Git, and rotates them with no maintenance window.',
    ),
    configuration: l(
      `Um segredo por credencial, cifrado com chave KMS do cliente, com rotação automática a cada 30 dias pela função de rotação da AWS para PostgreSQL na estratégia de usuários alternados, para que a senha antiga continue válida enquanto os pods pegam a nova ([rotação](${smRotation})).`,
      `One secret per credential, encrypted with a customer managed KMS key, rotated every 30 days by the AWS PostgreSQL rotation function with the alternating-users strategy, so the old password stays valid while pods pick up the new one ([rotation](${smRotation})).`,
    ),
    scaling: l(
      'Os pods não leem o Secrets Manager a cada requisição: o External Secrets Operator sincroniza de tempos em tempos, então o volume de chamadas independe do tráfego.',
      'Pods do not read Secrets Manager per request: the External Secrets Operator syncs periodically, so call volume does not depend on traffic.',
    ),
    failure: l(
      `Uma rotação que falha deixa a versão atual intacta e emite evento com alarme; a estratégia de usuários alternados evita a janela em que o banco já mudou e o pod ainda não ([rotação](${smRotation})). A indisponibilidade momentânea do serviço não derruba os pods, que já têm o segredo montado.`,
      `A failed rotation leaves the current version intact and emits an alarmed event; the alternating-users strategy avoids the window where the database has changed and the pod has not ([rotation](${smRotation})). A brief service outage does not bring pods down, as they already hold the mounted secret.`,
    ),
    security: l(
      'Políticas de recurso limitam cada segredo aos papéis que o usam (o RDS Proxy, o External Secrets Operator, a função de rotação); cada leitura fica no CloudTrail.',
      'Resource policies restrict each secret to the roles that use it (RDS Proxy, External Secrets Operator, the rotation function); every read lands in CloudTrail.',
    ),
    cost: l(
      'Uma taxa mensal por segredo mais cobrança por 10 mil chamadas de API ([preços do Secrets Manager](https://aws.amazon.com/secrets-manager/pricing/)); poucos segredos e leitura periódica mantêm isso pequeno.',
      'A monthly fee per secret plus a charge per 10,000 API calls ([Secrets Manager pricing](https://aws.amazon.com/secrets-manager/pricing/)); few secrets and periodic reads keep it small.',
    ),
  },
  externalSecrets: {
    why: l(
      'Traz os segredos do Secrets Manager para Secrets do Kubernetes e os atualiza depois de cada rotação, para que os manifests no Git só digam qual segredo usar, nunca o valor.',
      'Brings Secrets Manager secrets into Kubernetes Secrets and refreshes them after each rotation, so manifests in Git only name the secret to use, never its value.',
    ),
    configuration: l(
      'Um `ClusterSecretStore` com o provedor AWS Secrets Manager autenticado pelo Pod Identity e um `ExternalSecret` por credencial com `refreshInterval: 1h` ([provedor AWS](https://external-secrets.io/latest/provider/aws-secrets-manager/)); os Deployments reiniciam ao mudar o Secret.',
      'A `ClusterSecretStore` with the AWS Secrets Manager provider authenticated through Pod Identity and one `ExternalSecret` per credential with `refreshInterval: 1h` ([AWS provider](https://external-secrets.io/latest/provider/aws-secrets-manager/)); Deployments restart when the Secret changes.',
    ),
    scaling: l(
      'Uma chamada por segredo por intervalo, independente do número de pods.',
      'One call per secret per interval, independent of the number of pods.',
    ),
    failure: l(
      'Se o operador para, os Secrets já sincronizados continuam lá e os pods seguem funcionando; só uma rotação fica sem propagar, e a estratégia de usuários alternados dá tempo para isso. O status `SecretSynced` de cada `ExternalSecret` tem alerta.',
      "If the operator stops, already synced Secrets remain and pods keep working; only a rotation goes unpropagated, and the alternating-users strategy leaves time for that. Each `ExternalSecret`'s `SecretSynced` status is alerted.",
    ),
    security: l(
      'Seu papel lê só os segredos com o prefixo do Espectro; os Secrets do Kubernetes são cifrados no etcd com a chave KMS do cluster, e o RBAC limita quem os lê a cada namespace.',
      'Its role reads only secrets under the Espectro prefix; Kubernetes Secrets are encrypted in etcd with the cluster KMS key, and RBAC limits who can read them per namespace.',
    ),
    cost: l(
      'Software livre, sem cobrança própria; custa a fatia de nó que ocupa e as chamadas ao Secrets Manager ([preços do Secrets Manager](https://aws.amazon.com/secrets-manager/pricing/)).',
      'Open source with no charge of its own; it costs its node share and the Secrets Manager calls ([Secrets Manager pricing](https://aws.amazon.com/secrets-manager/pricing/)).',
    ),
  },
  cloudtrail: {
    why: l(
      'Responde "quem fez o quê, quando e de onde" em qualquer conta: é a base de auditoria, de investigação de incidentes e de várias detecções do GuardDuty.',
      'Answers "who did what, when and from where" in any account: the basis of audit, incident investigation and several GuardDuty detections.',
    ),
    configuration: l(
      'Trilha da organização, multirregião, com eventos de gerenciamento, eventos de dados do S3 nos buckets de entradas e resultados, validação de integridade dos arquivos de log e entrega cifrada com KMS no log archive ([trilha da organização](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/creating-trail-organization.html)).',
      'Organization trail, multi-region, with management events, S3 data events on the inputs and results buckets, log file integrity validation and KMS-encrypted delivery to the log archive ([organization trail](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/creating-trail-organization.html)).',
    ),
    scaling: l(
      'Cresce com o número de chamadas de API; os eventos de dados do S3 são o que mais pesa, por isso ficam restritos aos dois buckets de dados do usuário.',
      'Grows with the number of API calls; S3 data events weigh the most, which is why they are limited to the two user-data buckets.',
    ),
    failure: l(
      'Se a entrega ao bucket falha, o CloudTrail registra o erro no status da trilha; uma regra do Config e um alarme sobre `StopLogging` e `DeleteTrail` avisam o plantão, e a SCP impede as duas ações nas contas de carga.',
      'If delivery to the bucket fails, CloudTrail records the error in the trail status; a Config rule and an alarm on `StopLogging` and `DeleteTrail` page the on-call engineer, and the SCP blocks both actions in workload accounts.',
    ),
    security: l(
      'Os arquivos de digest provam que nenhum log foi alterado ou apagado depois da entrega ([validação de integridade](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html)); o bucket fica na conta de segurança.',
      'Digest files prove no log was altered or deleted after delivery ([integrity validation](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html)); the bucket lives in the security account.',
    ),
    cost: l(
      'A primeira cópia dos eventos de gerenciamento não é cobrada; eventos de dados são cobrados por 100 mil eventos, e o armazenamento no S3 à parte ([preços do CloudTrail](https://aws.amazon.com/cloudtrail/pricing/)).',
      'The first copy of management events is free; data events are billed per 100,000 events, with S3 storage on top ([CloudTrail pricing](https://aws.amazon.com/cloudtrail/pricing/)).',
    ),
  },
  guardduty: {
    why: l(
      'Detecta ameaças que nenhuma regra estática pega: credenciais usadas de lugares estranhos, acesso anômalo aos buckets, pods que mineram criptomoeda, comunicação com destinos maliciosos.',
      'Detects threats no static rule catches: credentials used from odd places, anomalous bucket access, pods mining cryptocurrency, traffic to malicious destinations.',
    ),
    configuration: l(
      'Administrador delegado na conta de segurança, ativação automática para todas as contas da organização, proteções de S3, EKS (logs de auditoria) e Runtime Monitoring com o agente gerenciado nos nós do EKS ([Runtime Monitoring](https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html)); achados vão ao Security Hub.',
      'Delegated administrator in the security account, auto-enabled for every organization account, S3 and EKS (audit log) protection and Runtime Monitoring with the managed agent on EKS nodes ([Runtime Monitoring](https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html)); findings go to Security Hub.',
    ),
    scaling: l(
      'Analisa as fontes conforme o volume, sem capacidade a planejar; contas e nós novos entram pela ativação automática.',
      'Analyses its sources as they grow, with no capacity to plan; new accounts and nodes join through auto-enable.',
    ),
    failure: l(
      'Se o agente de runtime falha num nó, o GuardDuty mostra a cobertura incompleta, que tem alerta; as demais fontes (CloudTrail, DNS, Flow Logs) são lidas direto pela AWS e não dependem de agente.',
      'If the runtime agent fails on a node, GuardDuty reports incomplete coverage, which is alerted; the other sources (CloudTrail, DNS, Flow Logs) are read directly by AWS and need no agent.',
    ),
    security: l(
      'Só a conta de segurança administra o GuardDuty; as contas membro não podem desligá-lo, e a SCP reforça isso.',
      'Only the security account administers GuardDuty; member accounts cannot disable it, and the SCP backs that up.',
    ),
    cost: l(
      'Cobrado por volume de eventos e logs analisados por fonte (eventos do CloudTrail, GB de Flow Logs e DNS, eventos de dados do S3, vCPUs monitoradas no runtime), com 30 dias de avaliação gratuita por conta ([preços do GuardDuty](https://aws.amazon.com/guardduty/pricing/)).',
      'Billed by volume of events and logs analysed per source (CloudTrail events, GB of Flow Logs and DNS, S3 data events, runtime-monitored vCPUs), with a 30-day free trial per account ([GuardDuty pricing](https://aws.amazon.com/guardduty/pricing/)).',
    ),
  },
  securityHub: {
    why: l(
      'Junta num só lugar os achados do GuardDuty, do Inspector, do Config e do Access Analyzer, e avalia as contas contra padrões conhecidos, para que a triagem seja uma fila só.',
      'Brings GuardDuty, Inspector, Config and Access Analyzer findings into one place and checks the accounts against known standards, so triage is a single queue.',
    ),
    configuration: l(
      'Administrador delegado na conta de segurança, agregação das regiões usadas, padrões AWS Foundational Security Best Practices e CIS AWS Foundations ([FSBP](https://docs.aws.amazon.com/securityhub/latest/userguide/fsbp-standard.html)); uma regra do EventBridge envia os achados críticos ao SNS do plantão.',
      'Delegated administrator in the security account, aggregation of the regions in use, AWS Foundational Security Best Practices and CIS AWS Foundations standards ([FSBP](https://docs.aws.amazon.com/securityhub/latest/userguide/fsbp-standard.html)); an EventBridge rule sends critical findings to the on-call SNS topic.',
    ),
    scaling: l(
      'Contas novas entram sozinhas pela organização; o volume a controlar é o de achados, reduzido com supressões revisadas.',
      'New accounts join automatically through the organization; the volume to manage is findings, reduced with reviewed suppressions.',
    ),
    failure: l(
      'Depende do Config para os controles: se o gravador do Config parar, os controles ficam sem dados, o que aparece como status de controle e tem alerta.',
      'Depends on Config for its controls: if the Config recorder stops, controls run without data, which shows up as control status and is alerted.',
    ),
    security: l(
      'Só a conta de segurança vê os achados de todas as contas; os críticos acordam o plantão, os demais entram na triagem semanal.',
      "Only the security account sees every account's findings; critical ones page the on-call engineer, the rest go to weekly triage.",
    ),
    cost: l(
      'Por verificação de segurança executada e por evento de achado ingerido, com faixas por volume e 30 dias de avaliação gratuita ([preços do Security Hub](https://aws.amazon.com/security-hub/pricing/)).',
      'Per security check run and per finding ingestion event, tiered by volume, with a 30-day free trial ([Security Hub pricing](https://aws.amazon.com/security-hub/pricing/)).',
    ),
  },
  config: {
    why: l(
      'Mantém o inventário e o histórico de configuração de cada recurso e confere regras de conformidade continuamente: é o que pega uma mudança feita à mão, fora do pipeline.',
      "Keeps each resource's inventory and configuration history and checks compliance rules continuously: it catches a change made by hand, outside the pipeline.",
    ),
    configuration: l(
      'Gravador em todas as contas e regiões usadas, gravação diária para tipos de recurso de muita mudança e contínua para o resto ([frequência de gravação](https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html)), agregador na conta de segurança e um conformance pack com as regras do Espectro (buckets cifrados e sem acesso público, trilhas ligadas, volumes cifrados).',
      "Recorder in every account and region in use, daily recording for high-churn resource types and continuous for the rest ([recording frequency](https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html)), an aggregator in the security account and a conformance pack with Espectro's rules (encrypted buckets with no public access, trails on, encrypted volumes).",
    ),
    scaling: l(
      'O custo e o volume crescem com o número de mudanças de configuração; nós efêmeros do Karpenter e do Batch são o que mais gera itens, daí a gravação diária para esses tipos.',
      'Cost and volume grow with the number of configuration changes; ephemeral Karpenter and Batch nodes generate the most items, hence daily recording for those types.',
    ),
    failure: l(
      'Se o gravador para, o próprio Security Hub acusa controles sem dados; uma regra avisa quando o gravador está desligado em alguma conta.',
      'If the recorder stops, Security Hub itself flags controls without data; a rule alerts when the recorder is off in any account.',
    ),
    security: l(
      'A SCP impede desligar o gravador nas contas de carga; o histórico vai para o log archive.',
      'The SCP prevents stopping the recorder in workload accounts; history goes to the log archive.',
    ),
    cost: l(
      'Por item de configuração gravado (contínuo ou periódico), por avaliação de regra e por avaliação de conformance pack ([preços do Config](https://aws.amazon.com/config/pricing/)).',
      'Per configuration item recorded (continuous or periodic), per rule evaluation and per conformance pack evaluation ([Config pricing](https://aws.amazon.com/config/pricing/)).',
    ),
  },
  inspector: {
    why: l(
      'Encontra vulnerabilidades conhecidas nas imagens que vão para produção e nas instâncias que as rodam, e volta a avisar quando uma CVE nova afeta uma imagem já publicada.',
      'Finds known vulnerabilities in the images going to production and the instances running them, and warns again when a new CVE affects an already published image.',
    ),
    configuration: l(
      'Administrador delegado na conta de segurança; varredura avançada do ECR em modo contínuo para os repositórios do Espectro ([varredura do ECR](https://docs.aws.amazon.com/inspector/latest/user/scanning-ecr.html)) e varredura das instâncias EC2. O pipeline consulta os achados da imagem e bloqueia a promoção com vulnerabilidade crítica com correção disponível.',
      'Delegated administrator in the security account; enhanced ECR scanning in continuous mode for the Espectro repositories ([ECR scanning](https://docs.aws.amazon.com/inspector/latest/user/scanning-ecr.html)) and EC2 instance scanning. The pipeline checks the image findings and blocks promotion on a critical vulnerability with an available fix.',
    ),
    scaling: l(
      'Cresce com o número de imagens e instâncias; a política de ciclo de vida do ECR limita as imagens varridas às que ainda podem ir para produção.',
      'Grows with the number of images and instances; the ECR lifecycle policy limits scanned images to those that can still reach production.',
    ),
    failure: l(
      'Uma varredura que falha aparece como status da imagem e bloqueia a promoção da mesma forma que um achado crítico: na dúvida, a imagem não passa.',
      'A failed scan shows up as image status and blocks promotion just like a critical finding: when in doubt, the image does not pass.',
    ),
    security: l(
      'Achados vão ao Security Hub e os críticos ao plantão; a correção é uma imagem nova, reconstruída pelo pipeline, nunca um patch no nó.',
      'Findings go to Security Hub and critical ones to on-call; the fix is a new image rebuilt by the pipeline, never a patch on the node.',
    ),
    cost: l(
      'Por imagem varrida no push e por nova varredura contínua, e por instância monitorada por mês ([preços do Inspector](https://aws.amazon.com/inspector/pricing/)).',
      'Per image scanned on push and per continuous rescan, and per monitored instance per month ([Inspector pricing](https://aws.amazon.com/inspector/pricing/)).',
    ),
  },
  accessAnalyzer: {
    why: l(
      'Aponta o que o menor privilégio deixou passar: um bucket, chave ou papel acessível de fora da organização e permissões concedidas que ninguém usa.',
      'Points out what least privilege let slip: a bucket, key or role reachable from outside the organization, and granted permissions nobody uses.',
    ),
    configuration: l(
      'Um analisador de acesso externo com a organização como zona de confiança e um analisador de acesso não usado, ambos na conta de segurança; o pipeline também valida as políticas novas com `ValidatePolicy` antes do deploy ([Access Analyzer](https://docs.aws.amazon.com/IAM/latest/UserGuide/what-is-access-analyzer.html)).',
      'An external access analyzer with the organization as zone of trust and an unused access analyzer, both in the security account; the pipeline also checks new policies with `ValidatePolicy` before deploying ([Access Analyzer](https://docs.aws.amazon.com/IAM/latest/UserGuide/what-is-access-analyzer.html)).',
    ),
    scaling: l(
      'Analisa os recursos e papéis da organização conforme mudam; nada a dimensionar.',
      "Analyses the organization's resources and roles as they change; nothing to size.",
    ),
    failure: l(
      'Não está no caminho de requisição nenhuma: se parar, nada do Espectro para, só a detecção atrasa.',
      'It sits on no request path: if it stops, nothing in Espectro stops, only detection lags.',
    ),
    security: l(
      'Achados de acesso externo não esperado vão ao Security Hub; a réplica de resultados em us-east-1 e o ECR compartilhado com a produção são os acessos entre contas esperados, arquivados com justificativa.',
      'Unexpected external access findings go to Security Hub; the us-east-1 results replica and the ECR shared with production are the expected cross-account accesses, archived with a justification.',
    ),
    cost: l(
      'A análise de acesso externo não é cobrada; a de acesso não usado é cobrada por papel ou usuário analisado por mês ([preços do Access Analyzer](https://aws.amazon.com/iam/access-analyzer/pricing/)).',
      'External access analysis is free; unused access analysis is billed per role or user analysed per month ([Access Analyzer pricing](https://aws.amazon.com/iam/access-analyzer/pricing/)).',
    ),
  },
  controlTower: {
    why: l(
      'Monta e mantém a landing zone: as contas, a trilha e o log archive centralizados e os controles preventivos, para que uma conta nova já nasça com as mesmas regras.',
      'Builds and maintains the landing zone: the accounts, the centralized trail and log archive and the preventive controls, so a new account is born with the same rules.',
    ),
    configuration: l(
      `Landing zone com OUs \`Security\`, \`Infrastructure\` (serviços compartilhados) e \`Workloads\` (dev, staging, produção), controle de negação de região que libera só sa-east-1 e us-east-1 ([negação de região](https://docs.aws.amazon.com/controltower/latest/userguide/region-deny.html)) e SCPs próprias que negam criar usuários IAM e chaves de acesso, desligar CloudTrail, Config e GuardDuty e sair da organização ([SCPs](${scps})).`,
      `Landing zone with \`Security\`, \`Infrastructure\` (shared services) and \`Workloads\` (dev, staging, production) OUs, the region deny control allowing only sa-east-1 and us-east-1 ([region deny](https://docs.aws.amazon.com/controltower/latest/userguide/region-deny.html)) and custom SCPs that deny creating IAM users and access keys, disabling CloudTrail, Config and GuardDuty, and leaving the organization ([SCPs](${scps})).`,
    ),
    scaling: l(
      'Uma conta nova (outro ambiente, um sandbox) vem do Account Factory com os mesmos controles, sem configuração manual.',
      'A new account (another environment, a sandbox) comes from Account Factory with the same controls, with no manual setup.',
    ),
    failure: l(
      'Não está no caminho das requisições; o risco é drift (alguém mudar uma SCP ou um recurso da landing zone à mão), que o próprio Control Tower detecta e reporta.',
      'Not on any request path; the risk is drift (someone changing an SCP or landing zone resource by hand), which Control Tower itself detects and reports.',
    ),
    security: l(
      'As SCPs valem até para administradores das contas membro; a conta de gerenciamento não roda carga nenhuma e tem acesso restrito a poucas pessoas.',
      'SCPs apply even to member-account administrators; the management account runs no workload and is accessible to very few people.',
    ),
    cost: l(
      'O Control Tower não cobra por si; paga-se o que ele liga (Config, CloudTrail, S3, KMS) nas contas ([preços do Control Tower](https://aws.amazon.com/controltower/pricing/)).',
      'Control Tower itself is free; what it turns on (Config, CloudTrail, S3, KMS) in the accounts is what costs ([Control Tower pricing](https://aws.amazon.com/controltower/pricing/)).',
    ),
  },
} as const satisfies LayerNotes;
