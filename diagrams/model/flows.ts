import type { ComponentId } from './components';
import { l } from './text';
import type { FlowDef } from './types';

export const flows = {
  upload: {
    title: l('Upload de uma amostra direto para o S3', 'Uploading a sample straight to S3'),
    participants: [
      'scientist',
      'api',
      'auroraWriter',
      'inputsBucket',
      'eventbridge',
      'statusQueue',
      'worker',
    ],
    steps: [
      {
        from: 'scientist',
        to: 'api',
        message: l(
          'POST /samples/{id}/files (nome, tamanho, SHA-256 por proteína)',
          'POST /samples/{id}/files (name, size, SHA-256 per protein)',
        ),
        note: l(
          'Via CloudFront, WAF e ALB; JWT do Cognito',
          'Through CloudFront, WAF and ALB; Cognito JWT',
        ),
      },
      {
        from: 'api',
        to: 'auroraWriter',
        message: l('INSERT sample_file (status pending)', 'INSERT sample_file (status pending)'),
      },
      {
        from: 'api',
        to: 'inputsBucket',
        message: l(
          'CreateMultipartUpload (SSE-KMS, ChecksumAlgorithm SHA256)',
          'CreateMultipartUpload (SSE-KMS, ChecksumAlgorithm SHA256)',
        ),
      },
      {
        from: 'api',
        to: 'scientist',
        reply: true,
        message: l(
          'uploadId + URLs pré-assinadas por parte (15 min)',
          'uploadId + presigned URL per part (15 min)',
        ),
      },
      {
        from: 'scientist',
        to: 'inputsBucket',
        message: l(
          'PUT das partes em paralelo (x-amz-checksum-sha256)',
          'PUT parts in parallel (x-amz-checksum-sha256)',
        ),
        note: l('Os bytes nunca passam pelos pods', 'File bytes never pass through the pods'),
      },
      {
        from: 'scientist',
        to: 'api',
        message: l(
          'POST .../complete (ETags e checksums das partes)',
          'POST .../complete (part ETags and checksums)',
        ),
      },
      {
        from: 'api',
        to: 'inputsBucket',
        message: l('CompleteMultipartUpload', 'CompleteMultipartUpload'),
      },
      { from: 'inputsBucket', to: 'eventbridge', message: l('Object Created', 'Object Created') },
      {
        from: 'eventbridge',
        to: 'statusQueue',
        message: l('regra upload-completed', 'upload-completed rule'),
      },
      {
        from: 'worker',
        to: 'statusQueue',
        message: l('ReceiveMessage (long polling)', 'ReceiveMessage (long polling)'),
      },
      {
        from: 'worker',
        to: 'inputsBucket',
        message: l(
          'HeadObject: tamanho, checksum, prefixo do dono',
          'HeadObject: size, checksum, owner prefix',
        ),
      },
      {
        from: 'worker',
        to: 'auroraWriter',
        message: l(
          'UPDATE sample_file (status validated)',
          'UPDATE sample_file (status validated)',
        ),
      },
      {
        from: 'api',
        to: 'scientist',
        reply: true,
        message: l('amostra completa: análise liberada', 'sample complete: analysis enabled'),
      },
    ],
  },
  analysis: {
    title: l(
      'Análise sob demanda, do clique ao resultado',
      'On-demand analysis, from click to result',
    ),
    participants: [
      'scientist',
      'api',
      'auroraWriter',
      'stepFunctions',
      'batchQueue',
      'inputsBucket',
      'resultsBucket',
      'eventbridge',
      'worker',
    ],
    steps: [
      {
        from: 'scientist',
        to: 'api',
        message: l('POST /samples/{id}/analyses', 'POST /samples/{id}/analyses'),
      },
      {
        from: 'api',
        to: 'auroraWriter',
        message: l('INSERT analysis (status queued)', 'INSERT analysis (status queued)'),
      },
      {
        from: 'api',
        to: 'stepFunctions',
        message: l('StartExecution name=analysis-{id}', 'StartExecution name=analysis-{id}'),
        note: l(
          'Mesmo nome = mesma execução: repetir é seguro',
          'Same name = same execution: retrying is safe',
        ),
      },
      {
        from: 'api',
        to: 'scientist',
        reply: true,
        message: l('202 Accepted + id da análise', '202 Accepted + analysis id'),
      },
      {
        from: 'stepFunctions',
        to: 'batchQueue',
        message: l(
          'Map: SubmitJob .sync por arquivo de proteína',
          'Map: SubmitJob .sync per protein file',
        ),
      },
      {
        from: 'batchQueue',
        to: 'inputsBucket',
        message: l('job lê o arquivo da proteína', 'job reads the protein file'),
      },
      {
        from: 'batchQueue',
        to: 'resultsBucket',
        message: l('job grava o resultado da proteína', 'job writes the protein result'),
      },
      {
        from: 'batchQueue',
        to: 'stepFunctions',
        reply: true,
        message: l('job SUCCEEDED', 'job SUCCEEDED'),
      },
      {
        from: 'stepFunctions',
        to: 'resultsBucket',
        message: l('agregação: relatório da amostra', 'aggregation: sample report'),
      },
      {
        from: 'stepFunctions',
        to: 'eventbridge',
        message: l('Execution Status Change: SUCCEEDED', 'Execution Status Change: SUCCEEDED'),
      },
      { from: 'eventbridge', to: 'worker', message: l('via SQS', 'via SQS') },
      {
        from: 'worker',
        to: 'auroraWriter',
        message: l('UPDATE analysis (status succeeded)', 'UPDATE analysis (status succeeded)'),
      },
      {
        from: 'scientist',
        to: 'api',
        message: l('GET /analyses/{id}/results', 'GET /analyses/{id}/results'),
      },
      {
        from: 'api',
        to: 'scientist',
        reply: true,
        message: l('URLs pré-assinadas de download', 'presigned download URLs'),
      },
    ],
  },
} as const satisfies Record<string, FlowDef<ComponentId>>;

export type FlowId = keyof typeof flows;
