/**
 * `npm run diagrams`: validate the model, run the policy rules, print a summary and write
 * every view's .mmd file plus the icon pack the site loads. Exits non-zero on any error.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles } from './generate';
import { writeIconPack } from './icons/build-pack';
import { model } from './model/index';
import { renderAllViews } from './render/index';
import { runPolicyRules } from './rules/run';
import { validateModel } from './validate/validate';

// npm runs scripts from the package root.
const root = process.cwd();

function fail(message: string): never {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

const errors = validateModel(model);
if (errors.length) {
  fail(
    `The topology model is invalid:\n${errors.map((e) => `  - [${e.code}] ${e.message}`).join('\n')}`,
  );
}

const results = runPolicyRules(model);
const findings = results.flatMap((r) => r.findings);

const views = renderAllViews(model, 'en');
console.log('Espectro topology model');
console.log(`  components   ${Object.keys(model.components).length}`);
console.log(`  groups       ${Object.keys(model.groups).length}`);
console.log(`  connections  ${model.connections.length}`);
console.log(`  flows        ${Object.keys(model.flows).length}`);
console.log(`  views        ${views.length}`);
for (const v of views)
  console.log(
    `    ${v.id.padEnd(14)} ${v.diagram.padEnd(9)} ${String(v.nodeCount).padStart(3)} nodes`,
  );
console.log(
  `  policy rules ${results.length} (${results.filter((r) => r.findings.length === 0).length} pass)`,
);
for (const f of findings)
  console.log(`    ${f.severity === 'error' ? '✖' : '!'} ${f.rule}: ${f.message}`);

const generatedDir = join(root, 'diagrams/generated');
rmSync(generatedDir, { recursive: true, force: true });
const files = generatedFiles(model);
for (const [path, content] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
const packFile = join(root, 'src/generated/aws-icons.json');
writeIconPack(packFile);
console.log(
  `  wrote ${files.size} .mmd files under diagrams/generated/ (${readdirSync(generatedDir).join(', ')}) and ${packFile.slice(root.length + 1)}`,
);

const blocking = findings.filter((f) => f.severity === 'error');
if (blocking.length) fail(`${blocking.length} policy rule error(s); see above.`);
