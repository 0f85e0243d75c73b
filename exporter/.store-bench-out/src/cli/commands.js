"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMMANDS = void 0;
exports.COMMANDS = {
    drift: {
        summary: 'compare a current dataset with a reference, feature by feature',
        load: async () => (await Promise.resolve().then(() => __importStar(require('./drift')))).runDrift,
    },
    serve: {
        summary: 'run the exporter (/metrics, JSON API, ingest); the built-in demo without --spec',
        load: async () => (await Promise.resolve().then(() => __importStar(require('./serve')))).runServe,
    },
    ingest: {
        summary: 'send a CSV or JSON Lines file of events (or labels) to a running exporter',
        load: async () => (await Promise.resolve().then(() => __importStar(require('./ingest')))).runIngest,
    },
    generate: {
        summary: 'write Prometheus rules, Alertmanager routes, Grafana dashboards and provisioning from a spec',
        load: async () => (await Promise.resolve().then(() => __importStar(require('./generate')))).runGenerate,
    },
    validate: {
        summary: 'check a cascade spec and list every problem with file, line and column',
        load: async () => (await Promise.resolve().then(() => __importStar(require('./validate')))).runValidate,
    },
    calibrate: {
        summary: "re-derive thresholds from the models' reference data and bump the spec version",
        load: async () => (await Promise.resolve().then(() => __importStar(require('./calibrate')))).runCalibrate,
    },
    scenario: {
        summary: 'what-if: recompute the cascade and business impact under hypothetical changes, offline',
        load: async () => (await Promise.resolve().then(() => __importStar(require('./scenario')))).runScenarioCommand,
    },
    deps: {
        summary: 'list single points of failure from data sources to business outcomes, with their impact',
        load: async () => (await Promise.resolve().then(() => __importStar(require('./deps')))).runDeps,
    },
    audit: {
        summary: 'write an audit report (Markdown and JSON): definitions, owners, lineage, uptime, spec versions',
        load: async () => (await Promise.resolve().then(() => __importStar(require('./audit')))).runAudit,
    },
};
//# sourceMappingURL=commands.js.map