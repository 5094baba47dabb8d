import type { ModelShape } from '../model/shape';
import type { Text } from '../model/text';

export type Severity = 'error' | 'warning';

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** The component (or group) at fault. */
  readonly subject: string;
  readonly message: string;
}

export interface PolicyRule {
  readonly id: string;
  readonly severity: Severity;
  readonly title: Text;
  readonly check: (model: ModelShape) => readonly Omit<Finding, 'rule' | 'severity'>[];
}
