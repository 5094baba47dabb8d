import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';
import ScrollableTable from '../ScrollableTable';
import type { Locale } from '@site/diagrams/model/text';
import { allowedBadEvents, errorBudget } from '@site/src/slo/budget';
import { slos, type SloDef } from '@site/src/slo/catalogue';
import { formatDuration, formatNumber, formatPercent } from '@site/src/slo/format';

const words = {
  'pt-BR': {
    caption: 'Os SLOs do Espectro e os orçamentos que decorrem deles',
    slo: 'SLO',
    sli: 'SLI (eventos bons ÷ eventos válidos)',
    target: 'Meta',
    window: 'Janela',
    days: (n: number) => `${n} dias`,
    budget: 'Error budget',
    outage: 'Equivale a uma queda total de',
    per10k: 'Eventos ruins tolerados a cada 10.000',
  },
  en: {
    caption: "Espectro's SLOs and the budgets that follow from them",
    slo: 'SLO',
    sli: 'SLI (good events ÷ valid events)',
    target: 'Target',
    window: 'Window',
    days: (n: number) => `${n} days`,
    budget: 'Error budget',
    outage: 'Equals a total outage of',
    per10k: 'Bad events tolerated per 10,000',
  },
} as const;

/** Renders inline `code` spans written with backticks in the SLI text. */
function withCode(text: string): ReactNode[] {
  return text
    .split(/(`[^`]+`)/)
    .map((part, i) => (part.startsWith('`') ? <code key={i}>{part.slice(1, -1)}</code> : part));
}

/** The SLO table; every number after the target and window is computed. */
export default function SloCatalogue(): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const w = words[locale];
  const entries = Object.entries(slos) as [string, SloDef][];
  return (
    <ScrollableTable caption={w.caption}>
      <thead>
        <tr>
          <th scope="col">{w.slo}</th>
          <th scope="col">{w.sli}</th>
          <th scope="col">{w.target}</th>
          <th scope="col">{w.window}</th>
          <th scope="col">{w.budget}</th>
          <th scope="col">{w.outage}</th>
          <th scope="col">{w.per10k}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([id, slo]) => {
          const budget = errorBudget(slo.targetPercent, slo.windowDays);
          return (
            <tr key={id}>
              <th scope="row">
                <Link to={`#${slo.anchor}`}>{slo.name[locale]}</Link>
              </th>
              <td>{withCode(slo.sli[locale])}</td>
              <td>{formatPercent(slo.targetPercent, locale)}</td>
              <td>{w.days(slo.windowDays)}</td>
              <td>{formatPercent(budget.budgetFraction * 100, locale)}</td>
              <td>{formatDuration(budget.allowedBadMinutes, locale)}</td>
              <td>{formatNumber(allowedBadEvents(slo.targetPercent, 10_000), locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}
