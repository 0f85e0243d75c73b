"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CsvSyntaxError = exports.CsvRecord = void 0;
/**
 * One CSV record as byte ranges into the parser's buffer: reused from record to record, valid only during
 * the callback that receives it.
 */
class CsvRecord {
    /** Number of fields. */
    count = 0;
    /** 1-based line of the input on which the record starts. */
    line = 1;
    buf = Buffer.alloc(0);
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    flags = new Uint8Array(64);
    /** Starts a new record on `line` over `buf`. */
    reset(buf, line) {
        this.buf = buf;
        this.line = line;
        this.count = 0;
    }
    /** Appends a field spanning `[start, end)` of the buffer, quotes included when `quoted`. */
    add(start, end, quoted, escaped) {
        if (this.count === this.starts.length)
            this.grow();
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.flags[this.count] = (quoted ? 1 : 0) | (escaped ? 2 : 0);
        this.count++;
    }
    /** Whether field `i` was written in quotes (its bytes then need unquoting: use {@link text}). */
    isQuoted(i) {
        return (this.flags[i] & 1) !== 0;
    }
    /** Byte offset where the raw bytes of unquoted field `i` start. */
    start(i) {
        return this.starts[i];
    }
    /** Byte offset just past the raw bytes of unquoted field `i`. */
    end(i) {
        return this.ends[i];
    }
    /** The value of field `i` as UTF-8 text, without its quotes and with `""` turned into `"`. */
    text(i) {
        const flags = this.flags[i];
        if ((flags & 1) === 0)
            return this.buf.toString('utf8', this.starts[i], this.ends[i]);
        const inner = this.buf.toString('utf8', this.starts[i] + 1, this.ends[i] - 1);
        return (flags & 2) === 0 ? inner : inner.replace(/""/g, '"');
    }
    /** Every field as text (for the header and for tests). */
    texts() {
        const out = [];
        for (let i = 0; i < this.count; i++)
            out.push(this.text(i));
        return out;
    }
    grow() {
        const size = this.starts.length * 2;
        const starts = new Int32Array(size);
        const ends = new Int32Array(size);
        const flags = new Uint8Array(size);
        starts.set(this.starts);
        ends.set(this.ends);
        flags.set(this.flags);
        this.starts = starts;
        this.ends = ends;
        this.flags = flags;
    }
}
exports.CsvRecord = CsvRecord;
/** A CSV syntax error at a line and a 1-based field number. */
class CsvSyntaxError extends Error {
    reason;
    line;
    field;
    constructor(reason, line, field) {
        super(`line ${line}, field ${field}: ${reason}`);
        this.reason = reason;
        this.line = line;
        this.field = field;
        this.name = 'CsvSyntaxError';
    }
}
exports.CsvSyntaxError = CsvSyntaxError;
//# sourceMappingURL=csvRecord.js.map