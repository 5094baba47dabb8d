import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { buildReference } from '../lib/reference';
import { cleanUp, synthesize } from '../test/support/synth';

/** Where the site reads the reference page's data. */
export const referenceFile = join(
  __dirname,
  '..',
  '..',
  'src',
  'components',
  'InfrastructureReference',
  'resources.generated.json',
);

async function main(): Promise<void> {
  const synthesis = synthesize({ policy: false });
  try {
    const data = buildReference(synthesis.templates, synthesis.stacks);
    writeFileSync(referenceFile, await format(JSON.stringify(data), { parser: 'json' }));
    console.log(`wrote ${referenceFile}: ${data.components.length} components`);
  } finally {
    cleanUp(synthesis);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
