import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColorMode } from '../mermaid-config';

/** Bump when the prerender's post-processing changes, so cached SVGs are redrawn. */
const prerenderRevision = 4;

export const svgOutputDir = 'src/generated/static/diagrams';
export const svgSizesFile = 'src/generated/diagram-sizes.json';
/** URL path of the prerendered SVGs (served from `staticDirectories`). */
export const svgUrlPath = '/diagrams';

let inputsDigest: string | undefined;

/** Everything besides the text that changes how a diagram looks. */
function renderInputs(root: string): string {
  inputsDigest ??= createHash('sha256')
    .update(
      JSON.stringify(
        (
          JSON.parse(readFileSync(join(root, 'node_modules/mermaid/package.json'), 'utf8')) as {
            version: string;
          }
        ).version,
      ),
    )
    .update(
      existsSync(join(root, 'src/generated/aws-icons.json'))
        ? readFileSync(join(root, 'src/generated/aws-icons.json'))
        : '',
    )
    .update(readFileSync(join(root, 'diagrams/mermaid-config.ts')))
    .update(String(prerenderRevision))
    .digest('hex');
  return inputsDigest;
}

/** Content address of one diagram in one colour mode: a stale SVG can never be picked up. */
export function svgKey(root: string, mermaid: string, mode: ColorMode): string {
  return createHash('sha256')
    .update(renderInputs(root))
    .update(mode)
    .update(mermaid)
    .digest('hex')
    .slice(0, 16);
}

export interface SvgSize {
  readonly width: number;
  readonly height: number;
}
