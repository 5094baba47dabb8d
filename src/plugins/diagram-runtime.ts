/**
 * Docusaurus plugin: decides which browser-side renderer `@espectro/live-svg` names. Live
 * (Mermaid through theme-mermaid) for `npm start` and for builds lacking a prerendered SVG;
 * otherwise a module without Mermaid, so production bundles hold no Mermaid code at all.
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export default function diagramRuntimePlugin(context: LoadContext, options: unknown): Plugin {
  const { live } = options as { live: boolean };
  const dir = join(context.siteDir, 'src/components/TopologyDiagram');
  return {
    name: 'espectro-diagram-runtime',
    configureWebpack() {
      return {
        resolve: {
          alias: {
            '@espectro/live-svg': join(dir, live ? 'LiveSvg.tsx' : 'LiveSvgUnavailable.tsx'),
          },
        },
      };
    },
  };
}
