import type { ComponentId } from '@site/diagrams/model/index';
import { l } from '@site/diagrams/model/text';
import { deploy, destroy, output } from '../iac';
import type { RunbookPhase } from '../types';

export const edge = {
  id: 'edge',
  title: l('Borda e identidade', 'Edge and identity'),
  view: 'upload',
  where: l(
    'Conta de produção, us-east-1 (CloudFront, WAF, certificado)',
    'Production account, us-east-1 (CloudFront, WAF, certificate)',
  ),
  creates: ['cloudfront', 'waf', 'shield', 'acm'] as const satisfies readonly ComponentId[],
  steps: [
    {
      id: 'edge-deploy',
      title: l(
        'Implantar Espectro-Edge com o nome do ALB',
        'Deploy Espectro-Edge with the ALB name',
      ),
      goal: l(
        'Criar o certificado ACM, a web ACL do WAF, a distribuição CloudFront com origem origin.espectro.example.com e os registros Route 53.',
        'Create the ACM certificate, the WAF web ACL, the CloudFront distribution with origin origin.espectro.example.com and the Route 53 records.',
      ),
      prerequisites: [
        l(
          'Ingress espectro com endereço (fase do cluster).',
          'Ingress espectro with an address (cluster phase).',
        ),
        l('Zona espectro.example.com delegada.', 'Zone espectro.example.com delegated.'),
      ],
      commands: [
        {
          lang: 'bash',
          code: `# In CloudShell (VPC environment): the DNS name of the ALB the Ingress created
ALB_DNS=$(kubectl -n espectro get ingress espectro -o jsonpath='{.status.loadBalancer.ingress[0].hostname}')
cd infra
${deploy('Espectro-Edge', ['albDnsName="$ALB_DNS"'])}`,
        },
      ],
      verification: {
        command: `DISTRIBUTION_ID=${output('Espectro-Edge', 'DistributionId')}
aws cloudfront get-distribution --id "$DISTRIBUTION_ID" --query '[Distribution.Status,Distribution.DistributionConfig.WebACLId!=\`""\`]' --output text --profile espectro-prod`,
        expected: 'Deployed	True',
      },
      rollback: {
        text: l(
          'Destruir a stack remove distribuição, web ACL e registros; o site sai do ar.',
          'Destroying the stack removes distribution, web ACL and records; the site goes offline.',
        ),
        command: `cd infra\n${destroy('Espectro-Edge')}`,
      },
      durationMinutes: 30,
    },
    {
      id: 'edge-identity',
      title: l(
        'Primeiro usuário do Cognito e teste do domínio',
        'First Cognito user and domain test',
      ),
      goal: l(
        'Criar o primeiro usuário administrador do user pool e confirmar que o domínio responde por HTTPS via CloudFront.',
        'Create the first administrator of the user pool and confirm the domain answers over HTTPS through CloudFront.',
      ),
      prerequisites: [l('Espectro-Edge implantada.', 'Espectro-Edge deployed.')],
      commands: [
        {
          lang: 'bash',
          code: `USER_POOL_ID=${output('Espectro-Data', 'UserPoolId')}
aws cognito-idp admin-create-user --user-pool-id "$USER_POOL_ID" --username ana.souza@example.com \\
  --user-attributes Name=email,Value=ana.souza@example.com Name=email_verified,Value=true \\
  --desired-delivery-mediums EMAIL --region sa-east-1 --profile espectro-prod
curl -sS -o /dev/null -w '%{http_code} %{ssl_verify_result}\\n' https://espectro.example.com/`,
        },
      ],
      verification: {
        command:
          'aws cognito-idp admin-get-user --user-pool-id "$USER_POOL_ID" --username ana.souza@example.com --query UserStatus --output text --region sa-east-1 --profile espectro-prod',
        expected: 'FORCE_CHANGE_PASSWORD',
      },
      rollback: {
        text: l('Apagar o usuário criado.', 'Delete the user created.'),
        command:
          'aws cognito-idp admin-delete-user --user-pool-id "$USER_POOL_ID" --username ana.souza@example.com --region sa-east-1 --profile espectro-prod',
      },
      durationMinutes: 10,
    },
  ],
} as const satisfies RunbookPhase;
