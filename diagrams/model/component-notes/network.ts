import { l } from '../text';
import type { LayerNotes, ServiceNotes } from './types';

const natBasics = 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html';
const vpcPricing = 'https://aws.amazon.com/vpc/pricing/';

/** One NAT gateway per zone, each used only by its own zone's app subnet. */
function nat(az: 'a' | 'b' | 'c'): ServiceNotes {
  return {
    why: l(
      `Dá saída para a internet às sub-redes privadas da AZ ${az} (atualizações de pacotes, chamadas a serviços externos) sem que nenhuma instância tenha IP público. Um por zona para que a queda de uma zona não corte a saída das outras.`,
      `Gives AZ ${az}'s private subnets a way out to the internet (package updates, calls to external services) without any instance holding a public IP. One per zone so a zone outage does not cut the others' egress.`,
    ),
    configuration: l(
      `NAT gateway público na sub-rede pública \`/22\` da AZ ${az}, com um Elastic IP; a tabela de rotas da sub-rede privada de aplicação da AZ ${az} manda \`0.0.0.0/0\` para ele, e para mais nada ([NAT gateways](${natBasics})).`,
      `Public NAT gateway in AZ ${az}'s \`/22\` public subnet, with one Elastic IP; AZ ${az}'s private app subnet route table sends \`0.0.0.0/0\` to it and to nothing else ([NAT gateways](${natBasics})).`,
    ),
    scaling: l(
      `Começa com 5 Gbps e escala sozinho até 100 Gbps ([NAT gateways](${natBasics})); o limite mais próximo é o de conexões simultâneas para um mesmo destino, acompanhado pela métrica \`ErrorPortAllocation\`. Como S3, ECR e as demais APIs da AWS saem por VPC endpoints, pouco tráfego passa aqui.`,
      `Starts at 5 Gbps and scales on its own up to 100 Gbps ([NAT gateways](${natBasics})); the nearest limit is simultaneous connections to a single destination, watched through the \`ErrorPortAllocation\` metric. As S3, ECR and the other AWS APIs go through VPC endpoints, little traffic passes here.`,
    ),
    failure: l(
      `É redundante dentro da AZ ${az}, mas não sobrevive à perda da zona: nesse caso só a AZ ${az} perde a saída, e ela já está fora de serviço. As outras zonas usam os próprios NAT gateways.`,
      `Redundant within AZ ${az}, but it does not survive the zone's loss: then only AZ ${az} loses egress, and that zone is already out of service. The other zones use their own NAT gateways.`,
    ),
    security: l(
      'Só tráfego de saída iniciado de dentro; nada de fora abre conexão através dele. Os VPC Flow Logs registram o que sai, e o GuardDuty os analisa em busca de destinos maliciosos.',
      'Outbound traffic initiated from inside only; nothing outside can open a connection through it. VPC Flow Logs record what leaves, and GuardDuty analyses them for malicious destinations.',
    ),
    cost: l(
      `Por hora de NAT gateway e por GB processado, além da transferência para a internet ([preços da VPC](${vpcPricing})); três gateways são o preço da independência entre zonas, e os VPC endpoints tiram deles o grosso do volume.`,
      `Per NAT gateway hour and per GB processed, plus data transfer out ([VPC pricing](${vpcPricing})); three gateways are the price of zone independence, and VPC endpoints take the bulk of the volume off them.`,
    ),
  };
}

export const networkNotes = {
  internetGateway: {
    why: l(
      'É a porta da VPC para a internet, usada só pelas sub-redes públicas: o ALB recebe por ela o tráfego do CloudFront, e os NAT gateways saem por ela.',
      'The VPC door to the internet, used only by the public subnets: the ALB receives CloudFront traffic through it and the NAT gateways go out through it.',
    ),
    configuration: l(
      'Um por VPC, anexado à `10.40.0.0/16`; só as tabelas de rotas das três sub-redes públicas têm `0.0.0.0/0` apontando para ele ([internet gateways](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html)).',
      "One per VPC, attached to `10.40.0.0/16`; only the three public subnets' route tables send `0.0.0.0/0` to it ([internet gateways](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html)).",
    ),
    scaling: l(
      'Escalado horizontalmente pela AWS, sem limite de banda a configurar.',
      'Horizontally scaled by AWS, with no bandwidth limit to configure.',
    ),
    failure: l(
      'Redundante e altamente disponível por construção; não é um ponto único de falha a tratar.',
      'Redundant and highly available by design; not a single point of failure to handle.',
    ),
    security: l(
      'Nenhuma sub-rede privada tem rota para ele; as Network ACLs das sub-redes públicas e o security group do ALB decidem o que entra.',
      "No private subnet routes to it; the public subnets' network ACLs and the ALB security group decide what comes in.",
    ),
    cost: l(
      'Sem cobrança pelo gateway; paga-se a transferência de dados para a internet ([preços do EC2, transferência de dados](https://aws.amazon.com/ec2/pricing/on-demand/)).',
      'No charge for the gateway; data transfer out is what costs ([EC2 pricing, data transfer](https://aws.amazon.com/ec2/pricing/on-demand/)).',
    ),
  },
  vpcEndpoints: {
    why: l(
      'Leva as chamadas às APIs da AWS (S3, ECR, STS, SQS, Secrets Manager, KMS, CloudWatch, Step Functions) pela rede da AWS, sem passar pelo NAT: menos custo por GB, menos dependência da saída para a internet e políticas que restringem o que pode ser acessado.',
      'Carries calls to AWS APIs (S3, ECR, STS, SQS, Secrets Manager, KMS, CloudWatch, Step Functions) over the AWS network, bypassing the NAT: lower cost per GB, less reliance on internet egress and policies that restrict what can be reached.',
    ),
    configuration: l(
      'Um endpoint gateway para o S3 nas tabelas de rotas privadas ([endpoints gateway](https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html)) e endpoints de interface, com DNS privado, nas três sub-redes de aplicação para `ecr.api`, `ecr.dkr`, `sts`, `sqs`, `secretsmanager`, `kms`, `logs`, `monitoring`, `states` e `eks-auth` (usado pelo Pod Identity); o tráfego pequeno de EC2, ECS e SSM segue pelo NAT.',
      'A gateway endpoint for S3 in the private route tables ([gateway endpoints](https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html)) and interface endpoints, with private DNS, in the three app subnets for `ecr.api`, `ecr.dkr`, `sts`, `sqs`, `secretsmanager`, `kms`, `logs`, `monitoring`, `states` and `eks-auth` (used by Pod Identity); the light EC2, ECS and SSM traffic goes through the NAT.',
    ),
    scaling: l(
      'Cada interface de endpoint suporta até 10 Gbps por AZ e escala até 100 Gbps ([cotas do PrivateLink](https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html)); o endpoint gateway do S3 não tem limite de banda próprio.',
      'Each endpoint network interface supports up to 10 Gbps per AZ and scales up to 100 Gbps ([PrivateLink quotas](https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html)); the S3 gateway endpoint has no bandwidth limit of its own.',
    ),
    failure: l(
      'Endpoints de interface têm uma interface por AZ; a perda de uma zona só tira a interface dela, e o DNS privado passa a responder com as das outras.',
      "Interface endpoints have one network interface per AZ; losing a zone only removes that zone's interface, and private DNS answers with the others.",
    ),
    security: l(
      'Políticas de endpoint só permitem recursos da própria organização (`aws:ResourceOrgID`), o que impede exfiltração para um bucket de terceiros mesmo com credencial válida ([controle de acesso por endpoint](https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html)); o security group dos endpoints aceita a porta 443 só das sub-redes de aplicação.',
      "Endpoint policies allow only the organization's own resources (`aws:ResourceOrgID`), which blocks exfiltration to a third-party bucket even with valid credentials ([endpoint access control](https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html)); the endpoints' security group accepts port 443 only from the app subnets.",
    ),
    cost: l(
      'O endpoint gateway do S3 não é cobrado; cada endpoint de interface cobra por hora por AZ e por GB processado ([preços do PrivateLink](https://aws.amazon.com/privatelink/pricing/)), então a lista de endpoints fica restrita aos serviços com tráfego real.',
      'The S3 gateway endpoint is free; each interface endpoint bills per hour per AZ and per GB processed ([PrivateLink pricing](https://aws.amazon.com/privatelink/pricing/)), so the endpoint list is limited to services with real traffic.',
    ),
  },
  natA: nat('a'),
  natB: nat('b'),
  natC: nat('c'),
} as const satisfies LayerNotes;
