/**
 * Docusaurus plugin: the build's HTML rewrites, one after the other (Docusaurus runs plugins'
 * postBuild hooks concurrently, and two of them rewriting one file would lose an edit):
 * prerendered diagrams into their placeholders, then the font preload into every <head>.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { inlineDiagrams } from './inline-diagrams';
import { preloadFont } from './preload-font';

export default function postBuildHtmlPlugin(context: LoadContext): Plugin {
  return {
    name: 'espectro-post-build-html',
    async postBuild({ outDir }) {
      // The default locale's output contains the other locales' folders: leave those to their own build.
      const { defaultLocale, locales, currentLocale } = context.i18n;
      const others =
        currentLocale === defaultLocale ? locales.filter((l) => l !== defaultLocale) : [];
      const inlined = await inlineDiagrams(outDir, others);
      const preloaded = await preloadFont(outDir, context.baseUrl, others);
      console.log(
        `[espectro] ${currentLocale}: ${inlined} prerendered diagrams inlined, font preloaded by ${preloaded} pages`,
      );
    },
  };
}
