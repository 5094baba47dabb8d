import type { Aspect } from '@site/diagrams/model/component-notes/types';
import type { Locale } from '@site/diagrams/model/text';
import type { Availability, Classification, DataDef, Layer } from '@site/diagrams/model/types';

export const layerNames: Record<Locale, Record<Layer, string>> = {
  'pt-BR': {
    actor: 'Pessoas',
    edge: 'Borda',
    identity: 'Identidade',
    network: 'Rede',
    web: 'Web',
    api: 'API e computação',
    data: 'Banco de dados e cache',
    storage: 'Armazenamento e backup',
    pipeline: 'Pipeline de análise',
    security: 'Segurança',
    observability: 'Observabilidade',
    delivery: 'Entrega',
    governance: 'Governança',
  },
  en: {
    actor: 'People',
    edge: 'Edge',
    identity: 'Identity',
    network: 'Network',
    web: 'Web',
    api: 'API and compute',
    data: 'Database and cache',
    storage: 'Storage and backup',
    pipeline: 'Analysis pipeline',
    security: 'Security',
    observability: 'Observability',
    delivery: 'Delivery',
    governance: 'Governance',
  },
};

interface Words {
  service: string;
  where: string;
  outside: string;
  availability: string;
  data: string;
  callsOut: string;
  callsIn: string;
  availabilityNames: Record<Availability, string>;
  classification: Record<Classification, string>;
  encryption: Record<DataDef['encryptedAtRest'], string>;
  aspects: Record<Aspect, string>;
}

export const words: Record<Locale, Words> = {
  'pt-BR': {
    service: 'Serviço',
    where: 'Onde fica',
    outside: 'Fora da AWS',
    availability: 'Disponibilidade',
    data: 'Dados',
    callsOut: 'Conecta-se a',
    callsIn: 'Recebe de',
    availabilityNames: {
      global: 'Global',
      regional: 'Regional',
      'multi-az': 'Multi-AZ',
      'single-az': 'Uma AZ (replicado por AZ)',
      'n/a': 'Não se aplica',
    },
    classification: {
      personal: 'Dados pessoais',
      confidential: 'Confidencial',
      internal: 'Interno',
    },
    encryption: {
      'sse-kms': 'SSE-KMS',
      kms: 'KMS (chave do cliente)',
      'aws-owned': 'Chave de propriedade da AWS',
      none: 'Sem cifragem',
    },
    aspects: {
      why: 'Por que existe',
      configuration: 'Configuração',
      scaling: 'Escala',
      failure: 'Falhas e recuperação',
      security: 'Segurança',
      cost: 'Custo',
    },
  },
  en: {
    service: 'Service',
    where: 'Where it lives',
    outside: 'Outside AWS',
    availability: 'Availability',
    data: 'Data',
    callsOut: 'Connects to',
    callsIn: 'Receives from',
    availabilityNames: {
      global: 'Global',
      regional: 'Regional',
      'multi-az': 'Multi-AZ',
      'single-az': 'One AZ (one per AZ)',
      'n/a': 'Not applicable',
    },
    classification: {
      personal: 'Personal data',
      confidential: 'Confidential',
      internal: 'Internal',
    },
    encryption: {
      'sse-kms': 'SSE-KMS',
      kms: 'KMS (customer managed key)',
      'aws-owned': 'AWS owned key',
      none: 'Not encrypted',
    },
    aspects: {
      why: 'Why it is here',
      configuration: 'Configuration',
      scaling: 'Scaling',
      failure: 'Failure and recovery',
      security: 'Security',
      cost: 'Cost',
    },
  },
};
