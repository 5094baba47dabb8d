import type { ReactNode } from 'react';
import {
  formatBytes,
  formatSeconds,
  partUrlMinutes,
  preferredPartBytes,
  preferredPartCeilingBytes,
  s3Limits,
} from '@site/diagrams/upload';
import { inputsLifecycle } from '@site/diagrams/model/lifecycles';
import { formatNumber } from '@site/diagrams/cost/format';
import { useLocale } from '../CostTables/useLocale';

/** Figures the prose quotes, read from the upload module so the text cannot drift from it. */
const figures = {
  preferredPart: (l) => formatBytes(preferredPartBytes, l),
  preferredCeiling: (l) => formatBytes(preferredPartCeilingBytes, l),
  partUrlLifetime: (l) => formatSeconds(partUrlMinutes * 60, l),
  abortDays: (l) => formatNumber(inputsLifecycle.abortIncompleteMultipartAfterDays, l),
  minPart: (l) => formatBytes(s3Limits.minPartBytes.value, l),
  maxPart: (l) => formatBytes(s3Limits.maxPartBytes.value, l),
  maxParts: (l) => formatNumber(s3Limits.maxParts.value, l),
  maxObject: (l) => formatBytes(s3Limits.maxObjectBytes.value, l),
  maxPresigned: (l) => formatSeconds(s3Limits.maxPresignedSeconds.value, l),
  listPartsPage: (l) => formatNumber(s3Limits.maxPartsPerListParts.value, l),
  writesPerPrefix: (l) => formatNumber(s3Limits.writesPerSecondPerPrefix.value, l),
  readsPerPrefix: (l) => formatNumber(s3Limits.readsPerSecondPerPrefix.value, l),
} satisfies Record<string, (locale: 'pt-BR' | 'en') => string>;

export type UploadFigureId = keyof typeof figures;

export default function UploadFigure({ figure }: { figure: UploadFigureId }): ReactNode {
  return <>{figures[figure](useLocale())}</>;
}
