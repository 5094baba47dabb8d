/**
 * The site pages a slide may link to, with their source files in both locales. The build's
 * broken-link and broken-anchor checks cover the rendered links; tests/unit/deck.test.ts checks
 * the files and anchors, so a page that does not exist yet cannot be linked.
 */
export const docPages = {
  intro: {
    path: '/docs/intro',
    files: ['docs/intro.mdx', 'i18n/en/docusaurus-plugin-content-docs/current/intro.mdx'],
  },
  overview: {
    path: '/docs/architecture/overview',
    files: [
      'docs/architecture/overview.mdx',
      'i18n/en/docusaurus-plugin-content-docs/current/architecture/overview.mdx',
    ],
  },
  requirements: {
    path: '/docs/architecture/requirements',
    files: [
      'docs/architecture/requirements.mdx',
      'i18n/en/docusaurus-plugin-content-docs/current/architecture/requirements.mdx',
    ],
  },
  components: {
    path: '/docs/reference/components',
    files: [
      'docs/reference/components.mdx',
      'i18n/en/docusaurus-plugin-content-docs/current/reference/components.mdx',
    ],
  },
} as const;

export type DocPage = keyof typeof docPages;

/** Site path of a page (without the locale prefix, which the page's links add). */
export function docPath(page: DocPage, anchor?: string): string {
  return anchor ? `${docPages[page].path}#${anchor}` : docPages[page].path;
}
