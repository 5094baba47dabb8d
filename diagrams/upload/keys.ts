/**
 * Object keys of the two buckets. Every segment is an id the API generated (a UUID), never a
 * name the user typed: a file name with `/` or `..` cannot move an object out of its owner's
 * prefix, and the original name lives in the database.
 */
const segment = /^[0-9a-z][0-9a-z-]{0,62}$/;

export interface SampleRef {
  readonly user: string;
  readonly sample: string;
}
export interface ProteinRef extends SampleRef {
  readonly protein: string;
}
export interface AnalysisRef extends SampleRef {
  readonly analysis: string;
}

function checked(...ids: string[]): string[] {
  for (const id of ids) {
    if (!segment.test(id)) throw new RangeError(`not a generated id: ${JSON.stringify(id)}`);
  }
  return ids;
}

/**
 * The sample's prefix, with its trailing slash: ListObjectsV2 matches prefixes as plain strings,
 * so without it sample `s1` would also list sample `s10`.
 */
export function samplePrefix({ user, sample }: SampleRef): string {
  return `inputs/${checked(user, sample).join('/')}/`;
}

export function inputKey(ref: ProteinRef): string {
  return samplePrefix(ref) + checked(ref.protein).join('');
}

export function analysisPrefix({ user, sample, analysis }: AnalysisRef): string {
  return `results/${checked(user, sample, analysis).join('/')}/`;
}

export function resultKey(ref: AnalysisRef & { readonly protein: string }): string {
  return `${analysisPrefix(ref)}${checked(ref.protein).join('')}.json`;
}

export function reportKey(ref: AnalysisRef): string {
  return `${analysisPrefix(ref)}report.json`;
}

/** The worker's second check: the object the event names sits under the user who registered it. */
export function isOwnedBy(key: string, user: string): boolean {
  return segment.test(user) && key.startsWith(`inputs/${user}/`);
}
