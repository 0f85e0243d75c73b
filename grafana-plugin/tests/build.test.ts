/**
 * The offline part of Grafana's plugin validator, on the built dist/: module.js is an anonymous AMD
 * module depending only on modules Grafana shares, plugin.json is valid against Grafana's schema
 * (scripts/plugin.schema.json, copied from the validator) and consistent with package.json, and the
 * files the catalogue needs are there.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const read = (p: string) => readFileSync(join(dist, p), 'utf8');

// x.y.z as numbers, for ordering release versions (no pre-releases here).
const parts = (v: string) => v.split(/[.-]/).slice(0, 3).map(Number);
const compare = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/** The lowest @grafana/data the harness runs the plugin on: this project's and harness/react19's. */
function lowestTestedGrafana(): string {
  const version = (dir: string): string =>
    JSON.parse(readFileSync(join(dir, 'node_modules', '@grafana', 'data', 'package.json'), 'utf8')).version;
  return [version(root), version(join(root, 'harness', 'react19'))].sort(compare)[0];
}

// Grafana's shared modules (public/app/features/plugins/loader/sharedDependencies.ts) plus AMD's `module`.
const SHARED = new Set([
  '@emotion/css',
  '@emotion/react',
  'emotion',
  '@grafana/data',
  '@grafana/runtime',
  '@grafana/ui',
  '@grafana/slate-react',
  'slate',
  'slate-react',
  'slate-plain-serializer',
  'prismjs',
  'd3',
  'i18next',
  'jquery',
  'lodash',
  'moment',
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
  'react-inlinesvg',
  'react-redux',
  'redux',
  'react-router-dom',
  'react-router',
  'rxjs',
  'rxjs/operators',
  'module',
]);

describe('dist/ as Grafana loads it', () => {
  it('holds module.js as an anonymous AMD module depending only on shared modules', () => {
    const src = read('module.js');
    const m = /^(?:\/\*[\s\S]*?\*\/\s*)*define\((\[[^\]]*\])\s*,/.exec(src);
    expect(m).not.toBeNull();
    const deps: string[] = JSON.parse(m![1]);
    expect(deps).toEqual(expect.arrayContaining(['@grafana/data', '@grafana/ui', 'react', 'module']));
    expect(deps.filter((d) => !SHARED.has(d))).toEqual([]);
    expect(deps).not.toContain('angular');
    expect(existsSync(join(dist, 'module.js.map'))).toBe(true);
  });

  it('ships nothing but the plugin (no test fixtures, only the harness beside it)', () => {
    expect(readdirSync(dist).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'harness',
      'img',
      'module.js',
      'module.js.map',
      'plugin.json',
    ]);
  });

  it('holds a plugin.json valid against Grafana’s schema and consistent with package.json', () => {
    const schema = JSON.parse(readFileSync(join(root, 'scripts', 'plugin.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const plugin = JSON.parse(read('plugin.json'));
    const valid = ajv.validate(schema, plugin);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(plugin.id).toBe('mlhealth-cascade-panel');
    expect(plugin.id).toMatch(/^[0-9a-z]+-([0-9a-z]+-)?(app|panel|datasource)$/);
    expect(plugin.name).not.toBe(plugin.id);
    expect(plugin.info.version).toBe(pkg.version);
    expect(plugin.info.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(plugin.dependencies.grafanaDependency).toBe(`>=${lowestTestedGrafana()}`);
  });

  it('rejects a plugin.json with a key Grafana does not know (the schema bites)', () => {
    const schema = JSON.parse(readFileSync(join(root, 'scripts', 'plugin.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    expect(ajv.validate(schema, { ...JSON.parse(read('plugin.json')), mlhealth: true })).toBe(false);
  });

  it('holds the logo (a safe SVG), README (not the template), CHANGELOG and LICENSE', () => {
    const plugin = JSON.parse(read('plugin.json'));
    for (const logo of [plugin.info.logos.small, plugin.info.logos.large]) {
      const svg = read(logo);
      expect(svg).toMatch(/^<svg/);
      expect(svg).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    }
    const readme = read('README.md');
    expect(readme).toContain('mlhealth');
    expect(readme).not.toMatch(/Grafana panel plugin template|%PLUGIN_ID%|%VERSION%/);
    expect(read('CHANGELOG.md')).toContain(plugin.info.version);
    expect(read('LICENSE')).toContain('Apache License');
  });

  it('is ready for the catalogue: screenshots, links to docs and issues, a filled-in LICENSE', () => {
    const plugin = JSON.parse(read('plugin.json'));
    expect(plugin.info.screenshots.length).toBeGreaterThanOrEqual(2);
    // Every screenshot docs/screenshots holds is in the catalogue, so the two never drift apart.
    const listed = (plugin.info.screenshots as Array<{ path: string }>).map((s) => s.path.split('/').pop()).sort();
    const pngs = readdirSync(join(root, '..', 'docs', 'screenshots')).filter((f) => f.endsWith('.png'));
    expect(listed).toEqual(pngs.sort());
    for (const shot of plugin.info.screenshots as Array<{ name: string; path: string }>) {
      expect(shot.name).not.toBe('');
      // From docs/screenshots, byte for byte.
      const docs = readFileSync(join(root, '..', 'docs', 'screenshots', shot.path.split('/').pop()!));
      expect(readFileSync(join(dist, shot.path)).equals(docs)).toBe(true);
    }
    const links = plugin.info.links as Array<{ name: string; url: string }>;
    expect(links.map((l) => l.name)).toEqual(['Documentation', 'Report an issue']);
    for (const l of links) {
      expect(new URL(l.url).protocol).toBe('https:');
    }
    expect(read('LICENSE')).not.toMatch(/\{yyyy\}|\{name of copyright owner\}/);
    expect(read('LICENSE')).toMatch(/^\s*Copyright \d{4} The mlhealth authors$/m);
  });

  it('pins docker-compose.yml to a Grafana image inside grafanaDependency', () => {
    const range = JSON.parse(read('plugin.json')).dependencies.grafanaDependency;
    const compose = readFileSync(join(root, '..', 'docker-compose.yml'), 'utf8');
    const image = /^\s*image:\s*grafana\/grafana(?:-enterprise)?:(\S+)\s*$/m.exec(compose);
    expect(image).not.toBeNull();
    expect(range).toMatch(/^>=\d+\.\d+\.\d+$/);
    expect(compare(image![1], range.slice(2))).toBeGreaterThanOrEqual(0);
  });

  it('keeps the create-plugin build layout the validator checks for', () => {
    expect(readFileSync(join(root, '.config', 'webpack', 'webpack.config.ts'), 'utf8')).toContain(
      '@grafana/create-plugin'
    );
  });
});
