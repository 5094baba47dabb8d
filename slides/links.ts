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
  sreDatabase: {
    path: '/docs/sre/database-connectivity',
    files: [
      'docs/sre/database-connectivity.mdx',
      'i18n/en/docusaurus-plugin-content-docs/current/sre/database-connectivity.mdx',
    ],
  },
  srePostmortem: {
    path: '/docs/sre/postmortem',
    files: [
      'docs/sre/postmortem.mdx',
      'i18n/en/docusaurus-plugin-content-docs/current/sre/postmortem.mdx',
    ],
  },
  sreSlos: {
    path: '/docs/sre/slos',
    files: ['docs/sre/slos.mdx', 'i18n/en/docusaurus-plugin-content-docs/current/sre/slos.mdx'],
  },
  sreObservability: {
    path: '/docs/sre/observability',
    files: [
      'docs/sre/observability.mdx',
      'i18n/en/docusaurus-plugin-content-docs/current/sre/observability.mdx',
    ],
  },
} as const;

/**
 * Sections of the SRE pages a slide may link to; each is an explicit heading id
 * (an MDX comment `#id` after the heading) in both locales, which tests/unit/deck.test.ts checks.
 */
export const sreAnchors = {
  sreDatabase: [
    'symptoms',
    'decision-tree',
    'setup',
    'dns',
    'network-policy',
    'vpc',
    'rds-proxy',
    'credentials',
    'tls',
    'connection-limits',
    'failover',
    'mitigation',
  ],
  srePostmortem: ['template', 'worked-example', 'impact', 'guardrails', 'alarms', 'ci', 'chaos'],
  sreSlos: [
    'principles',
    'catalogue',
    'availability',
    'latency',
    'upload-success',
    'analysis-success',
    'time-to-result',
    'policy',
    'alerts',
    'calculator',
    'tracking',
  ],
  sreObservability: ['signals', 'dashboards', 'routing'],
} as const;

export type SrePage = keyof typeof sreAnchors;

export type DocPage = keyof typeof docPages;

/** Site path of a page (without the locale prefix, which the page's links add). */
export function docPath(page: DocPage, anchor?: string): string {
  return anchor ? `${docPages[page].path}#${anchor}` : docPages[page].path;
}
