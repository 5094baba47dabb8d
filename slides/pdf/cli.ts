/**
 * `npm run pdf [-- --notes] [-- --build <dir>]`: the deck and the architecture document as PDF
 * files, for every locale, from the production build (run `npm run build` first). Needs
 * Chromium (/usr/bin/chromium or CHROMIUM_PATH); nothing is downloaded.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writePdfs } from './run';

const { values } = parseArgs({
  options: {
    notes: { type: 'boolean', default: false },
    build: { type: 'string', default: 'build' },
  },
});

const started = Date.now();
writePdfs({
  buildDir: resolve(values.build),
  notes: values.notes,
  log: (line) => console.log(line),
}).then(
  (files) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `pdf: ${files.length} files in ${seconds} s, page counts checked against the slides and the docs`,
    );
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
