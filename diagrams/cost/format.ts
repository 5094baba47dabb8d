import type { Locale } from '../model/text';

const separators: Record<Locale, { thousands: string; decimal: string }> = {
  'pt-BR': { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/**
 * Formats a number the same way on the server and in every browser (Intl output differs between
 * ICU versions, which would break hydration): fixed decimals, locale separators.
 */
export function formatNumber(value: number, locale: Locale, decimals = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  const { thousands, decimal } = separators[locale];
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (fraction ? decimal + fraction : '');
}

/** US dollars with two decimals, or more for sub-cent unit prices. */
export function formatUsd(value: number, locale: Locale, decimals = 2): string {
  const amount = formatNumber(value, locale, decimals);
  return locale === 'pt-BR' ? `US$ ${amount}` : `US$${amount}`;
}

/** Enough decimals to show a unit price's first significant digits (0.0000375 -> 7 places). */
export function unitPriceDecimals(value: number): number {
  if (value === 0 || value >= 0.01) return value >= 1 || value === 0 ? 2 : 4;
  return Math.min(10, Math.ceil(-Math.log10(value)) + 2);
}
