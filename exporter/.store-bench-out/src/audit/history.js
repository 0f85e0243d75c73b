"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodeAvailability = nodeAvailability;
exports.uptimeEntries = uptimeEntries;
exports.specVersions = specVersions;
const UNKNOWN_CODE = 3;
function seriesOf(result, errors) {
    if (result.ok)
        return result.series;
    errors.push(`${result.query}: ${result.error}`);
    return [];
}
/** Points per node label, merged across series (a node's tier or model label may change) and sorted by time. */
function pointsByNode(series) {
    const out = new Map();
    for (const s of series) {
        const node = s.labels.node;
        if (node === undefined)
            continue;
        out.set(node, [...(out.get(node) ?? []), ...s.points]);
    }
    for (const points of out.values())
        points.sort((a, b) => a[0] - b[0]);
    return out;
}
function unknownStreaks(points, step) {
    let total = 0;
    let longest = 0;
    let run = 0;
    let since = null;
    let previous = Number.NaN;
    for (const [t, v] of points) {
        const contiguous = t - previous <= step * 1.5;
        if (v === UNKNOWN_CODE) {
            total += step;
            run = contiguous && since !== null ? run + step : step;
            if (!contiguous || since === null)
                since = t;
            longest = Math.max(longest, run);
        }
        else {
            run = 0;
            since = null;
        }
        previous = t;
    }
    return { total, longest, since };
}
/**
 * Per node of the spec: seconds observed and unknown (counted in steps), the longest unknown streak,
 * whether it is unknown at the end (since when), and the age of its last update at the end of the
 * period (stale past `defaults.stale_after`). A node with no series has 0 observed seconds.
 */
function nodeAvailability(spec, data, period, errors) {
    const status = pointsByNode(seriesOf(data.nodeStatus, errors));
    const updates = pointsByNode(seriesOf(data.lastUpdate, errors));
    return spec.nodes.map((node) => {
        const points = status.get(node.id) ?? [];
        const streaks = unknownStreaks(points, data.step);
        const last = points[points.length - 1];
        const stillUnknown = last !== undefined && last[1] === UNKNOWN_CODE && period.end - last[0] <= data.step * 1.5;
        const update = updates.get(node.id)?.at(-1)?.[1] ?? null;
        const age = update === null ? null : Math.max(0, period.end - update);
        return {
            node: node.id,
            observed_seconds: points.length * data.step,
            unknown_seconds: streaks.total,
            longest_unknown_seconds: streaks.longest,
            unknown_since: stillUnknown ? streaks.since : null,
            last_update: update,
            last_update_age_seconds: age,
            stale: age !== null && age > spec.defaults.stale_after,
        };
    });
}
/** Each series' latest value as an uptime ratio with its labels (instant `avg_over_time` answers). */
function uptimeEntries(result, errors) {
    return seriesOf(result, errors)
        .filter((s) => s.points.length > 0)
        .map((s) => ({ labels: s.labels, ratio: s.points.at(-1)[1] }));
}
/** Runs of points no further apart than 1.5 steps: the periods a series was present. */
function segments(points, step) {
    const out = [];
    const times = points.map((p) => p[0]).sort((a, b) => a - b);
    for (const t of times) {
        const last = out[out.length - 1];
        if (last !== undefined && t - last[1] <= step * 1.5)
            last[1] = t;
        else
            out.push([t, t]);
    }
    return out;
}
/**
 * The spec versions that ran over the period, one entry per uninterrupted run of a (name, version,
 * sha256) on an instance — so a rollback shows as the old version again — sorted by first seen; and each
 * change between consecutive runs on the same instance.
 */
function specVersions(data, errors) {
    const versions = seriesOf(data.specInfo, errors)
        .flatMap((s) => segments(s.points, data.step).map(([first, last]) => ({
        instance: s.labels.instance ?? '',
        name: s.labels.name ?? '',
        version: s.labels.version ?? '',
        sha256: s.labels.sha256 ?? '',
        first_seen: first,
        last_seen: last,
    })))
        .sort((a, b) => a.first_seen - b.first_seen || a.last_seen - b.last_seen);
    const changes = [];
    const previous = new Map();
    for (const to of versions) {
        const from = previous.get(to.instance);
        previous.set(to.instance, to);
        if (from === undefined || (from.version === to.version && from.sha256 === to.sha256))
            continue;
        changes.push({
            at: to.first_seen,
            instance: to.instance,
            from: { version: from.version, sha256: from.sha256 },
            to: { version: to.version, sha256: to.sha256 },
            content_changed_without_version_bump: from.version === to.version && from.sha256 !== to.sha256,
        });
    }
    return { versions, changes };
}
//# sourceMappingURL=history.js.map