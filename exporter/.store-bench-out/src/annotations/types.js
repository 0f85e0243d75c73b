"use strict";
/**
 * Annotations: narrative events on the timeline (deploys, incidents, complaints, retrains) written by
 * people, and status changes written by the exporter. Times are Unix seconds, as everywhere in the
 * exporter; the wire form (snake_case) and Grafana's form (milliseconds) are made at the edges.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.annotationJson = annotationJson;
/** The wire form. */
function annotationJson(a) {
    return {
        id: a.id,
        time: a.time,
        ...(a.timeEnd !== undefined ? { time_end: a.timeEnd } : {}),
        text: a.text,
        tags: a.tags,
        nodes: a.nodes,
        source: a.source,
        created_at: a.createdAt,
    };
}
//# sourceMappingURL=types.js.map