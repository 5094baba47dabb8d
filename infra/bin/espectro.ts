import { buildEspectro, newApp } from '../lib/app';
import { loadConfig } from '../lib/config';
import { addPolicyChecks } from '../lib/policy-checks';

const app = newApp();
buildEspectro(
  app,
  loadConfig((key) => app.node.tryGetContext(key), process.cwd()),
);
addPolicyChecks(app);
app.synth();
