/**
 * Docusaurus plugin: the deck page at `<locale base>/slides`, built from the typed slides for
 * the locale being built. Validates the deck (a broken one fails the build, naming the slide),
 * writes its data with `createData` and adds the route, so the deck's data and reveal.js load on
 * that page only. reveal.js's stylesheet and the deck theme travel in the same data and are
 * inlined by the page: a CSS import would land in the single stylesheet every page loads.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { locales, type Locale } from '../diagrams/model/text';
import { buildDeck } from './build';
import type { DeckData } from './data';
import { deck, talkLimitSeconds } from './deck';
import { emptyManifest, manifestName, pdfDir } from './pdf/manifest';
import { assertValidDeck } from './validate';

const deckRoutePath = 'slides';

function asLocale(locale: string): Locale {
  const known = locales.find((l) => l === locale);
  if (!known)
    throw new Error(`The deck has no text for locale "${locale}" (known: ${locales.join(', ')})`);
  return known;
}

async function deckCss(siteDir: string): Promise<string> {
  const [reveal, theme] = await Promise.all([
    readFile(join(siteDir, 'node_modules/reveal.js/dist/reveal.css'), 'utf8'),
    readFile(join(siteDir, 'src/components/Deck/theme.css'), 'utf8'),
  ]);
  return `${reveal}\n${theme}`;
}

export default function deckPlugin(context: LoadContext): Plugin<DeckData> {
  const { siteDir, baseUrl, i18n } = context;
  const locale = asLocale(i18n.currentLocale);
  return {
    name: 'espectro-deck',

    getPathsToWatch() {
      return [join(siteDir, 'slides/**/*.ts'), join(siteDir, 'src/components/Deck/theme.css')];
    },

    async loadContent() {
      assertValidDeck(deck, talkLimitSeconds);
      return buildDeck(deck, locale, {
        root: siteDir,
        // Like the topology remark plugin: build-time SVGs in production, live Mermaid in dev.
        prerendered: process.env.NODE_ENV === 'production',
        talkLimitSeconds,
        css: await deckCss(siteDir),
      });
    },

    async contentLoaded({ content, actions }) {
      const data = await actions.createData(`deck-${locale}.json`, JSON.stringify(content));
      actions.addRoute({
        path: `${baseUrl}${deckRoutePath}`,
        component: '@site/src/components/Deck/index.tsx',
        modules: { deck: data },
        exact: true,
      });
    },

    async postBuild({ outDir }) {
      // A fresh build has no PDFs yet (they are made from it): start the manifest empty.
      const dir = join(outDir, pdfDir);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, manifestName), `${JSON.stringify(emptyManifest)}\n`);
    },
  };
}
