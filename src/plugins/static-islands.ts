/**
 * Docusaurus plugin: content that is static once built (the component reference, generated
 * from the whole model and its notes) is rendered by the server only. The browser bundle of a
 * production build gets a stand-in that keeps the server's HTML, so the model stays out of the
 * page's JavaScript. `npm start` renders in the browser only, so it keeps the real component.
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export default function staticIslandsPlugin(context: LoadContext): Plugin {
  const dir = join(context.siteDir, 'src/components/ComponentReference');
  return {
    name: 'espectro-static-islands',
    configureWebpack(config, isServer) {
      const full = isServer || config.mode !== 'production';
      return {
        resolve: {
          alias: {
            '@espectro/component-reference': join(dir, full ? 'Island.tsx' : 'Island.client.tsx'),
          },
        },
      };
    },
  };
}
