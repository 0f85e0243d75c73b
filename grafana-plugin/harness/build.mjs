// Builds the browser harness twice, against the React 18 runtime (this project's @grafana/* 13.1 and
// React 18) and the React 19 runtime (harness/react19: @grafana/* 13.2 and React 19), into
// dist/harness/react18 and dist/harness/react19. Usage: node harness/build.mjs [react18|react19]...
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pluginRoot = resolve(here, '..');
const react19Root = join(here, 'react19');
const systemjs = join(pluginRoot, 'node_modules', 'systemjs', 'dist');

/** Resolves the sources' bare imports from `root`'s node_modules, so one source builds on either runtime. */
function runtimeFrom(root) {
  return {
    name: 'runtime-from',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (
          args.pluginData?.runtimeFrom ||
          args.importer.includes(`${root}/node_modules/`) ||
          args.path === 'systemjs'
        ) {
          return undefined;
        }
        const r = await b.resolve(args.path, { resolveDir: root, kind: args.kind, pluginData: { runtimeFrom: true } });
        return r.errors.length === 0 ? r : undefined;
      });
    },
  };
}

async function buildRuntime(runtime) {
  const root = runtime === 'react19' ? react19Root : pluginRoot;
  if (!existsSync(join(root, 'node_modules', 'react'))) {
    throw new Error(
      `harness/build.mjs: ${join(root, 'node_modules')} has no react; run \`npm run setup\` in grafana-plugin first`
    );
  }
  const out = join(pluginRoot, 'dist', 'harness', runtime);
  mkdirSync(join(out, 'extras'), { recursive: true });
  const started = Date.now();
  await build({
    entryPoints: [join(here, 'src', 'main.tsx')],
    outfile: join(out, 'harness.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    jsx: 'transform',
    // `define: undefined`: bundled UMD libraries (lodash…) must not see SystemJS's global AMD `define`
    // and register themselves there instead of in the bundle. Grafana's own build is not UMD-sniffed.
    define: {
      'process.env.NODE_ENV': '"production"',
      HARNESS_RUNTIME: JSON.stringify(runtime),
      global: 'window',
      define: 'undefined',
    },
    loader: { '.svg': 'text', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.png': 'empty' },
    plugins: [runtimeFrom(root)],
    logLevel: 'warning',
  });
  for (const f of ['system.js', 'extras/amd.js', 'extras/named-register.js']) {
    cpSync(join(systemjs, f), join(out, f));
  }
  writeFileSync(join(out, 'index.html'), readFileSync(join(here, 'index.html'), 'utf8'));
  const react = JSON.parse(readFileSync(join(root, 'node_modules', 'react', 'package.json'), 'utf8')).version;
  console.log(`harness ${runtime}: React ${react} → ${out} in ${Date.now() - started} ms`);
}

const wanted = process.argv.slice(2);
for (const runtime of wanted.length > 0 ? wanted : ['react18', 'react19']) {
  await buildRuntime(runtime);
}
