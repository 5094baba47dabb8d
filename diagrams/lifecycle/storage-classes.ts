import { l, type Text } from '../model/text';
import type { StorageClass } from '../model/types';

/** AWS's comparison of the classes: every figure below is read there. */
export const storageClassSource =
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html';

export interface StorageClassFacts {
  readonly label: Text;
  /** Days billed at least, even if the object is deleted or moved earlier. */
  readonly minimumStorageDays: number;
  /** Smaller objects are billed as this size, in KB; undefined: no minimum. */
  readonly minimumBillableKb?: number;
  /** `immediate`: a GET returns the bytes; `restore`: a RestoreObject must finish first. */
  readonly access: 'immediate' | 'restore';
  readonly retrievalFee: boolean;
}

/**
 * Intelligent-Tiering is left out on purpose: the model moves objects by age, which is known in
 * advance, so a per-object monitoring fee would buy nothing the lifecycle rule does not already do.
 */
export type ComparedClass = Exclude<StorageClass, 'INTELLIGENT_TIERING'>;

export const storageClassFacts = {
  STANDARD: {
    label: l('S3 Standard', 'S3 Standard'),
    minimumStorageDays: 0,
    access: 'immediate',
    retrievalFee: false,
  },
  STANDARD_IA: {
    label: l('S3 Standard-IA', 'S3 Standard-IA'),
    minimumStorageDays: 30,
    minimumBillableKb: 128,
    access: 'immediate',
    retrievalFee: true,
  },
  GLACIER_IR: {
    label: l('S3 Glacier Instant Retrieval', 'S3 Glacier Instant Retrieval'),
    minimumStorageDays: 90,
    minimumBillableKb: 128,
    access: 'immediate',
    retrievalFee: true,
  },
  GLACIER: {
    label: l('S3 Glacier Flexible Retrieval', 'S3 Glacier Flexible Retrieval'),
    minimumStorageDays: 90,
    minimumBillableKb: 40,
    access: 'restore',
    retrievalFee: true,
  },
  DEEP_ARCHIVE: {
    label: l('S3 Glacier Deep Archive', 'S3 Glacier Deep Archive'),
    minimumStorageDays: 180,
    minimumBillableKb: 40,
    access: 'restore',
    retrievalFee: true,
  },
} as const satisfies Record<ComparedClass, StorageClassFacts>;

export const comparedClasses = Object.keys(storageClassFacts) as ComparedClass[];

export function factsOf(storageClass: StorageClass): StorageClassFacts {
  if (storageClass === 'INTELLIGENT_TIERING')
    throw new Error('Intelligent-Tiering is not compared; see storage-classes.ts');
  return storageClassFacts[storageClass];
}

/**
 * S3 Lifecycle moves an object to Standard-IA only after 30 days in its current class
 * (lifecycle-transition-general-considerations.html).
 */
export const daysBeforeStandardIa = 30;
