"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.grafanaAnnotationBody = grafanaAnnotationBody;
exports.grafanaAnnotationRow = grafanaAnnotationRow;
/**
 * Annotations in Grafana's shapes: milliseconds, and text escaped, because Grafana renders annotation
 * text as HTML. `grafanaAnnotationBody` is the body of Grafana's `POST /api/annotations`;
 * `grafanaAnnotationRow` is what JSON data sources (Infinity, JSON API) map to annotations.
 */
const escapeHtml_1 = require("./escapeHtml");
/**
 * The push body: times in whole milliseconds, text and tags escaped; without a dashboard it is an
 * organisation annotation, shown on any dashboard that queries its tags.
 *
 * @example grafanaAnnotationBody({ id: 1, time: 1700000000, text: '<b>x</b>', tags: ['t'], nodes: [], source: 'user', createdAt: 0 }, {})
 * // { time: 1700000000000, tags: ['t'], text: '&lt;b&gt;x&lt;/b&gt;' }
 */
function grafanaAnnotationBody(a, placement) {
    return {
        time: Math.round(a.time * 1000),
        ...(a.timeEnd !== undefined ? { timeEnd: Math.round(a.timeEnd * 1000) } : {}),
        tags: a.tags.map(escapeHtml_1.escapeHtml),
        text: (0, escapeHtml_1.escapeHtml)(a.text),
        ...(placement.dashboardUid !== undefined ? { dashboardUID: placement.dashboardUid } : {}),
        ...(placement.panelId !== undefined ? { panelId: placement.panelId } : {}),
    };
}
/** One annotation for a JSON data source: `{time, timeEnd, title, text, tags}` in milliseconds, escaped. */
function grafanaAnnotationRow(a) {
    const title = a.source === 'auto' ? 'mlhealth status change' : 'mlhealth annotation';
    return {
        time: Math.round(a.time * 1000),
        timeEnd: Math.round((a.timeEnd ?? a.time) * 1000),
        title,
        text: (0, escapeHtml_1.escapeHtml)(a.text),
        tags: a.tags.map(escapeHtml_1.escapeHtml),
    };
}
//# sourceMappingURL=grafanaFormat.js.map