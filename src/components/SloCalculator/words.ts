/** The calculator's strings; error messages are per field, in the reader's language. */
export const words = {
  'pt-BR': {
    title: 'Calculadora de SLO e error budget',
    target: 'Meta do SLO (%)',
    window: 'Janela (dias)',
    events: 'Eventos válidos na janela (opcional)',
    burn: 'Burn rate observado',
    remaining: 'Orçamento ainda disponível (%)',
    results: 'Resultado',
    budget: 'Error budget',
    minutes: 'Tempo de queda total que a janela absorve',
    allowedEvents: 'Eventos ruins tolerados na janela',
    noEvents: 'informe os eventos da janela',
    exhaustion: 'Com esse burn rate, o orçamento restante acaba em',
    fix: 'Corrija os campos marcados para ver o resultado.',
    errors: {
      targetPercent: 'Use uma porcentagem maior que 0 e menor que 100, como 99,9.',
      windowDays: 'Use um número inteiro de dias, de 1 a 366.',
      totalEvents: 'Use um número inteiro, 0 ou maior, ou deixe em branco.',
      burnRate: 'Use um número 0 ou maior, como 14,4.',
      remainingPercent: 'Use uma porcentagem de 0 a 100.',
      longWindowMinutes:
        'A janela do SLO é curta demais para o alerta de 3 dias: use 3 dias ou mais.',
    },
  },
  en: {
    title: 'SLO and error-budget calculator',
    target: 'SLO target (%)',
    window: 'Window (days)',
    events: 'Valid events in the window (optional)',
    burn: 'Observed burn rate',
    remaining: 'Budget still left (%)',
    results: 'Result',
    budget: 'Error budget',
    minutes: 'Total-outage time the window absorbs',
    allowedEvents: 'Bad events tolerated in the window',
    noEvents: 'enter the window’s events',
    exhaustion: 'At this burn rate, the remaining budget is gone in',
    fix: 'Correct the marked fields to see the result.',
    errors: {
      targetPercent: 'Use a percentage above 0 and below 100, such as 99.9.',
      windowDays: 'Use a whole number of days, from 1 to 366.',
      totalEvents: 'Use a whole number, 0 or more, or leave it blank.',
      burnRate: 'Use a number of 0 or more, such as 14.4.',
      remainingPercent: 'Use a percentage from 0 to 100.',
      longWindowMinutes: 'The SLO window is too short for the 3-day alert: use 3 days or more.',
    },
  },
} as const;

export type FieldName = keyof (typeof words)['en']['errors'];
