import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';
import ScrollableTable from '../ScrollableTable';
import type { Locale } from '@site/diagrams/model/text';
import { allowedBadEvents, budgetSpentByEvents, burnRate } from '@site/src/slo/budget';
import { slos } from '@site/src/slo/catalogue';
import { formatNumber, formatPercent } from '@site/src/slo/format';
import { incidentImpact } from '@site/src/slo/incident';

const words = {
  'pt-BR': {
    caption: 'Impacto do incidente em cada SLO (janela de 30 dias)',
    slo: 'SLO',
    target: 'Meta',
    bad: 'Eventos ruins no incidente',
    during: 'Eventos válidos no incidente',
    burn: 'Burn rate médio no incidente',
    allowed: 'Eventos ruins que a janela tolera',
    spent: 'Orçamento da janela consumido',
  },
  en: {
    caption: 'Impact of the incident on each SLO (30-day window)',
    slo: 'SLO',
    target: 'Target',
    bad: 'Bad events in the incident',
    during: 'Valid events in the incident',
    burn: 'Mean burn rate in the incident',
    allowed: 'Bad events the window tolerates',
    spent: "Window's budget spent",
  },
} as const;

/** The postmortem's impact, computed from the measured counts with the calculator's functions. */
export default function IncidentImpact(): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const w = words[locale];
  return (
    <ScrollableTable caption={w.caption}>
      <thead>
        <tr>
          <th scope="col">{w.slo}</th>
          <th scope="col">{w.target}</th>
          <th scope="col">{w.bad}</th>
          <th scope="col">{w.during}</th>
          <th scope="col">{w.burn}</th>
          <th scope="col">{w.allowed}</th>
          <th scope="col">{w.spent}</th>
        </tr>
      </thead>
      <tbody>
        {incidentImpact.map((row) => {
          const slo = slos[row.slo];
          const badRatioPercent = (row.badEvents / row.incidentEvents) * 100;
          return (
            <tr key={row.slo}>
              <th scope="row">{slo.name[locale]}</th>
              <td>{formatPercent(slo.targetPercent, locale)}</td>
              <td>{formatNumber(row.badEvents, locale)}</td>
              <td>{formatNumber(row.incidentEvents, locale)}</td>
              <td>{formatNumber(burnRate(slo.targetPercent, badRatioPercent), locale, 1)}</td>
              <td>{formatNumber(allowedBadEvents(slo.targetPercent, row.windowEvents), locale)}</td>
              <td>
                {formatPercent(
                  budgetSpentByEvents(slo.targetPercent, row.badEvents, row.windowEvents) * 100,
                  locale,
                  1,
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}
