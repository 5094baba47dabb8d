import type { ComponentId } from '@site/diagrams/model/index';
import { l } from '@site/diagrams/model/text';
import { deploy, destroy, output } from '../iac';
import type { RunbookPhase } from '../types';

export const network = {
  id: 'network',
  title: l('Rede', 'Network'),
  view: 'network',
  where: l('Conta de produção, sa-east-1', 'Production account, sa-east-1'),
  creates: [
    'internetGateway',
    'natA',
    'natB',
    'natC',
    'vpcEndpoints',
  ] as const satisfies readonly ComponentId[],
  steps: [
    {
      id: 'network-deploy',
      title: l('Implantar Espectro-Network', 'Deploy Espectro-Network'),
      goal: l(
        'Criar a VPC 10.40.0.0/16 em três zonas, sub-redes públicas, de aplicação e de dados, um NAT gateway por zona e os endpoints de VPC.',
        'Create the 10.40.0.0/16 VPC over three zones, public, app and data subnets, one NAT gateway per zone and the VPC endpoints.',
      ),
      prerequisites: [
        l(
          'Bootstrap do CDK em aws://111111111111/sa-east-1.',
          'CDK bootstrap in aws://111111111111/sa-east-1.',
        ),
        l('infra/config/prod.json preenchido.', 'infra/config/prod.json filled in.'),
      ],
      commands: [{ lang: 'bash', code: `cd infra\n${deploy('Espectro-Network')}` }],
      verification: {
        command: `VPC_ID=${output('Espectro-Network', 'VpcId')}
aws ec2 describe-nat-gateways --filter Name=vpc-id,Values="$VPC_ID" Name=state,Values=available --query 'NatGateways[].SubnetId' --output text --profile espectro-prod | wc -w`,
        expected: '3',
      },
      rollback: {
        text: l(
          'Só antes de qualquer fase seguinte: a VPC não guarda dados.',
          'Only before any later phase: the VPC holds no data.',
        ),
        command: `cd infra\n${destroy('Espectro-Network')}`,
      },
      durationMinutes: 15,
    },
    {
      id: 'network-check',
      title: l('Conferir zonas, sub-redes e endpoints', 'Check zones, subnets and endpoints'),
      goal: l(
        'Confirmar que as sub-redes de aplicação cobrem as três zonas e que o tráfego para S3, ECR, STS e Secrets Manager não passa pelo NAT.',
        'Confirm the app subnets cover the three zones and that traffic to S3, ECR, STS and Secrets Manager does not go through NAT.',
      ),
      prerequisites: [
        l('Espectro-Network em CREATE_COMPLETE.', 'Espectro-Network in CREATE_COMPLETE.'),
      ],
      commands: [
        {
          lang: 'bash',
          code: `VPC_ID=${output('Espectro-Network', 'VpcId')}
aws ec2 describe-subnets --filters Name=vpc-id,Values="$VPC_ID" --query 'Subnets[].[AvailabilityZone,CidrBlock]' --output text --profile espectro-prod
aws ec2 describe-vpc-endpoints --filters Name=vpc-id,Values="$VPC_ID" --query 'VpcEndpoints[].[ServiceName,VpcEndpointType,State]' --output text --profile espectro-prod`,
        },
      ],
      verification: {
        command: `aws ec2 describe-subnets --filters Name=vpc-id,Values="$VPC_ID" --query 'Subnets[].AvailabilityZone' --output text --profile espectro-prod | tr '\\t' '\\n' | sort -u`,
        expected: 'sa-east-1a\nsa-east-1b\nsa-east-1c',
      },
      rollback: {
        text: l('Passo só de leitura: não há o que desfazer.', 'Read-only step: nothing to undo.'),
      },
      durationMinutes: 5,
    },
  ],
} as const satisfies RunbookPhase;
