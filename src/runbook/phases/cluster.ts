import type { ComponentId } from '@site/diagrams/model/index';
import { l } from '@site/diagrams/model/text';
import { deploy, destroy } from '../iac';
import type { RunbookPhase } from '../types';

const registry = '333333333333.dkr.ecr.sa-east-1.amazonaws.com';

export const cluster = {
  id: 'cluster',
  title: l('Cluster EKS e add-ons', 'EKS cluster and add-ons'),
  view: 'overview',
  where: l(
    'Conta de serviços compartilhados (ECR) e conta de produção, sa-east-1',
    'Shared-services account (ECR) and production account, sa-east-1',
  ),
  creates: [
    'ecr',
    'codecommit',
    'codepipeline',
    'codebuild',
    'eksControlPlane',
    'nodesA',
    'nodesB',
    'nodesC',
    'karpenter',
    'lbController',
    'alb',
  ] as const satisfies readonly ComponentId[],
  steps: [
    {
      id: 'cluster-delivery-stack',
      title: l(
        'Implantar Espectro-Delivery e publicar as imagens 1.0.0',
        'Deploy Espectro-Delivery and push the 1.0.0 images',
      ),
      goal: l(
        'Criar os repositórios ECR (com varredura), CodeCommit, CodeBuild e o pipeline na conta de serviços compartilhados, e publicar as imagens que o cluster vai puxar.',
        'Create the ECR repositories (with scanning), CodeCommit, CodeBuild and the pipeline in the shared-services account, and push the images the cluster will pull.',
      ),
      prerequisites: [
        l(
          'Bootstrap do CDK em aws://333333333333/sa-east-1.',
          'CDK bootstrap in aws://333333333333/sa-east-1.',
        ),
        l(
          'Clone do repositório da aplicação com um diretório (e Dockerfile) por imagem: web, api, worker, analysis.',
          'Clone of the application repository with one directory (and Dockerfile) per image: web, api, worker, analysis.',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `cd infra
${deploy('Espectro-Delivery')}
cd ../../espectro-app
aws ecr get-login-password --region sa-east-1 --profile espectro-shared | docker login --username AWS --password-stdin ${registry}
for image in web api worker analysis; do
  docker build --platform linux/amd64 -t "${registry}/espectro/$image:1.0.0" "$image"
  docker push "${registry}/espectro/$image:1.0.0"
done`,
        },
      ],
      verification: {
        command:
          "aws ecr describe-images --repository-name espectro/api --image-ids imageTag=1.0.0 --query 'imageDetails[0].imageTags' --output text --region sa-east-1 --profile espectro-shared",
        expected: '1.0.0',
      },
      rollback: {
        text: l(
          'Apagar a imagem publicada; os repositórios são retidos pela stack.',
          'Delete the pushed image; the repositories are retained by the stack.',
        ),
        command:
          'aws ecr batch-delete-image --repository-name espectro/api --image-ids imageTag=1.0.0 --region sa-east-1 --profile espectro-shared',
      },
      durationMinutes: 25,
    },
    {
      id: 'cluster-deploy',
      title: l('Implantar Espectro-Cluster', 'Deploy Espectro-Cluster'),
      goal: l(
        'Criar o cluster EKS espectro-prod (1.35, endpoint privado), os node groups de sistema por zona, o Karpenter com seu NodePool e EC2NodeClass, os add-ons, o AWS Load Balancer Controller e os manifestos de web, API e worker com seu Ingress.',
        'Create the EKS cluster espectro-prod (1.35, private endpoint), the per-zone system node groups, Karpenter with its NodePool and EC2NodeClass, the add-ons, the AWS Load Balancer Controller and the web, API and worker manifests with their Ingress.',
      ),
      prerequisites: [
        l(
          'Espectro-Network, Espectro-Keys e Espectro-Data implantadas.',
          'Espectro-Network, Espectro-Keys and Espectro-Data deployed.',
        ),
        l('Imagens 1.0.0 no ECR.', 'Images 1.0.0 in ECR.'),
      ],
      commands: [{ lang: 'bash', code: `cd infra\n${deploy('Espectro-Cluster')}` }],
      verification: {
        command:
          "aws eks describe-cluster --name espectro-prod --region sa-east-1 --profile espectro-prod --query 'cluster.[status,version,resourcesVpcConfig.endpointPublicAccess]' --output text",
        expected: 'ACTIVE	1.35	False',
      },
      rollback: {
        text: l(
          'O cluster não guarda estado de negócio: destruir a stack remove cluster, nós e ALB.',
          'The cluster holds no business state: destroying the stack removes cluster, nodes and ALB.',
        ),
        command: `cd infra\n${destroy('Espectro-Cluster')}`,
      },
      durationMinutes: 35,
    },
    {
      id: 'cluster-access',
      title: l('Acesso kubectl e conferência das cargas', 'kubectl access and workload check'),
      goal: l(
        'Dar ao papel do Identity Center acesso de administrador ao cluster e, de dentro da VPC (CloudShell em ambiente de VPC), conferir add-ons, controladores (Load Balancer Controller e Karpenter com seu NodePool) e réplicas.',
        'Give the Identity Center role cluster-admin access and, from inside the VPC (CloudShell in a VPC environment), check add-ons, controllers (Load Balancer Controller and Karpenter with its NodePool) and replicas.',
      ),
      prerequisites: [
        l('Espectro-Cluster em CREATE_COMPLETE.', 'Espectro-Cluster in CREATE_COMPLETE.'),
        l(
          'Um ambiente do CloudShell na VPC do Espectro, numa sub-rede de aplicação: o endpoint do cluster é privado.',
          'A CloudShell environment in the Espectro VPC, in an app subnet: the cluster endpoint is private.',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `ROLE_ARN=$(aws iam list-roles --path-prefix /aws-reserved/sso.amazonaws.com/ --query "Roles[?starts_with(RoleName,'AWSReservedSSO_EspectroPlatformAdmin')].Arn" --output text --profile espectro-prod)
aws eks create-access-entry --cluster-name espectro-prod --principal-arn "$ROLE_ARN" --region sa-east-1 --profile espectro-prod
aws eks associate-access-policy --cluster-name espectro-prod --principal-arn "$ROLE_ARN" \\
  --policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy --access-scope type=cluster --region sa-east-1 --profile espectro-prod
# In CloudShell (VPC environment):
aws eks update-kubeconfig --name espectro-prod --region sa-east-1
aws eks list-addons --cluster-name espectro-prod --region sa-east-1 --output text
helm status aws-load-balancer-controller --namespace kube-system
kubectl -n kube-system get pods -l app.kubernetes.io/name=karpenter
kubectl get nodepools,ec2nodeclasses
kubectl -n espectro get deployments,hpa,pdb
kubectl -n espectro get ingress espectro -o jsonpath='{.status.loadBalancer.ingress[0].hostname}'`,
        },
      ],
      verification: {
        command:
          'kubectl -n espectro get deployments -o custom-columns=NAME:.metadata.name,READY:.status.readyReplicas',
        expected: 'NAME     READY\napi      3\nweb      3\nworker   3',
      },
      rollback: {
        text: l('Remover a entrada de acesso criada.', 'Remove the access entry created.'),
        command:
          'aws eks delete-access-entry --cluster-name espectro-prod --principal-arn "$ROLE_ARN" --region sa-east-1 --profile espectro-prod',
      },
      durationMinutes: 15,
    },
  ],
} as const satisfies RunbookPhase;
