"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatTable = formatTable;
exports.formatAmount = formatAmount;
exports.describeChange = describeChange;
exports.impactTable = impactTable;
/**
 * Plain-text tables for the CLI (`mlhealth scenario`, `mlhealth deps`): the impact table of a scenario
 * and a generic column aligner. Pure.
 */
const cascade_1 = require("../cascade");
/**
 * Left-aligned columns separated by two spaces, the header underlined; trailing spaces trimmed.
 * @example formatTable([['a', 'bb'], ['ccc', 'd']]) // 'a    bb\n---  --\nccc  d\n'
 */
function formatTable(rows) {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
    const line = (row) => row
        .map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - [...cell].length))
        .join('  ')
        .trimEnd();
    const [header, ...body] = rows;
    if (header === undefined)
        return '';
    const rule = widths.map((w) => '-'.repeat(w));
    return [line(header), line(rule), ...body.map(line)].join('\n') + '\n';
}
/** An amount for a table: `unknown` when null; a signed difference when `signed`. */
function formatAmount(x, signed = false) {
    if (x === null)
        return 'unknown';
    const text = (0, cascade_1.formatNumber)(x);
    return signed && x > 0 ? `+${text}` : text;
}
/**
 * One change in the CLI's own flag syntax, for the header of the table.
 * @example describeChange({ fail_feature: { model: 'fraud', feature: 'amount' } }) // 'fail feature fraud.amount'
 */
function describeChange(c) {
    if ('node' in c) {
        if ('value' in c)
            return `${c.node} = ${(0, cascade_1.formatNumber)(c.value)}`;
        if ('score' in c)
            return `${c.node} score = ${(0, cascade_1.formatNumber)(c.score)}`;
        return `${c.node} status = ${c.status}`;
    }
    if ('fail_source' in c)
        return `fail source ${c.fail_source}`;
    if ('fail_feature' in c)
        return `fail feature ${c.fail_feature.model}.${c.fail_feature.feature}`;
    if ('age_model' in c)
        return `age model ${c.age_model.model} by ${(0, cascade_1.formatNumber)(c.age_model.days)}d`;
    if ('scale_exposure' in c)
        return `exposure of ${c.scale_exposure.node ?? 'every impact node'} × ${(0, cascade_1.formatNumber)(c.scale_exposure.factor)}`;
    return `exposure of ${c.set_exposure.node} = ${(0, cascade_1.formatNumber)(c.set_exposure.value)}`;
}
/** The business impact table: one row per impact node, live → scenario, with the difference. */
function impactTable(impacts, liveLabel = 'live') {
    const rows = [['node', 'measure', 'unit', liveLabel, 'scenario', 'difference', 'status']];
    for (const d of impacts) {
        rows.push([
            d.node,
            d.measure,
            d.unit,
            formatAmount(d.live),
            formatAmount(d.scenario),
            formatAmount(d.difference, true),
            d.live_status === d.scenario_status ? d.scenario_status : `${d.live_status} → ${d.scenario_status}`,
        ]);
    }
    return formatTable(rows);
}
//# sourceMappingURL=table.js.map