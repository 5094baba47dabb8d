import type { ModelShape } from '../model/shape';
import { l } from '../model/text';
import type { ComponentDef } from '../model/types';
import type { PolicyRule } from './types';

function dataStores(model: ModelShape): [string, ComponentDef][] {
  return Object.entries(model.components).filter(([, c]) => c.data !== undefined);
}

function subnetTier(model: ModelShape, groupId: string | undefined) {
  for (let g = groupId; g !== undefined; g = model.groups[g]?.parent) {
    const tier = model.groups[g]?.tier;
    if (tier) return tier;
  }
  return undefined;
}

export const policyRules: readonly PolicyRule[] = [
  {
    id: 'data-encrypted-at-rest',
    severity: 'error',
    title: l(
      'Todo armazenamento de dados é cifrado em repouso',
      'Every data store is encrypted at rest',
    ),
    check: (model) =>
      dataStores(model)
        .filter(([, c]) => c.data?.encryptedAtRest === 'none')
        .map(([id]) => ({
          subject: id,
          message: `"${id}" stores data without encryption at rest`,
        })),
  },
  {
    id: 'personal-data-customer-key',
    severity: 'warning',
    title: l(
      'Dados pessoais e confidenciais usam chaves KMS do cliente',
      'Personal and confidential data use customer managed KMS keys',
    ),
    check: (model) =>
      dataStores(model)
        .filter(
          ([, c]) =>
            c.data?.classification !== 'internal' && c.data?.encryptedAtRest === 'aws-owned',
        )
        .map(([id, c]) => ({
          subject: id,
          message: `"${id}" holds ${c.data?.classification} data under an AWS-owned key`,
        })),
  },
  {
    id: 'no-data-in-public-subnet',
    severity: 'error',
    title: l(
      'Nenhum armazenamento de dados em sub-rede pública',
      'No data store in a public subnet',
    ),
    check: (model) =>
      dataStores(model)
        .filter(([, c]) => subnetTier(model, c.group) === 'public')
        .map(([id, c]) => ({
          subject: id,
          message: `"${id}" stores data in public subnet "${c.group}"`,
        })),
  },
  {
    id: 'stateful-multi-az',
    severity: 'error',
    title: l(
      'Componentes com estado sobrevivem à perda de uma AZ',
      'Stateful components survive the loss of one AZ',
    ),
    check: (model) =>
      dataStores(model)
        .filter(([, c]) => c.availability === 'single-az')
        .map(([id]) => ({
          subject: id,
          message: `"${id}" stores data in a single Availability Zone`,
        })),
  },
  {
    id: 'nat-per-az',
    severity: 'error',
    title: l('Um NAT gateway por AZ', 'One NAT gateway per AZ'),
    check: (model) => {
      const azs = Object.entries(model.groups).filter(([, g]) => g.kind === 'az');
      return azs
        .filter(
          ([azId]) =>
            !Object.values(model.components).some((c) => {
              const subnet = c.group ? model.groups[c.group] : undefined;
              return (
                c.service === 'natGateway' && subnet?.parent === azId && subnet.tier === 'public'
              );
            }),
        )
        .map(([azId]) => ({
          subject: azId,
          message: `AZ "${azId}" has no NAT gateway in a public subnet`,
        }));
    },
  },
  {
    id: 'internet-entry-protected',
    severity: 'error',
    title: l(
      'Toda entrada da internet usa TLS e, se for HTTP, passa por WAF',
      'Every entry from the internet uses TLS and, if HTTP, passes a WAF',
    ),
    check: (model) =>
      model.connections
        .filter(
          (c) =>
            model.components[c.from]?.kind === 'actor' && model.components[c.to]?.kind !== 'actor',
        )
        .flatMap((c) => {
          const target = model.components[c.to];
          const problems = [];
          if (!target?.internetFacing) {
            problems.push({
              subject: c.to,
              message: `"${c.from}" reaches "${c.to}", which is not declared internet-facing`,
            });
          }
          if (c.protocol !== 'DNS' && !c.encrypted) {
            problems.push({ subject: c.to, message: `"${c.from}" -> "${c.to}" is not encrypted` });
          }
          const http = c.protocol === 'HTTPS' || c.protocol === 'OIDC';
          if (http && target?.internetFacing === 'public' && !target.wafProtected) {
            problems.push({
              subject: c.to,
              message: `"${c.to}" takes HTTP from the internet without AWS WAF`,
            });
          }
          return problems;
        }),
  },
  {
    id: 'encrypted-in-transit',
    severity: 'error',
    title: l(
      'Toda conexão é cifrada em trânsito (exceto DNS)',
      'Every connection is encrypted in transit (DNS aside)',
    ),
    check: (model) =>
      model.connections
        .filter((c) => c.protocol !== 'DNS' && !c.encrypted)
        .map((c) => ({
          subject: c.from,
          message: `"${c.from}" -> "${c.to}" (${c.protocol}) is not encrypted`,
        })),
  },
  {
    id: 'retention-matches-brief',
    severity: 'error',
    title: l(
      'A retenção de cada bucket atende ao enunciado (entradas 1 ano, resultados 5 anos)',
      'Each bucket’s retention meets the brief (inputs 1 year, results 5 years)',
    ),
    check: (model) =>
      dataStores(model).flatMap(([id, c]) => {
        const required = c.data?.requiredRetentionDays;
        const lc = c.data?.lifecycle;
        if (required === undefined || !lc) return [];
        const problems = [];
        if (lc.expireAfterDays < required) {
          problems.push({
            subject: id,
            message: `"${id}" expires after ${lc.expireAfterDays} days; the brief needs ${required}`,
          });
        }
        if (lc.objectLock && lc.objectLock.days > lc.expireAfterDays) {
          problems.push({
            subject: id,
            message: `"${id}" locks objects longer than it keeps them`,
          });
        }
        if (lc.abortIncompleteMultipartAfterDays === undefined) {
          problems.push({
            subject: id,
            message: `"${id}" never cleans up incomplete multipart uploads`,
          });
        }
        if (lc.noncurrentExpireAfterDays === undefined) {
          problems.push({ subject: id, message: `"${id}" keeps noncurrent versions forever` });
        }
        return problems;
      }),
  },
];
