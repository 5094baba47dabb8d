import type * as wafv2 from 'aws-cdk-lib/aws-wafv2';

/** Requests per 5 minutes from one IP before WAF blocks it. */
export const rateLimitPerIp = 2000;

/** The model's WAF: managed Core, KnownBadInputs and IP reputation rules plus a per-IP rate limit. */
export function webAclRules(prefix: string): wafv2.CfnWebACL.RuleProperty[] {
  const managed = [
    'AWSManagedRulesCommonRuleSet',
    'AWSManagedRulesKnownBadInputsRuleSet',
    'AWSManagedRulesAmazonIpReputationList',
  ];
  const visibility = (name: string) => ({
    cloudWatchMetricsEnabled: true,
    metricName: `${prefix}-${name}`,
    sampledRequestsEnabled: true,
  });
  return [
    {
      name: 'rate-limit-per-ip',
      priority: 0,
      action: { block: {} },
      statement: { rateBasedStatement: { limit: rateLimitPerIp, aggregateKeyType: 'IP' } },
      visibilityConfig: visibility('rate-limit'),
    },
    ...managed.map((name, i) => ({
      name,
      priority: i + 1,
      overrideAction: { none: {} },
      statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
      visibilityConfig: visibility(name),
    })),
  ];
}
