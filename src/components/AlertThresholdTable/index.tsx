import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';
import ScrollableTable from '../ScrollableTable';
import type { Locale } from '@site/diagrams/model/text';
import { alertThresholds } from '@site/src/slo/alerts';
import { formatDuration, formatNumber, formatPercent } from '@site/src/slo/format';

const words = {
  'pt-BR': {
    caption: (target: string, days: number) =>
      `Alertas de burn rate para a meta de ${target} em ${days} dias`,
    severity: 'Severidade',
    page: 'página (acorda o plantão)',
    ticket: 'ticket',
    longWindow: 'Janela longa',
    shortWindow: 'Janela curta',
    spent: 'Orçamento gasto na janela longa',
    burn: 'Burn rate',
    ratio: 'Taxa de eventos ruins que dispara',
    exhaustion: 'Orçamento acaba em',
    outage: 'Dispara, numa queda total, após',
    unreachable: 'inalcançável (acima de 100%)',
  },
  en: {
    caption: (target: string, days: number) =>
      `Burn-rate alerts for a ${target} target over ${days} days`,
    severity: 'Severity',
    page: 'page (wakes on-call)',
    ticket: 'ticket',
    longWindow: 'Long window',
    shortWindow: 'Short window',
    spent: 'Budget spent over the long window',
    burn: 'Burn rate',
    ratio: 'Bad-event ratio that fires',
    exhaustion: 'Budget gone in',
    outage: 'Fires, in a total outage, after',
    unreachable: 'unreachable (above 100%)',
  },
} as const;

export interface AlertThresholdTableProps {
  readonly targetPercent: number;
  readonly windowDays: number;
  /** Locale override for callers that already know it (the calculator). */
  readonly locale?: Locale;
}

/** The SRE Workbook's three burn-rate alerts for one SLO, computed, never typed by hand. */
export default function AlertThresholdTable({
  targetPercent,
  windowDays,
  locale: given,
}: AlertThresholdTableProps): ReactNode {
  const current = useDocusaurusContext().i18n.currentLocale as Locale;
  const locale = given ?? current;
  const w = words[locale];
  const rows = alertThresholds(targetPercent, windowDays);
  return (
    <ScrollableTable caption={w.caption(formatPercent(targetPercent, locale), windowDays)}>
      <thead>
        <tr>
          <th scope="col">{w.severity}</th>
          <th scope="col">{w.longWindow}</th>
          <th scope="col">{w.shortWindow}</th>
          <th scope="col">{w.spent}</th>
          <th scope="col">{w.burn}</th>
          <th scope="col">{w.ratio}</th>
          <th scope="col">{w.exhaustion}</th>
          <th scope="col">{w.outage}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.longWindowMinutes}>
            <th scope="row">{w[row.severity]}</th>
            <td>{formatDuration(row.longWindowMinutes, locale)}</td>
            <td>{formatDuration(row.shortWindowMinutes, locale)}</td>
            <td>{formatPercent(row.budgetSpentPercent, locale)}</td>
            <td>{formatNumber(row.burnRate, locale)}</td>
            <td>{row.reachable ? formatPercent(row.badRatioPercent, locale) : w.unreachable}</td>
            <td>{formatDuration(row.hoursToExhaustion * 60, locale)}</td>
            <td>
              {row.minutesToFireOnFullOutage === null
                ? '—'
                : formatDuration(row.minutesToFireOnFullOutage, locale)}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
