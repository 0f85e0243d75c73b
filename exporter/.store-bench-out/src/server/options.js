"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SERVE_USAGE = exports.DEFAULT_MAX_BODY_BYTES = exports.DEFAULT_LISTEN = void 0;
exports.parseListen = parseListen;
exports.parseServeOptions = parseServeOptions;
/**
 * Command-line flags of the exporter (`node dist/main.js`, `mlhealth serve`): parsed once, here, into
 * typed `ServeOptions`; bad flags are `UsageError`s naming the flag (exit 2).
 */
const args_1 = require("../cli/args");
const io_1 = require("../cli/io");
exports.DEFAULT_LISTEN = '127.0.0.1:9853';
/** Default largest request body: 16 MiB (10,000 events of ~1 KiB, the default batch limit, fit). */
exports.DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
exports.SERVE_USAGE = `usage: mlhealth serve [--spec FILE] [options]

Runs the exporter: /metrics, the JSON API and ingest. Without --spec, runs the built-in demo
(examples/demo.yaml and a traffic simulator with scheduled incidents).

options:
  --spec FILE              the cascade spec (YAML); refused with every problem listed if invalid
  --listen HOST:PORT       where to listen (default ${exports.DEFAULT_LISTEN}; port 0 picks a free one)
  --demo-time-scale N      divide the demo's incident timetable by N (default 1)
  --demo-seed N            seed of the demo's traffic (default 1)
  --max-body-bytes N       largest request body (default ${exports.DEFAULT_MAX_BODY_BYTES})
  --max-batch-events N     events per ingest request (default 10000)
  --preview-dir DIR        the built panel for /preview (default: grafana-plugin/dist)
  --data-dir DIR           durable state (default $MLHEALTH_DATA_DIR, else ./data with --spec;
                           the demo keeps state in memory unless given one)
  --grafana-url URL        push annotations to this Grafana (token: --grafana-token-file or
                           $MLHEALTH_GRAFANA_TOKEN)
  --grafana-token-file F   Grafana service-account token file
  --grafana-dashboard-uid U  attach pushed annotations to this dashboard
  --grafana-panel-id N     … and to this panel of it
  -h, --help               this help
`;
/** `HOST:PORT` → parts; IPv6 hosts in brackets (`[::1]:9853`). Throws UsageError. */
function parseListen(value) {
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(value.trim());
    if (m === null)
        throw new io_1.UsageError(`--listen '${value}' is not HOST:PORT (e.g. ${exports.DEFAULT_LISTEN})`);
    const port = (0, args_1.numberOption)('listen', m[2], { min: 0, max: 65535, integer: true });
    return { host: m[1].replace(/^\[|\]$/g, ''), port };
}
/** Parses the exporter's flags; null when `--help` was asked for. Throws UsageError. */
function parseServeOptions(argv) {
    const { values } = (0, args_1.parseCommandArgs)({
        args: argv,
        options: {
            spec: { type: 'string' },
            listen: { type: 'string' },
            'demo-time-scale': { type: 'string' },
            'demo-seed': { type: 'string' },
            'max-body-bytes': { type: 'string' },
            'max-batch-events': { type: 'string' },
            'data-dir': { type: 'string' },
            'preview-dir': { type: 'string' },
            'grafana-url': { type: 'string' },
            'grafana-token-file': { type: 'string' },
            'grafana-dashboard-uid': { type: 'string' },
            'grafana-panel-id': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help === true)
        return null;
    const { host, port } = parseListen(values.listen ?? exports.DEFAULT_LISTEN);
    const options = {
        host,
        port,
        demoTimeScale: (0, args_1.numberOption)('demo-time-scale', values['demo-time-scale'] ?? '1', {
            min: 0,
            exclusiveMin: true,
        }),
        demoSeed: (0, args_1.numberOption)('demo-seed', values['demo-seed'] ?? '1', { min: 0, integer: true }),
        maxBodyBytes: (0, args_1.numberOption)('max-body-bytes', values['max-body-bytes'] ?? String(exports.DEFAULT_MAX_BODY_BYTES), {
            min: 1,
            integer: true,
        }),
        maxBatchEvents: (0, args_1.numberOption)('max-batch-events', values['max-batch-events'] ?? '10000', {
            min: 1,
            integer: true,
        }),
    };
    if (values.spec !== undefined)
        options.specPath = values.spec;
    if (values['data-dir'] !== undefined)
        options.dataDir = values['data-dir'];
    if (values['preview-dir'] !== undefined)
        options.previewDir = values['preview-dir'];
    if (values['grafana-url'] !== undefined)
        options.grafanaUrl = values['grafana-url'];
    if (values['grafana-token-file'] !== undefined)
        options.grafanaTokenFile = values['grafana-token-file'];
    if (values['grafana-dashboard-uid'] !== undefined)
        options.grafanaDashboardUid = values['grafana-dashboard-uid'];
    if (values['grafana-panel-id'] !== undefined) {
        options.grafanaPanelId = (0, args_1.numberOption)('grafana-panel-id', values['grafana-panel-id'], {
            min: 1,
            integer: true,
        });
    }
    if (options.specPath !== undefined && values['demo-time-scale'] !== undefined) {
        throw new io_1.UsageError('--demo-time-scale only applies to the built-in demo (no --spec)');
    }
    return options;
}
//# sourceMappingURL=options.js.map