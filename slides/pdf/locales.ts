import { join } from 'node:path';
import { locales, type Locale } from '../../diagrams/model/text';

export interface SiteLocale {
  readonly locale: Locale;
  /** URL path prefix: the default locale (the first) sits at the root, the others below it. */
  readonly prefix: string;
}

export const siteLocales: readonly SiteLocale[] = locales.map((locale, i) => ({
  locale,
  prefix: i === 0 ? '' : `/${locale}`,
}));

/** A locale's output folder inside the build. */
export function localeDir(buildDir: string, { prefix }: SiteLocale): string {
  return join(buildDir, prefix);
}
