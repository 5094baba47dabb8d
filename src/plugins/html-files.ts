import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every `.html` file under `dir`, leaving out the folders in `skip` (absolute paths). */
export async function htmlFiles(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return skip.has(path) ? [] : htmlFiles(path, skip);
      return entry.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat();
}
