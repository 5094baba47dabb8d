import type { ComponentId } from '@site/diagrams/model/index';
import { l } from '@site/diagrams/model/text';
import type { RunbookPhase } from '../types';

export const prerequisites = {
  id: 'prerequisites',
  title: l('Pré-requisitos e ferramentas', 'Prerequisites and tooling'),
  view: 'context',
  where: l('Estação de trabalho do engenheiro', "The engineer's workstation"),
  creates: [] as const satisfies readonly ComponentId[],
  steps: [
    {
      id: 'prereq-tools',
      title: l('Instalar e conferir as ferramentas', 'Install and check the tools'),
      goal: l(
        'Ter na estação as versões de CLI que os comandos deste roteiro usam e sintetizar o app CDK do repositório sem conta AWS.',
        'Have on the workstation the CLI versions this runbook uses, and synthesize the repository CDK app without an AWS account.',
      ),
      prerequisites: [
        l(
          'Node.js 20 ou mais novo, Git e Docker instalados.',
          'Node.js 20 or newer, Git and Docker installed.',
        ),
        l(
          'AWS CLI v2, kubectl 1.35 (±1 minor da versão do cluster), Helm 3 e jq no PATH.',
          'AWS CLI v2, kubectl 1.35 (within one minor of the cluster version), Helm 3 and jq on the PATH.',
        ),
        l('Um clone deste repositório.', 'A clone of this repository.'),
      ],
      commands: [
        {
          lang: 'bash',
          code: `node --version
aws --version
kubectl version --client
helm version --short
jq --version
# From the repository root: installs the site and the infra/ workspace, then synthesizes offline
npm ci
npm run synth`,
        },
      ],
      verification: {
        command: 'ls infra/cdk.out/*.template.json | wc -l',
        expected: '12',
      },
      rollback: {
        text: l(
          'Nada foi criado na AWS; apagar a síntese local basta.',
          'Nothing was created on AWS; deleting the local synthesis is enough.',
        ),
        command: 'rm -rf infra/cdk.out',
      },
      durationMinutes: 20,
    },
    {
      id: 'prereq-management-access',
      title: l(
        'Acesso administrativo à conta de gerenciamento',
        'Administrative access to the management account',
      ),
      goal: l(
        'Configurar um perfil da AWS CLI para a conta que será a gerenciadora da organização, com MFA, usado só até o IAM Identity Center existir.',
        'Configure an AWS CLI profile for the account that becomes the organization management account, with MFA, used only until IAM Identity Center exists.',
      ),
      prerequisites: [
        l(
          'Uma conta AWS nova, dedicada a ser a conta de gerenciamento, com MFA no usuário root.',
          'A fresh AWS account dedicated to being the management account, with MFA on the root user.',
        ),
        l(
          'Um usuário administrativo temporário com chave de acesso (nunca a do root).',
          'A temporary administrative user with an access key (never the root user key).',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `aws configure --profile espectro-management
aws configure set region sa-east-1 --profile espectro-management
aws configure set output json --profile espectro-management`,
        },
      ],
      verification: {
        command:
          'aws sts get-caller-identity --profile espectro-management --query Arn --output text',
        expected: 'arn:aws:iam::444444444444:user/bootstrap-admin',
      },
      rollback: {
        text: l(
          'Desativar a chave de acesso temporária; o usuário é apagado ao fim da fase de landing zone, quando o IAM Identity Center já dá acesso.',
          'Deactivate the temporary access key; the user is deleted at the end of the landing-zone phase, once IAM Identity Center gives access.',
        ),
        command: `KEY_ID=$(aws iam list-access-keys --user-name bootstrap-admin --query 'AccessKeyMetadata[0].AccessKeyId' --output text --profile espectro-management)
aws iam update-access-key --user-name bootstrap-admin --access-key-id "$KEY_ID" --status Inactive --profile espectro-management`,
      },
      durationMinutes: 10,
    },
  ],
} as const satisfies RunbookPhase;
