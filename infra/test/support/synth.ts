import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { buildEspectro, newApp, stackFacts, stackIds, type StackId } from '../../lib/app';
import { loadConfig, type EspectroConfig } from '../../lib/config';
import { addPolicyChecks } from '../../lib/policy-checks';

export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
}
export interface CfnTemplate {
  readonly Resources: Record<string, CfnResource>;
  readonly Outputs?: Record<string, unknown>;
}

export const exampleConfig: EspectroConfig = loadConfig(
  (key) => (key === 'config' ? 'config/example.json' : undefined),
  join(__dirname, '..', '..'),
);

export interface Synthesis {
  readonly templates: Record<StackId, CfnTemplate>;
  readonly report: {
    pluginReports: {
      pluginName: string;
      violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[];
    }[];
  };
  readonly outdir: string;
  readonly stacks: ReturnType<typeof stackFacts>;
}

/**
 * Builds and synthesizes the whole app once into a temporary directory, then deletes the asset
 * copies (the kubectl layer alone is tens of MB) and keeps only templates and the report.
 * `policy` adds cdk-nag and aws-cdk-lib's CloudFormation schema validation (slow: one test file).
 */
export function synthesize(options: {
  policy: boolean;
  acknowledge?: boolean;
  cfnValidation?: boolean;
}): Synthesis {
  const outdir = mkdtempSync(join(tmpdir(), 'espectro-cdk-'));
  try {
    const app = newApp({
      outdir,
      builtinCloudFormationValidation: options.cfnValidation ?? options.policy,
      context: { [cxapi.FAIL_SYNTH_ON_VALIDATION_ERRORS_CONTEXT]: false },
    });
    const stacks = stackFacts(buildEspectro(app, exampleConfig), exampleConfig);
    if (options.policy) addPolicyChecks(app, { acknowledge: options.acknowledge ?? true });
    app.synth();
    for (const entry of readdirSync(outdir)) {
      if (entry.startsWith('asset.')) rmSync(join(outdir, entry), { recursive: true, force: true });
    }
    const templates = Object.fromEntries(
      stackIds.map((id) => [
        id,
        JSON.parse(readFileSync(join(outdir, `${id}.template.json`), 'utf8')) as CfnTemplate,
      ]),
    ) as Record<StackId, CfnTemplate>;
    // No report is written when no validation plugin ran.
    const reportFile = join(outdir, cxapi.VALIDATION_REPORT_FILE);
    const report = existsSync(reportFile)
      ? (JSON.parse(readFileSync(reportFile, 'utf8')) as Synthesis['report'])
      : { pluginReports: [] };
    return { templates, report, outdir, stacks };
  } catch (error) {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  }
}

export function cleanUp(synthesis: Synthesis | undefined): void {
  if (synthesis) rmSync(synthesis.outdir, { recursive: true, force: true });
}

export function resourcesOfType(template: CfnTemplate, type: string): [string, CfnResource][] {
  return Object.entries(template.Resources).filter(([, r]) => r.Type === type);
}
