import type { Text } from '../model/text';
import type { ConfigRuleId, GuardDutyFindingId, SecurityHubControlId } from './aws-ids';

export const pillars = [
  'security',
  'reliability',
  'operational-excellence',
  'performance-efficiency',
  'cost-optimization',
] as const;
export type Pillar = (typeof pillars)[number];

export type Json =
  string | number | boolean | null | readonly Json[] | { readonly [k: string]: Json };

/**
 * A configuration example. Policies and manifests are data, rendered to JSON or YAML, so a
 * snippet on the page always parses; commands and SQL are text.
 */
export type Snippet =
  | { readonly kind: 'json'; readonly title: Text; readonly value: Json }
  | { readonly kind: 'yaml'; readonly title: Text; readonly value: Json }
  | {
      readonly kind: 'text';
      readonly language: 'bash' | 'sql' | 'python';
      readonly title: Text;
      readonly text: string;
    };

/** Whether the project's own CDK app (`infra/`) enforces the mitigation. */
export interface IacStatus {
  readonly status: 'enforced' | 'partly' | 'described';
  readonly note: Text;
}

export interface MitigationDef {
  readonly pillar: Pillar;
  readonly title: Text;
  /** Why the practice hurts. */
  readonly why: Text;
  /** What replaces it on AWS. */
  readonly mitigation: Text;
  /** How it is kept from happening: SCP, IAM, policy as code in CI, admission control. */
  readonly prevent: readonly Text[];
  readonly snippets?: readonly Snippet[];
  /** How it is found when it happens anyway. */
  readonly detect: {
    readonly config?: readonly ConfigRuleId[];
    readonly securityHub?: readonly SecurityHubControlId[];
    readonly guardDuty?: readonly GuardDutyFindingId[];
    readonly alarms?: Text;
  };
  readonly iac: IacStatus;
  readonly links?: readonly { readonly label: Text; readonly href: string }[];
}
