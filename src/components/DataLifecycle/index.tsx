import CodeBlock from '@theme/CodeBlock';
import type { ReactNode } from 'react';
import {
  comparedClasses,
  factsOf,
  lifecycleFigures,
  lifecycleOf,
  lifecycleTimeline,
  retainedBuckets,
  s3LifecycleConfiguration,
  s3ObjectLockConfiguration,
  storageClassFacts,
  type LifecycleFigure as FigureId,
  type RetainedBucket,
} from '@site/diagrams/lifecycle';
import { formatNumber } from '@site/diagrams/cost/format';
import { auroraBackups, backupPlan } from '@site/diagrams/model/backups';
import { model } from '@site/diagrams/model/index';
import type { StorageClass } from '@site/diagrams/model/types';
import ScrollableTable from '@site/src/components/ScrollableTable';
import { useLocale } from '@site/src/components/CostTables/useLocale';
import { words } from './words';

const bucketLabel = (id: RetainedBucket, locale: 'pt-BR' | 'en') =>
  model.components[id].label[locale];

const className = (c: StorageClass, locale: 'pt-BR' | 'en') =>
  c === 'INTELLIGENT_TIERING' ? c : storageClassFacts[c].label[locale];

/** The lifecycle configuration the IaC applies to a bucket, as S3 API JSON. */
export function LifecycleJson({ bucket }: { bucket: RetainedBucket }): ReactNode {
  const w = words[useLocale()];
  const json = JSON.stringify(s3LifecycleConfiguration(lifecycleOf(bucket)), null, 2);
  return (
    <CodeBlock language="json" title={w.lifecycleTitle(bucket)}>
      {json}
    </CodeBlock>
  );
}

/** The bucket's default Object Lock retention, as S3 API JSON. */
export function ObjectLockJson({ bucket }: { bucket: RetainedBucket }): ReactNode {
  const w = words[useLocale()];
  const lock = s3ObjectLockConfiguration(lifecycleOf(bucket));
  if (!lock) return null;
  return (
    <CodeBlock language="json" title={w.lockTitle(bucket)}>
      {JSON.stringify(lock, null, 2)}
    </CodeBlock>
  );
}

/** Day 0 → transitions → expiry → removal, for one object never overwritten. */
export function LifecycleTimeline({ bucket }: { bucket: RetainedBucket }): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  return (
    <ScrollableTable caption={w.timelineCaption(bucketLabel(bucket, locale))}>
      <thead>
        <tr>
          <th scope="col">{w.day}</th>
          <th scope="col">{w.event}</th>
          <th scope="col">{w.storageClass}</th>
          <th scope="col">{w.readable}</th>
        </tr>
      </thead>
      <tbody>
        {lifecycleTimeline(lifecycleOf(bucket)).map((e) => {
          const cls = e.storageClass ? className(e.storageClass, locale) : '';
          return (
            <tr key={`${e.day}-${e.kind}`}>
              <td>{formatNumber(e.day, locale)}</td>
              <td>{w.events[e.kind](cls)}</td>
              <td>{e.storageClass ? cls : w.removed}</td>
              <td>{e.readable ? w.yes : w.no}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}

/** The classes the lifecycle could use, with the figures that decided which ones it does. */
export function StorageClassTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const users = (c: StorageClass) =>
    retainedBuckets
      .filter((id) => {
        const lc = lifecycleOf(id);
        return lc.initialClass === c || lc.transitions.some((t) => t.to === c);
      })
      .map((id) => bucketLabel(id, locale));
  return (
    <ScrollableTable caption={w.classesCaption}>
      <thead>
        <tr>
          <th scope="col">{w.storageClass}</th>
          <th scope="col">{w.minimumDuration}</th>
          <th scope="col">{w.minimumSize}</th>
          <th scope="col">{w.access}</th>
          <th scope="col">{w.retrievalFee}</th>
          <th scope="col">{w.usedBy}</th>
        </tr>
      </thead>
      <tbody>
        {comparedClasses.map((c) => {
          const f = factsOf(c);
          const used = users(c);
          return (
            <tr key={c}>
              <th scope="row">
                {f.label[locale]} (<code>{c}</code>)
              </th>
              <td>
                {f.minimumStorageDays === 0
                  ? w.none
                  : w.days(formatNumber(f.minimumStorageDays, locale))}
              </td>
              <td>{f.minimumBillableKb === undefined ? w.none : `${f.minimumBillableKb} KB`}</td>
              <td>{f.access === 'immediate' ? w.immediate : w.restore}</td>
              <td>{f.retrievalFee ? w.yes : w.no}</td>
              <td>{used.length > 0 ? used.join(', ') : w.notUsed}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}

const hhmm = (h: number, m: number) =>
  `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** Aurora's own point-in-time window and the AWS Backup plan with its DR copies. */
export function BackupTable(): ReactNode {
  const locale = useLocale();
  const w = words[locale];
  const days = (n: number) => w.days(formatNumber(n, locale));
  return (
    <ScrollableTable caption={w.backupsCaption}>
      <thead>
        <tr>
          <th scope="col">{w.mechanism}</th>
          <th scope="col">{w.schedule}</th>
          <th scope="col">{w.primaryKeeps}</th>
          <th scope="col">{w.drKeeps}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{w.auroraRow}</th>
          <td>{w.continuous(auroraBackups.preferredWindowUtc)}</td>
          <td>{days(auroraBackups.retentionDays)}</td>
          <td>{w.notCopied}</td>
        </tr>
        {backupPlan.rules.map((rule) => {
          const time = hhmm(rule.schedule.hour, rule.schedule.minute);
          return (
            <tr key={rule.name}>
              <th scope="row">{w.planRow(rule.name)}</th>
              <td>
                {'dayOfMonth' in rule.schedule
                  ? w.monthlyAt(rule.schedule.dayOfMonth, time)
                  : w.dailyAt(time)}
              </td>
              <td>{days(rule.deleteAfterDays)}</td>
              <td>{days(rule.drCopyDeleteAfterDays)}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}

/** A number the prose quotes, read from the model. */
export function LifecycleFigure({ figure }: { figure: FigureId }): ReactNode {
  const locale = useLocale();
  return <>{formatNumber(lifecycleFigures[figure], locale)}</>;
}
