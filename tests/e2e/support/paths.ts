import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, whatever directory the tests are started from. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The production build the tests run against: `build/`, or `SITE_BUILD_DIR`. */
export const buildDir = resolve(process.env.SITE_BUILD_DIR ?? join(repoRoot, 'build'));

/** URL path prefix of each locale; pt-BR is the default locale, served at the root. */
export const locales = [
  { locale: 'pt-BR', prefix: '' },
  { locale: 'en', prefix: '/en' },
] as const;
