import { scales } from '../cost/assumptions';
import { flows } from '../model/flows';
import { GiB, MiB, TiB, s3Limits } from './limits';

/** The part size the uploader starts from: the cost model's, so both pages price the same parts. */
export const preferredPartBytes = scales.typical.assumptions.uploadPartMiB * MiB;

/** Lifetime of each part's presigned URL, as the model's upload flow states it. */
export const partUrlMinutes = 15;

/** Largest file that still fits in preferred-size parts; above it, parts grow. */
export const preferredPartCeilingBytes = preferredPartBytes * s3Limits.maxParts.value;

export interface MultipartPlan {
  readonly fileBytes: number;
  readonly partBytes: number;
  readonly parts: number;
  readonly lastPartBytes: number;
  /** CreateMultipartUpload + one UploadPart per part + CompleteMultipartUpload. */
  readonly requests: number;
  /** ListParts calls needed to rebuild the state of an interrupted upload. */
  readonly listPartsPages: number;
}

/**
 * How the API splits a file: the preferred part size while it gives at most 10,000 parts, then
 * the smallest whole-MiB size that does. Sizes are whole MiB so a resumed upload recomputes the
 * same part boundaries from the file size alone.
 */
export function multipartPlan(fileBytes: number, preferred = preferredPartBytes): MultipartPlan {
  const { minPartBytes, maxPartBytes, maxParts, maxObjectBytes, maxPartsPerListParts } = s3Limits;
  if (!Number.isSafeInteger(fileBytes) || fileBytes <= 0) {
    throw new RangeError(`file size must be a positive whole number of bytes, got ${fileBytes}`);
  }
  if (fileBytes > maxObjectBytes.value) {
    throw new RangeError(
      `${fileBytes} bytes exceeds the S3 object limit of ${maxObjectBytes.value}`,
    );
  }
  if (preferred % MiB !== 0 || preferred < minPartBytes.value || preferred > maxPartBytes.value) {
    throw new RangeError(`preferred part size ${preferred} is not a whole MiB within S3's limits`);
  }
  const needed = Math.ceil(Math.ceil(fileBytes / maxParts.value) / MiB) * MiB;
  const partBytes = Math.max(preferred, needed);
  const parts = Math.ceil(fileBytes / partBytes);
  return {
    fileBytes,
    partBytes,
    parts,
    lastPartBytes: fileBytes - (parts - 1) * partBytes,
    requests: parts + 2,
    listPartsPages: Math.ceil(parts / maxPartsPerListParts.value),
  };
}

/** File sizes the plan table shows: the cost scales' files, raw-instrument sizes and the limit. */
export const typicalFileBytes: readonly number[] = [
  ...new Set(Object.values(scales).map((s) => s.assumptions.inputFileMiB * MiB)),
  2 * GiB,
  20 * GiB,
  preferredPartCeilingBytes,
  200 * GiB,
  1 * TiB,
  s3Limits.maxObjectBytes.value,
].sort((a, b) => a - b);

/** The flow text on the diagrams must state the same URL lifetime as this module. */
export function flowStatesUrlLifetime(): boolean {
  return flows.upload.steps.some((s) => s.message.en.includes(`(${partUrlMinutes} min)`));
}
