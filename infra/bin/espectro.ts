import { buildEspectro, newApp } from '../lib/app';
import { loadConfig } from '../lib/config';

const app = newApp();
buildEspectro(app, loadConfig((key) => app.node.tryGetContext(key), process.cwd()));
app.synth();
