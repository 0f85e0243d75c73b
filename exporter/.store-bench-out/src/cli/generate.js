"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runGenerate = exports.GENERATE_USAGE = void 0;
exports.differingFiles = differingFiles;
/**
 * `mlhealth generate SPEC --out DIR`: writes the Prometheus rules (and their promtool tests), the
 * Alertmanager configuration, Grafana dashboards and provisioning, and the metrics catalogue generated
 * from a spec. `--check` writes nothing and exits 1 listing the files that differ from what the spec
 * generates (for CI: committed outputs must match the spec).
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const spec_1 = require("../spec");
const outputs_1 = require("../generate/outputs");
const args_1 = require("./args");
const io_1 = require("./io");
exports.GENERATE_USAGE = `usage: mlhealth generate SPEC --out DIR [options]

Generates, from a cascade spec, everything Prometheus, Alertmanager and Grafana need:
  DIR/provisioning/prometheus/rules/mlhealth.rules.yml        alerting and recording rules
  DIR/provisioning/prometheus/tests/mlhealth.rules.test.yml   promtool unit tests of those rules
  DIR/provisioning/prometheus/prometheus.yml                  scrape + rules + alerting configuration
  DIR/provisioning/alertmanager/alertmanager.yml              routes, receivers, inhibit rules
  DIR/provisioning/grafana/{datasources,dashboards}/*.yaml    Grafana provisioning
  DIR/dashboards/{executive,engineering,models}/*.json        Grafana dashboards
  DIR/docs/metrics-catalogue.md                               the metrics catalogue
Output is deterministic: the same spec always gives the same files.

options:
  --out DIR                     output directory (required)
  --check                       write nothing; exit 1 listing files that differ from the spec's output
  --prometheus-operator         also write provisioning/kubernetes/mlhealth-prometheusrule.yaml
  --exporter-target HOST:PORT   where Prometheus scrapes the exporter (default exporter:<port of links.exporter_url>)
  --alertmanager-target HOST:PORT  where Prometheus sends alerts (default alertmanager:9093)
  --prometheus-url URL          Grafana's Prometheus datasource (default http://prometheus:9090)
  --alertmanager-url URL        Grafana's Alertmanager datasource (default http://alertmanager:9093)
  --environment NAME            environment label of the exporter target (default demo)
  -h, --help                    show this help

exit codes: 0 written (or up to date with --check), 1 --check found differences, 2 usage error or invalid spec
`;
async function loadSpec(file, io) {
    try {
        return await (0, spec_1.loadSpecFile)((0, node_path_1.resolve)(io.cwd, file), { label: file });
    }
    catch (err) {
        if (err instanceof spec_1.SpecReadError)
            throw new io_1.UsageError(err.message);
        if (!(err instanceof spec_1.SpecError))
            throw err;
        io.stderr([...err.issues, ...err.warnings].map((i) => `${(0, spec_1.formatIssueForCli)(i)}\n`).join(''));
        throw new io_1.UsageError(`${file} is not a valid spec (${err.issues.length} error${err.issues.length === 1 ? '' : 's'})`);
    }
}
/** Files whose content on disk differs from `files` (or that are missing), as relative paths. */
async function differingFiles(dir, files) {
    const out = [];
    for (const file of files) {
        const current = await (0, promises_1.readFile)((0, node_path_1.join)(dir, file.path), 'utf8').catch(() => null);
        if (current !== file.content)
            out.push(current === null ? `${file.path} (missing)` : file.path);
    }
    return out;
}
async function writeFiles(dir, files) {
    for (const file of files) {
        const target = (0, node_path_1.join)(dir, file.path);
        await (0, promises_1.mkdir)((0, node_path_1.dirname)(target), { recursive: true });
        await (0, promises_1.writeFile)(target, file.content);
    }
}
function deployOverrides(values) {
    const map = [
        ['exporter-target', 'exporterTarget'],
        ['alertmanager-target', 'alertmanagerTarget'],
        ['prometheus-url', 'prometheusUrl'],
        ['alertmanager-url', 'alertmanagerUrl'],
        ['environment', 'environment'],
    ];
    const out = {};
    for (const [option, key] of map) {
        const value = values[option];
        if (typeof value === 'string') {
            if (value.trim() === '')
                throw new io_1.UsageError(`--${option} must not be empty`);
            out[key] = value;
        }
    }
    return out;
}
/** Prints the outcome of `--check` on `out` against `file`: 0 when nothing differs, else 1 with the files and the fix. */
function reportCheck(differing, total, out, file, again, io) {
    if (differing.length === 0) {
        io.stdout(`${total} files in ${out} match ${file}\n`);
        return 0;
    }
    io.stdout(`${differing.length} of ${total} files in ${out} differ from what ${file} generates:\n`);
    io.stdout(differing.map((p) => `  ${p}\n`).join(''));
    io.stdout(`run: ${again}\n`);
    return 1;
}
const runGenerate = async (argv, io) => {
    const text = { type: 'string' };
    const { values, positionals } = (0, args_1.parseCommandArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            out: text,
            check: { type: 'boolean' },
            'prometheus-operator': { type: 'boolean' },
            'exporter-target': text,
            'alertmanager-target': text,
            'prometheus-url': text,
            'alertmanager-url': text,
            environment: text,
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help === true) {
        io.stdout(exports.GENERATE_USAGE);
        return 0;
    }
    if (positionals.length !== 1) {
        throw new io_1.UsageError(`expected one SPEC file, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`);
    }
    if (values.out === undefined || values.out === '')
        throw new io_1.UsageError('--out DIR is required');
    const file = positionals[0];
    const deploy = deployOverrides(values);
    const loaded = await loadSpec(file, io);
    let files;
    try {
        files = (0, outputs_1.generateOutputs)(loaded.spec, {
            prometheusOperator: values['prometheus-operator'] === true,
            deploy,
        });
    }
    catch (err) {
        throw new io_1.UsageError(`cannot generate from ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const dir = (0, node_path_1.resolve)(io.cwd, values.out);
    if (values.check === true) {
        const again = `mlhealth generate ${file} --out ${values.out}${values['prometheus-operator'] === true ? ' --prometheus-operator' : ''}`;
        return reportCheck(await differingFiles(dir, files), files.length, values.out, file, again, io);
    }
    await writeFiles(dir, files);
    io.stdout(`wrote ${files.length} files to ${values.out}\n`);
    return 0;
};
exports.runGenerate = runGenerate;
//# sourceMappingURL=generate.js.map