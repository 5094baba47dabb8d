import type { Locale } from '../model/text';
import { oneLine } from './escape';

const componentsWord = { 'pt-BR': 'componentes', en: 'components' } as const;

/** accTitle/accDescr lines, generated from the view so screen readers get the same story. */
export function accessibilityLines(
  title: string,
  description: string,
  labels: readonly string[],
  locale: Locale,
): string[] {
  const listed = labels.length
    ? ` ${labels.length} ${componentsWord[locale]}: ${labels.join(', ')}.`
    : '';
  return [`accTitle: ${oneLine(title)}`, `accDescr: ${oneLine(description + listed)}`];
}
