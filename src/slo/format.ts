/**
 * Locale-aware wording of the SLO numbers, shared by the calculator and the page tables.
 * Durations are shown in the two largest units that matter (2 d 2 h, 43 min 12 s).
 */
import type { Locale } from '../../diagrams/model/text';

const units = [
  { seconds: 86_400, label: { 'pt-BR': 'd', en: 'd' } },
  { seconds: 3_600, label: { 'pt-BR': 'h', en: 'h' } },
  { seconds: 60, label: { 'pt-BR': 'min', en: 'min' } },
  { seconds: 1, label: { 'pt-BR': 's', en: 's' } },
] as const;

const never = { 'pt-BR': 'nunca', en: 'never' } as const;

/** `minutes` as "2 d 2 h", "43 min 12 s" or "52 s" (the smaller unit truncated); Infinity as "never". */
export function formatDuration(minutes: number, locale: Locale): string {
  if (minutes === Infinity) return never[locale];
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`formatDuration: minutes must be a finite number ≥ 0, got ${minutes}`);
  }
  const seconds = Math.round(minutes * 60);
  const first = units.findIndex((unit) => seconds >= unit.seconds);
  const big = units[first];
  if (!big) return `0 ${units[3].label[locale]}`;
  const count = Math.floor(seconds / big.seconds);
  const parts = [`${count} ${big.label[locale]}`];
  const small = units[first + 1];
  if (small) {
    const smallCount = Math.floor((seconds - count * big.seconds) / small.seconds);
    if (smallCount > 0) parts.push(`${smallCount} ${small.label[locale]}`);
  }
  return parts.join(' ');
}

/** A number with the locale's separators and at most `digits` decimals (trailing zeros dropped). */
export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A percentage given in percent units: 99.9 -> "99,9%" (pt-BR) or "99.9%" (en). */
export function formatPercent(percent: number, locale: Locale, digits = 3): string {
  return `${formatNumber(percent, locale, digits)}%`;
}
