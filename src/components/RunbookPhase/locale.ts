import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { Locale } from '@site/diagrams/model/text';

export function useLocale(): Locale {
  return useDocusaurusContext().i18n.currentLocale === 'en' ? 'en' : 'pt-BR';
}
