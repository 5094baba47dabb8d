/** The site's locales; pt-BR is the default. */
export const locales = ['pt-BR', 'en'] as const;
export type Locale = (typeof locales)[number];

/**
 * Every human-readable string in the model carries both languages, so a missing
 * translation is a compile error rather than a blank label on the site.
 */
export type Text = { readonly 'pt-BR': string; readonly en: string };

export function t(text: Text, locale: Locale): string {
  return text[locale];
}

/** Shorthand for a bilingual string: Portuguese first, then English. */
export function l(ptBR: string, en: string): Text {
  return { 'pt-BR': ptBR, en };
}
