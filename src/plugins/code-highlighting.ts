/**
 * Docusaurus plugin: keeps Prism out of the main bundle. The classic theme registers the extra
 * Prism grammars in a client module, which puts prism-react-renderer (~90 KB) on every page;
 * this points that module at an empty one, and src/theme/CodeBlock registers the grammars in
 * the chunk that highlights code.
 */
import { dirname, join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function codeHighlightingPlugin(): Plugin {
  const themeLib = dirname(require.resolve('@docusaurus/theme-classic'));
  return {
    name: 'espectro-code-highlighting',
    configureWebpack() {
      return {
        resolve: {
          alias: {
            [`${join(themeLib, 'prism-include-languages')}$`]: join(
              __dirname,
              'no-client-module.ts',
            ),
          },
        },
      };
    },
  };
}
