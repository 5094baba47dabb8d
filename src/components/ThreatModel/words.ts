import type { Stride } from '@site/diagrams/threats/types';

export const strideNames: Record<Stride, { 'pt-BR': string; en: string }> = {
  S: { 'pt-BR': 'Falsificação de identidade', en: 'Spoofing' },
  T: { 'pt-BR': 'Adulteração', en: 'Tampering' },
  R: { 'pt-BR': 'Repúdio', en: 'Repudiation' },
  I: { 'pt-BR': 'Divulgação de informação', en: 'Information disclosure' },
  D: { 'pt-BR': 'Negação de serviço', en: 'Denial of service' },
  E: { 'pt-BR': 'Elevação de privilégio', en: 'Elevation of privilege' },
};

export const words = {
  'pt-BR': {
    summary: (crossing: number, all: number, boundaries: number, threats: number) =>
      `${crossing} das ${all} conexões do modelo cruzam ${boundaries} fronteiras de confiança; ${threats} ameaças STRIDE, todas com mitigação.`,
    boundary: 'Fronteira',
    crossed: 'Zonas atravessadas',
    connections: 'Conexões',
    profile: 'Tipo de travessia',
    connection: 'Conexão',
    stride: 'STRIDE',
    threat: 'Ameaça',
    mitigation: 'Mitigação',
    components: 'Componentes',
    specific: 'específica desta conexão',
    seeCatalogue: 'prevenção e detecção',
    problems: 'Problemas no modelo de ameaças',
  },
  en: {
    summary: (crossing: number, all: number, boundaries: number, threats: number) =>
      `${crossing} of the model's ${all} connections cross ${boundaries} trust boundaries; ${threats} STRIDE threats, all mitigated.`,
    boundary: 'Boundary',
    crossed: 'Zones crossed',
    connections: 'Connections',
    profile: 'Kind of crossing',
    connection: 'Connection',
    stride: 'STRIDE',
    threat: 'Threat',
    mitigation: 'Mitigation',
    components: 'Components',
    specific: 'specific to this connection',
    seeCatalogue: 'prevention and detection',
    problems: 'Threat-model problems',
  },
} as const;
