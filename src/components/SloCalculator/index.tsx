import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useId, useState, type ReactNode } from 'react';
import type { Locale } from '@site/diagrams/model/text';
import { formatDuration, formatNumber, formatPercent } from '@site/src/slo/format';
import AlertThresholdTable from '../AlertThresholdTable';
import { calculate, type CalculatorInput } from './compute';
import styles from './styles.module.css';
import { words, type FieldName } from './words';

interface FieldProps {
  readonly id: string;
  readonly name: keyof CalculatorInput;
  readonly label: string;
  readonly value: string;
  readonly error?: string;
  readonly onChange: (name: keyof CalculatorInput, value: string) => void;
}

function Field({ id, name, label, value, error, onChange }: FieldProps): ReactNode {
  const inputId = `${id}-${name}`;
  const errorId = `${inputId}-error`;
  return (
    <div className={styles.field}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(name, event.target.value)}
      />
      {error ? (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Target and window -> budget; burn rate -> time to exhaustion; and the Workbook's alert table
 * for the chosen target. All arithmetic lives in src/slo/ and is unit-tested there.
 */
export default function SloCalculator(): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const w = words[locale];
  const id = useId();
  const [input, setInput] = useState<CalculatorInput>({
    targetPercent: locale === 'pt-BR' ? '99,9' : '99.9',
    windowDays: '30',
    totalEvents: '',
    burnRate: locale === 'pt-BR' ? '14,4' : '14.4',
    remainingPercent: '100',
  });
  const result = calculate(input);
  const error = (field: FieldName) => (result.errors[field] ? w.errors[field] : undefined);
  const onChange = (name: keyof CalculatorInput, value: string) =>
    setInput((previous) => ({ ...previous, [name]: value }));
  const field = (name: keyof CalculatorInput, label: string, fieldError?: string) => (
    <Field
      id={id}
      name={name}
      label={label}
      value={input[name]}
      onChange={onChange}
      {...(fieldError ? { error: fieldError } : {})}
    />
  );
  const { budget } = result;
  return (
    <section className={styles.calculator} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        {w.title}
      </h3>
      <form className={styles.form} onSubmit={(event) => event.preventDefault()} noValidate>
        {field('targetPercent', w.target, error('targetPercent'))}
        {field('windowDays', w.window, error('windowDays') ?? error('longWindowMinutes'))}
        {field('totalEvents', w.events, error('totalEvents'))}
        {field('burnRate', w.burn, error('burnRate'))}
        {field('remainingPercent', w.remaining, error('remainingPercent'))}
      </form>
      <div aria-live="polite" className={styles.results}>
        <h4 className={styles.subtitle}>{w.results}</h4>
        {budget ? (
          <dl className={styles.figures}>
            <dt>{w.budget}</dt>
            <dd>{formatPercent(budget.budgetFraction * 100, locale, 4)}</dd>
            <dt>{w.minutes}</dt>
            <dd>{formatDuration(budget.allowedBadMinutes, locale)}</dd>
            <dt>{w.allowedEvents}</dt>
            <dd>
              {result.allowedEvents === undefined
                ? w.noEvents
                : formatNumber(result.allowedEvents, locale)}
            </dd>
            <dt>{w.exhaustion}</dt>
            <dd>
              {result.hoursToExhaustion === undefined
                ? '—'
                : formatDuration(result.hoursToExhaustion * 60, locale)}
            </dd>
          </dl>
        ) : (
          <p>{w.fix}</p>
        )}
        {budget && result.alerts ? (
          <AlertThresholdTable
            targetPercent={budget.targetPercent}
            windowDays={budget.windowDays}
            locale={locale}
          />
        ) : null}
      </div>
    </section>
  );
}
