"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DRIFT_USAGE = exports.DEFAULT_DRIFT_SHARE = exports.FORMATS = exports.CORRECTIONS = void 0;
exports.parseDriftOptions = parseDriftOptions;
const stats_1 = require("../stats");
const args_1 = require("./args");
const io_1 = require("./io");
exports.CORRECTIONS = ['none', 'bonferroni', 'bh'];
exports.FORMATS = ['table', 'json', 'markdown'];
const COLUMN_TYPES = ['numeric', 'categorical', 'binary'];
/** Share of drifted features at which the dataset counts as drifted, as in Evidently's DatasetDriftMetric. */
exports.DEFAULT_DRIFT_SHARE = 0.5;
exports.DRIFT_USAGE = `usage: mlhealth drift --reference REF --current CUR [options]

Compares each column of CUR with the same column of REF (CSV with a header row, or JSON Lines:
.csv, .jsonl, .ndjson) and reports which features drifted.

options:
  --reference PATH      reference data (e.g. the training set)
  --current PATH        current data (e.g. last week's inputs)
  --method M            auto (default) | ${stats_1.DRIFT_METHODS.join(' | ')}
  --threshold X         drift threshold for every feature (default: the method's own, see docs/drift.md)
  --correction C        multiple-testing correction of p-values: none (default) | bonferroni | bh
  --columns a,b         check only these columns
  --types a=numeric,b=categorical
                        force column types (numeric | categorical | binary) instead of inferring them
  --bins N              bins for psi, jensenshannon and hellinger on numeric columns (default 10)
  --drift-share X       the dataset drifts when at least this share of tested features drift (default ${exports.DEFAULT_DRIFT_SHARE})
  --format F            table (default) | json | markdown
  --fail-on-drift       exit 1 when the dataset drifted or a feature could not be tested
  -h, --help            show this help

exit codes: 0 done, 1 drift found (with --fail-on-drift), 2 bad usage or bad input
`;
/** Parses `argv`; returns null when help was asked for. Throws UsageError for anything invalid. */
function parseDriftOptions(argv) {
    const { values } = (0, args_1.parseCommandArgs)({
        args: argv,
        options: {
            reference: { type: 'string' },
            current: { type: 'string' },
            method: { type: 'string', default: 'auto' },
            threshold: { type: 'string' },
            correction: { type: 'string', default: 'none' },
            columns: { type: 'string' },
            types: { type: 'string' },
            bins: { type: 'string' },
            'drift-share': { type: 'string' },
            format: { type: 'string', default: 'table' },
            'fail-on-drift': { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
    });
    if (values.help)
        return null;
    if (values.reference === undefined)
        throw new io_1.UsageError('--reference PATH is required (see --help)');
    if (values.current === undefined)
        throw new io_1.UsageError('--current PATH is required (see --help)');
    const columns = values.columns === undefined ? undefined : (0, args_1.listOption)('columns', values.columns);
    if (columns !== undefined) {
        const repeated = columns.find((name, i) => columns.indexOf(name) !== i);
        if (repeated !== undefined)
            throw new io_1.UsageError(`--columns names '${repeated}' twice`);
    }
    const method = (0, args_1.choiceOption)('method', values.method, ['auto', ...stats_1.DRIFT_METHODS]);
    const threshold = values.threshold === undefined
        ? undefined
        : (0, args_1.numberOption)('threshold', values.threshold, { min: 0, exclusiveMin: true });
    if (threshold !== undefined && threshold >= 1 && method !== 'auto' && (0, stats_1.isPValueMethod)(method)) {
        throw new io_1.UsageError(`--threshold ${threshold} is not a significance level in (0, 1), which ${method} compares p-values with`);
    }
    return {
        reference: values.reference,
        current: values.current,
        method,
        threshold,
        correction: (0, args_1.choiceOption)('correction', values.correction, exports.CORRECTIONS),
        columns,
        types: values.types === undefined ? new Map() : parseTypes(values.types),
        bins: values.bins === undefined
            ? undefined
            : (0, args_1.numberOption)('bins', values.bins, { min: 2, max: 10000, integer: true }),
        format: (0, args_1.choiceOption)('format', values.format, exports.FORMATS),
        failOnDrift: values['fail-on-drift'],
        driftShare: values['drift-share'] === undefined
            ? exports.DEFAULT_DRIFT_SHARE
            : (0, args_1.numberOption)('drift-share', values['drift-share'], { min: 0, max: 1 }),
    };
}
/** `a=numeric,b=categorical` → a map; the last `=` separates, so a column name may hold `=`. */
function parseTypes(value) {
    const types = new Map();
    for (const item of (0, args_1.listOption)('types', value)) {
        const at = item.lastIndexOf('=');
        if (at <= 0)
            throw new io_1.UsageError(`--types item '${item}' is not COLUMN=TYPE (TYPE: ${COLUMN_TYPES.join(', ')})`);
        const name = item.slice(0, at).trim();
        if (types.has(name))
            throw new io_1.UsageError(`--types gives column '${name}' twice`);
        const type = item.slice(at + 1).trim();
        if (!COLUMN_TYPES.includes(type)) {
            throw new io_1.UsageError(`--types ${name}=${type}: '${type}' is not one of ${COLUMN_TYPES.join(', ')}`);
        }
        types.set(name, type);
    }
    return types;
}
//# sourceMappingURL=driftOptions.js.map