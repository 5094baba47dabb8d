import type { ComponentId } from './components';
import { l } from './text';
import type { StateMachineDef } from './types';

type AnalysisState =
  | 'ListProteinFiles'
  | 'RunProteinJobs'
  | 'AnalyseProtein'
  | 'Aggregate'
  | 'RecordFailure'
  | 'AnalysisFailed'
  | 'AnalysisSucceeded';

/** The analysis workflow; the Step Functions definition in the IaC follows these states. */
export const analysisStateMachine = {
  title: l('Máquina de estados da análise', 'Analysis state machine'),
  startAt: 'ListProteinFiles',
  states: {
    ListProteinFiles: {
      type: 'Task',
      resource: 'inputsBucket',
      label: l(
        'Lista os arquivos da amostra (S3 ListObjectsV2)',
        'List the sample files (S3 ListObjectsV2)',
      ),
      next: 'RunProteinJobs',
      catchTo: 'RecordFailure',
    },
    RunProteinJobs: {
      type: 'Map',
      resource: 'batchQueue',
      label: l('Map: um job por proteína', 'Map: one job per protein'),
      iterator: ['AnalyseProtein'],
      next: 'Aggregate',
      catchTo: 'RecordFailure',
    },
    AnalyseProtein: {
      type: 'Task',
      resource: 'batchQueue',
      label: l('Batch SubmitJob .sync', 'Batch SubmitJob .sync'),
      retry: l(
        'Spot reclamado: nova tentativa no Batch; erro de API: backoff 2x',
        'Spot reclaimed: Batch retries; API error: 2x backoff',
      ),
    },
    Aggregate: {
      type: 'Task',
      resource: 'batchQueue',
      label: l(
        'Agrega o relatório da amostra (Batch .sync)',
        'Aggregate the sample report (Batch .sync)',
      ),
      next: 'AnalysisSucceeded',
      catchTo: 'RecordFailure',
      retry: l('Erro de API: 2 tentativas', 'API error: 2 attempts'),
    },
    RecordFailure: {
      type: 'Pass',
      label: l('Registra a causa do erro', 'Record the error cause'),
      next: 'AnalysisFailed',
    },
    AnalysisFailed: { type: 'Fail', label: l('Falhou', 'Failed') },
    AnalysisSucceeded: { type: 'Succeed', label: l('Concluída', 'Succeeded') },
  },
} as const satisfies StateMachineDef<AnalysisState, ComponentId>;
