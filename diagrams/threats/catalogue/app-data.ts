import { l } from '../../model/text';
import type { MitigationDef } from '../mitigation-types';

const inputsBucket = 'arn:aws:s3:::espectro-inputs-111111111111-sa-east-1';
const resultsBucket = 'arn:aws:s3:::espectro-results-111111111111-sa-east-1';
const lgpd = 'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm';

export const appDataMitigations = {
  'tenant-isolation': {
    pillar: 'security',
    title: l(
      'Um pesquisador alcançando as amostras de outro',
      "One researcher reaching another's samples",
    ),
    why: l(
      'Buckets e tabelas são compartilhados por todos os usuários; um id trocado na URL (IDOR) ou uma consulta sem filtro entrega dados de outro grupo de pesquisa.',
      'Buckets and tables are shared by every user; a swapped id in the URL (IDOR) or an unfiltered query hands over another research group’s data.',
    ),
    mitigation: l(
      'Três camadas independentes. (1) S3: as chaves começam por `inputs/{sub}/` e `results/{sub}/`; a API assume, por requisição, um papel com a session tag `espectro-user = sub` do JWT e assina a URL com essas credenciais, cuja política só permite o prefixo `${aws:PrincipalTag/espectro-user}` (ABAC) — um erro na API não consegue assinar fora do prefixo. (2) Banco: row-level security do PostgreSQL com o usuário da requisição em `app.user_id`, além do filtro do ORM. (3) Worker: confere que a chave do objeto começa pelo dono registrado da amostra antes de validar.',
      'Three independent layers. (1) S3: keys start with `inputs/{sub}/` and `results/{sub}/`; per request, the API assumes a role with the session tag `espectro-user = sub` from the JWT and signs the URL with those credentials, whose policy only allows the `${aws:PrincipalTag/espectro-user}` prefix (ABAC) — a bug in the API cannot sign outside the prefix. (2) Database: PostgreSQL row-level security with the request user in `app.user_id`, on top of the ORM filter. (3) Worker: checks that the object key starts with the sample’s registered owner before validating.',
    ),
    prevent: [
      l(
        'Teste de integração no CI: usuário A pede URL de upload e de download para amostra de B e recebe 404; a consulta direta sem `app.user_id` devolve zero linhas.',
        'Integration test in CI: user A requests upload and download URLs for B’s sample and gets 404; a direct query without `app.user_id` returns zero rows.',
      ),
      l(
        'A URL expira quando as credenciais temporárias que a assinaram expiram; a bucket policy ainda recusa assinaturas com mais de 10 minutos (`s3:signatureAge`).',
        'The URL expires when the temporary credentials that signed it expire; the bucket policy also refuses signatures older than 10 minutes (`s3:signatureAge`).',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l(
          'Política do papel de assinatura (ABAC por session tag)',
          'Signing role policy (ABAC by session tag)',
        ),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'UploadOnlyUnderOwnPrefix',
              Effect: 'Allow',
              Action: ['s3:PutObject', 's3:AbortMultipartUpload'],
              Resource: `${inputsBucket}/inputs/\${aws:PrincipalTag/espectro-user}/*`,
            },
            {
              Sid: 'ReadOnlyOwnResults',
              Effect: 'Allow',
              Action: 's3:GetObject',
              Resource: `${resultsBucket}/results/\${aws:PrincipalTag/espectro-user}/*`,
            },
          ],
        },
      },
      {
        kind: 'json',
        title: l(
          'Bucket policy: URL pré-assinada vale no máximo 10 minutos',
          'Bucket policy: a presigned URL is valid for at most 10 minutes',
        ),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyOldSignatures',
              Effect: 'Deny',
              Principal: '*',
              Action: ['s3:PutObject', 's3:GetObject'],
              Resource: `${inputsBucket}/*`,
              Condition: { NumericGreaterThan: { 's3:signatureAge': '600000' } },
            },
          ],
        },
      },
      {
        kind: 'text',
        language: 'sql',
        title: l(
          'Row-level security no Aurora PostgreSQL',
          'Row-level security on Aurora PostgreSQL',
        ),
        text: [
          'ALTER TABLE sample ENABLE ROW LEVEL SECURITY;',
          'ALTER TABLE sample FORCE ROW LEVEL SECURITY;',
          'CREATE POLICY sample_owner ON sample',
          "  USING (owner_id = current_setting('app.user_id')::uuid)",
          "  WITH CHECK (owner_id = current_setting('app.user_id')::uuid);",
          '-- per request, inside the transaction:',
          "SELECT set_config('app.user_id', :sub, true);",
        ].join('\n'),
      },
    ],
    detect: {
      guardDuty: ['Exfiltration:S3/AnomalousBehavior', 'Discovery:S3/AnomalousBehavior'],
      alarms: l(
        'Métrica da API de respostas 403/404 por usuário em rotas de amostra; pico de um mesmo usuário indica enumeração e alerta a segurança. Eventos de dados do S3 mostram qual papel e qual session tag leram cada objeto.',
        'API metric of 403/404 responses per user on sample routes; a spike from one user indicates enumeration and alerts security. S3 data events show which role and session tag read each object.',
      ),
    },
    iac: {
      status: 'described',
      note: l(
        'O CDK cria os buckets privados e o papel da API por Pod Identity; o papel de assinatura com session tags, a row-level security e o teste de isolamento são da aplicação e estão descritos.',
        'The CDK app creates the private buckets and the API role through Pod Identity; the session-tag signing role, row-level security and the isolation test belong to the application and are described.',
      ),
    },
    links: [
      {
        label: l('Expiração de URLs pré-assinadas', 'Presigned URL expiry'),
        href: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html',
      },
      {
        label: l('Session tags no STS', 'Session tags in STS'),
        href: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html',
      },
    ],
  },
  lgpd: {
    pillar: 'security',
    title: l(
      'LGPD: residência, direitos do titular e incidentes',
      'LGPD: residency, data subject rights and incidents',
    ),
    why: l(
      'Nome, e-mail e instituição dos pesquisadores são dados pessoais, e as amostras podem vir de pacientes; a Lei 13.709/2018 (LGPD) exige base legal, segurança, atendimento aos titulares, um encarregado e comunicação de incidentes, com sanções aplicadas pela ANPD.',
      'Researchers’ names, emails and institutions are personal data, and samples may come from patients; Law 13.709/2018 (LGPD) requires a legal basis, security, service to data subjects, a data protection officer and incident notification, with sanctions applied by the ANPD.',
    ),
    mitigation: l(
      'Residência: todo processamento em sa-east-1; us-east-1 recebe só cópias cifradas de backup e a réplica de resultados, uma transferência internacional que precisa de base no art. 33 (validar com o jurídico). Direitos do titular (art. 18): exportação e exclusão pela própria aplicação, com prazo e trilha. Exclusão × Object Lock: entradas não têm lock e são apagadas (todas as versões). Resultados têm Object Lock em modo GOVERNANCE justamente para isso: se a retenção de 5 anos for obrigação legal ou regulatória (art. 16, I), o dado é mantido e bloqueado para outro uso; se não for, um papel dedicado com `s3:BypassGovernanceRetention` apaga as versões no bucket e na réplica, e a exclusão é registrada. Backups não são editados: expiram pela retenção (35 dias e 1 ano) e um restore reaplica o registro de exclusões. Encarregado (DPO, art. 41) nomeado e publicado. Incidentes (art. 48): comunicação à ANPD e aos titulares em 3 dias úteis, pela Resolução CD/ANPD nº 15/2024, e registro de todo incidente por 5 anos.',
      'Residency: all processing in sa-east-1; us-east-1 receives only encrypted backup copies and the results replica, an international transfer that needs an art. 33 basis (to be validated with legal). Data subject rights (art. 18): export and deletion in the application itself, with a deadline and a trail. Deletion vs Object Lock: inputs have no lock and are deleted (all versions). Results carry Object Lock in GOVERNANCE mode precisely for this: if the 5-year retention is a legal or regulatory obligation (art. 16, I), the data is kept and blocked from other use; if it is not, a dedicated role with `s3:BypassGovernanceRetention` deletes the versions in the bucket and the replica, and the deletion is recorded. Backups are not edited: they expire by retention (35 days and 1 year) and a restore replays the deletion log. A data protection officer (art. 41) is appointed and published. Incidents (art. 48): notice to the ANPD and the data subjects within 3 business days under ANPD Resolution CD/ANPD 15/2024, and every incident recorded for 5 years.',
    ),
    prevent: [
      l(
        'SCP de regiões (ver contas compartilhadas) impede processar fora de sa-east-1 e us-east-1; o bypass de retenção só existe num papel separado, com aprovação registrada.',
        'The region SCP (see shared accounts) keeps processing out of regions other than sa-east-1 and us-east-1; the retention bypass exists only in a separate role, with recorded approval.',
      ),
      l(
        'O runbook de incidente tem o passo "avaliar risco ou dano relevante e notificar em 3 dias úteis" com o formulário da ANPD.',
        'The incident runbook has the step "assess relevant risk or harm and notify within 3 business days" with the ANPD form.',
      ),
    ],
    snippets: [
      {
        kind: 'json',
        title: l(
          'Papel de exclusão do titular: único com bypass do modo GOVERNANCE',
          'Data-subject deletion role: the only one allowed to bypass GOVERNANCE mode',
        ),
        value: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'EraseSubjectResults',
              Effect: 'Allow',
              Action: [
                's3:BypassGovernanceRetention',
                's3:DeleteObjectVersion',
                's3:ListBucketVersions',
              ],
              Resource: [resultsBucket, `${resultsBucket}/results/*`],
            },
          ],
        },
      },
      {
        kind: 'text',
        language: 'bash',
        title: l('Exclusão de uma versão sob GOVERNANCE', 'Deleting one version under GOVERNANCE'),
        text: [
          'aws s3api delete-object --bucket espectro-results-111111111111-sa-east-1 \\',
          '  --key "results/$SUB/$SAMPLE/summary.json" --version-id "$VERSION" \\',
          '  --bypass-governance-retention',
        ].join('\n'),
      },
    ],
    detect: {
      alarms: l(
        'Painel de pedidos de titular por estado e idade; alarme quando um pedido passa do prazo interno. Evento do CloudTrail para `BypassGovernanceRetention` fora do papel de exclusão gera alerta de segurança.',
        'Dashboard of data-subject requests by state and age; alarm when a request passes the internal deadline. A CloudTrail event for `BypassGovernanceRetention` outside the deletion role raises a security alert.',
      ),
      guardDuty: ['Impact:S3/AnomalousBehavior.Delete'],
    },
    iac: {
      status: 'partly',
      note: l(
        'O CDK coloca os dados em sa-east-1, cria o bucket de resultados e a réplica com Object Lock GOVERNANCE e cofres de backup com a retenção do modelo. Papel de exclusão, fluxo de direitos do titular, DPO e processo de notificação são descritos.',
        'The CDK app keeps data in sa-east-1 and creates the results bucket and its replica with GOVERNANCE Object Lock and backup vaults with the model’s retention. The deletion role, the data-subject workflow, the DPO and the notification process are described.',
      ),
    },
    links: [
      {
        label: l('Lei 13.709/2018 (LGPD), texto oficial', 'Law 13.709/2018 (LGPD), official text'),
        href: lgpd,
      },
      {
        label: l('ANPD', 'ANPD (Brazilian data protection authority)'),
        href: 'https://www.gov.br/anpd/pt-br',
      },
      {
        label: l('Object Lock: modos de retenção', 'Object Lock retention modes'),
        href: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
      },
    ],
  },
} as const satisfies Record<string, MitigationDef>;
