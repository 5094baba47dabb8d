import { l, type Text } from '../model/text';

/**
 * What capacity needs beyond the cost model's assumptions. The cost model sizes a month; capacity
 * must also say when in the month the work happens.
 */
export interface CapacityAssumption {
  readonly value: number;
  readonly what: Text;
}

export const capacityAssumptions = {
  /** Labs upload and start analyses on working days, in office hours, not round the clock. */
  workingDaysPerMonth: {
    value: 22,
    what: l('dias úteis por mês', 'working days per month'),
  },
  busyHoursPerDay: {
    value: 10,
    what: l(
      'horas de um dia útil em que chegam uploads, análises e acessos',
      'hours of a working day in which uploads, analyses and visits arrive',
    ),
  },
  /** The cost model gives web + API vCPUs together; pages and API calls split them evenly. */
  webShareOfFrontVCpu: {
    value: 0.5,
    what: l(
      'parcela das vCPUs de front que vai para o web (o resto é da API)',
      'share of front-end vCPUs that goes to web (the rest is the API)',
    ),
  },
} as const satisfies Record<string, CapacityAssumption>;
