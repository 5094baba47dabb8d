import type { ComponentId } from '@site/diagrams/model/index';
import { l } from '@site/diagrams/model/text';
import { deploy, destroy } from '../iac';
import type { RunbookPhase } from '../types';

const machine = 'arn:aws:states:sa-east-1:111111111111:stateMachine:espectro-analysis';

export const analysis = {
  id: 'analysis',
  title: l('Pipeline de análise', 'Analysis pipeline'),
  view: 'analysis',
  where: l('Conta de produção, sa-east-1', 'Production account, sa-east-1'),
  creates: [
    'stepFunctions',
    'batchQueue',
    'batchSpot',
    'batchOnDemand',
    'eventbridge',
    'statusQueue',
  ] as const satisfies readonly ComponentId[],
  steps: [
    {
      id: 'analysis-deploy',
      title: l('Implantar Espectro-Analysis', 'Deploy Espectro-Analysis'),
      goal: l(
        'Criar os ambientes de computação do Batch (Spot e sob demanda), a fila e as definições de job, a máquina de estados espectro-analysis, as regras do EventBridge e as filas SQS de status.',
        'Create the Batch compute environments (Spot and on-demand), the job queue and job definitions, the espectro-analysis state machine, the EventBridge rules and the SQS status queues.',
      ),
      prerequisites: [
        l(
          'Espectro-Network, Espectro-Keys e Espectro-Data implantadas.',
          'Espectro-Network, Espectro-Keys and Espectro-Data deployed.',
        ),
        l('Imagem espectro/analysis:1.0.0 no ECR.', 'Image espectro/analysis:1.0.0 in ECR.'),
      ],
      commands: [
        {
          lang: 'bash',
          code: `cd infra
${deploy('Espectro-Analysis')}
aws batch describe-compute-environments --compute-environments espectro-spot espectro-on-demand \\
  --query 'computeEnvironments[].[computeEnvironmentName,state,status]' --output text --region sa-east-1 --profile espectro-prod`,
        },
      ],
      verification: {
        command: `aws stepfunctions describe-state-machine --state-machine-arn ${machine} --query '[status,type]' --output text --region sa-east-1 --profile espectro-prod`,
        expected: 'ACTIVE	STANDARD',
      },
      rollback: {
        text: l(
          'A stack não guarda dados (os resultados ficam no bucket de resultados): destruí-la é seguro sem execuções em andamento.',
          'The stack holds no data (results live in the results bucket): destroying it is safe with no execution running.',
        ),
        command: `cd infra\n${destroy('Espectro-Analysis')}`,
      },
      durationMinutes: 15,
    },
    {
      id: 'analysis-smoke',
      title: l('Análise de fumaça de ponta a ponta', 'End-to-end smoke analysis'),
      goal: l(
        'Enviar um arquivo de proteína de teste, executar a máquina de estados sobre a amostra e ver o resultado e a mensagem de status chegarem.',
        'Upload a test protein file, run the state machine over the sample and see the result and the status message arrive.',
      ),
      prerequisites: [
        l('Espectro-Analysis implantada.', 'Espectro-Analysis deployed.'),
        l(
          'Um arquivo mzML de referência pequeno (P69905.mzML).',
          'A small reference mzML file (P69905.mzML).',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `aws s3 cp P69905.mzML s3://espectro-inputs-111111111111-sa-east-1/inputs/smoke/sample-001/P69905.mzML --profile espectro-prod
EXECUTION_ARN=$(aws stepfunctions start-execution --state-machine-arn ${machine} \\
  --name "smoke-$(date -u +%Y%m%dT%H%M%S)" --input '{"samplePrefix": "inputs/smoke/sample-001/"}' \\
  --query executionArn --output text --region sa-east-1 --profile espectro-prod)
aws stepfunctions get-execution-history --execution-arn "$EXECUTION_ARN" --max-items 20 --query 'events[].type' --output text --profile espectro-prod`,
        },
      ],
      verification: {
        command:
          'aws stepfunctions describe-execution --execution-arn "$EXECUTION_ARN" --query status --output text --region sa-east-1 --profile espectro-prod',
        expected: 'SUCCEEDED',
      },
      rollback: {
        text: l(
          'Apagar o arquivo de teste; o resultado fica sob Object Lock GOVERNANCE e só sai com bypass explícito.',
          'Delete the test file; the result is under Object Lock GOVERNANCE and only goes with an explicit bypass.',
        ),
        command:
          'aws s3 rm s3://espectro-inputs-111111111111-sa-east-1/inputs/smoke/ --recursive --profile espectro-prod',
      },
      durationMinutes: 20,
    },
  ],
} as const satisfies RunbookPhase;
