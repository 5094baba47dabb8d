import { l } from '../../model/text';
import type { MitigationDef } from '../mitigation-types';

const inputsBucket = 'arn:aws:s3:::espectro-inputs-111111111111-sa-east-1';

export const dataMitigations = {
  'public-data-stores': {
    pillar: 'security',
    title: l('Buckets, snapshots e bancos públicos', 'Public buckets, snapshots and databases'),
    why: l(
      'Um bucket ou snapshot público expõe amostras de todos os pesquisadores a qualquer pessoa com o nome; é a causa mais comum de vazamento em nuvem.',
      'A public bucket or snapshot exposes every researcher’s samples to anyone with the name; it is the most common cause of cloud data leaks.',
    ),
    mitigation: l(
      'S3 Block Public Access na conta e em cada bucket; acesso do navegador só por URL pré-assinada; Aurora e ElastiCache em sub-redes privadas sem endpoint público; snapshots compartilhados só dentro da organização.',
      'S3 Block Public Access on the account and each bucket; browser access only through presigned URLs; Aurora and ElastiCache in private subnets with no public endpoint; snapshots shared only inside the organization.',
    ),
    prevent: [
      l(
        'SCP nega `s3:PutAccountPublicAccessBlock` e `s3:PutBucketPublicAccessBlock` fora do papel de break-glass, travando a configuração.',
        'An SCP denies `s3:PutAccountPublicAccessBlock` and `s3:PutBucketPublicAccessBlock` outside the break-glass role, locking the setting.',
      ),
      l(
        'No CDK, todo bucket nasce de uma função com `blockPublicAccess: BLOCK_ALL`; a regra `no-data-in-public-subnet` do modelo falha o build se um armazenamento for para sub-rede pública.',
        'In the CDK app every bucket comes from one function with `blockPublicAccess: BLOCK_ALL`; the model rule `no-data-in-public-subnet` fails the build if a data store lands in a public subnet.',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l('SCP: Block Public Access travado', 'SCP: Block Public Access locked'),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'LockPublicAccessBlock',
              Effect: 'Deny',
              Action: ['s3:PutAccountPublicAccessBlock', 's3:PutBucketPublicAccessBlock'],
              Resource: '*',
              Condition: {
                ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/espectro-break-glass' },
              },
            },
          ],
        },
      },
    ],
    detect: {
      config: [
        's3-account-level-public-access-blocks-periodic',
        's3-bucket-level-public-access-prohibited',
        's3-bucket-public-read-prohibited',
        'rds-instance-public-access-check',
        'rds-snapshots-public-prohibited',
      ],
      securityHub: ['S3.1', 'S3.8', 'RDS.2'],
      guardDuty: ['Policy:S3/BucketBlockPublicAccessDisabled'],
    },
    iac: {
      status: 'enforced',
      note: l(
        'Todos os buckets do CDK usam `BLOCK_ALL`; regras `s3-bucket-public-read-prohibited` e `s3-bucket-public-write-prohibited` implantadas. O bloqueio no nível da conta e a SCP estão só descritos.',
        'Every CDK bucket uses `BLOCK_ALL`; the `s3-bucket-public-read-prohibited` and `s3-bucket-public-write-prohibited` rules are deployed. The account-level block and the SCP are only described.',
      ),
    },
  },
  'secrets-in-code': {
    pillar: 'security',
    title: l(
      'Segredos em imagens, repositórios ou variáveis de ambiente',
      'Secrets in images, repositories or environment variables',
    ),
    why: l(
      'Um segredo commitado fica no histórico do Git para sempre; numa camada de imagem, qualquer um com pull o lê; em variável de ambiente do CodeBuild, aparece no console e nos logs.',
      'A committed secret stays in Git history forever; in an image layer anyone who can pull reads it; in a CodeBuild environment variable it shows in the console and the logs.',
    ),
    mitigation: l(
      'Segredos só no Secrets Manager, cifrados com KMS e rotacionados; o External Secrets Operator os entrega aos pods; o RDS Proxy lê a senha do banco direto do Secrets Manager. Nada de segredo no Dockerfile, nos manifests ou no repositório GitOps.',
      'Secrets only in Secrets Manager, KMS-encrypted and rotated; External Secrets Operator delivers them to pods; RDS Proxy reads the database password straight from Secrets Manager. No secret in the Dockerfile, the manifests or the GitOps repository.',
    ),
    prevent: [
      l(
        'Varredura de segredos no pre-commit e no CodeBuild (por exemplo gitleaks) falha o build; a varredura de imagem roda antes do push ao ECR.',
        'Secret scanning in pre-commit and in CodeBuild (gitleaks, for example) fails the build; image scanning runs before the push to ECR.',
      ),
      l(
        'cdk-nag AwsSolutions-SMG4 exige rotação em todo segredo do Secrets Manager.',
        'cdk-nag AwsSolutions-SMG4 requires rotation on every Secrets Manager secret.',
      ),
    ],
    detect: {
      config: [
        'codebuild-project-envvar-awscred-check',
        'secretsmanager-rotation-enabled-check',
        'secretsmanager-scheduled-rotation-success-check',
      ],
      securityHub: ['CodeBuild.2', 'SecretsManager.1', 'SecretsManager.2'],
      guardDuty: ['CredentialAccess:IAMUser/AnomalousBehavior'],
    },
    iac: {
      status: 'enforced',
      note: l(
        'A senha do Aurora é gerada no Secrets Manager com rotação a cada 30 dias e o RDS Proxy a lê de lá; cdk-nag roda no synth. A varredura de segredos no CodeBuild está descrita.',
        'The Aurora password is generated in Secrets Manager with 30-day rotation and RDS Proxy reads it there; cdk-nag runs on synth. Secret scanning in CodeBuild is described.',
      ),
    },
  },
  'no-encryption-at-rest': {
    pillar: 'security',
    title: l('Dados sem cifra em repouso', 'Data not encrypted at rest'),
    why: l(
      'Snapshot copiado, disco descartado ou bucket mal configurado expõem o conteúdo inteiro; a LGPD (art. 46) pede medidas técnicas de segurança proporcionais ao dado.',
      'A copied snapshot, a discarded disk or a misconfigured bucket expose the whole content; the LGPD (art. 46) asks for technical security measures proportionate to the data.',
    ),
    mitigation: l(
      'SSE-KMS com chave do cliente nos buckets; Aurora com `storageEncrypted`; ElastiCache, SQS, CloudWatch Logs e segredos do EKS cifrados com KMS; volumes EBS cifrados por padrão na conta.',
      'SSE-KMS with a customer managed key on the buckets; Aurora with `storageEncrypted`; ElastiCache, SQS, CloudWatch Logs and EKS secrets encrypted with KMS; EBS volumes encrypted by default in the account.',
    ),
    prevent: [
      l(
        'Regra do modelo `data-encrypted-at-rest` falha o build para armazenamento sem cifra; cdk-nag no synth; `aws ec2 enable-ebs-encryption-by-default` em cada região.',
        'Model rule `data-encrypted-at-rest` fails the build for unencrypted stores; cdk-nag on synth; `aws ec2 enable-ebs-encryption-by-default` in each region.',
      ),
      l(
        'SCP nega `rds:CreateDBCluster` com `rds:StorageEncrypted` falso.',
        'An SCP denies `rds:CreateDBCluster` with `rds:StorageEncrypted` false.',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l('SCP: banco só cifrado', 'SCP: encrypted databases only'),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyUnencryptedAurora',
              Effect: 'Deny',
              Action: 'rds:CreateDBCluster',
              Resource: '*',
              Condition: { Bool: { 'rds:StorageEncrypted': 'false' } },
            },
          ],
        },
      },
    ],
    detect: {
      config: ['s3-default-encryption-kms', 'rds-storage-encrypted', 'eks-secrets-encrypted'],
      securityHub: ['EKS.3'],
    },
    iac: {
      status: 'enforced',
      note: l(
        'Buckets, Aurora, ElastiCache, logs e segredos do EKS são criados com chaves KMS do cliente; regras `rds-storage-encrypted`, `eks-secrets-encrypted` e `encrypted-volumes` implantadas.',
        'Buckets, Aurora, ElastiCache, logs and EKS secrets are created with customer managed KMS keys; the `rds-storage-encrypted`, `eks-secrets-encrypted` and `encrypted-volumes` rules are deployed.',
      ),
    },
  },
  'no-encryption-in-transit': {
    pillar: 'security',
    title: l('Tráfego sem TLS', 'Traffic without TLS'),
    why: l(
      'Sem TLS, credenciais, tokens e dados de amostras podem ser lidos ou alterados por quem estiver no caminho, inclusive dentro da VPC.',
      'Without TLS, credentials, tokens and sample data can be read or altered by anyone on the path, including inside the VPC.',
    ),
    mitigation: l(
      'TLS de ponta a ponta: CloudFront com política TLSv1.2_2021 e redirecionamento para HTTPS, origem `https-only`, ALB só HTTPS, `requireTLS` no RDS Proxy, `rds.force_ssl` no Aurora, `transitEncryptionMode: required` no ElastiCache e bucket policies que negam requisições sem `aws:SecureTransport`.',
      'TLS end to end: CloudFront with the TLSv1.2_2021 policy and HTTPS redirect, `https-only` origin, HTTPS-only ALB, `requireTLS` on RDS Proxy, `rds.force_ssl` on Aurora, `transitEncryptionMode: required` on ElastiCache and bucket policies denying requests without `aws:SecureTransport`.',
    ),
    prevent: [
      l(
        '`enforceSSL: true` em todo bucket do CDK gera a declaração abaixo; cdk-nag AwsSolutions-S10 falha se faltar.',
        '`enforceSSL: true` on every CDK bucket generates the statement below; cdk-nag AwsSolutions-S10 fails if it is missing.',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l('Bucket policy: só TLS', 'Bucket policy: TLS only'),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyInsecureTransport',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [inputsBucket, `${inputsBucket}/*`],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        },
      },
    ],
    detect: {
      config: [
        's3-bucket-ssl-requests-only',
        'alb-http-to-https-redirection-check',
        'elasticache-repl-grp-encrypted-in-transit',
      ],
      securityHub: ['S3.5'],
    },
    iac: {
      status: 'enforced',
      note: l(
        '`enforceSSL` em todos os buckets, `requireTLS` no RDS Proxy e TLS obrigatório no ElastiCache estão no CDK.',
        '`enforceSSL` on every bucket, `requireTLS` on RDS Proxy and required TLS on ElastiCache are in the CDK app.',
      ),
    },
  },
  'encryption-keys': {
    pillar: 'security',
    title: l(
      'Uma chave para tudo, sem rotação nem key policy',
      'One key for everything, with no rotation or key policy',
    ),
    why: l(
      'Com uma chave só, quem pode decifrar logs também decifra amostras; sem key policy restrita, qualquer papel com `kms:*` na conta usa a chave; sem rotação, o material fica anos em uso.',
      'With a single key, whoever can decrypt logs also decrypts samples; without a narrow key policy any role with `kms:*` in the account uses the key; without rotation the material stays in use for years.',
    ),
    mitigation: l(
      'Uma chave KMS do cliente por domínio (entradas, resultados, banco, logs, cluster), com rotação automática anual; key policy que só permite uso pelo S3 da conta (`kms:ViaService`) e pelos papéis que precisam; S3 Bucket Keys para reduzir chamadas ao KMS; exclusão de chave só por break-glass, com janela de espera.',
      'One customer managed KMS key per domain (inputs, results, database, logs, cluster), with yearly automatic rotation; a key policy that allows use only through the account’s S3 (`kms:ViaService`) and by the roles that need it; S3 Bucket Keys to cut KMS calls; key deletion only by break-glass, with a waiting period.',
    ),
    prevent: [
      l(
        'cdk-nag AwsSolutions-KMS5 exige rotação; SCP nega `kms:ScheduleKeyDeletion` e `kms:DisableKey` fora do break-glass.',
        'cdk-nag AwsSolutions-KMS5 requires rotation; an SCP denies `kms:ScheduleKeyDeletion` and `kms:DisableKey` outside break-glass.',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l(
          'Key policy da chave de entradas (trecho): uso só via S3 e pelos papéis da API e do Batch',
          'Inputs key policy (excerpt): use only through S3 and by the API and Batch roles',
        ),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AccountAdministersKeyThroughIam',
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::111111111111:root' },
              Action: [
                'kms:DescribeKey',
                'kms:GetKeyPolicy',
                'kms:PutKeyPolicy',
                'kms:EnableKeyRotation',
                'kms:TagResource',
              ],
              Resource: '*',
            },
            {
              Sid: 'UseOnlyThroughS3ForInputs',
              Effect: 'Allow',
              Principal: {
                AWS: [
                  'arn:aws:iam::111111111111:role/espectro-api',
                  'arn:aws:iam::111111111111:role/espectro-analysis-job',
                ],
              },
              Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
              Resource: '*',
              Condition: {
                StringEquals: { 'kms:ViaService': 's3.sa-east-1.amazonaws.com' },
                StringLike: { 'kms:EncryptionContext:aws:s3:arn': `${inputsBucket}/inputs/*` },
              },
            },
          ],
        },
      },
    ],
    detect: {
      config: ['cmk-backing-key-rotation-enabled', 'kms-cmk-not-scheduled-for-deletion'],
      securityHub: ['KMS.3', 'KMS.4'],
      alarms: l(
        'Regra do EventBridge para `ScheduleKeyDeletion` e `DisableKey` na trilha, com página imediata.',
        'EventBridge rule for `ScheduleKeyDeletion` and `DisableKey` in the trail, with an immediate page.',
      ),
    },
    iac: {
      status: 'partly',
      note: l(
        'A stack de chaves cria uma chave por domínio (entradas, resultados, banco, logs, cluster) com rotação ativada. A SCP contra exclusão está descrita.',
        'The keys stack creates one key per domain (inputs, results, database, logs, cluster) with rotation on. The deletion SCP is described.',
      ),
    },
    links: [
      {
        label: l('Rotação de chaves do KMS', 'KMS key rotation'),
        href: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
      },
    ],
  },
  'missing-audit-logs': {
    pillar: 'security',
    title: l('Sem logs de auditoria', 'No audit logs'),
    why: l(
      'Sem trilha, não há como saber quem leu uma amostra, quem mudou um security group ou o que um atacante fez; a LGPD exige registro dos incidentes e a ANPD pede a descrição do que aconteceu.',
      'Without a trail there is no knowing who read a sample, who changed a security group or what an attacker did; the LGPD requires incidents to be recorded and the ANPD asks for a description of what happened.',
    ),
    mitigation: l(
      'Trilha do CloudTrail da organização, multi-região, com validação de integridade, eventos de dados do S3 nos buckets de entradas e resultados, gravada no log archive da conta de segurança; VPC Flow Logs; logs de auditoria do EKS; logs de acesso do ALB e do CloudFront; pgaudit no Aurora.',
      'An organization CloudTrail trail, multi-region, with integrity validation and S3 data events on the inputs and results buckets, written to the security account log archive; VPC Flow Logs; EKS audit logs; ALB and CloudFront access logs; pgaudit on Aurora.',
    ),
    prevent: [
      l(
        'SCP que protege as ferramentas de segurança (ver uso da conta root) impede desligar a trilha; cdk-nag AwsSolutions-VPC7 (Flow Logs), AwsSolutions-EKS2 (logs do plano de controle), AwsSolutions-S1 (logs de acesso do S3).',
        'The SCP protecting security tooling (see root user) keeps the trail on; cdk-nag AwsSolutions-VPC7 (Flow Logs), AwsSolutions-EKS2 (control-plane logs), AwsSolutions-S1 (S3 access logs).',
      ),
    ],
    detect: {
      config: [
        'multi-region-cloudtrail-enabled',
        'cloud-trail-log-file-validation-enabled',
        'cloudtrail-s3-dataevents-enabled',
        'vpc-flow-logs-enabled',
        'eks-cluster-logging-enabled',
      ],
      securityHub: ['CloudTrail.1', 'CloudTrail.4', 'EC2.6', 'EKS.8'],
      guardDuty: ['Stealth:IAMUser/CloudTrailLoggingDisabled'],
    },
    iac: {
      status: 'enforced',
      note: l(
        'A baseline cria a trilha da organização multi-região com validação de arquivos no log archive; a rede liga Flow Logs de todo o tráfego; o cluster liga os logs do plano de controle.',
        'The baseline creates the multi-region organization trail with file validation into the log archive; the network turns on Flow Logs for all traffic; the cluster turns on control-plane logs.',
      ),
    },
  },
} as const satisfies Record<string, MitigationDef>;
