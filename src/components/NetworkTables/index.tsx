/** Tables of the network page, computed from the topology model and the Network stack's lists. */
import type { ReactNode } from 'react';
import {
  gatewayEndpointServices,
  interfaceEndpointServices,
  routeTables,
  securityGroupNames,
  securityGroupRules,
  subnetRows,
  type RouteTarget,
  type RuleSource,
} from '@site/diagrams/network';
import { formatNumber } from '@site/diagrams/cost/format';
import { model } from '@site/diagrams/model/index';
import type { SubnetTier } from '@site/diagrams/model/types';
import type { Locale } from '@site/diagrams/model/text';
import ComponentName from '../CostTables/ComponentName';
import { useLocale } from '../CostTables/useLocale';

const words = {
  'pt-BR': {
    zone: 'Zona',
    tier: 'Camada',
    cidr: 'CIDR',
    addresses: 'Endereços',
    usable: 'Utilizáveis',
    destination: 'Destino',
    target: 'Alvo',
    local: 'local (roteador da VPC)',
    subnet: 'Sub-rede',
    group: 'Security group',
    from: 'Origem',
    port: 'Porta TCP',
    carries: 'Conexões do modelo',
    why: 'Por quê',
    none: 'nenhuma entrada',
    vpc: 'CIDR da VPC',
    type: 'Tipo',
    service: 'Serviço',
    gateway: 'gateway',
    interface: 'interface',
    tiers: { public: 'pública', 'private-app': 'privada app', 'private-data': 'privada dados' },
  },
  en: {
    zone: 'Zone',
    tier: 'Tier',
    cidr: 'CIDR',
    addresses: 'Addresses',
    usable: 'Usable',
    destination: 'Destination',
    target: 'Target',
    local: 'local (VPC router)',
    subnet: 'Subnet',
    group: 'Security group',
    from: 'Source',
    port: 'TCP port',
    carries: 'Model connections',
    why: 'Why',
    none: 'no inbound',
    vpc: 'VPC CIDR',
    type: 'Type',
    service: 'Service',
    gateway: 'gateway',
    interface: 'interface',
    tiers: { public: 'public', 'private-app': 'private app', 'private-data': 'private data' },
  },
} as const satisfies Record<Locale, unknown>;

const zoneLabel = (id: string, locale: Locale) =>
  (model.groups as Record<string, { label: Record<Locale, string> }>)[id]?.label[locale] ?? id;
const tierLabel = (tier: SubnetTier, locale: Locale) => words[locale].tiers[tier];
const number = (n: number, locale: Locale) => formatNumber(n, locale);

export function SubnetTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{w.tier}</th>
          <th scope="col">{w.zone}</th>
          <th scope="col">{w.cidr}</th>
          <th scope="col">{w.addresses}</th>
          <th scope="col">{w.usable}</th>
        </tr>
      </thead>
      <tbody>
        {subnetRows().map((s) => (
          <tr key={s.id}>
            <td>{tierLabel(s.tier, locale)}</td>
            <td>{zoneLabel(s.zone, locale)}</td>
            <td>
              <code>{s.cidr}</code>
            </td>
            <td>{number(s.addresses, locale)}</td>
            <td>{number(s.usable, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Target({ target, locale }: { target: RouteTarget; locale: Locale }): ReactNode {
  return target.kind === 'local' ? (
    words[locale].local
  ) : (
    <ComponentName id={target.id} locale={locale} />
  );
}

export function RouteTables(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{w.subnet}</th>
          <th scope="col">{w.destination}</th>
          <th scope="col">{w.target}</th>
        </tr>
      </thead>
      <tbody>
        {routeTables().flatMap((t) =>
          t.routes.map((r, i) => (
            <tr key={`${t.tier}-${t.zone}-${r.destination}`}>
              <td>
                {i === 0 ? `${tierLabel(t.tier, locale)} · ${zoneLabel(t.zone, locale)}` : ''}
              </td>
              <td>
                <code>{r.destination}</code>
              </td>
              <td>
                <Target target={r.target} locale={locale} />
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

export function EndpointTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const rows = [
    ...Object.entries(gatewayEndpointServices).map(([id, s]) => ({ id, s, type: w.gateway })),
    ...Object.entries(interfaceEndpointServices).map(([id, s]) => ({ id, s, type: w.interface })),
  ];
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{w.service}</th>
          <th scope="col">{w.type}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ id, s, type }) => (
          <tr key={id}>
            <td>
              <code>{`com.amazonaws.<region>.${s}`}</code>
            </td>
            <td>{type}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Source({ source, locale }: { source: RuleSource; locale: Locale }): ReactNode {
  const w = words[locale];
  switch (source.kind) {
    case 'securityGroup':
      return securityGroupNames[source.group][locale];
    case 'vpcCidr':
      return w.vpc;
    case 'prefixList':
      return <code>{source.name}</code>;
    case 'none':
      return w.none;
  }
}

export function SecurityGroupTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{w.group}</th>
          <th scope="col">{w.from}</th>
          <th scope="col">{w.port}</th>
          <th scope="col">{w.carries}</th>
          <th scope="col">{w.why}</th>
        </tr>
      </thead>
      <tbody>
        {securityGroupRules.map((rule) => (
          <tr key={rule.group}>
            <td>{securityGroupNames[rule.group][locale]}</td>
            <td>
              <Source source={rule.source} locale={locale} />
            </td>
            <td>{rule.port ?? '—'}</td>
            <td>
              {rule.carries.map(([from, to], i) => (
                <span key={`${from}-${to}`}>
                  {i > 0 ? '; ' : ''}
                  <ComponentName id={from} locale={locale} /> →{' '}
                  <ComponentName id={to} locale={locale} />
                </span>
              ))}
            </td>
            <td>{rule.why[locale]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
