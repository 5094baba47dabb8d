import type { ComponentId } from '@site/diagrams/model/index';
import { l } from '@site/diagrams/model/text';
import { output } from '../iac';
import type { RunbookPhase } from '../types';

export const delivery = {
  id: 'delivery',
  title: l('Entrega da aplicação', 'Application delivery'),
  view: 'delivery',
  where: l(
    'Conta de serviços compartilhados (CodeCommit, CodePipeline) e cluster de produção',
    'Shared-services account (CodeCommit, CodePipeline) and the production cluster',
  ),
  creates: ['argocd', 'web', 'api', 'worker'] as const satisfies readonly ComponentId[],
  steps: [
    {
      id: 'delivery-repos',
      title: l(
        'Repositórios no CodeCommit e primeira execução do pipeline',
        'Repositories in CodeCommit and first pipeline run',
      ),
      goal: l(
        'Publicar os repositórios de infraestrutura, aplicação e GitOps no CodeCommit e ver o pipeline espectro-infra sintetizar e testar a infraestrutura.',
        'Push the infrastructure, application and GitOps repositories to CodeCommit and see the espectro-infra pipeline synthesize and test the infrastructure.',
      ),
      prerequisites: [
        l('Espectro-Delivery implantada.', 'Espectro-Delivery deployed.'),
        l(
          'git-remote-codecommit instalado (pip install git-remote-codecommit).',
          'git-remote-codecommit installed (pip install git-remote-codecommit).',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `git remote add codecommit codecommit::sa-east-1://espectro-shared@espectro-infra
git push codecommit main
git -C ../espectro-app remote add codecommit codecommit::sa-east-1://espectro-shared@espectro-app
git -C ../espectro-app push codecommit main
git -C ../espectro-gitops remote add codecommit codecommit::sa-east-1://espectro-shared@espectro-gitops
git -C ../espectro-gitops push codecommit main
aws codepipeline start-pipeline-execution --name espectro-infra --region sa-east-1 --profile espectro-shared`,
        },
      ],
      verification: {
        command:
          "aws codepipeline get-pipeline-state --name espectro-infra --query 'stageStates[].latestExecution.status' --output text --region sa-east-1 --profile espectro-shared",
        expected: 'Succeeded	Succeeded',
      },
      rollback: {
        text: l(
          'Parar a execução em andamento; os repositórios continuam como espelho.',
          'Stop the running execution; the repositories stay as mirrors.',
        ),
        command: `aws codepipeline stop-pipeline-execution --pipeline-name espectro-infra --pipeline-execution-id "$(aws codepipeline list-pipeline-executions --pipeline-name espectro-infra --max-items 1 --query 'pipelineExecutionSummaries[0].pipelineExecutionId' --output text --profile espectro-shared)" --abandon --profile espectro-shared`,
      },
      durationMinutes: 20,
    },
    {
      id: 'delivery-argocd',
      title: l('Argo CD e a aplicação GitOps', 'Argo CD and the GitOps application'),
      goal: l(
        'Instalar o Argo CD no cluster e apontá-lo para o repositório espectro-gitops, que passa a ser a fonte das versões de imagem de web, API e worker.',
        'Install Argo CD in the cluster and point it at the espectro-gitops repository, which becomes the source of the web, API and worker image versions.',
      ),
      prerequisites: [
        l(
          'Acesso kubectl de dentro da VPC (fase do cluster).',
          'kubectl access from inside the VPC (cluster phase).',
        ),
        l(
          'Credenciais HTTPS Git de um usuário IAM só-leitura do CodeCommit (argocd-gitops) na conta de serviços compartilhados.',
          'HTTPS Git credentials of a read-only CodeCommit IAM user (argocd-gitops) in the shared-services account.',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `helm repo add argo https://argoproj.github.io/argo-helm
helm repo update
helm upgrade --install argocd argo/argo-cd --namespace argocd --create-namespace --version 9.3.7 \\
  --set global.domain=argocd.internal.espectro.example.com --set controller.replicas=1 --set server.replicas=2 --wait
read -r GIT_USER GIT_PASSWORD < <(aws iam create-service-specific-credential --user-name argocd-gitops \\
  --service-name codecommit.amazonaws.com --query 'ServiceSpecificCredential.[ServiceUserName,ServicePassword]' --output text --profile espectro-shared)
kubectl -n argocd create secret generic espectro-gitops-repo \\
  --from-literal=type=git --from-literal=url=https://git-codecommit.sa-east-1.amazonaws.com/v1/repos/espectro-gitops \\
  --from-literal=username="$GIT_USER" --from-literal=password="$GIT_PASSWORD"
kubectl -n argocd label secret espectro-gitops-repo argocd.argoproj.io/secret-type=repository
kubectl apply -f espectro-application.yaml`,
        },
        {
          lang: 'yaml',
          file: 'espectro-application.yaml',
          schema: 'kubernetes',
          code: `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: espectro
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://git-codecommit.sa-east-1.amazonaws.com/v1/repos/espectro-gitops
    targetRevision: main
    path: envs/prod
  destination:
    server: https://kubernetes.default.svc
    namespace: espectro
  syncPolicy:
    automated:
      prune: false
      selfHeal: true
    syncOptions:
      - ServerSideApply=true`,
        },
      ],
      verification: {
        command:
          'kubectl -n argocd get application espectro -o jsonpath=\'{.status.sync.status} {.status.health.status}{"\\n"}\'',
        expected: 'Synced Healthy',
      },
      rollback: {
        text: l(
          'Apagar a Application sem cascata mantém web, API e worker rodando; depois remover o Argo CD.',
          'Deleting the Application without cascade keeps web, API and worker running; then remove Argo CD.',
        ),
        command: `kubectl -n argocd patch application espectro --type json -p '[{"op":"remove","path":"/metadata/finalizers"}]'
kubectl -n argocd delete application espectro
helm uninstall argocd --namespace argocd`,
      },
      durationMinutes: 25,
    },
    {
      id: 'delivery-first-release',
      title: l('Primeira implantação de web, API e worker', 'First deploy of web, API and worker'),
      goal: l(
        'Confirmar que as três cargas rodaram o rollout da versão 1.0.0, espalhadas pelas três zonas, e que a API responde pelo domínio público.',
        'Confirm the three workloads rolled out version 1.0.0, spread over the three zones, and that the API answers on the public domain.',
      ),
      prerequisites: [
        l('Argo CD Synced/Healthy.', 'Argo CD Synced/Healthy.'),
        l('Espectro-Edge implantada.', 'Espectro-Edge deployed.'),
      ],
      commands: [
        {
          lang: 'bash',
          code: `for deployment in web api worker; do
  kubectl -n espectro rollout status deployment/"$deployment" --timeout=5m
done
kubectl -n espectro get pods -l app.kubernetes.io/name=api -o custom-columns=POD:.metadata.name,NODE:.spec.nodeName
echo "Site: ${output('Espectro-Edge', 'SiteUrl')}"`,
        },
      ],
      verification: {
        command:
          "kubectl -n espectro get deployments -o jsonpath='{range .items[*]}{.metadata.name}={.spec.template.spec.containers[0].image}{\"\\n\"}{end}' | sed 's/.*://'",
        expected: '1.0.0\n1.0.0\n1.0.0',
      },
      rollback: {
        text: l(
          'Voltar a revisão anterior de cada Deployment (ou reverter o commit no repositório GitOps, que o Argo CD aplica).',
          'Roll each Deployment back to its previous revision (or revert the commit in the GitOps repository, which Argo CD applies).',
        ),
        command: 'kubectl -n espectro rollout undo deployment/api',
      },
      durationMinutes: 15,
    },
  ],
} as const satisfies RunbookPhase;
