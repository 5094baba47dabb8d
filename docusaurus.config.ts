import type * as Preset from '@docusaurus/preset-classic';
import type { UserThemeConfig as MermaidThemeConfig } from '@docusaurus/theme-mermaid';
import type { Config, PluginModule } from '@docusaurus/types';
import type { PluginOptions as SearchLocalOptions } from '@easyops-cn/docusaurus-search-local/dist/types';
import { themes as prismThemes } from 'prism-react-renderer';
import { mermaidOptions, mermaidThemes } from './diagrams/mermaid-config';
import { accessibleTheme } from './src/prism/accessible-theme';
import { model } from './diagrams/model/index';
import { locales } from './diagrams/model/text';
import { handWrittenDiagrams } from './diagrams/prerender/hand-written';
import { missingPrerendered } from './diagrams/prerender/lookup';
import { renderAllViews } from './diagrams/render/index';
import codeHighlightingPlugin from './src/plugins/code-highlighting';
import diagramRuntimePlugin from './src/plugins/diagram-runtime';
import localeTextPlugin from './src/plugins/locale-text';
import postBuildHtmlPlugin from './src/plugins/post-build-html';
import staticIslandsPlugin from './src/plugins/static-islands';
import deckPlugin from './slides/plugin';
import topologyRemark from './src/remark/topology';

// This file runs in Node.js: no client-side code (window, document) here.
// Strings below are pt-BR, the default locale; the English ones live in i18n/en/*.json
// (regenerate their keys with `npm run write-translations -- --locale en`).

/** Local full-text search: offline, one index per locale, Portuguese and English stemming. */
const search = {
  hashed: true,
  // lunr-languages codes: `pt` is Portuguese (lunr.pt.js); `en` is lunr's built-in stemmer.
  language: ['pt', 'en'],
  indexBlog: false,
  indexPages: false,
  docsRouteBasePath: '/docs',
  highlightSearchTermsOnTargetPage: true,
  explicitSearchResultPath: true,
} satisfies SearchLocalOptions;

/**
 * Production pages ship diagrams as SVG drawn at build time (`npm run prerender`) and no Mermaid
 * code at all. `npm start`, or a build that lacks some SVG (no Chromium), draws in the browser
 * and needs theme-mermaid's runtime.
 */
const production = process.env.NODE_ENV === 'production';
const missingSvgs = production
  ? missingPrerendered(process.cwd(), [
      ...locales.flatMap((locale) => renderAllViews(model, locale).map((v) => v.mermaid)),
      ...handWrittenDiagrams(process.cwd()),
    ])
  : [];
if (missingSvgs.length) {
  console.warn(
    `[espectro] ${missingSvgs.length} diagram(s) have no prerendered SVG: they will be drawn in the ` +
      'browser. Run `npm run prerender` with Chromium installed (or CHROMIUM_PATH set) for static SVGs.',
  );
}
const liveMermaid = !production || missingSvgs.length > 0;
const topology = [topologyRemark, { prerendered: production }] as const;

const codeThemeLight = accessibleTheme(prismThemes.github);
const codeThemeDark = accessibleTheme(prismThemes.dracula);

const config = {
  title: 'Espectro',
  tagline:
    'Arquitetura AWS de uma aplicação web de espectrometria de massa para caracterização de proteínas',
  favicon: 'img/favicon.svg',

  url: 'https://espectro.example.com',
  baseUrl: '/',

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {
    // All v4 flags (CSS cascade layers, site storage namespacing, no MDX 1 compat, ...).
    v4: true,
    // Docusaurus Faster (Rspack, SWC, Lightning CSS); `experimental_faster` was renamed to this.
    faster: true,
  },

  i18n: {
    defaultLocale: 'pt-BR',
    locales: ['pt-BR', 'en'],
    localeConfigs: {
      'pt-BR': { label: 'Português (Brasil)', htmlLang: 'pt-BR' },
      en: { label: 'English', htmlLang: 'en' },
    },
  },

  markdown: {
    // Fenced ```mermaid blocks go through src/remark/topology.ts like every other diagram.
    mermaid: false,
    // .md is CommonMark, .mdx is MDX.
    format: 'detect',
    hooks: {
      // The top-level `onBrokenMarkdownLinks` is deprecated since 3.9; this is its replacement.
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  themes: [
    ...(liveMermaid ? ['@docusaurus/theme-mermaid'] : []),
    ['@easyops-cn/docusaurus-search-local', search],
  ],

  clientModules: [
    // Route prefetching from visible links waits for idle time instead of blocking after hydration.
    './src/client/idle-prefetch.ts',
    // A page with code blocks starts loading the highlighter before hydration.
    './src/client/code-highlighting.ts',
  ],

  plugins: [
    [diagramRuntimePlugin, { live: liveMermaid }],
    codeHighlightingPlugin,
    localeTextPlugin,
    staticIslandsPlugin,
    postBuildHtmlPlugin,
    deckPlugin as PluginModule,
  ],

  // Prerendered SVGs (src/generated/static/diagrams) are served beside static/.
  staticDirectories: ['static', 'src/generated/static'],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          showLastUpdateAuthor: false,
          remarkPlugins: [topology],
        },
        blog: false,
        pages: {
          remarkPlugins: [topology],
        },
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [{ name: 'theme-color', content: '#0b6477' }],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: { hideable: true },
    },
    navbar: {
      title: 'Espectro',
      logo: {
        alt: 'Logotipo do Espectro',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'architecture',
          position: 'left',
          label: 'Arquitetura',
        },
        {
          type: 'localeDropdown',
          position: 'right',
        },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Documentação',
          items: [
            { label: 'Visão geral da arquitetura', to: '/docs/architecture/overview' },
            { label: 'Referência de componentes', to: '/docs/reference/components' },
          ],
        },
      ],
      copyright: '© Espectro. Documentação de arquitetura.',
    },
    prism: {
      theme: codeThemeLight,
      darkTheme: codeThemeDark,
      additionalLanguages: ['bash', 'docker'],
    },
    mermaid: {
      theme: { ...mermaidThemes },
      options: { ...mermaidOptions },
    },
  } satisfies Preset.ThemeConfig & MermaidThemeConfig,
} satisfies Config;

export default config;
