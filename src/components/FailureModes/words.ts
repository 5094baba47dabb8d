import type { DrCopy } from '@site/src/ha-dr/regional-dr';
import type { RecoveredBy } from '@site/src/ha-dr/failure-modes';
import type { Locale } from '@site/diagrams/model/text';

interface Words {
  readonly failureCaption: string;
  readonly components: string;
  readonly failure: string;
  readonly detection: string;
  readonly recovery: string;
  readonly rto: string;
  readonly rpo: string;
  readonly recoveredBy: Record<RecoveredBy, string>;
  readonly coverageCaption: string;
  readonly copy: string;
  readonly inDrRegion: string;
  readonly copies: Record<DrCopy, string>;
  readonly stepsCaption: string;
  readonly step: string;
  readonly action: string;
  readonly automated: string;
  readonly yes: string;
  readonly no: string;
  readonly hours: (n: number) => string;
}

export const words: Record<Locale, Words> = {
  'pt-BR': {
    failureCaption: 'Modos de falha dentro da região primária',
    components: 'Componentes',
    failure: 'O que falha e como se percebe',
    detection: 'Detecção',
    recovery: 'Como se recupera',
    rto: 'RTO',
    rpo: 'RPO',
    recoveredBy: {
      aws: 'Automático (AWS)',
      platform: 'Automático (configuração do cluster)',
      operator: 'Manual (plantão)',
    },
    coverageCaption: 'O que existe na região de DR antes do desastre',
    copy: 'Cópia',
    inDrRegion: 'Na região de DR',
    copies: {
      continuous: 'contínua',
      scheduled: 'agendada',
      'already-there': 'já está lá',
      none: 'nenhuma',
    },
    stepsCaption: 'Recuperação na região de DR',
    step: 'Passo',
    action: 'Ação',
    automated: 'Automático?',
    yes: 'sim',
    no: 'não',
    hours: (n) => `${n} horas`,
  },
  en: {
    failureCaption: 'Failure modes inside the primary region',
    components: 'Components',
    failure: 'What fails and how it shows',
    detection: 'Detection',
    recovery: 'How it recovers',
    rto: 'RTO',
    rpo: 'RPO',
    recoveredBy: {
      aws: 'Automatic (AWS)',
      platform: 'Automatic (cluster configuration)',
      operator: 'Manual (on-call)',
    },
    coverageCaption: 'What exists in the DR region before the disaster',
    copy: 'Copy',
    inDrRegion: 'In the DR region',
    copies: {
      continuous: 'continuous',
      scheduled: 'scheduled',
      'already-there': 'already there',
      none: 'none',
    },
    stepsCaption: 'Recovery in the DR region',
    step: 'Step',
    action: 'Action',
    automated: 'Automated?',
    yes: 'yes',
    no: 'no',
    hours: (n) => `${n} hours`,
  },
};
