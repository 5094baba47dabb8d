import type { ModelShape } from '../model/shape';
import type { Locale } from '../model/text';
import type { LifecycleDef, LifecycleViewDef, StorageClass } from '../model/types';
import { accessibilityLines } from './accessibility';
import { escapeLabel } from './escape';
import { flowchartConfig } from './flowchart';
import type { RenderedView } from './types';

const classNames: Record<StorageClass, string> = {
  STANDARD: 'S3 Standard',
  INTELLIGENT_TIERING: 'S3 Intelligent-Tiering',
  STANDARD_IA: 'S3 Standard-IA',
  GLACIER_IR: 'S3 Glacier Instant Retrieval',
  GLACIER: 'S3 Glacier Flexible Retrieval',
  DEEP_ARCHIVE: 'S3 Glacier Deep Archive',
};

const words = {
  'pt-BR': {
    days: (from: number, to: number) => `dia ${from} a ${to}`,
    expire: (d: number) => `Expira no dia ${d}`,
    noncurrent: (d: number) => `Versões não correntes apagadas ${d} dias depois`,
    multipart: (d: number) => `Uploads multipart incompletos abortados em ${d} dias`,
    lock: (mode: string, d: number) => `Object Lock ${mode}: ${d} dias`,
  },
  en: {
    days: (from: number, to: number) => `day ${from} to ${to}`,
    expire: (d: number) => `Expires on day ${d}`,
    noncurrent: (d: number) => `Noncurrent versions deleted after ${d} days`,
    multipart: (d: number) => `Incomplete multipart uploads aborted after ${d} days`,
    lock: (mode: string, d: number) => `Object Lock ${mode}: ${d} days`,
  },
} as const;

function bucketLines(bucketId: string, lc: LifecycleDef, locale: Locale): string[] {
  const w = words[locale];
  const stages = [{ afterDays: 0, to: lc.initialClass }, ...lc.transitions];
  const lines = stages.map((stage, i) => {
    const end = stages[i + 1]?.afterDays ?? lc.expireAfterDays;
    const text = `${classNames[stage.to]}<br/>${w.days(stage.afterDays, end)}`;
    return `    ${bucketId}_s${i}["${escapeLabel(text)}"]`;
  });
  lines.push(`    ${bucketId}_end(["${escapeLabel(w.expire(lc.expireAfterDays))}"])`);
  const chain = [...stages.map((_, i) => `${bucketId}_s${i}`), `${bucketId}_end`];
  lines.push(`    ${chain.join(' --> ')}`);
  const rules = [
    lc.noncurrentExpireAfterDays !== undefined ? w.noncurrent(lc.noncurrentExpireAfterDays) : '',
    lc.abortIncompleteMultipartAfterDays !== undefined
      ? w.multipart(lc.abortIncompleteMultipartAfterDays)
      : '',
    lc.objectLock ? w.lock(lc.objectLock.mode, lc.objectLock.days) : '',
  ].filter(Boolean);
  if (rules.length) {
    lines.push(`    ${bucketId}_rules["${escapeLabel(rules.join('<br/>'))}"]:::rules`);
    lines.push(`    ${bucketId}_s0 ~~~ ${bucketId}_rules`);
  }
  return lines;
}

/** Each bucket's lifecycle rules as a left-to-right chain of storage classes. */
export function renderLifecycle(
  model: ModelShape,
  viewId: string,
  view: LifecycleViewDef,
  locale: Locale,
): RenderedView {
  const lines: string[] = [];
  const nodes: Record<string, string> = {};
  let nodeCount = 0;
  for (const bucketId of view.buckets) {
    const bucket = model.components[bucketId];
    const lc = bucket?.data?.lifecycle;
    if (!bucket || !lc) {
      throw new Error(
        `View "${viewId}" lists "${bucketId}", which is not a bucket with a lifecycle`,
      );
    }
    lines.push(`  subgraph ${bucketId}["${escapeLabel(bucket.label[locale])}"]`);
    lines.push('    direction LR');
    const body = bucketLines(bucketId, lc, locale);
    lines.push(...body, '  end');
    const stageCount = lc.transitions.length + 1;
    for (let i = 0; i < stageCount; i++) nodes[`${bucketId}_s${i}`] = bucketId;
    nodes[`${bucketId}_end`] = bucketId;
    nodeCount += stageCount + 1 + (body.some((b) => b.includes('_rules[')) ? 1 : 0);
  }
  // Unlinked subgraphs sit side by side; invisible links stack the buckets instead.
  for (let i = 1; i < view.buckets.length; i++)
    lines.push(`  ${view.buckets[i - 1]} ~~~ ${view.buckets[i]}`);
  const title = view.title[locale];
  const description = view.description[locale];
  const labels = view.buckets.map((b) => model.components[b]?.label[locale] ?? b);
  const mermaid = [
    ...flowchartConfig,
    'flowchart TB',
    ...accessibilityLines(title, description, labels, locale).map((l) => `  ${l}`),
    ...lines,
    '  classDef rules font-size:12px',
    '',
  ].join('\n');
  return {
    id: viewId,
    locale,
    diagram: 'flowchart',
    title,
    description,
    mermaid,
    nodes,
    nodeCount,
  };
}
