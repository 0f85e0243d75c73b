/**
 * The generated Alertmanager configuration made fit for an end-to-end test: every receiver pointed at the
 * webhook sink (its own path per receiver) and, unless the test counts notifications, timers shortened
 * everywhere in the route tree. Everything else is what `mlhealth generate` writes.
 */
import type { AlertmanagerConfig, Route } from '../../../src/generate/alertmanager/types';

/** Shortens Alertmanager's timers everywhere in the tree (the only change besides receivers). */
function fastRoute(route: Route): Route {
  const { routes, ...rest } = route;
  const out: Route = { ...rest, group_wait: '1s', group_interval: '1s', repeat_interval: '1h' };
  if (routes !== undefined) out.routes = routes.map(fastRoute);
  return out;
}

/**
 * `config` with every receiver (but the null one) a webhook to `${sinkUrl}/<receiver>`, and fast timers
 * unless `keepTimers` (a test of what an on-call engineer receives keeps the generated group wait).
 */
export function toSink(config: AlertmanagerConfig, sinkUrl: string, keepTimers = false): AlertmanagerConfig {
  const receivers = config.receivers.map((r) =>
    r.name === 'mlhealth-null'
      ? r
      : { name: r.name, webhook_configs: [{ url: `${sinkUrl}/${r.name}`, send_resolved: true }] },
  );
  const { global: _smtp, ...rest } = config;
  return { ...rest, route: keepTimers ? config.route : fastRoute(config.route), receivers };
}
