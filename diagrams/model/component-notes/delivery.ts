import { l } from '../text';
import type { LayerNotes } from './types';

const argoAutoSync = 'https://argo-cd.readthedocs.io/en/stable/user-guide/auto_sync/';
const rolloutsCanary = 'https://argo-rollouts.readthedocs.io/en/stable/features/canary/';

export const deliveryNotes = {
  codecommit: {
    why: l(
      'Guarda o código da aplicação, a infraestrutura em CDK e o estado desejado do cluster dentro da AWS, com acesso pelo IAM, o que atende ao "AWS em todas as etapas" do enunciado.',
      'Holds the application code, the CDK infrastructure and the cluster desired state inside AWS, with IAM access, meeting the brief\'s "AWS at every stage".',
    ),
    configuration: l(
      'Três repositórios (`app`, `infra`, `gitops`) cifrados com chave KMS do cliente, regra de aprovação que exige um revisor além do autor, branch `main` protegida por política IAM que nega push direto. A documentação da AWS registra que o CodeCommit não aceita mais clientes novos ([CodeCommit](https://docs.aws.amazon.com/codecommit/latest/userguide/welcome.html)); numa organização nova, a mesma fonte vem do GitHub ou GitLab por CodeConnections, sem mudar o resto do pipeline.',
      'Three repositories (`app`, `infra`, `gitops`) encrypted with a customer managed KMS key, an approval rule requiring one reviewer besides the author, and `main` protected by an IAM policy that denies direct pushes. AWS documentation states that CodeCommit no longer accepts new customers ([CodeCommit](https://docs.aws.amazon.com/codecommit/latest/userguide/welcome.html)); in a new organization, the same source comes from GitHub or GitLab through CodeConnections, with no change to the rest of the pipeline.',
    ),
    scaling: l(
      'Repositórios pequenos e poucos desenvolvedores; nada a dimensionar.',
      'Small repositories and few developers; nothing to size.',
    ),
    failure: l(
      'Serviço regional com os dados replicados; o Git distribuído significa que cada clone é um backup. Se o serviço para, merges esperam, e a produção continua rodando a última versão sincronizada.',
      'A regional service with replicated data; distributed Git means every clone is a backup. If the service stops, merges wait, and production keeps running the last synced version.',
    ),
    security: l(
      'Acesso por credenciais temporárias do IAM Identity Center (`git-remote-codecommit`), sem chaves SSH nem senhas Git; cada push e aprovação fica no CloudTrail.',
      'Access through temporary IAM Identity Center credentials (`git-remote-codecommit`), with no SSH keys or Git passwords; every push and approval lands in CloudTrail.',
    ),
    cost: l(
      'Por usuário ativo por mês, com os primeiros usuários gratuitos e armazenamento e requisições incluídos até um limite ([preços do CodeCommit](https://aws.amazon.com/codecommit/pricing/)).',
      'Per active user per month, with the first users free and storage and requests included up to a limit ([CodeCommit pricing](https://aws.amazon.com/codecommit/pricing/)).',
    ),
  },
  codepipeline: {
    why: l(
      'Transforma um merge numa sequência auditável de etapas, com a mesma ordem sempre: testar, construir, varrer, implantar em dev, staging e, com aprovação, produção.',
      'Turns a merge into an auditable sequence of stages, always in the same order: test, build, scan, deploy to dev, staging and, with approval, production.',
    ),
    configuration: l(
      'Pipelines do tipo V2 na conta de serviços compartilhados, disparados por merge em `main` ([tipos de pipeline](https://docs.aws.amazon.com/codepipeline/latest/userguide/pipeline-types.html)); ações de deploy assumem papéis em cada conta de destino; uma ação de aprovação manual antes da produção ([aprovações](https://docs.aws.amazon.com/codepipeline/latest/userguide/approvals.html)) e artefatos num bucket cifrado com KMS.',
      'V2-type pipelines in the shared services account, triggered by merges to `main` ([pipeline types](https://docs.aws.amazon.com/codepipeline/latest/userguide/pipeline-types.html)); deploy actions assume roles in each target account; a manual approval action before production ([approvals](https://docs.aws.amazon.com/codepipeline/latest/userguide/approvals.html)) and artifacts in a KMS-encrypted bucket.',
    ),
    scaling: l(
      'Execuções em modo `QUEUED`, uma de cada vez por pipeline, para que duas versões não corram para a produção ao mesmo tempo.',
      'Executions in `QUEUED` mode, one at a time per pipeline, so two versions never race to production.',
    ),
    failure: l(
      'Uma etapa que falha para o pipeline e notifica; a produção continua na versão anterior. Reexecutar a etapa que falhou não refaz as que passaram.',
      'A failing stage stops the pipeline and notifies; production stays on the previous version. Retrying the failed stage does not redo the ones that passed.',
    ),
    security: l(
      'O papel do pipeline só assume os papéis de deploy de cada conta, que confiam apenas nele; ninguém implanta na produção com credencial própria.',
      "The pipeline role only assumes each account's deploy roles, which trust only it; nobody deploys to production with personal credentials.",
    ),
    cost: l(
      'Pipelines V2 são cobrados por minuto de execução de ação, com minutos gratuitos por mês ([preços do CodePipeline](https://aws.amazon.com/codepipeline/pricing/)); as builds são cobradas no CodeBuild.',
      'V2 pipelines are billed per action execution minute, with free minutes each month ([CodePipeline pricing](https://aws.amazon.com/codepipeline/pricing/)); builds are billed in CodeBuild.',
    ),
  },
  codebuild: {
    why: l(
      'Executa o trabalho de cada etapa em ambientes descartáveis: testes, `cdk synth` com cdk-nag, build das imagens `arm64` e a atualização da tag no repositório gitops.',
      "Runs each stage's work in disposable environments: tests, `cdk synth` with cdk-nag, `arm64` image builds and the tag bump in the gitops repository.",
    ),
    configuration: l(
      'Projetos com `buildspec.yml` versionado, ambiente `ARM_CONTAINER` com `BUILD_GENERAL1_LARGE` para as imagens Graviton, modo privilegiado só no projeto que constrói imagens e cache local de camadas Docker ([tipos de computação](https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-compute-types.html)). Relatórios de testes e de cobertura publicados no próprio CodeBuild.',
      'Projects with a versioned `buildspec.yml`, an `ARM_CONTAINER` environment with `BUILD_GENERAL1_LARGE` for the Graviton images, privileged mode only in the image-building project and a local Docker layer cache ([compute types](https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-compute-types.html)). Test and coverage reports published in CodeBuild itself.',
    ),
    scaling: l(
      'Cada build é um ambiente novo; builds simultâneas são limitadas por uma cota da conta, ajustável ([cotas do CodeBuild](https://docs.aws.amazon.com/codebuild/latest/userguide/limits.html)).',
      'Each build is a fresh environment; concurrent builds are capped by an adjustable account quota ([CodeBuild quotas](https://docs.aws.amazon.com/codebuild/latest/userguide/limits.html)).',
    ),
    failure: l(
      'Uma build que falha para o pipeline; como o ambiente é descartável, repetir é seguro. Testes instáveis são tratados como defeito, não repetidos até passar.',
      'A failing build stops the pipeline; as the environment is disposable, retrying is safe. Flaky tests are treated as defects, not retried until green.',
    ),
    security: l(
      'Papel por projeto: o de testes não publica imagens, o de build só faz push nos repositórios do ECR do Espectro; nenhum segredo no buildspec, tudo vem do Secrets Manager.',
      'One role per project: the test project cannot publish images, the build project only pushes to the Espectro ECR repositories; no secrets in the buildspec, everything comes from Secrets Manager.',
    ),
    cost: l(
      'Por minuto de build, com preço por tipo de computação e sistema, e minutos gratuitos mensais no menor tipo ([preços do CodeBuild](https://aws.amazon.com/codebuild/pricing/)); o cache de camadas reduz minutos.',
      'Per build minute, priced by compute type and OS, with monthly free minutes on the smallest type ([CodeBuild pricing](https://aws.amazon.com/codebuild/pricing/)); layer caching cuts minutes.',
    ),
  },
  ecr: {
    why: l(
      'Guarda as imagens de web, API, worker e dos jobs de análise na AWS, perto de quem as puxa, com varredura de vulnerabilidades e a garantia de que uma tag sempre aponta para a mesma imagem.',
      'Stores the web, API, worker and analysis job images inside AWS, close to whoever pulls them, with vulnerability scanning and the guarantee that a tag always names the same image.',
    ),
    configuration: l(
      'Um repositório por imagem na conta de serviços compartilhados, tags imutáveis ([imutabilidade](https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html)), cifragem KMS, varredura avançada contínua pelo Inspector e política de ciclo de vida que mantém as 50 imagens mais recentes e apaga imagens sem tag ([ciclo de vida](https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html)).',
      'One repository per image in the shared services account, immutable tags ([immutability](https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html)), KMS encryption, continuous enhanced scanning through Inspector and a lifecycle policy keeping the 50 most recent images and expiring untagged ones ([lifecycle](https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html)).',
    ),
    scaling: l(
      'Os nós puxam as imagens pelos VPC endpoints `ecr.api` e `ecr.dkr` e as camadas pelo endpoint gateway do S3; um pico de nós novos do Karpenter ou do Batch puxa em paralelo sem passar pelo NAT.',
      'Nodes pull images through the `ecr.api` and `ecr.dkr` VPC endpoints and layers through the S3 gateway endpoint; a burst of new Karpenter or Batch nodes pulls in parallel without crossing the NAT.',
    ),
    failure: l(
      'Regional; se o ECR ficar indisponível, pods e jobs com a imagem já no nó seguem, e só nós novos esperam. A replicação entre regiões para us-east-1 deixa as imagens prontas para o DR.',
      'Regional; if ECR is unavailable, pods and jobs whose image is already on the node continue, and only new nodes wait. Cross-region replication to us-east-1 keeps images ready for DR.',
    ),
    security: l(
      'A política de repositório só permite pull às contas da organização que rodam o Espectro e push ao papel de build ([políticas de repositório](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html)); os manifests referenciam a imagem por digest.',
      'The repository policy only allows pulls from the organization accounts running Espectro and pushes from the build role ([repository policies](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html)); manifests reference the image by digest.',
    ),
    cost: l(
      'GB-mês armazenado e transferência de dados de saída; a transferência para serviços na mesma região não é cobrada, a replicação entre regiões é ([preços do ECR](https://aws.amazon.com/ecr/pricing/)). A varredura é cobrada no Inspector.',
      'GB-month stored and data transfer out; transfer to services in the same region is free, cross-region replication is not ([ECR pricing](https://aws.amazon.com/ecr/pricing/)). Scanning is billed in Inspector.',
    ),
  },
  cloudformation: {
    why: l(
      'Aplica a infraestrutura descrita no CDK de forma transacional: uma mudança entra inteira ou volta inteira, e o que está implantado é o que está no repositório.',
      'Applies the infrastructure described in the CDK transactionally: a change goes in whole or rolls back whole, and what is deployed is what is in the repository.',
    ),
    configuration: l(
      'Stacks separadas por ciclo de vida (rede, dados, cluster, pipeline de análise, observabilidade), implantadas por change set revisado no pipeline ([change sets](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-changesets.html)); termination protection e política de stack que nega substituir ou apagar os recursos de dados; `RemovalPolicy.RETAIN` nos buckets, no cluster Aurora e nas chaves KMS.',
      'Stacks split by lifecycle (network, data, cluster, analysis pipeline, observability), deployed through change sets reviewed in the pipeline ([change sets](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-changesets.html)); termination protection and a stack policy that denies replacing or deleting data resources; `RemovalPolicy.RETAIN` on buckets, the Aurora cluster and KMS keys.',
    ),
    scaling: l(
      'Stacks pequenas por domínio mantêm cada uma longe do limite de recursos por stack e tornam os deploys mais rápidos e localizados.',
      'Small per-domain stacks keep each one far from the per-stack resource limit and make deploys faster and more local.',
    ),
    failure: l(
      'Uma atualização que falha volta sozinha ao estado anterior; gatilhos de rollback ligados a alarmes do CloudWatch desfazem também uma mudança que quebra o serviço depois de aplicada ([gatilhos de rollback](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-rollback-triggers.html)). A detecção de drift roda todo dia.',
      'A failed update rolls back on its own; rollback triggers tied to CloudWatch alarms also undo a change that breaks the service after it is applied ([rollback triggers](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-rollback-triggers.html)). Drift detection runs daily.',
    ),
    security: l(
      'Deploys usam um papel de execução do CloudFormation com permissões só para os tipos de recurso do Espectro; engenheiros não têm permissão de alterar stacks de produção fora do pipeline.',
      "Deploys use a CloudFormation execution role with permissions only for Espectro's resource types; engineers cannot change production stacks outside the pipeline.",
    ),
    cost: l(
      'Sem cobrança para recursos da AWS; só extensões de terceiros e hooks são cobrados por operação ([preços do CloudFormation](https://aws.amazon.com/cloudformation/pricing/)).',
      'No charge for AWS resources; only third-party extensions and hooks are billed per operation ([CloudFormation pricing](https://aws.amazon.com/cloudformation/pricing/)).',
    ),
  },
  argocd: {
    why: l(
      'Faz o cluster puxar o próprio estado do Git em vez de o pipeline empurrar com credenciais de administrador, e o Argo Rollouts transforma cada deploy num canário que volta sozinho se as métricas piorarem.',
      'Makes the cluster pull its own state from Git instead of the pipeline pushing with admin credentials, and Argo Rollouts turns each deploy into a canary that rolls back on its own if metrics worsen.',
    ),
    configuration: l(
      `Argo CD com \`automated\`, \`prune\` e \`selfHeal\` nas Applications do repositório gitops ([sincronização automática](${argoAutoSync})); Argo Rollouts com passos de canário de 10%, 50% e 100% do tráfego, cada um com análise de taxa de erro e latência p99 consultadas no Prometheus ([canário](${rolloutsCanary})).`,
      `Argo CD with \`automated\`, \`prune\` and \`selfHeal\` on the gitops repository Applications ([automated sync](${argoAutoSync})); Argo Rollouts with canary steps of 10%, 50% and 100% of traffic, each gated on error rate and p99 latency queried from Prometheus ([canary](${rolloutsCanary})).`,
    ),
    scaling: l(
      'Para um cluster e poucas aplicações, o modo de alta disponibilidade com réplicas do servidor e do repo-server basta ([alta disponibilidade](https://argo-cd.readthedocs.io/en/stable/operator-manual/high_availability/)).',
      'For one cluster and a few applications, HA mode with server and repo-server replicas is enough ([high availability](https://argo-cd.readthedocs.io/en/stable/operator-manual/high_availability/)).',
    ),
    failure: l(
      'Se o Argo CD para, o cluster continua rodando o último estado aplicado; só novas versões esperam. Um canário com análise reprovada volta automaticamente à versão estável; voltar uma versão já promovida é reverter o commit no gitops.',
      'If Argo CD stops, the cluster keeps running the last applied state; only new versions wait. A canary that fails analysis automatically returns to the stable version; reverting a promoted version means reverting the commit in gitops.',
    ),
    security: l(
      'Lê o CodeCommit com um papel só de leitura pelo Pod Identity; a interface web não é exposta na internet e o login é pelo IAM Identity Center. O pipeline nunca tem credencial no cluster.',
      'Reads CodeCommit with a read-only role through Pod Identity; its web UI is not exposed to the internet and sign-in goes through IAM Identity Center. The pipeline never holds cluster credentials.',
    ),
    cost: l(
      'Software livre; custa a fatia de nó que ocupa no cluster ([preços do EC2](https://aws.amazon.com/ec2/pricing/on-demand/)).',
      'Open source; it costs its node share in the cluster ([EC2 pricing](https://aws.amazon.com/ec2/pricing/on-demand/)).',
    ),
  },
} as const satisfies LayerNotes;
