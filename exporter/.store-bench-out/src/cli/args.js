"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseCommandArgs = parseCommandArgs;
exports.numberOption = numberOption;
exports.choiceOption = choiceOption;
exports.listOption = listOption;
/**
 * Shared option parsing for `mlhealth` commands: `util.parseArgs` with its errors turned into one-line
 * `UsageError`s (exit 2), and readers for option values that say which option was wrong and what it takes.
 */
const node_util_1 = require("node:util");
const io_1 = require("./io");
/**
 * `util.parseArgs` in strict mode, throwing UsageError for an unknown option, a missing value, a
 * positional argument the command does not take, or a value given to a boolean flag.
 * @example parseCommandArgs({ args: ['--format', 'json'], options: { format: { type: 'string' } } }).values.format // 'json'
 */
function parseCommandArgs(config) {
    try {
        return (0, node_util_1.parseArgs)({ strict: true, ...config });
    }
    catch (err) {
        const code = err.code;
        const message = err.message;
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
            const option = /'([^']+)'/.exec(message)?.[1] ?? message;
            throw new io_1.UsageError(`unknown option '${option}' (see --help)`);
        }
        if (code !== undefined && code.startsWith('ERR_PARSE_ARGS_'))
            throw new io_1.UsageError(message.split('\n')[0]);
        throw err;
    }
}
/** Reads a numeric option; throws UsageError naming the option when it is not a number in range. */
function numberOption(option, value, range = {}) {
    const number = value.trim() === '' ? Number.NaN : Number(value);
    const { min, max, integer = false, exclusiveMin = false } = range;
    const belowMin = min !== undefined && (exclusiveMin ? number <= min : number < min);
    if (!Number.isFinite(number) ||
        (integer && !Number.isInteger(number)) ||
        belowMin ||
        (max !== undefined && number > max)) {
        throw new io_1.UsageError(`--${option} '${value}' is not ${describeRange(range)}`);
    }
    return number;
}
/** Reads an option that takes one of `choices`; throws UsageError listing them. */
function choiceOption(option, value, choices) {
    if (choices.includes(value))
        return value;
    throw new io_1.UsageError(`--${option} '${value}' is not one of ${choices.join(', ')}`);
}
/** Splits a comma-separated list option, trimming blanks; throws UsageError on an empty item. */
function listOption(option, value) {
    const items = value.split(',').map((item) => item.trim());
    if (items.some((item) => item === ''))
        throw new io_1.UsageError(`--${option} '${value}' has an empty item`);
    return items;
}
function describeRange(range) {
    const kind = range.integer === true ? 'an integer' : 'a number';
    const low = range.min === undefined ? '' : `${range.exclusiveMin === true ? '>' : '≥'} ${range.min}`;
    const high = range.max === undefined ? '' : `≤ ${range.max}`;
    const bounds = [low, high].filter((b) => b !== '').join(' and ');
    return bounds === '' ? kind : `${kind} ${bounds}`;
}
//# sourceMappingURL=args.js.map