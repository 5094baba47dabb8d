import { formatNumber } from '../cost/format';
import type { Locale } from '../model/text';
import { GiB, MiB, TiB } from './limits';

const units = [
  [TiB, 'TiB'],
  [GiB, 'GiB'],
  [MiB, 'MiB'],
] as const;

/** Binary sizes, as the S3 limits are written: 16 MiB, 156.25 GiB, 48.8 TiB. */
export function formatBytes(bytes: number, locale: Locale): string {
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      const decimals = Number.isInteger(value) ? 0 : Number.isInteger(value * 100) ? 2 : 1;
      return `${formatNumber(value, locale, decimals)} ${unit}`;
    }
  }
  return `${formatNumber(bytes, locale)} B`;
}

/** Durations in the largest whole unit: 900 s -> 15 min, 604800 s -> 7 days. */
export function formatSeconds(seconds: number, locale: Locale): string {
  const day = 86_400;
  if (seconds % day === 0) {
    const n = seconds / day;
    return `${formatNumber(n, locale)} ${locale === 'en' ? (n === 1 ? 'day' : 'days') : n === 1 ? 'dia' : 'dias'}`;
  }
  if (seconds % 60 === 0) return `${formatNumber(seconds / 60, locale)} min`;
  return `${formatNumber(seconds, locale)} s`;
}
