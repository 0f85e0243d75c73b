"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AnnotationTable = void 0;
const COLUMNS = 'id, time, time_end, text, tags, nodes, source, created_at, grafana_attempts';
function fromRow(r) {
    return {
        id: r.id,
        time: r.time,
        ...(r.time_end !== null ? { timeEnd: r.time_end } : {}),
        text: r.text,
        tags: JSON.parse(r.tags),
        nodes: JSON.parse(r.nodes),
        source: r.source,
        createdAt: r.created_at,
    };
}
/** The WHERE clause and parameters of a search. */
function whereOf(q) {
    const clauses = [];
    const params = { limit: q.limit };
    if (q.from !== undefined) {
        clauses.push('coalesce(time_end, time) >= @from');
        params.from = q.from;
    }
    if (q.to !== undefined) {
        clauses.push('time <= @to');
        params.to = q.to;
    }
    if (q.node !== undefined) {
        clauses.push('EXISTS (SELECT 1 FROM json_each(annotations.nodes) WHERE value = @node)');
        params.node = q.node;
    }
    if (q.source !== undefined) {
        clauses.push('source = @source');
        params.source = q.source;
    }
    (q.tags ?? []).forEach((tag, i) => {
        clauses.push(`EXISTS (SELECT 1 FROM json_each(annotations.tags) WHERE value = @tag${i})`);
        params[`tag${i}`] = tag;
    });
    return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}
class AnnotationTable {
    db;
    insert;
    byId;
    remove;
    pending;
    pushed;
    failed;
    retry;
    trimAuto;
    constructor(db) {
        this.db = db;
        this.insert = db.prepare('INSERT INTO annotations (time, time_end, text, tags, nodes, source, created_at, grafana_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
        this.byId = db.prepare(`SELECT ${COLUMNS} FROM annotations WHERE id = ?`);
        this.remove = db.prepare('DELETE FROM annotations WHERE id = ?');
        this.pending = db.prepare(`SELECT ${COLUMNS} FROM annotations WHERE grafana_state = 'pending' ORDER BY id LIMIT ?`);
        this.pushed = db.prepare("UPDATE annotations SET grafana_state = 'pushed', grafana_id = ?, grafana_attempts = grafana_attempts + 1, grafana_error = NULL WHERE id = ?");
        this.failed = db.prepare("UPDATE annotations SET grafana_state = 'failed', grafana_attempts = grafana_attempts + 1, grafana_error = ? WHERE id = ?");
        this.retry = db.prepare('UPDATE annotations SET grafana_attempts = grafana_attempts + 1, grafana_error = ? WHERE id = ?');
        this.trimAuto = db.prepare("DELETE FROM annotations WHERE source = 'auto' AND id <= (SELECT id FROM annotations WHERE source = 'auto' ORDER BY id DESC LIMIT 1 OFFSET ?)");
    }
    /** Deletes the oldest automatic annotations beyond the newest `keep`; user annotations are never trimmed. */
    trimAutomatic(keep) {
        return this.trimAuto.run(keep).changes;
    }
    /** Stores an annotation (queued for Grafana when `pushToGrafana`); returns it with its id. */
    add(draft, createdAt, pushToGrafana) {
        const info = this.insert.run(draft.time, draft.timeEnd ?? null, draft.text, JSON.stringify(draft.tags), JSON.stringify(draft.nodes), draft.source, createdAt, pushToGrafana ? 'pending' : null);
        return { ...draft, id: Number(info.lastInsertRowid), createdAt };
    }
    /** Several annotations in one transaction (one commit for all the status changes of a snapshot). */
    addAll(drafts, createdAt, pushToGrafana) {
        return this.db.transaction(() => drafts.map((d) => this.add(d, createdAt, pushToGrafana)))();
    }
    get(id) {
        const row = this.byId.get(id);
        return row === undefined ? null : fromRow(row);
    }
    delete(id) {
        return this.remove.run(id).changes > 0;
    }
    /** Newest first (by time, then id). */
    query(q) {
        const { sql, params } = whereOf(q);
        const rows = this.db
            .prepare(`SELECT ${COLUMNS} FROM annotations ${sql} ORDER BY time DESC, id DESC LIMIT @limit`)
            .all(params);
        return rows.map(fromRow);
    }
    /** Annotations waiting for Grafana, oldest first. */
    pendingPushes(limit) {
        return this.pending.all(limit).map((r) => ({
            annotation: fromRow(r),
            attempts: r.grafana_attempts,
        }));
    }
    markPushed(id, grafanaId) {
        this.pushed.run(grafanaId, id);
    }
    /** Records a failed attempt; `final` stops further attempts (a permanent refusal or attempts used up). */
    markPushFailed(id, error, final) {
        (final ? this.failed : this.retry).run(error.slice(0, 500), id);
    }
}
exports.AnnotationTable = AnnotationTable;
//# sourceMappingURL=annotationTable.js.map