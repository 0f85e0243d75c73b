/**
 * What Grafana's index.html sets before any plugin code runs: `window.grafanaBootData`, which
 * `@grafana/runtime`'s `config` reads when it is first evaluated. Imported first by `main.tsx`.
 */
const params = new URLSearchParams(window.location.search);
const theme = params.get('theme') === 'light' ? 'light' : 'dark';

Object.assign(window, {
  grafanaBootData: {
    assets: { dark: '', light: '' },
    navTree: [],
    user: { theme, timezone: 'utc', locale: 'en-US', language: 'en-US', isSignedIn: true, orgId: 1, login: 'harness' },
    settings: {
      appSubUrl: '',
      appUrl: `${window.location.origin}/`,
      buildInfo: { version: '13.1.1', commit: 'harness', env: 'production', edition: 'Open Source' },
      featureToggles: {},
      datasources: {},
      panels: {},
      bootData: {},
    },
  },
});

export const bootTheme = theme;
