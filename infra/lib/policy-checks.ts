import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NIST80053R5Checks } from 'cdk-nag';
import { acknowledgeFindings } from './acknowledgements';

/** cdk-nag packs every synthesis runs (AWS Solutions, NIST 800-53 rev 5) and their acknowledgements. */
export function addPolicyChecks(
  app: App,
  options: { acknowledge: boolean } = { acknowledge: true },
): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new NIST80053R5Checks(app));
  if (options.acknowledge) acknowledgeFindings(app);
}
