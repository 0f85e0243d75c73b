/**
 * A static server on 127.0.0.1 (ephemeral port) laid out like Grafana's public folder: the built plugin
 * at `/public/plugins/mlhealth-cascade-panel/`, the harness runtimes at `/harness/react18/` and
 * `/harness/react19/`, and JSON fixtures at `/fixtures/`. Used by the browser tests, screenshots and the
 * benchmark.
 */
import { createReadStream, existsSync, statSync } from 'fs';
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { extname, join, normalize, resolve, sep } from 'path';

export const PLUGIN_ID = 'mlhealth-cascade-panel';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `pluginRoot`'s dist/ and fixtures; resolves once listening. */
export function startHarnessServer(
  pluginRoot: string,
  fixturesDir = join(pluginRoot, 'fixtures')
): Promise<HarnessServer> {
  const dist = resolve(pluginRoot, 'dist');
  const mounts: Array<[string, string]> = [
    [`/public/plugins/${PLUGIN_ID}/`, dist],
    ['/harness/', join(dist, 'harness')],
    ['/fixtures/', resolve(fixturesDir)],
  ];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    const file = mount ? normalize(join(mount[1], path.slice(mount[0].length) || 'index.html')) : null;
    const target = file && existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    if (!mount || !target || !target.startsWith(mount[1] + sep) || !existsSync(target)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(target).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ok({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
