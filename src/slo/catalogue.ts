/**
 * Espectro's SLOs: what each promises, over which window. The SLO page renders this table and
 * computes every budget column from it with the same functions as the calculator, and the
 * worked postmortem measures its impact against these targets.
 */
import { l, type Text } from '../../diagrams/model/text';

export interface SloDef {
  readonly name: Text;
  /** Good events over valid events, in one line. */
  readonly sli: Text;
  readonly targetPercent: number;
  readonly windowDays: number;
  /** Anchor of the section on the SLO page that argues it. */
  readonly anchor: string;
}

export const slos = {
  webAvailability: {
    name: l('Disponibilidade do web e da API', 'Web and API availability'),
    sli: l(
      'requisições respondidas sem 5xx ÷ requisições válidas, no ALB',
      'requests answered without a 5xx ÷ valid requests, at the ALB',
    ),
    targetPercent: 99.9,
    windowDays: 30,
    anchor: 'availability',
  },
  apiLatency: {
    name: l('Latência da API', 'API latency'),
    sli: l(
      'requisições da API respondidas em até 1 s ÷ requisições da API bem-sucedidas',
      'API requests answered within 1 s ÷ successful API requests',
    ),
    targetPercent: 99,
    windowDays: 30,
    anchor: 'latency',
  },
  uploadSuccess: {
    name: l('Sucesso do upload', 'Upload success'),
    sli: l(
      'arquivos que chegam a `validated` ÷ arquivos cujo envio o navegador concluiu',
      'files that reach `validated` ÷ files whose upload the browser completed',
    ),
    targetPercent: 99.5,
    windowDays: 30,
    anchor: 'upload-success',
  },
  analysisSuccess: {
    name: l('Sucesso da análise', 'Analysis success'),
    sli: l(
      'execuções `SUCCEEDED` ÷ execuções terminadas (sucesso, falha, timeout, abortadas pelo sistema)',
      'executions `SUCCEEDED` ÷ finished executions (success, failure, timeout, aborted by the system)',
    ),
    targetPercent: 99,
    windowDays: 30,
    anchor: 'analysis-success',
  },
  timeToResult: {
    name: l('Tempo até o resultado', 'Time to result'),
    sli: l(
      'análises com resultado visível em até 2 h do pedido ÷ análises bem-sucedidas',
      'analyses whose result is visible within 2 h of the request ÷ successful analyses',
    ),
    targetPercent: 95,
    windowDays: 30,
    anchor: 'time-to-result',
  },
} as const satisfies Record<string, SloDef>;

export type SloId = keyof typeof slos;
