import type { ComponentId } from '@site/diagrams/model/index';
import { l } from '@site/diagrams/model/text';
import { deploy, destroy, output } from '../iac';
import type { RunbookPhase } from '../types';

export const observability = {
  id: 'observability',
  title: l('Observabilidade e alarmes de SLO', 'Observability and SLO alarms'),
  view: 'observability',
  where: l(
    'Conta de produção, sa-east-1 e us-east-1 (Grafana)',
    'Production account, sa-east-1 and us-east-1 (Grafana)',
  ),
  creates: [
    'cloudwatch',
    'sns',
    'canaries',
    'xray',
    'prometheus',
    'grafana',
  ] as const satisfies readonly ComponentId[],
  steps: [
    {
      id: 'obs-deploy',
      title: l(
        'Implantar Espectro-Observability e Espectro-Grafana',
        'Deploy Espectro-Observability and Espectro-Grafana',
      ),
      goal: l(
        'Criar os tópicos SNS de alerta, os alarmes de SLO por taxa de queima, o painel espectro-slo, o canário da jornada, o workspace do Managed Prometheus e o Managed Grafana em us-east-1.',
        'Create the SNS alert topics, the burn-rate SLO alarms, the espectro-slo dashboard, the journey canary, the Managed Prometheus workspace and Managed Grafana in us-east-1.',
      ),
      prerequisites: [
        l(
          'Espectro-Keys, Espectro-Data e Espectro-Analysis implantadas.',
          'Espectro-Keys, Espectro-Data and Espectro-Analysis deployed.',
        ),
        l(
          'Acesso à caixa oncall@example.com para confirmar a assinatura.',
          'Access to the oncall@example.com mailbox to confirm the subscription.',
        ),
      ],
      commands: [
        {
          lang: 'bash',
          code: `cd infra
${deploy('Espectro-Observability')}
${deploy('Espectro-Grafana')}
# Confirm the "AWS Notification - Subscription Confirmation" e-mail, then:
aws sns list-subscriptions-by-topic --topic-arn ${output('Espectro-Observability', 'AlertsTopicArn')} \\
  --query 'Subscriptions[].[Endpoint,SubscriptionArn]' --output text --profile espectro-prod`,
        },
      ],
      verification: {
        command:
          "aws cloudwatch describe-alarms --alarm-names espectro-analysis-success-burn espectro-status-dlq-not-empty espectro-status-backlog-age espectro-aurora-cpu espectro-canary-journey --query 'length(MetricAlarms)' --region sa-east-1 --profile espectro-prod",
        expected: '5',
      },
      rollback: {
        text: l(
          'Destruir as duas stacks remove alarmes, painel, canário e workspaces (as métricas históricas do CloudWatch permanecem).',
          'Destroying both stacks removes alarms, dashboard, canary and workspaces (CloudWatch metric history stays).',
        ),
        command: `cd infra\n${destroy('Espectro-Grafana')}\n${destroy('Espectro-Observability')}`,
      },
      durationMinutes: 20,
    },
    {
      id: 'obs-alarm-path',
      title: l('Testar o caminho do alarme e o canário', 'Test the alarm path and the canary'),
      goal: l(
        'Provar que um alarme chega ao plantão: forçar o estado ALARM de um alarme, ver o e-mail, e confirmar que o canário da jornada passa.',
        'Prove an alarm reaches on-call: force a single alarm to ALARM, see the e-mail, and confirm the journey canary passes.',
      ),
      prerequisites: [l('Assinatura SNS confirmada.', 'SNS subscription confirmed.')],
      commands: [
        {
          lang: 'bash',
          code: `aws cloudwatch set-alarm-state --alarm-name espectro-status-dlq-not-empty --state-value ALARM \\
  --state-reason "Runbook: alarm path test" --region sa-east-1 --profile espectro-prod
aws cloudwatch describe-alarm-history --alarm-name espectro-status-dlq-not-empty --history-item-type Action \\
  --max-items 1 --query 'AlarmHistoryItems[0].HistorySummary' --output text --region sa-east-1 --profile espectro-prod
aws synthetics get-canary-runs --name ${output('Espectro-Observability', 'CanaryName')} --max-results 1 \\
  --query 'CanaryRuns[0].Status.State' --output text --region sa-east-1 --profile espectro-prod`,
        },
      ],
      verification: {
        command: `aws synthetics get-canary-runs --name ${output('Espectro-Observability', 'CanaryName')} --max-results 1 --query 'CanaryRuns[0].Status.State' --output text --region sa-east-1 --profile espectro-prod`,
        expected: 'PASSED',
      },
      rollback: {
        text: l(
          'O alarme volta sozinho a OK na próxima avaliação; para fechar já:',
          'The alarm returns to OK on its own at the next evaluation; to close it now:',
        ),
        command:
          'aws cloudwatch set-alarm-state --alarm-name espectro-status-dlq-not-empty --state-value OK --state-reason "Runbook: test over" --region sa-east-1 --profile espectro-prod',
      },
      durationMinutes: 10,
    },
  ],
} as const satisfies RunbookPhase;
