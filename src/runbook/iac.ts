/**
 * The names the repository's CDK app (`infra/`) fixes: stack ids, AWS CLI profiles per
 * account, and helpers that spell the deploy and output commands the same way everywhere.
 */
export const stacks = {
  'Espectro-Network': { profile: 'espectro-prod', region: 'sa-east-1' },
  'Espectro-SecurityBaseline': { profile: 'espectro-security', region: 'sa-east-1' },
  'Espectro-Keys': { profile: 'espectro-prod', region: 'sa-east-1' },
  'Espectro-Delivery': { profile: 'espectro-shared', region: 'sa-east-1' },
  'Espectro-DR': { profile: 'espectro-prod', region: 'us-east-1' },
  'Espectro-Data': { profile: 'espectro-prod', region: 'sa-east-1' },
  'Espectro-Cluster': { profile: 'espectro-prod', region: 'sa-east-1' },
  'Espectro-Analysis': { profile: 'espectro-prod', region: 'sa-east-1' },
  'Espectro-Edge': { profile: 'espectro-prod', region: 'us-east-1' },
  'Espectro-Observability': { profile: 'espectro-prod', region: 'sa-east-1' },
  'Espectro-Grafana': { profile: 'espectro-prod', region: 'us-east-1' },
  'Espectro-Backup': { profile: 'espectro-prod', region: 'sa-east-1' },
} as const;

export type StackId = keyof typeof stacks;

/** Diff, then deploy one stack from `infra/` with the production configuration file. */
export function deploy(stack: StackId, extraContext: readonly string[] = []): string {
  const { profile } = stacks[stack];
  const context = ['config=config/prod.json', ...extraContext].map((c) => `-c ${c}`).join(' ');
  return [
    `npx cdk diff ${stack} ${context} --profile ${profile}`,
    `npx cdk deploy ${stack} ${context} --profile ${profile}`,
  ].join('\n');
}

/** Shell expression reading one CfnOutput of a deployed stack. */
export function output(stack: StackId, key: string): string {
  const { profile, region } = stacks[stack];
  return (
    `$(aws cloudformation describe-stacks --stack-name ${stack} --region ${region} --profile ${profile}` +
    ` --query "Stacks[0].Outputs[?OutputKey=='${key}'].OutputValue" --output text)`
  );
}

/** Termination protection is on for every stack, so a rollback lifts it before destroying. */
export function destroy(stack: StackId): string {
  const { profile, region } = stacks[stack];
  return [
    `aws cloudformation update-termination-protection --no-enable-termination-protection --stack-name ${stack} --region ${region} --profile ${profile}`,
    `npx cdk destroy ${stack} -c config=config/prod.json --profile ${profile}`,
  ].join('\n');
}
