import type { TimelineEventKind } from '@site/diagrams/lifecycle';
import type { Locale } from '@site/diagrams/model/text';

interface Words {
  readonly day: string;
  readonly event: string;
  readonly storageClass: string;
  readonly readable: string;
  readonly yes: string;
  readonly no: string;
  readonly removed: string;
  readonly timelineCaption: (bucket: string) => string;
  readonly events: Record<TimelineEventKind, (storageClass: string) => string>;
  readonly classesCaption: string;
  readonly minimumDuration: string;
  readonly minimumSize: string;
  readonly access: string;
  readonly retrievalFee: string;
  readonly immediate: string;
  readonly restore: string;
  readonly none: string;
  readonly usedBy: string;
  readonly notUsed: string;
  readonly days: (n: string) => string;
  readonly backupsCaption: string;
  readonly mechanism: string;
  readonly schedule: string;
  readonly primaryKeeps: string;
  readonly drKeeps: string;
  readonly auroraRow: string;
  readonly continuous: (window: string) => string;
  readonly dailyAt: (time: string) => string;
  readonly monthlyAt: (day: number, time: string) => string;
  readonly planRow: (name: string) => string;
  readonly notCopied: string;
  readonly lifecycleTitle: (bucket: string) => string;
  readonly lockTitle: (bucket: string) => string;
}

export const words: Record<Locale, Words> = {
  'pt-BR': {
    day: 'Dia',
    event: 'Evento',
    storageClass: 'Classe de armazenamento',
    readable: 'GET devolve o objeto?',
    yes: 'sim',
    no: 'não',
    removed: 'removido',
    timelineCaption: (bucket) => `Linha do tempo de um objeto no bucket ${bucket}`,
    events: {
      upload: (c) => `Upload; o objeto entra no ${c}`,
      transition: (c) => `Transição para o ${c}`,
      lockEnds: () => 'Fim da retenção do Object Lock (modo governance) desta versão',
      expireCurrent: () =>
        'Expiração da versão atual: o S3 cria um marcador de exclusão e a versão vira não atual',
      removeNoncurrent: () =>
        'A versão não atual é apagada de vez; o marcador de exclusão, agora sozinho, também é removido',
    },
    classesCaption: 'Classes de armazenamento comparadas',
    minimumDuration: 'Duração mínima cobrada',
    minimumSize: 'Tamanho mínimo cobrado por objeto',
    access: 'Leitura',
    retrievalFee: 'Taxa por GB lido',
    immediate: 'imediata (milissegundos)',
    restore: 'só depois de uma restauração',
    none: 'nenhuma',
    usedBy: 'Usada por',
    notUsed: 'não usada',
    days: (n) => `${n} dias`,
    backupsCaption: 'Retenção e backups do banco e dos buckets',
    mechanism: 'Mecanismo',
    schedule: 'Quando',
    primaryKeeps: 'Guardado em sa-east-1',
    drKeeps: 'Cópia em us-east-1',
    auroraRow: 'Backups automáticos do Aurora (PITR)',
    continuous: (window) => `contínuo; snapshot diário na janela ${window} UTC`,
    dailyAt: (time) => `todo dia às ${time} UTC`,
    monthlyAt: (day, time) => `dia ${day} de cada mês às ${time} UTC`,
    planRow: (name) => `Plano do AWS Backup, regra ${name}`,
    notCopied: 'não copiado',
    lifecycleTitle: (bucket) => `${bucket}: put-bucket-lifecycle-configuration`,
    lockTitle: (bucket) => `${bucket}: put-object-lock-configuration`,
  },
  en: {
    day: 'Day',
    event: 'Event',
    storageClass: 'Storage class',
    readable: 'Does a GET return the object?',
    yes: 'yes',
    no: 'no',
    removed: 'removed',
    timelineCaption: (bucket) => `Timeline of one object in the ${bucket} bucket`,
    events: {
      upload: (c) => `Upload; the object lands in ${c}`,
      transition: (c) => `Transition to ${c}`,
      lockEnds: () => 'Object Lock retention (governance mode) of this version ends',
      expireCurrent: () =>
        'The current version expires: S3 adds a delete marker and the version becomes noncurrent',
      removeNoncurrent: () =>
        'The noncurrent version is permanently deleted; the delete marker, now alone, is removed too',
    },
    classesCaption: 'Storage classes compared',
    minimumDuration: 'Minimum storage duration billed',
    minimumSize: 'Minimum billable object size',
    access: 'Read',
    retrievalFee: 'Per-GB retrieval fee',
    immediate: 'immediate (milliseconds)',
    restore: 'only after a restore',
    none: 'none',
    usedBy: 'Used by',
    notUsed: 'not used',
    days: (n) => `${n} days`,
    backupsCaption: 'Retention and backups of the database and the buckets',
    mechanism: 'Mechanism',
    schedule: 'When',
    primaryKeeps: 'Kept in sa-east-1',
    drKeeps: 'Copy in us-east-1',
    auroraRow: 'Aurora automated backups (PITR)',
    continuous: (window) => `continuous; daily snapshot in the ${window} UTC window`,
    dailyAt: (time) => `every day at ${time} UTC`,
    monthlyAt: (day, time) => `day ${day} of every month at ${time} UTC`,
    planRow: (name) => `AWS Backup plan, ${name} rule`,
    notCopied: 'not copied',
    lifecycleTitle: (bucket) => `${bucket}: put-bucket-lifecycle-configuration`,
    lockTitle: (bucket) => `${bucket}: put-object-lock-configuration`,
  },
};
