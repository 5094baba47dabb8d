import { appDataMitigations } from './catalogue/app-data';
import { dataMitigations } from './catalogue/data';
import { identityMitigations } from './catalogue/identity';
import { operationsMitigations } from './catalogue/operations';
import { platformMitigations } from './catalogue/platform';
import type { MitigationId } from './mitigation-ids';
import type { MitigationDef } from './mitigation-types';

/**
 * The mitigation catalogue. Typed against the id list, so an entry cannot be missing and an
 * id cited by a threat-model control must exist.
 */
export const mitigations = {
  ...identityMitigations,
  ...dataMitigations,
  ...appDataMitigations,
  ...platformMitigations,
  ...operationsMitigations,
} as const satisfies Record<MitigationId, MitigationDef>;
