import CodeBlock from '@theme/CodeBlock';
import type { ReactNode } from 'react';
import {
  capacity,
  capacityAssumptions,
  configured,
  limits,
  quotaCommands,
  quotaRequests,
} from '@site/diagrams/capacity';
import { scales } from '@site/diagrams/cost/assumptions';
import { formatNumber } from '@site/diagrams/cost/format';
import type { Locale } from '@site/diagrams/model/text';
import { useLocale } from '../CostTables/useLocale';

const n = (value: number, locale: Locale, decimals = 0) => formatNumber(value, locale, decimals);
const peakReport = () => capacity(scales.peak.assumptions);

/** Two columns, a named figure and its value: the shape of most tables on the capacity page. */
function ValueTable({
  locale,
  heading,
  rows,
}: {
  locale: Locale;
  heading: { en: string; pt: string };
  rows: readonly (readonly [ReactNode, ReactNode, string?])[];
}): ReactNode {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{locale === 'en' ? heading.en : heading.pt}</th>
          <th scope="col">{locale === 'en' ? 'Value' : 'Valor'}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([k, v, key], i) => (
          <tr key={key ?? (typeof k === 'string' ? k : i)}>
            <th scope="row">{k}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The sizes the stacks deploy, read from infra/lib/sizing.ts. */
export function ConfiguredTable(): ReactNode {
  const locale = useLocale();
  const { workloads, nodes, nodePool, batch, database, zones } = configured;
  const en = locale === 'en';
  const rows: [string, string][] = [
    ...(['web', 'api', 'worker'] as const).map((w): [string, string] => [
      en
        ? `${w}: HPA replicas, CPU/memory request`
        : `${w}: réplicas no HPA, request de CPU/memória`,
      `${workloads[w].minReplicas}–${workloads[w].maxReplicas}, ${workloads[w].cpu} / ${workloads[w].memory}`,
    ]),
    [en ? 'HPA target CPU use' : 'Alvo de CPU do HPA', `${configured.hpaTargetCpuPercent} %`],
    [
      en ? 'Node groups (one per zone)' : 'Node groups (um por zona)',
      `${zones} × ${nodes.instanceType} (${nodes.instanceVCpu} vCPU), ${nodes.minSize}–${nodes.maxSize}`,
    ],
    [
      en ? 'Karpenter NodePool: CPU limit' : 'NodePool do Karpenter: limite de CPU',
      `${n(nodePool.cpuLimit, locale)} vCPU`,
    ],
    [
      en ? 'Batch: maxvCpus per compute environment' : 'Batch: maxvCpus por compute environment',
      `${n(batch.maxvCpus, locale)} (Spot) + ${n(batch.maxvCpus, locale)} (On-Demand)`,
    ],
    [
      en ? 'Batch instance families' : 'Famílias de instância do Batch',
      batch.instanceClasses.join(', '),
    ],
    [
      en
        ? 'Map state: protein jobs at once per analysis'
        : 'Estado Map: jobs de proteína simultâneos por análise',
      n(batch.mapMaxConcurrency, locale),
    ],
    [
      en ? 'Aurora instances' : 'Instâncias Aurora',
      `${database.instances} × ${database.instanceClass}`,
    ],
    [
      en ? 'RDS Proxy: share of max_connections' : 'RDS Proxy: parcela do max_connections',
      `${database.proxyMaxConnectionsPercent} %`,
    ],
  ];
  return (
    <ValueTable
      locale={locale}
      heading={{ en: 'Setting (infra/lib/sizing.ts)', pt: 'Configuração (infra/lib/sizing.ts)' }}
      rows={rows}
    />
  );
}

export function CapacityAssumptionsTable(): ReactNode {
  const locale = useLocale();
  return (
    <ValueTable
      locale={locale}
      heading={{ en: 'Capacity assumption', pt: 'Premissa de capacidade' }}
      rows={Object.entries(capacityAssumptions).map(
        ([id, a]) =>
          [a.what[locale], n(a.value, locale, Number.isInteger(a.value) ? 0 : 2), id] as const,
      )}
    />
  );
}

/** The AWS limits the page relies on, each linked to the page that states it. */
export function LimitsTable(): ReactNode {
  const locale = useLocale();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">
            {locale === 'en' ? 'Limit or specification' : 'Limite ou especificação'}
          </th>
          <th scope="col">{locale === 'en' ? 'Value' : 'Valor'}</th>
          <th scope="col">{locale === 'en' ? 'Source' : 'Fonte'}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(limits).map(([id, limit]) => (
          <tr key={id}>
            <th scope="row">{limit.what[locale]}</th>
            <td>{n(limit.value, locale)}</td>
            <td>
              <a href={limit.url}>{limit.url.replace('https://', '')}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DatabaseTable(): ReactNode {
  const locale = useLocale();
  const { database } = peakReport();
  const en = locale === 'en';
  const rows: [string, string][] = [
    [
      en
        ? `Default max_connections of ${configured.database.instanceClass} (upper bound)`
        : `max_connections padrão da ${configured.database.instanceClass} (teto)`,
      n(database.maxConnections, locale),
    ],
    [
      en ? 'Connections the RDS Proxy may open' : 'Conexões que o RDS Proxy pode abrir',
      n(database.proxyConnections, locale),
    ],
    [
      en
        ? 'Pods at the HPA maximum (web + API + worker)'
        : 'Pods no máximo do HPA (web + API + worker)',
      n(database.podsAtMax, locale),
    ],
    [
      en
        ? 'Pool size per pod that never waits for the proxy'
        : 'Pool por pod que nunca espera o proxy',
      n(database.connectionsPerPod, locale),
    ],
  ];
  return <ValueTable locale={locale} heading={{ en: 'Figure', pt: 'Grandeza' }} rows={rows} />;
}

export function QuotaTable(): ReactNode {
  const locale = useLocale();
  const requests = quotaRequests(peakReport());
  return (
    <>
      <table>
        <thead>
          <tr>
            <th scope="col">Quota</th>
            <th scope="col">{locale === 'en' ? 'Code' : 'Código'}</th>
            <th scope="col">{locale === 'en' ? 'vCPUs to ask for' : 'vCPUs a pedir'}</th>
            <th scope="col">{locale === 'en' ? 'Why' : 'Por quê'}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((q) => (
            <tr key={q.quotaCode}>
              <td>
                <a href={q.url}>{q.name}</a>
              </td>
              <td>
                <code>{q.quotaCode}</code>
              </td>
              <td>{n(q.desired, locale)}</td>
              <td>{q.why[locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CodeBlock language="bash">{requests.map(quotaCommands).join('\n\n')}</CodeBlock>
    </>
  );
}
