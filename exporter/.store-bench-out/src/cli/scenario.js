"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runScenarioCommand = exports.SCENARIO_USAGE = void 0;
/**
 * `mlhealth scenario SPEC --set node=value ...`: a what-if run offline, from the healthy baseline (or
 * `--inputs FILE`), printing the business impact against that baseline. Same engine and request as
 * `POST /api/v1/scenarios`.
 */
const run_1 = require("../whatif/run");
const json_1 = require("../whatif/json");
const table_1 = require("../whatif/table");
const args_1 = require("./args");
const io_1 = require("./io");
const offlineInputs_1 = require("./offlineInputs");
const scenarioArgs_1 = require("./scenarioArgs");
const specArgument_1 = require("./specArgument");
exports.SCENARIO_USAGE = `usage: mlhealth scenario SPEC [changes] [options]

Recomputes the cascade under hypothetical changes and prints the business impact against the
baseline: every base node healthy and fresh, models just trained (or --inputs FILE).

changes (repeatable, applied in the order given):
  --set NODE=VALUE              a base node reads VALUE (a number, or a duration such as 100d)
  --set NODE=score:0.4          fix any node's score
  --set NODE=status:critical    fix any node's status (ok, warning, critical, unknown)
  --fail-source ID              a PromQL source fails (its nodes and exposures)
  --fail-feature MODEL.FEATURE  a feature goes missing (its drift, missing and schema nodes)
  --age-model MODEL=30d         the model goes N days (or a duration) without retraining
  --scale-exposure NODE=F       one node's exposure × F
market conditions (applied after the changes):
  --scale-exposure F            every exposure × F (peak season ×3)
  --set-exposure NODE=VALUE     replace a node's exposure (a price change)
options:
  --exposure NODE=VALUE         what Prometheus would read for an exposure, in the baseline and the
                                scenario alike (exposures read from a source are unknown offline)
  --named ID                    start from a scenario declared in the spec
  --failure unknown|worst_case  failed nodes unknown (default) or at score 0 (so they are priced)
  --inputs FILE                 observations, exposures and ages as JSON (docs/whatif.md)
  --now TIME                    evaluation time (Unix seconds or ISO-8601; default now)
  --format table|json           output (default table)
  -h, --help                    show this help

exit codes: 0 ok, 2 usage error, invalid spec or a change the spec does not have
`;
const CHANGE_OPTIONS = [
    'set',
    'fail-source',
    'fail-feature',
    'age-model',
    'scale-exposure',
    'set-exposure',
];
function tableReport(spec, sha256, outcome, offline) {
    const json = (0, json_1.scenarioJson)(spec, outcome);
    const lines = [
        `what-if on ${spec.name} ${spec.version} (${sha256.slice(0, 12)}), baseline ${offline.baseline}, failure ${outcome.failure}`,
        'changes:',
        ...(outcome.changes.length === 0
            ? ['  (none)']
            : outcome.changes.map((c, i) => `  ${i + 1}. ${(0, table_1.describeChange)(c)}`)),
        '',
        `business impact (${spec.currency} where the unit says so):`,
        (0, table_1.impactTable)(outcome.impacts, 'baseline').trimEnd(),
    ];
    const why = Object.values(json.explanations);
    if (why.length > 0)
        lines.push('', 'why:', ...why.map((w) => `  ${w}`));
    const unknown = outcome.impacts.filter((d) => d.scenario === null);
    if (unknown.length > 0) {
        lines.push('', 'not priced:', ...unknown.map((d) => `  ${d.node}: ${d.scenario_unknown_reason ?? 'unknown'}`));
        const read = unknown.filter((d) => spec.nodes.find((n) => n.id === d.node && n.impact !== undefined && 'source' in n.impact.exposure));
        if (read.length > 0)
            lines.push(`  (${read.map((d) => d.node).join(', ')}: exposure read from a source; pass --exposure NODE=VALUE)`);
    }
    if (outcome.notes.length > 0)
        lines.push('', 'notes:', ...outcome.notes.map((n) => `  ${n}`));
    if (offline.assumedHealthy.length > 0) {
        lines.push('', `${offline.assumedHealthy.length} base nodes not in ${offline.baseline} were taken as healthy`);
    }
    lines.push(`evaluated at ${new Date(outcome.at * 1000).toISOString()}`);
    return lines.join('\n') + '\n';
}
const text = { type: 'string' };
const many = { type: 'string', multiple: true };
const OPTIONS = {
    set: many,
    'fail-source': many,
    'fail-feature': many,
    'age-model': many,
    'scale-exposure': many,
    'set-exposure': many,
    exposure: many,
    named: text,
    failure: text,
    inputs: text,
    now: text,
    format: text,
    help: { type: 'boolean', short: 'h' },
};
/** The change options in the order given (parseArgs tokens keep it; `values` would group them). */
function changeTokens(tokens) {
    return tokens
        .filter((t) => t.kind === 'option' && CHANGE_OPTIONS.includes(t.name ?? ''))
        .map((t) => ({ name: t.name ?? '', value: String(t.value) }));
}
/** Runs the request; a change the spec does not have is reported by the flag that asked for it. */
function runOrExplain(spec, file, offline, flags, now, io) {
    try {
        return (0, run_1.runScenario)(spec, offline.inputs, flags.request, now);
    }
    catch (err) {
        if (!(err instanceof run_1.ScenarioRequestError))
            throw err;
        io.stderr(err.issues.map((i) => `${(0, scenarioArgs_1.flagForPath)(flags, i.path)}: ${i.message}\n`).join(''));
        const n = err.issues.length;
        throw new io_1.UsageError(`the scenario does not fit ${file} (${n} problem${n === 1 ? '' : 's'})`);
    }
}
const runScenarioCommand = async (argv, io) => {
    const parsed = (0, args_1.parseCommandArgs)({ args: argv, allowPositionals: true, tokens: true, options: OPTIONS });
    const { values, positionals } = parsed;
    if (values.help === true) {
        io.stdout(exports.SCENARIO_USAGE);
        return 0;
    }
    const format = (0, args_1.choiceOption)('format', values.format ?? 'table', ['table', 'json']);
    const failure = (0, args_1.choiceOption)('failure', values.failure ?? 'unknown', ['unknown', 'worst_case']);
    const now = (0, offlineInputs_1.nowOption)(values.now);
    const file = (0, specArgument_1.onlySpecArgument)(positionals);
    const loaded = await (0, specArgument_1.loadSpecArgument)(file, io);
    const { spec } = loaded;
    const flags = (0, scenarioArgs_1.scenarioFlags)(spec, changeTokens(parsed.tokens), failure, values.named);
    const offline = await (0, offlineInputs_1.offlineInputs)(spec, values.inputs, now, io);
    offline.inputs = (0, offlineInputs_1.withExposures)(spec, offline.inputs, values.exposure ?? []);
    const outcome = runOrExplain(spec, file, offline, flags, now, io);
    if (format === 'json') {
        const head = { name: spec.name, version: spec.version, sha256: loaded.sha256 };
        const json = {
            spec: head,
            baseline: offline.baseline,
            assumed_healthy: offline.assumedHealthy,
            ...(0, json_1.scenarioJson)(spec, outcome),
        };
        io.stdout(JSON.stringify(json, null, 2) + '\n');
    }
    else
        io.stdout(tableReport(spec, loaded.sha256, outcome, offline));
    return 0;
};
exports.runScenarioCommand = runScenarioCommand;
//# sourceMappingURL=scenario.js.map