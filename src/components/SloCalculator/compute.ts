/**
 * The calculator's state -> results, kept out of the component so it stays a plain function:
 * each input is parsed (comma or dot decimals), handed to the SLO functions, and a bad value
 * comes back as an error on the field the SLO functions named.
 */
import { alertThresholds, type AlertThreshold } from '../../slo/alerts';
import {
  allowedBadEvents,
  errorBudget,
  hoursToExhaustion,
  SloInputError,
  type ErrorBudget,
} from '../../slo/budget';
import type { FieldName } from './words';

export interface CalculatorInput {
  readonly targetPercent: string;
  readonly windowDays: string;
  readonly totalEvents: string;
  readonly burnRate: string;
  readonly remainingPercent: string;
}

export interface CalculatorResult {
  readonly errors: Partial<Record<FieldName, true>>;
  readonly budget?: ErrorBudget;
  readonly allowedEvents?: number;
  readonly hoursToExhaustion?: number;
  readonly alerts?: readonly AlertThreshold[];
}

/** "99,9" and "99.9" are the same number; an empty or unparsable field is NaN. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' || !/^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(trimmed)
    ? Number.NaN
    : Number(trimmed);
}

const fields = new Set<string>([
  'targetPercent',
  'windowDays',
  'totalEvents',
  'burnRate',
  'remainingPercent',
  'longWindowMinutes',
]);

function attempt<T>(errors: Partial<Record<FieldName, true>>, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof SloInputError && fields.has(error.field)) {
      errors[error.field as FieldName] = true;
      return undefined;
    }
    throw error;
  }
}

export function calculate(input: CalculatorInput): CalculatorResult {
  const errors: Partial<Record<FieldName, true>> = {};
  const target = parseDecimal(input.targetPercent);
  const days = parseDecimal(input.windowDays);
  const budget = attempt(errors, () => errorBudget(target, days));
  // errorBudget stops at the first bad field; check the window on its own too, so both show.
  attempt(errors, () => errorBudget(50, days));
  const events = input.totalEvents.trim() === '' ? undefined : parseDecimal(input.totalEvents);
  const allowedEvents =
    events === undefined
      ? undefined
      : attempt(errors, () => {
          if (Number.isNaN(events)) throw new SloInputError('totalEvents', 'not a number');
          return budget ? allowedBadEvents(budget.targetPercent, events) : undefined;
        });
  const burn = parseDecimal(input.burnRate);
  const remaining = parseDecimal(input.remainingPercent);
  const hours = attempt(errors, () => hoursToExhaustion(burn, budget ? days : 30, remaining));
  // As above: the remaining share is checked on its own so a bad burn rate does not hide it.
  attempt(errors, () => hoursToExhaustion(1, 30, remaining));
  const alerts = budget ? attempt(errors, () => alertThresholds(target, days)) : undefined;
  return {
    errors,
    ...(budget ? { budget } : {}),
    ...(allowedEvents !== undefined ? { allowedEvents } : {}),
    ...(hours !== undefined && budget ? { hoursToExhaustion: hours } : {}),
    ...(alerts ? { alerts } : {}),
  };
}
