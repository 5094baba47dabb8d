import type { ModelShape } from '../model/shape';
import { policyRules } from './policies';
import type { Finding, PolicyRule } from './types';

export interface RuleResult {
  readonly rule: PolicyRule;
  readonly findings: readonly Finding[];
}

export function runPolicyRules(model: ModelShape, rules = policyRules): RuleResult[] {
  return rules.map((rule) => ({
    rule,
    findings: rule.check(model).map((f) => ({ ...f, rule: rule.id, severity: rule.severity })),
  }));
}
