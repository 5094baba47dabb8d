/**
 * A static server over a built Docusaurus site, on 127.0.0.1 and a random port, that gzips
 * text responses like a CDN would. Compressed bodies are kept in memory, so after the first
 * request (the bench's warm-up) compression costs no latency, as with a CDN's edge cache.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
// Same file mapping and content types as the browser tests' server; this one adds gzip.
import { contentTypes, resolveBuildFile, type StaticServer } from '../e2e/support/server';

export type { StaticServer };

const compressible = /\.(html|m?js|css|json|svg|xml|txt|webmanifest)$/;

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

export async function startStaticServer(root: string): Promise<StaticServer> {
  if (!isFile(join(root, 'index.html'))) throw new Error(`no built site at ${root}`);
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    let file = resolveBuildFile(root, urlPath);
    let status = 200;
    if (!file) {
      status = 404;
      file = isFile(join(root, '404.html')) ? join(root, '404.html') : undefined;
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const ext = extname(file).toLowerCase();
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string | number> = {
      'content-type': contentTypes[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    if (compressible.test(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      let packed = gzipped.get(file);
      if (!packed) {
        packed = gzipSync(body, { level: 6 });
        gzipped.set(file, packed);
      }
      body = packed;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    headers['content-length'] = body.length;
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
