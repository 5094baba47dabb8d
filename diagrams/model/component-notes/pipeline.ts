import { l } from '../text';
import type { LayerNotes, ServiceNotes } from './types';

const sfnQuotas = 'https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html';
const sfnBatch = 'https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html';
const batchAllocation =
  'https://docs.aws.amazon.com/batch/latest/userguide/allocation-strategies.html';
const batchPricing = 'https://aws.amazon.com/batch/pricing/';
const spotNotice =
  'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html';
const sqsVisibility =
  'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html';

/** Both compute environments share the job image, subnets and scale-to-zero; they differ in purchase option. */
function computeEnvironment(spot: boolean): ServiceNotes {
  return {
    why: spot
      ? l(
          'Onde roda quase todo o cálculo: um job por proteína tolera ser interrompido e repetido, então pagar preço Spot é a escolha natural.',
          'Where almost all the computing runs: a per-protein job tolerates being interrupted and retried, so paying the Spot price is the natural choice.',
        )
      : l(
          'Garante que a análise termina quando falta capacidade Spot na região: a fila manda os jobs para cá só se o ambiente Spot não consegue atendê-los.',
          'Makes sure analyses finish when Spot capacity runs short in the region: the queue sends jobs here only when the Spot environment cannot take them.',
        ),
    configuration: spot
      ? l(
          `Ambiente gerenciado EC2, tipo \`SPOT\`, estratégia \`SPOT_PRICE_CAPACITY_OPTIMIZED\` ([estratégias de alocação](${batchAllocation})), famílias \`c7g\`, \`m7g\` e \`r7g\` para dar muitos pools ao Spot, \`minvCpus = 0\` e \`maxvCpus = 256\`, nas três sub-redes privadas de aplicação, com launch template que exige IMDSv2 e disco EBS gp3 cifrado.`,
          `Managed EC2 environment, type \`SPOT\`, strategy \`SPOT_PRICE_CAPACITY_OPTIMIZED\` ([allocation strategies](${batchAllocation})), \`c7g\`, \`m7g\` and \`r7g\` families to give Spot many pools, \`minvCpus = 0\` and \`maxvCpus = 256\`, in the three private app subnets, with a launch template that requires IMDSv2 and an encrypted gp3 EBS volume.`,
        )
      : l(
          `Ambiente gerenciado EC2, tipo \`EC2\` (On-Demand), estratégia \`BEST_FIT_PROGRESSIVE\` ([estratégias de alocação](${batchAllocation})), mesmas famílias e sub-redes do Spot, \`minvCpus = 0\` e \`maxvCpus = 64\`: um teto menor, porque ele só cobre a falta de Spot.`,
          `Managed EC2 environment, type \`EC2\` (On-Demand), strategy \`BEST_FIT_PROGRESSIVE\` ([allocation strategies](${batchAllocation})), same families and subnets as Spot, \`minvCpus = 0\` and \`maxvCpus = 64\`: a lower ceiling, because it only covers missing Spot.`,
        ),
    scaling: l(
      `O Batch lança instâncias conforme os jobs na fila e as desliga quando ela esvazia; com mínimo 0, sem análises não há instância ligada. O teto de ${spot ? '256' : '64'} vCPUs limita a conta e deve ficar abaixo da cota de vCPUs ${spot ? 'Spot' : 'On-Demand'} da conta na região ([cotas do EC2](https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-quotas.html)), que se pede para subir antes de crescer.`,
      `Batch launches instances for the queued jobs and shuts them down when the queue empties; with a minimum of 0, no analyses means no running instance. The ${spot ? '256' : '64'}-vCPU ceiling caps the bill and must stay below the account's ${spot ? 'Spot' : 'On-Demand'} vCPU quota in the region ([EC2 quotas](https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-quotas.html)), which is raised before growing.`,
    ),
    failure: spot
      ? l(
          `A AWS avisa a interrupção Spot com dois minutos de antecedência ([avisos de interrupção](${spotNotice})); o job interrompido falha e o Step Functions o repete (3 tentativas, backoff 2x), em outra instância ou no ambiente On-Demand. A perda de uma AZ só tira dela as instâncias; o Batch lança nas outras duas.`,
          `AWS gives a two-minute Spot interruption notice ([interruption notices](${spotNotice})); the interrupted job fails and Step Functions retries it (3 attempts, 2x backoff), on another instance or in the On-Demand environment. Losing an AZ only removes the instances there; Batch launches in the other two.`,
        )
      : l(
          'Instâncias On-Demand não são interrompidas pela AWS; uma falha de instância ou de AZ faz o job falhar e ser repetido pelo Step Functions, e o Batch lança a capacidade nas AZs restantes.',
          'On-Demand instances are not reclaimed by AWS; an instance or AZ failure fails the job, Step Functions retries it, and Batch launches capacity in the remaining AZs.',
        ),
    security: l(
      'Instâncias sem IP público, com perfil de instância mínimo (ECS agent, logs); as permissões de dados ficam no papel do job, não na instância. O tráfego para S3, ECR e CloudWatch sai pelos VPC endpoints.',
      'Instances with no public IP and a minimal instance profile (ECS agent, logs); data permissions belong to the job role, not the instance. Traffic to S3, ECR and CloudWatch leaves through the VPC endpoints.',
    ),
    cost: spot
      ? l(
          `O Batch não cobra nada além dos recursos: paga-se a instância EC2 ao preço Spot por segundo e os volumes EBS ([preços do Batch](${batchPricing}), [preços Spot](https://aws.amazon.com/ec2/spot/pricing/)). É o item que cresce com o número de análises.`,
          `Batch charges nothing beyond the resources: the EC2 instance at the per-second Spot price and the EBS volumes ([Batch pricing](${batchPricing}), [Spot pricing](https://aws.amazon.com/ec2/spot/pricing/)). It is the item that grows with the number of analyses.`,
        )
      : l(
          `Instâncias ao preço On-Demand por segundo mais EBS ([preços do Batch](${batchPricing}), [preços On-Demand](https://aws.amazon.com/ec2/pricing/on-demand/)); um Compute Savings Plan cobre o uso previsível. O alarme de vCPUs On-Demand mostra quando o Spot está faltando demais.`,
          `Instances at the per-second On-Demand price plus EBS ([Batch pricing](${batchPricing}), [On-Demand pricing](https://aws.amazon.com/ec2/pricing/on-demand/)); a Compute Savings Plan covers predictable use. The On-Demand vCPU alarm shows when Spot is missing too often.`,
        ),
  };
}

export const pipelineNotes = {
  stepFunctions: {
    why: l(
      'Orquestra cada análise como uma execução durável: lista os arquivos, distribui um job do Batch por proteína, espera todos e agrega, com tentativas e tratamento de erro declarados fora do código da aplicação. A API só inicia a execução e responde.',
      'Orchestrates each analysis as a durable execution: lists the files, fans out one Batch job per protein, waits for all and aggregates, with retries and error handling declared outside the application code. The API only starts the execution and returns.',
    ),
    configuration: l(
      `Máquina Standard definida em ASL pelo CDK; nome da execução \`analysis-{id}\`; estado Map em modo Inline com \`MaxConcurrency = 40\`, tarefas \`batch:submitJob.sync\` ([integração com o Batch](${sfnBatch})), \`Retry\` de 3 tentativas com backoff 2x nos jobs e 2 na agregação, \`Catch\` para o estado de falha. Logs de nível \`ERROR\` no CloudWatch Logs e rastreamento X-Ray ligados.`,
      `Standard machine written in ASL through the CDK; execution name \`analysis-{id}\`; Inline Map with \`MaxConcurrency = 40\`, \`batch:submitJob.sync\` tasks ([Batch integration](${sfnBatch})), \`Retry\` of 3 attempts with 2x backoff on jobs and 2 on the aggregation, \`Catch\` to the failure state. \`ERROR\`-level logs to CloudWatch Logs and X-Ray tracing on.`,
    ),
    scaling: l(
      `Cada análise é uma execução; uma execução Standard pode durar até 1 ano e ter até 25.000 eventos de histórico, e a conta tem cotas de execuções abertas e de taxa de \`StartExecution\` ([cotas](${sfnQuotas})). O Map Inline roda até 40 iterações simultâneas; além disso os jobs esperam na fila do Batch, que é quem limita o paralelismo real.`,
      `Each analysis is one execution; a Standard execution can run up to 1 year and hold up to 25,000 history events, and the account has quotas on open executions and on the \`StartExecution\` rate ([quotas](${sfnQuotas})). The Inline Map runs up to 40 iterations at once; beyond that jobs wait in the Batch queue, which is what bounds real parallelism.`,
    ),
    failure: l(
      'O serviço é regional e multi-AZ; uma execução Standard guarda o estado entre transições, então a perda de uma AZ não perde análises. Um job que esgota as tentativas leva a execução ao `Catch`, que registra a causa e termina em falha; a mudança de estado segue pelo EventBridge e o worker marca a análise como falha. O nome idempotente impede análises duplicadas quando a API repete a chamada.',
      'The service is regional and multi-AZ; a Standard execution persists state between transitions, so losing an AZ loses no analysis. A job that exhausts its retries sends the execution to `Catch`, which records the cause and ends in failure; the status change flows through EventBridge and the worker marks the analysis failed. The idempotent name prevents duplicate analyses when the API retries the call.',
    ),
    security: l(
      'O papel da máquina só pode submeter jobs na fila do Espectro com as definições do Espectro, listar o prefixo de entradas e gerenciar a regra do EventBridge que a integração `.sync` usa; o papel da API só tem `states:StartExecution` nesta máquina. A entrada da execução leva ids, não dados pessoais.',
      'The machine role can only submit jobs to the Espectro queue with Espectro job definitions, list the inputs prefix and manage the EventBridge rule the `.sync` integration uses; the API role only holds `states:StartExecution` on this machine. The execution input carries ids, not personal data.',
    ),
    cost: l(
      'Execuções Standard são cobradas por transição de estado, com uma cota mensal gratuita ([preços do Step Functions](https://aws.amazon.com/step-functions/pricing/)): uma análise custa cerca de três transições por proteína mais as fixas, então o custo cresce com o número de arquivos, não com a duração dos jobs.',
      'Standard executions are billed per state transition, with a monthly free tier ([Step Functions pricing](https://aws.amazon.com/step-functions/pricing/)): an analysis costs about three transitions per protein plus a fixed few, so cost grows with the number of files, not with job duration.',
    ),
  },
  batchQueue: {
    why: l(
      'Separa "o que rodar" (definições de job, com imagem, CPU, memória e papel) de "onde rodar" (os ambientes de computação), e enfileira os jobs que excedem a capacidade em vez de recusá-los.',
      'Separates "what to run" (job definitions with image, CPU, memory and role) from "where to run" (the compute environments), and queues jobs that exceed capacity instead of rejecting them.',
    ),
    configuration: l(
      `Uma fila com \`computeEnvironmentOrder\`: Spot com ordem 1, On-Demand com ordem 2 ([ordem dos ambientes](https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html)). Duas definições de job (análise de proteína e agregação) com imagem do ECR referenciada por digest, \`vcpus\` e \`memory\` declarados, papel de job próprio, timeout por tentativa e logs no CloudWatch ([timeouts de job](https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html)).`,
      `One queue with \`computeEnvironmentOrder\`: Spot at order 1, On-Demand at order 2 ([environment order](https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html)). Two job definitions (protein analysis and aggregation) with the ECR image pinned by digest, declared \`vcpus\` and \`memory\`, their own job role, a per-attempt timeout and CloudWatch logs ([job timeouts](https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html)).`,
    ),
    scaling: l(
      'A fila não tem limite prático de jobs enfileirados para esta carga; o paralelismo é dado pelo `maxvCpus` dos ambientes. Se várias equipes competirem, uma política de fair share por usuário evita que uma amostra enorme segure todas as outras.',
      "The queue has no practical limit on queued jobs for this load; parallelism comes from the environments' `maxvCpus`. If several teams compete, a per-user fair-share policy keeps one huge sample from holding back all others.",
    ),
    failure: l(
      'Um job preso em `RUNNABLE` (capacidade que não chega) é detectado por alarme sobre a idade do job mais antigo; o timeout por tentativa mata jobs travados para que o Step Functions os repita. A fila é regional: a perda de uma AZ só reduz a capacidade dos ambientes.',
      'A job stuck in `RUNNABLE` (capacity that never arrives) is caught by an alarm on the oldest job age; the per-attempt timeout kills hung jobs so Step Functions retries them. The queue is regional: losing an AZ only reduces environment capacity.',
    ),
    security: l(
      `O papel do job lê só \`inputs/{usuário}/{amostra}/\` e grava só \`results/{usuário}/{análise}/\`, com a chave KMS correspondente ([papel IAM do job](https://docs.aws.amazon.com/batch/latest/userguide/job-role.html)); containers rodam como usuário não root, com sistema de arquivos raiz somente leitura.`,
      `The job role reads only \`inputs/{user}/{sample}/\` and writes only \`results/{user}/{analysis}/\`, with the matching KMS key ([job IAM role](https://docs.aws.amazon.com/batch/latest/userguide/job-role.html)); containers run as non-root with a read-only root file system.`,
    ),
    cost: l(
      `A fila e as definições não têm custo; paga-se o que os ambientes lançam ([preços do Batch](${batchPricing})). Declarar \`vcpus\` e \`memory\` próximos do uso real é o que evita pagar instâncias meio vazias.`,
      `The queue and definitions are free; what the environments launch is paid ([Batch pricing](${batchPricing})). Declaring \`vcpus\` and \`memory\` close to real use is what avoids paying for half-empty instances.`,
    ),
  },
  batchSpot: computeEnvironment(true),
  batchOnDemand: computeEnvironment(false),
  eventbridge: {
    why: l(
      'Desacopla quem produz eventos (o S3 ao concluir um upload, o Step Functions ao mudar o estado de uma execução) de quem os consome: a API não faz polling, e um consumidor novo é só mais uma regra.',
      'Decouples event producers (S3 when an upload completes, Step Functions when an execution changes status) from consumers: the API does no polling, and a new consumer is just one more rule.',
    ),
    configuration: l(
      `Barramento padrão com duas regras: \`Object Created\` do bucket de entradas e \`Step Functions Execution Status Change\` da máquina de análise, ambas com alvo na fila SQS de eventos. Cada alvo tem política de retry (o padrão é tentar por 24 horas, até 185 vezes, [retries do EventBridge](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-retry-policy.html)) e uma DLQ própria para o que não for entregue.`,
      `Default bus with two rules: \`Object Created\` from the inputs bucket and \`Step Functions Execution Status Change\` from the analysis machine, both targeting the SQS events queue. Each target has a retry policy (the default retries for 24 hours, up to 185 times, [EventBridge retries](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-retry-policy.html)) and its own DLQ for what cannot be delivered.`,
    ),
    scaling: l(
      `Gerenciado; o limite a observar é a cota de invocações de alvos por segundo da região ([cotas do EventBridge](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html)), muito acima de um evento por arquivo enviado e um por mudança de estado.`,
      `Managed; the limit to watch is the region's target invocations per second quota ([EventBridge quotas](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html)), far above one event per uploaded file and one per status change.`,
    ),
    failure: l(
      'Se a fila estiver indisponível, o EventBridge repete a entrega com backoff; o que esgotar as tentativas vai para a DLQ do alvo, com alarme, em vez de sumir. A métrica `FailedInvocations` tem alarme.',
      'If the queue is unavailable, EventBridge retries delivery with backoff; whatever exhausts its retries goes to the target DLQ, alarmed, instead of vanishing. The `FailedInvocations` metric is alarmed.',
    ),
    security: l(
      'A política da fila só aceita `SendMessage` do serviço EventBridge com a condição `aws:SourceArn` das duas regras; os eventos levam chaves de objeto e ids, não conteúdo.',
      'The queue policy only accepts `SendMessage` from the EventBridge service under the `aws:SourceArn` condition of the two rules; events carry object keys and ids, not content.',
    ),
    cost: l(
      'Eventos de serviços da AWS no barramento padrão não são cobrados; eventos personalizados e entregas entre contas são cobrados por milhão ([preços do EventBridge](https://aws.amazon.com/eventbridge/pricing/)).',
      'AWS service events on the default bus are free; custom events and cross-account deliveries are billed per million ([EventBridge pricing](https://aws.amazon.com/eventbridge/pricing/)).',
    ),
  },
  statusQueue: {
    why: l(
      'Amortece entre o EventBridge e o worker: se o worker estiver fora do ar, sendo implantado ou lento, os eventos esperam na fila em vez de se perderem, e o worker consome no próprio ritmo.',
      'Buffers between EventBridge and the worker: if the worker is down, being deployed or slow, events wait in the queue instead of being lost, and the worker consumes at its own pace.',
    ),
    configuration: l(
      `Fila Standard com SSE-KMS, retenção de 4 dias, visibility timeout de 60 segundos, bem acima do tempo de processamento de um lote ([visibility timeout](${sqsVisibility})), long polling com \`WaitTimeSeconds = 20\` e redrive para a DLQ após 5 recebimentos; a DLQ retém por 14 dias.`,
      `Standard queue with SSE-KMS, 4-day retention, a 60-second visibility timeout, well above a batch's processing time ([visibility timeout](${sqsVisibility})), long polling with \`WaitTimeSeconds = 20\` and redrive to the DLQ after 5 receives; the DLQ retains for 14 days.`,
    ),
    scaling: l(
      `Filas Standard aceitam um número praticamente ilimitado de mensagens por segundo ([cotas do SQS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html)); a vazão é dada pelo número de réplicas do worker, cada uma recebendo até 10 mensagens por chamada. \`ApproximateAgeOfOldestMessage\` tem alarme: se sobe, falta worker.`,
      `Standard queues accept a nearly unlimited number of messages per second ([SQS quotas](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html)); throughput is set by worker replicas, each receiving up to 10 messages per call. \`ApproximateAgeOfOldestMessage\` is alarmed: if it climbs, workers are short.`,
    ),
    failure: l(
      `A entrega é pelo menos uma vez: uma mensagem pode chegar duas vezes, e o worker grava estados de forma idempotente. Uma mensagem que falha 5 vezes vai para a DLQ ([DLQ do SQS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html)); qualquer mensagem na DLQ dispara alarme, e depois da correção ela volta à fila principal por redrive.`,
      `Delivery is at least once: a message can arrive twice, and the worker writes status idempotently. A message failing 5 times goes to the DLQ ([SQS DLQ](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html)); any message in the DLQ raises an alarm, and after the fix it returns to the main queue by redrive.`,
    ),
    security: l(
      'Cifrada com chave KMS do cliente, que a política da chave libera ao EventBridge para cifrar e ao papel do worker para decifrar; só o worker, pelo EKS Pod Identity, recebe e apaga mensagens, e chega à fila pelo VPC endpoint do SQS.',
      'Encrypted with a customer managed KMS key, which the key policy opens to EventBridge to encrypt and to the worker role to decrypt; only the worker, through EKS Pod Identity, receives and deletes messages, reaching the queue through the SQS VPC endpoint.',
    ),
    cost: l(
      'Cobrança por milhão de requisições, com um milhão gratuito por mês; cada bloco de 64 KB de carga conta como uma requisição, e o long polling evita pagar por recebimentos vazios ([preços do SQS](https://aws.amazon.com/sqs/pricing/)). As chamadas ao KMS são reduzidas pelo reaproveitamento da chave de dados.',
      'Billed per million requests, with one million free each month; each 64 KB chunk of payload counts as one request, and long polling avoids paying for empty receives ([SQS pricing](https://aws.amazon.com/sqs/pricing/)). KMS calls are cut by data key reuse.',
    ),
  },
} as const satisfies LayerNotes;
