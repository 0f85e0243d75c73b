/**
 * Registers the modules Grafana shares with plugins in SystemJS, as Grafana's loader does
 * (`public/app/features/plugins/loader/systemjs.ts` + `sharedDependencies.ts`, written from its
 * description, not copied): each module under the id `package:<name>` through `System.set`, and an
 * import map from the bare name to that id, so the plugin's AMD `define([...])` dependencies resolve to
 * the very instances the host renders with.
 */
import * as emotionCss from '@emotion/css';
import * as grafanaData from '@grafana/data';
import * as grafanaRuntime from '@grafana/runtime';
import * as grafanaUi from '@grafana/ui';
import * as react from 'react';
import * as reactDom from 'react-dom';
import * as reactDomClient from 'react-dom/client';
import * as jsxRuntime from 'react/jsx-runtime';

interface SystemJSLike {
  set(id: string, ns: object): void;
  addImportMap(map: { imports: Record<string, string> }): void;
  import(id: string): Promise<Record<string, unknown>>;
}

declare global {
  interface Window {
    System: SystemJSLike;
  }
}

// CommonJS packages: the AMD extra hands `ns.default` to the plugin when `__useDefault` is set, so
// `define(["react"], (React) => …)` receives React itself, as in Grafana.
const commonJs = (ns: object) => ({ ...ns, __useDefault: true });

export const SHARED_MODULES: Record<string, object> = {
  react: commonJs(react),
  'react/jsx-runtime': commonJs(jsxRuntime),
  'react-dom': commonJs(reactDom),
  'react-dom/client': commonJs(reactDomClient),
  '@grafana/data': grafanaData,
  '@grafana/ui': grafanaUi,
  '@grafana/runtime': grafanaRuntime,
  '@emotion/css': emotionCss,
  emotion: emotionCss,
};

/** Registers every shared module; returns their names. */
export function registerSharedModules(system: SystemJSLike): string[] {
  const imports: Record<string, string> = {};
  for (const [name, ns] of Object.entries(SHARED_MODULES)) {
    system.set(`package:${name}`, ns);
    imports[name] = `package:${name}`;
  }
  system.addImportMap({ imports });
  return Object.keys(imports);
}
