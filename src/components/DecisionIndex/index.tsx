import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import { useLocale } from '@site/src/components/CostTables/useLocale';
import { decisions, statusLabels } from './decisions';

const words = {
  'pt-BR': {
    number: 'Nº',
    title: 'Decisão',
    status: 'Status',
    date: 'Data',
    summary: 'Em uma linha',
  },
  en: { number: 'No.', title: 'Decision', status: 'Status', date: 'Date', summary: 'In one line' },
} as const;

/** The list of architecture decision records, from the typed list the contract test checks. */
export default function DecisionIndex(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{w.number}</th>
          <th scope="col">{w.title}</th>
          <th scope="col">{w.status}</th>
          <th scope="col">{w.date}</th>
          <th scope="col">{w.summary}</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((d) => (
          <tr key={d.file}>
            <td>{String(d.number).padStart(4, '0')}</td>
            <th scope="row">
              <Link to={`/docs/decisions/${d.file}`}>{d.title[locale]}</Link>
            </th>
            <td>{statusLabels[d.status][locale]}</td>
            <td>{d.date}</td>
            <td>{d.decision[locale]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
