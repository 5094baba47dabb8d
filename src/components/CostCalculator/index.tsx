import { useId, useMemo, useState, type ReactNode } from 'react';
import {
  assumptionKeys,
  assumptionLabels,
  byComponent,
  formatNumber,
  formatUsd,
  scaleIds,
  scales,
  unverifiedPrices,
  type AssumptionKey,
  type InputProblem,
  type ScaleId,
  type UnverifiedPriceId,
} from '@site/diagrams/cost';
import ComponentName from '@site/src/components/CostTables/ComponentName';
import { useLocale } from '@site/src/components/CostTables/useLocale';
import type { Locale } from '@site/diagrams/model/text';
import { compute, type Draft, type PriceDraft } from './compute';
import styles from './styles.module.css';
import { words } from './words';

/** The assumptions the reader changes; the rest come from the chosen scale. */
const mainKeys: readonly AssumptionKey[] = [
  'monthlyActiveUsers',
  'peakConcurrentUsers',
  'samplesPerMonth',
  'filesPerSample',
  'inputFileMiB',
  'resultMiBPerFile',
  'analysisMinutesPerFile',
  'vCpuPerJob',
  'spotShare',
  'downloadsPerResult',
];

const priceIds = Object.keys(unverifiedPrices) as UnverifiedPriceId[];

function draftOf(scale: ScaleId): Draft {
  const a = scales[scale].assumptions;
  return Object.fromEntries(assumptionKeys.map((k) => [k, String(a[k])])) as Draft;
}

function fieldLabel(key: AssumptionKey | UnverifiedPriceId, locale: Locale): string {
  return key in unverifiedPrices
    ? `US$ / ${unverifiedPrices[key as UnverifiedPriceId].unit[locale]}`
    : assumptionLabels[key as AssumptionKey][locale];
}

function describe(problem: InputProblem, w: (typeof words)[Locale], locale: Locale): string {
  switch (problem.kind) {
    case 'notNumber':
      return w.notANumber;
    case 'integer':
      return w.integer;
    case 'range':
      return !Number.isFinite(problem.max)
        ? w.nonNegative
        : w.range(formatNumber(problem.min, locale, 2), formatNumber(problem.max, locale, 0));
    case 'tooManyParts':
      return w.tooManyParts(
        formatNumber(problem.parts, locale),
        formatNumber(problem.maxParts, locale),
      );
  }
}

/** Monthly total and breakdown from the same pure functions as the tables of this page. */
export default function CostCalculator(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const id = useId();
  const [scale, setScale] = useState<ScaleId>('typical');
  const [draft, setDraft] = useState<Draft>(() => draftOf('typical'));
  const [prices, setPrices] = useState<PriceDraft>({});
  const outcome = useMemo(() => compute(draft, prices), [draft, prices]);
  const errorId = `${id}-error`;

  const field = (
    key: AssumptionKey | UnverifiedPriceId,
    label: string,
    value: string,
    onChange: (v: string) => void,
  ) => {
    const inputId = `${id}-${key}`;
    const invalid = !outcome.ok && outcome.field === key;
    return (
      <div className={styles.field} key={key}>
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          type="number"
          inputMode="decimal"
          step="any"
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    );
  };

  return (
    <section className={styles.calculator} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        {w.title}
      </h3>
      <div className={styles.field}>
        <label htmlFor={`${id}-scale`}>{w.start}</label>
        <select
          id={`${id}-scale`}
          value={scale}
          onChange={(e) => {
            const next = e.target.value as ScaleId;
            setScale(next);
            setDraft(draftOf(next));
          }}
        >
          {scaleIds.map((s) => (
            <option key={s} value={s}>
              {scales[s].label[locale]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className={styles.group}>
        <legend>{w.main}</legend>
        <div className={styles.grid}>
          {mainKeys.map((key) =>
            field(key, assumptionLabels[key][locale], draft[key], (v) =>
              setDraft((d) => ({ ...d, [key]: v })),
            ),
          )}
        </div>
        <p className={styles.hint}>{w.others}</p>
      </fieldset>
      <details className={styles.group}>
        <summary>{w.readerPrices}</summary>
        <p className={styles.hint}>{w.readerHint}</p>
        <div className={styles.grid}>
          {priceIds.map((pid) =>
            field(pid, `US$ / ${unverifiedPrices[pid].unit[locale]}`, prices[pid] ?? '', (v) =>
              setPrices((p) => ({ ...p, [pid]: v })),
            ),
          )}
        </div>
      </details>
      <div aria-live="polite" className={styles.result}>
        {outcome.ok ? (
          <>
            <p className={styles.total}>
              {w.total}: <strong>{formatUsd(outcome.cost.totalUsd, locale)}</strong>
            </p>
            <p className={styles.hint}>
              {formatUsd(outcome.cost.sourcedUsd, locale)} {w.sourced} +{' '}
              {formatUsd(outcome.cost.readerUsd, locale)} {w.reader}.{' '}
              {w.missing(outcome.cost.missing.length)}.
            </p>
          </>
        ) : (
          <p id={errorId} className={styles.error} role="alert">
            {w.invalid} {fieldLabel(outcome.field, locale)}: {describe(outcome.problem, w, locale)}
          </p>
        )}
      </div>
      {outcome.ok ? (
        <table className={styles.breakdown}>
          <caption>{w.breakdown}</caption>
          <thead>
            <tr>
              <th scope="col">{w.component}</th>
              <th scope="col">{w.monthly}</th>
            </tr>
          </thead>
          <tbody>
            {byComponent(outcome.cost).map((row) => (
              <tr key={row.component}>
                <th scope="row">
                  <ComponentName id={row.component} locale={locale} />
                </th>
                <td>{row.usd === null ? <em>{w.notPriced}</em> : formatUsd(row.usd, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
