/**
 * Docusaurus plugin: each locale's bundle carries only its own half of the model's prose and
 * labels (the component notes, components, connections, flows, views, state machine), which
 * both languages write side by side as `l(pt, en)`. Not the requirements: their quotes are
 * shown in both languages on the traceability page.
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export const prunedFiles =
  /diagrams[\\/]model[\\/](component-notes[\\/][^\\/]+|components|connections|flows|views|state-machine)\.ts$/;

export default function localeTextPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale;
  return {
    name: 'espectro-locale-text',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              test: prunedFiles,
              enforce: 'pre',
              use: [{ loader: join(__dirname, 'loader.cjs'), options: { locale } }],
            },
          ],
        },
      };
    },
  };
}
