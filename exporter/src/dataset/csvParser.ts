/**
 * A streaming CSV parser (RFC 4180) over bytes: fed chunk by chunk, it hands every record to a callback as
 * byte ranges into the current buffer, so numeric cells are read without ever becoming strings: an
 * unquoted field is read as a decimal literal in the same pass that finds its end (`decimalField.ts`).
 *
 * Accepted: comma-separated fields; fields in double quotes holding commas, quotes doubled (`""`), CR, LF
 * and CRLF; records ended by LF, CRLF or a lone CR; a last record without a line break; a UTF-8 byte order
 * mark. Blank lines are skipped (as pandas does). A quote inside an unquoted field is kept literally
 * (`5'11"`). Rejected, with the line and field: a character other than a comma or line break right after a
 * closing quote, a quoted field still open at the end of the input, a record longer than `maxRecordBytes`.
 */
import { CsvRecord, CsvSyntaxError } from './csvRecord';
import { FieldScan, scanDecimalField } from './decimalField';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const DEFAULT_MAX_RECORD_BYTES = 32 * 1024 * 1024;

/** Result of scanning one record from a position: where the next record starts, or -1 when more bytes are needed. */
const NEED_MORE = -1;

export class CsvParser {
  private pending: Buffer = Buffer.alloc(0);
  private line = 1;
  private started = false;
  private readonly record = new CsvRecord();
  /** Line breaks seen so far in the record being scanned (inside quotes and its terminator). */
  private recordLines = 0;
  /** Whether the field being scanned holds a doubled quote. */
  private escaped = false;
  /** What the scan of the last unquoted field found (a decimal literal, its value). */
  private readonly field = new FieldScan();

  /**
   * @param onRecord called once per record, in order; the record is only valid during the call.
   * @param maxRecordBytes longest accepted record, a guard against an unclosed quote swallowing the file.
   */
  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly maxRecordBytes = DEFAULT_MAX_RECORD_BYTES,
  ) {}

  /** Parses what `chunk` completes; keeps (a copy of) an unfinished record for the next call. Throws CsvSyntaxError. */
  push(chunk: Uint8Array): void {
    const buf =
      this.pending.length === 0
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
        : Buffer.concat([this.pending, chunk]);
    const consumed = this.feed(buf);
    // Copy the unfinished record: the caller may reuse the chunk's memory.
    this.pending = Buffer.from(buf.subarray(consumed));
  }

  /** Parses the last record, which may lack a line break. Throws CsvSyntaxError on an open quoted field. */
  end(): void {
    const buf = this.pending;
    this.pending = Buffer.alloc(0);
    this.finish(buf);
  }

  /**
   * Parses the records `buf` completes, from its first byte, and returns how many bytes they took; the
   * rest is an unfinished record, to be passed again at the start of the next call with more bytes after
   * it. The caller owns the memory (nothing is copied: a reader can refill one buffer). Throws
   * CsvSyntaxError, also when the unfinished rest is longer than `maxRecordBytes`.
   */
  feed(buf: Buffer): number {
    let skip = 0;
    if (!this.started) {
      if (buf.length < 3 && isBomPrefix(buf)) return 0;
      this.started = true;
      if (hasBom(buf)) skip = 3;
    }
    const consumed = skip + this.scan(skip === 0 ? buf : buf.subarray(skip), false);
    if (buf.length - consumed > this.maxRecordBytes) {
      throw new CsvSyntaxError(
        `record is longer than ${this.maxRecordBytes} bytes (an unclosed quote?)`,
        this.line,
        1,
      );
    }
    return consumed;
  }

  /** Parses `rest`, what the last {@link feed} left: the last record, which may lack a line break. */
  finish(rest: Buffer): void {
    const skip = !this.started && hasBom(rest) ? 3 : 0;
    this.started = true;
    if (rest.length > skip) this.scan(skip === 0 ? rest : rest.subarray(skip), true);
  }

  /** Emits every complete record in `buf`; returns how many bytes were consumed. */
  private scan(buf: Buffer, final: boolean): number {
    let pos = 0;
    while (pos < buf.length) {
      const next = this.scanRecord(buf, pos, final);
      if (next === NEED_MORE) break;
      pos = next;
    }
    return pos;
  }

  /** Scans the record starting at `start`; emits it unless it is a blank line. */
  private scanRecord(buf: Buffer, start: number, final: boolean): number {
    const record = this.record;
    record.reset(buf, this.line);
    this.recordLines = 0;
    let pos = start;
    for (;;) {
      const fieldStart = pos;
      const quoted = pos < buf.length && buf[pos] === QUOTE;
      this.escaped = false;
      pos = quoted ? this.scanQuoted(buf, pos, final) : scanDecimalField(buf, pos, buf.length, this.field);
      if (pos === NEED_MORE || (pos >= buf.length && !final)) return NEED_MORE;
      if (!quoted && this.field.literal) record.addLiteral(fieldStart, pos, this.field.value);
      else record.add(fieldStart, pos, quoted, this.escaped);
      if (pos < buf.length && buf[pos] === COMMA) {
        pos++;
        continue;
      }
      // End of record: LF, CR, CRLF or the end of the input.
      if (pos < buf.length) {
        if (buf[pos] === CR) {
          if (pos + 1 >= buf.length && !final) return NEED_MORE;
          pos += buf[pos + 1] === LF ? 2 : 1;
        } else pos++;
        this.recordLines++;
      }
      const blank = record.count === 1 && !quoted && record.start(0) === record.end(0);
      if (!blank) this.onRecord(record);
      this.line += this.recordLines;
      return pos;
    }
  }

  /**
   * Scans the quoted field opening at `pos`; returns the position just past its closing quote, or
   * NEED_MORE. Counts its line breaks into `recordLines` and notes doubled quotes in `escaped`.
   */
  private scanQuoted(buf: Buffer, pos: number, final: boolean): number {
    const field = this.record.count + 1;
    for (pos++; ;) {
      if (pos >= buf.length) {
        if (final)
          throw new CsvSyntaxError('quoted field is not closed before the end of the file', this.line, field);
        return NEED_MORE;
      }
      const c = buf[pos];
      if (c === QUOTE) {
        if (pos + 1 >= buf.length && !final) return NEED_MORE;
        if (buf[pos + 1] !== QUOTE) break;
        this.escaped = true;
        pos += 2;
      } else {
        if (c === LF || (c === CR && buf[pos + 1] !== LF)) this.recordLines++;
        pos++;
      }
    }
    pos++;
    const after = buf[pos];
    if (pos < buf.length && after !== COMMA && after !== LF && after !== CR) {
      const reason = `unexpected character '${String.fromCharCode(after)}' after a closing quote`;
      throw new CsvSyntaxError(reason, this.line + this.recordLines, field);
    }
    return pos;
  }
}

function hasBom(buf: Buffer): boolean {
  return buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
}

function isBomPrefix(buf: Buffer): boolean {
  const bom = [0xef, 0xbb, 0xbf];
  for (let i = 0; i < buf.length; i++) if (buf[i] !== bom[i]) return false;
  return true;
}
