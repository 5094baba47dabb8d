import type { Text } from '../text';
import { locales } from '../text';
import { parseInline } from './markup';
import { aspects, type Aspect } from './types';

/** Official sources a note may link to; anything else is a finding. */
export const allowedLinkHosts = [
  'docs.aws.amazon.com',
  'aws.amazon.com',
  'sre.google',
  'kubernetes.io',
  'karpenter.sh',
  'kubernetes-sigs.github.io',
  'argo-cd.readthedocs.io',
  'argo-rollouts.readthedocs.io',
  'external-secrets.io',
  'aws-otel.github.io',
  'docs.djangoproject.com',
] as const;

/**
 * A number followed by a unit of size, time, rate or money: such a claim needs a source link in
 * the same text. Deliberately simple; it catches "14 dias", "60 seconds", "5 GiB", "20%", "US$ 1".
 */
const unitEnd = '(?![\\p{L}\\p{N}])';
const units = [
  '%',
  '[KMGT]i?B',
  'Gbps',
  'ms',
  's',
  'seg(?:undo)?s?',
  'seconds?',
  'min(?:uto|ute)?s?',
  'h',
  'horas?',
  'hours?',
  'dias?',
  'days?',
  'mes(?:es)?',
  'months?',
  'anos?',
  'years?',
  'vCPUs?',
];
const quantityPattern = new RegExp(
  `(?<![\\p{L}\\p{N}.,])\\d[\\d.,]*\\s?(?:%|(?:${units.slice(1).join('|')})${unitEnd})|(?:US\\$|USD)\\s?\\d`,
  'iu',
);

export interface NoteFinding {
  readonly component: string;
  readonly aspect: Aspect;
  readonly locale: string;
  readonly problem: string;
}

type NotesLike = Readonly<Record<string, Readonly<Record<Aspect, Text | null>>>>;

function where(component: string, aspect: Aspect, locale: string): string {
  return `${component}.${aspect} (${locale})`;
}

/**
 * Every rule a note must follow, as a list of findings (empty when all is well): both languages
 * present and non-empty, markup well formed, links https on an allowed host, the same sources
 * cited in both languages, and a link wherever a quantity with a unit is stated.
 */
export function checkNotes(
  notes: NotesLike,
  actorIds: ReadonlySet<string>,
): readonly NoteFinding[] {
  const findings: NoteFinding[] = [];
  for (const [component, entry] of Object.entries(notes)) {
    for (const aspect of aspects) {
      const text = entry[aspect];
      const add = (locale: string, problem: string) =>
        findings.push({ component, aspect, locale, problem });
      if (text === null) {
        if (!actorIds.has(component) || aspect === 'why') add('both', 'aspect is null');
        continue;
      }
      const hrefsByLocale: string[][] = [];
      for (const locale of locales) {
        const source = text[locale];
        if (typeof source !== 'string' || source.trim() === '') {
          add(locale, 'empty text');
          continue;
        }
        let pieces;
        try {
          pieces = parseInline(source, where(component, aspect, locale));
        } catch (error) {
          add(locale, (error as Error).message);
          continue;
        }
        const hrefs = pieces.flatMap((p) => (p.kind === 'link' ? [p.href] : []));
        hrefsByLocale.push([...new Set(hrefs)].sort());
        for (const href of hrefs) {
          const host = new URL(href).host;
          if (!(allowedLinkHosts as readonly string[]).includes(host)) {
            add(locale, `link host ${host} is not an allowed official source (${href})`);
          }
        }
        const prose = pieces
          .flatMap((p) => (p.kind === 'code' ? [] : [p.kind === 'link' ? p.label : p.text]))
          .join('');
        const quantity = quantityPattern.exec(prose);
        if (quantity && hrefs.length === 0) {
          add(locale, `states "${quantity[0]}" without a source link`);
        }
      }
      const [first, second] = hrefsByLocale;
      if (first && second && first.join(' ') !== second.join(' ')) {
        add(
          'both',
          `the two languages cite different sources: ${first.join(', ')} / ${second.join(', ')}`,
        );
      }
    }
  }
  return findings;
}

/** One line per finding, for assertion messages. */
export function formatFindings(findings: readonly NoteFinding[]): string {
  return findings.map((f) => `${where(f.component, f.aspect, f.locale)}: ${f.problem}`).join('\n');
}
