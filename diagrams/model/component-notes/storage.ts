import { l } from '../text';
import type { LayerNotes } from './types';

const s3Performance =
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html';
const s3Pricing = 'https://aws.amazon.com/s3/pricing/';
const s3Lifecycle =
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html';
const s3Durability = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/DataDurability.html';
const objectLock = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html';
const rtc = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html';
const bucketKeys = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html';
const backupPricing = 'https://aws.amazon.com/backup/pricing/';
const vaultLock = 'https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html';

export const storageNotes = {
  inputsBucket: {
    why: l(
      'Recebe os arquivos de espectrometria direto do navegador, um objeto por proteína por amostra, sem que os bytes passem pelos pods; é daqui que cada job do Batch lê a sua entrada. O enunciado pede que as entradas fiquem disponíveis por um ano.',
      'Receives the mass-spectrometry files straight from the browser, one object per protein per sample, without the bytes crossing the pods; each Batch job reads its input from here. The brief asks for inputs to stay available for one year.',
    ),
    configuration: l(
      `Versionamento ligado, SSE-KMS com a chave do domínio entradas e S3 Bucket Key, Block Public Access completo, Object Ownership \`BucketOwnerEnforced\` (sem ACLs), notificações para o EventBridge ligadas e CORS que aceita \`PUT\` só da origem do site e expõe o \`ETag\`. Ciclo de vida: Standard-IA no dia 30, expiração no dia 366, versões antigas apagadas 7 dias depois e multipart incompleto abortado em 7 dias ([transições do ciclo de vida](${s3Lifecycle})).`,
      `Versioning on, SSE-KMS with the inputs-domain key and an S3 Bucket Key, full Block Public Access, Object Ownership \`BucketOwnerEnforced\` (no ACLs), EventBridge notifications on and a CORS rule that allows \`PUT\` only from the site origin and exposes \`ETag\`. Lifecycle: Standard-IA on day 30, expiry on day 366, noncurrent versions deleted 7 days later and incomplete multipart uploads aborted after 7 days ([lifecycle transitions](${s3Lifecycle})).`,
    ),
    scaling: l(
      `O S3 sustenta pelo menos 3.500 escritas e 5.500 leituras por segundo por prefixo particionado e cria partições conforme a carga ([desempenho do S3](${s3Performance})); as chaves começam pelo id do usuário, o que espalha a carga por muitos prefixos. Cada arquivo sobe em partes paralelas de 5 MiB a 5 GiB, até 10.000 partes ([limites do multipart](https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html)).`,
      `S3 sustains at least 3,500 writes and 5,500 reads per second per partitioned prefix and adds partitions as load grows ([S3 performance](${s3Performance})); keys start with the user id, which spreads load over many prefixes. Each file goes up in parallel parts of 5 MiB to 5 GiB, up to 10,000 parts ([multipart limits](https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html)).`,
    ),
    failure: l(
      `O S3 Standard guarda os objetos em pelo menos três AZs ([durabilidade](${s3Durability})), então a perda de uma AZ não afeta o bucket. Um \`503 SlowDown\` num pico é repetido pelo SDK com backoff; uma parte que falha é reenviada sozinha. Um objeto apagado por engano continua como versão antiga por 7 dias, e o backup contínuo do AWS Backup permite restaurar o bucket a um ponto no tempo.`,
      `S3 Standard keeps objects in at least three AZs ([durability](${s3Durability})), so losing an AZ does not touch the bucket. A \`503 SlowDown\` during a spike is retried by the SDK with backoff; a failed part is re-sent on its own. An object deleted by mistake survives as a noncurrent version for 7 days, and the AWS Backup continuous backup restores the bucket to a point in time.`,
    ),
    security: l(
      'A política do bucket nega qualquer requisição sem TLS (`aws:SecureTransport`); entre os papéis da aplicação, só o da API tem `PutObject` (que assina as [URLs pré-assinadas](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html), válidas por 15 minutos, só no prefixo do usuário) e só o worker e os jobs do Batch têm `GetObject`. Classificado como confidencial; nada é público, e o GuardDuty monitora o acesso aos dados.',
      'The bucket policy denies any request without TLS (`aws:SecureTransport`); among application roles, only the API role holds `PutObject` (which signs the [presigned URLs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html), valid 15 minutes, only in the user prefix) and only the worker and Batch jobs hold `GetObject`. Classified confidential; nothing is public, and GuardDuty monitors data access.',
    ),
    cost: l(
      `Cobra-se GB-mês por classe, requisições por milhar (PUT e LIST mais caras que GET) e GB lido no Standard-IA, que também tem 30 dias e 128 KB mínimos por objeto ([preços do S3](${s3Pricing})); a entrada de dados pela internet não é cobrada. O S3 Bucket Key reduz as chamadas ao KMS por objeto ([Bucket Keys](${bucketKeys})), que de outro modo pesariam em uploads multipart.`,
      `Billed per GB-month per class, per thousand requests (PUT and LIST cost more than GET) and per GB read from Standard-IA, which also bills a 30-day and 128 KB minimum per object ([S3 pricing](${s3Pricing})); data in from the internet is free. The S3 Bucket Key cuts per-object KMS calls ([Bucket Keys](${bucketKeys})), which would otherwise weigh on multipart uploads.`,
    ),
  },
  resultsBucket: {
    why: l(
      'Guarda o resultado de cada proteína e o relatório agregado de cada amostra, gravados pelos jobs do Batch e lidos pelo pesquisador; o enunciado pede que fiquem disponíveis para consulta por cinco anos.',
      'Holds each protein result and each sample aggregate report, written by Batch jobs and read by the researcher; the brief asks for them to stay available for five years.',
    ),
    configuration: l(
      `Versionamento e Object Lock em modo governance com retenção padrão de 1.827 dias, SSE-KMS com a chave do domínio resultados e Bucket Key, Block Public Access completo e replicação CRR com Replication Time Control para us-east-1. Ciclo de vida: Standard-IA no dia 30, Glacier Instant Retrieval no dia 180, expiração no dia 1.827 e versões antigas apagadas 30 dias depois ([Object Lock](${objectLock})).`,
      `Versioning and Object Lock in governance mode with a 1,827-day default retention, SSE-KMS with the results-domain key and a Bucket Key, full Block Public Access and CRR replication with Replication Time Control to us-east-1. Lifecycle: Standard-IA on day 30, Glacier Instant Retrieval on day 180, expiry on day 1,827 and noncurrent versions deleted 30 days later ([Object Lock](${objectLock})).`,
    ),
    scaling: l(
      `Os jobs gravam em \`results/{usuário}/{análise}/\`, prefixos distintos por análise, e cada prefixo particionado sustenta pelo menos 3.500 escritas por segundo ([desempenho do S3](${s3Performance})); um Map com centenas de jobs em paralelo fica longe disso. As classes escolhidas entregam leituras em milissegundos nos cinco anos.`,
      `Jobs write under \`results/{user}/{analysis}/\`, a distinct prefix per analysis, and each partitioned prefix sustains at least 3,500 writes per second ([S3 performance](${s3Performance})); a Map with hundreds of parallel jobs stays far below that. The chosen classes serve reads in milliseconds for all five years.`,
    ),
    failure: l(
      `Os dados ficam em pelo menos três AZs; a réplica em us-east-1 recebe 99,99% dos objetos em até 15 minutos pelo RTC ([S3 RTC](${rtc})) e serve a região de DR. O Object Lock impede que um erro da aplicação ou uma credencial roubada apague ou sobrescreva um resultado dentro do prazo: uma gravação nova vira nova versão, e a travada continua lá.`,
      `Data sits in at least three AZs; the us-east-1 replica receives 99.99% of objects within 15 minutes through RTC ([S3 RTC](${rtc})) and serves the DR region. Object Lock stops an application bug or a stolen credential from deleting or overwriting a result within the period: a new write becomes a new version and the locked one stays.`,
    ),
    security: l(
      'Só os papéis dos jobs do Batch gravam, só no prefixo da análise; a API só assina URLs de download para o dono. Nenhum papel da aplicação tem `s3:BypassGovernanceRetention`: essa permissão fica num papel de exceção, assumido com aprovação e registrado no CloudTrail, usado para pedidos de eliminação da LGPD. A política nega requisições sem TLS.',
      'Only Batch job roles write, and only to the analysis prefix; the API only signs download URLs for the owner. No application role holds `s3:BypassGovernanceRetention`: that permission sits in a break-glass role, assumed with approval and logged by CloudTrail, used for LGPD erasure requests. The policy denies requests without TLS.',
    ),
    cost: l(
      `GB-mês por classe (Standard, Standard-IA, Glacier Instant Retrieval), requisições, GB lido nas classes frias, mínimos de 30 dias no Standard-IA e 90 no Glacier Instant Retrieval, e na replicação o GB replicado pelo RTC, a transferência entre regiões e o armazenamento da réplica ([preços do S3](${s3Pricing})). O Object Lock em si não é cobrado.`,
      `GB-month per class (Standard, Standard-IA, Glacier Instant Retrieval), requests, GB read from the cold classes, 30-day minimum in Standard-IA and 90-day in Glacier Instant Retrieval, and for replication the GB replicated through RTC, inter-region transfer and the replica's storage ([S3 pricing](${s3Pricing})). Object Lock itself is free.`,
    ),
  },
  resultsReplica: {
    why: l(
      'Mantém uma cópia dos resultados fora de sa-east-1, para que a perda da região não perca cinco anos de análises e para que a aplicação reconstruída em us-east-1 sirva resultados desde o primeiro minuto.',
      'Keeps a copy of the results outside sa-east-1, so losing the region does not lose five years of analyses and an application rebuilt in us-east-1 serves results from its first minute.',
    ),
    configuration: l(
      `Bucket em us-east-1 com versionamento, Object Lock governance e o mesmo ciclo de vida do primário, cifrado com uma chave KMS de us-east-1; a regra de replicação copia objetos, marcadores de exclusão não e os metadados de retenção do Object Lock sim ([replicação e Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html)).`,
      `Bucket in us-east-1 with versioning, Object Lock governance and the primary's lifecycle, encrypted with a us-east-1 KMS key; the replication rule copies objects, not delete markers, and does carry Object Lock retention metadata ([replication and Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html)).`,
    ),
    scaling: l(
      'Acompanha o primário sem ajuste: cada objeto novo no primário gera uma cópia. A métrica de bytes pendentes de replicação, com alarme, mostra se a replicação fica para trás.',
      'Follows the primary without tuning: each new object in the primary yields one copy. The alarmed bytes-pending-replication metric shows whether replication falls behind.',
    ),
    failure: l(
      `Com o RTC, 99,99% dos objetos chegam em até 15 minutos ([S3 RTC](${rtc})), que é o RPO dos resultados. Um objeto cuja replicação falha (permissão do papel, da chave KMS ou do bucket) fica com o status \`FAILED\` e não é tentado de novo: é reenviado por S3 Batch Replication ([status de replicação](https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-status.html)). Ainda não há alarme para essa falha.`,
      `With RTC, 99.99% of objects arrive within 15 minutes ([S3 RTC](${rtc})), which is the results RPO. An object whose replication fails (role, KMS key or bucket permissions) is left with status \`FAILED\` and is not retried: it is re-sent with S3 Batch Replication ([replication status](https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-status.html)). There is no alarm on that failure yet.`,
    ),
    security: l(
      'Só o papel de replicação grava; nenhum papel da aplicação em us-east-1 existe até o DR ser acionado. A LGPD trata a cópia fora do Brasil como transferência internacional, decisão que precisa de base legal validada.',
      'Only the replication role writes; no application role exists in us-east-1 until DR is invoked. LGPD treats the copy outside Brazil as an international transfer, a decision that needs a validated legal basis.',
    ),
    cost: l(
      `Armazenamento da réplica por classe, transferência entre regiões por GB e a taxa do RTC por GB replicado ([preços do S3](${s3Pricing})): na prática, o custo dos resultados dobra, mais a transferência.`,
      `Replica storage per class, inter-region transfer per GB and the RTC fee per GB replicated ([S3 pricing](${s3Pricing})): in practice the results cost doubles, plus the transfer.`,
    ),
  },
  logsBucket: {
    why: l(
      'Junta os logs de auditoria de todas as contas (CloudTrail, Config, ALB, CloudFront, VPC Flow Logs) numa conta que as contas de carga não controlam: quem invadir a produção não apaga o rastro.',
      'Gathers the audit logs of every account (CloudTrail, Config, ALB, CloudFront, VPC Flow Logs) into an account the workload accounts do not control: whoever breaks into production cannot erase the trail.',
    ),
    configuration: l(
      `Na conta de segurança, com versionamento, SSE-KMS com a chave de logs e Block Public Access. Ciclo de vida: 90 dias no Standard, depois Glacier Instant Retrieval, expiração em 730 dias e versões antigas apagadas em 30 dias ([transições do ciclo de vida](${s3Lifecycle})). A validação de integridade do CloudTrail grava arquivos de digest ao lado dos logs.`,
      `In the security account, with versioning, SSE-KMS with the logs key and Block Public Access. Lifecycle: 90 days in Standard, then Glacier Instant Retrieval, expiry at 730 days and noncurrent versions deleted after 30 days ([lifecycle transitions](${s3Lifecycle})). CloudTrail integrity validation writes digest files next to the logs.`,
    ),
    scaling: l(
      'Cresce com o volume de logs, sem capacidade a planejar; as chaves já vêm particionadas por conta, região e data pelos serviços que gravam.',
      'Grows with log volume, with no capacity to plan; keys arrive partitioned by account, region and date from the writing services.',
    ),
    failure: l(
      `Mesma durabilidade do S3 em três AZs ([durabilidade](${s3Durability})). Se a entrega de logs falha por política ou chave, o CloudTrail e o Config deixam de gravar: o Config tem regra que alerta quando uma trilha para de entregar.`,
      `Same S3 durability across three AZs ([durability](${s3Durability})). If log delivery fails through a policy or key change, CloudTrail and Config stop writing: a Config rule alerts when a trail stops delivering.`,
    ),
    security: l(
      'A política do bucket só aceita gravações dos serviços de log com a condição `aws:SourceOrgID` da organização e nega exclusão a todos os principais das contas de carga; uma SCP impede desligar as trilhas. Leitura só para o papel de auditoria do IAM Identity Center.',
      'The bucket policy only accepts writes from the logging services under the organization `aws:SourceOrgID` condition and denies deletion to every principal of the workload accounts; an SCP prevents disabling trails. Read access only for the IAM Identity Center audit role.',
    ),
    cost: l(
      `GB-mês no Standard e no Glacier Instant Retrieval, requisições PUT dos serviços de log e GB lido numa investigação ([preços do S3](${s3Pricing})); a transição para a classe fria depois de 90 dias é o que mantém dois anos de logs baratos.`,
      `GB-month in Standard and Glacier Instant Retrieval, PUT requests from the logging services and GB read during an investigation ([S3 pricing](${s3Pricing})); moving to the cold class after 90 days is what keeps two years of logs cheap.`,
    ),
  },
  backupVault: {
    why: l(
      'Protege contra o que a replicação não protege: um erro lógico ou uma exclusão que se replica também. Um só serviço tira e guarda os backups do Aurora e do bucket de entradas, com planos declarados no código, e os copia para a região de DR.',
      'Protects against what replication does not: a logical error or a deletion that replicates too. One service takes and keeps the Aurora and inputs-bucket backups, with plans declared in code, and copies them to the DR region.',
    ),
    configuration: l(
      `Cofre cifrado com a chave KMS de backup. Plano diário do Aurora com retenção de 35 dias e plano mensal com retenção de 1 ano, ambos com regra de cópia para o cofre de DR; backup contínuo do bucket de entradas, que permite restaurar a qualquer ponto dos últimos 35 dias ([backups do S3](https://docs.aws.amazon.com/aws-backup/latest/devguide/s3-backups.html)). Os recursos entram no plano por tag, \`backup = standard\`.`,
      `Vault encrypted with the backup KMS key. Daily Aurora plan kept 35 days and monthly plan kept 1 year, both with a copy rule to the DR vault; continuous backup of the inputs bucket, which restores to any point in the last 35 days ([S3 backups](https://docs.aws.amazon.com/aws-backup/latest/devguide/s3-backups.html)). Resources join the plan by tag, \`backup = standard\`.`,
    ),
    scaling: l(
      'Um recurso novo com a tag entra no plano sem mudança de código; os snapshots do Aurora são incrementais no volume, então o tempo de backup não cresce com o tamanho do banco da mesma forma que um dump.',
      'A new resource with the tag joins the plan with no code change; Aurora snapshots are incremental on the volume, so backup time does not grow with database size the way a dump would.',
    ),
    failure: l(
      'Jobs de backup ou de cópia que falham publicam eventos, e um alarme avisa o plantão; o AWS Backup Audit Manager confere que cada recurso marcado teve backup no prazo. Uma restauração sempre cria um recurso novo (cluster ou bucket), então o teste de restauração periódico não toca a produção.',
      'Failed backup or copy jobs publish events and an alarm pages the on-call engineer; AWS Backup Audit Manager checks that every tagged resource was backed up on time. A restore always creates a new resource (cluster or bucket), so the periodic restore test never touches production.',
    ),
    security: l(
      'A política de acesso do cofre nega `DeleteRecoveryPoint` e mudanças de retenção a todos, exceto ao papel de administração de backup; a chave KMS do cofre é separada das chaves dos dados, então quem tem acesso aos dados não apaga os backups.',
      'The vault access policy denies `DeleteRecoveryPoint` and retention changes to everyone but the backup administration role; the vault KMS key is separate from the data keys, so whoever can reach the data cannot delete its backups.',
    ),
    cost: l(
      `GB-mês de backup por tipo de recurso (snapshots do Aurora, backups do S3), cobrança por objeto nos backups do S3, GB transferido nas cópias entre regiões e GB restaurado ([preços do AWS Backup](${backupPricing})).`,
      `GB-month of backup per resource type (Aurora snapshots, S3 backups), a per-object charge on S3 backups, GB transferred for cross-region copies and GB restored ([AWS Backup pricing](${backupPricing})).`,
    ),
  },
  drVault: {
    why: l(
      'Último recurso: se a região primária, ou a própria conta, for perdida, é daqui que o Aurora e as entradas são restaurados em us-east-1.',
      'The last resort: if the primary region, or the account itself, is lost, this is where Aurora and the inputs are restored from in us-east-1.',
    ),
    configuration: l(
      `Cofre em us-east-1 com chave KMS própria da região e AWS Backup Vault Lock em modo compliance, com retenção mínima e máxima alinhadas ao plano: depois do período de carência, nem o root consegue apagar os pontos de recuperação antes do prazo ([Vault Lock](${vaultLock})). Guarda as cópias mensais por 1 ano.`,
      `Vault in us-east-1 with its own regional KMS key and AWS Backup Vault Lock in compliance mode, with minimum and maximum retention aligned to the plan: after the grace time, not even root can delete recovery points early ([Vault Lock](${vaultLock})). Keeps the monthly copies for 1 year.`,
    ),
    scaling: l(
      'Cresce com o número de cópias; nada a dimensionar.',
      'Grows with the number of copies; nothing to size.',
    ),
    failure: l(
      'As cópias chegam pela cadência do plano, então o RPO do banco numa perda de região é de até um dia. A restauração cria um cluster Aurora novo em us-east-1, aplicado pela mesma infraestrutura como código; o tempo de restauração entra no RTO e é medido em exercício.',
      'Copies arrive at the plan cadence, so the database RPO in a region loss is up to one day. Restore creates a new Aurora cluster in us-east-1, wired by the same infrastructure as code; restore time counts toward RTO and is measured in drills.',
    ),
    security: l(
      `O modo compliance protege contra ransomware e credenciais comprometidas, ao preço de não permitir apagar uma cópia antes do prazo, nem para atender a um pedido de eliminação: esse dado sai do backup quando a cópia expira, em até 1 ano ([Vault Lock](${vaultLock})), e a política de privacidade diz isso.`,
      `Compliance mode protects against ransomware and compromised credentials, at the price of not allowing early deletion of a copy, not even for an erasure request: that data leaves the backup when the copy expires, within 1 year ([Vault Lock](${vaultLock})), and the privacy notice says so.`,
    ),
    cost: l(
      `GB-mês das cópias em us-east-1 e a transferência entre regiões que as trouxe ([preços do AWS Backup](${backupPricing})).`,
      `GB-month of the copies in us-east-1 and the inter-region transfer that brought them ([AWS Backup pricing](${backupPricing})).`,
    ),
  },
} as const satisfies LayerNotes;
