"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const sync_1 = require("csv-parse/sync");
const csvParser_1 = require("./csvParser");
const csvRecord_1 = require("./csvRecord");
/** Parses `input` fed in pieces cut at `cuts` (byte offsets), as a stream would deliver it. */
function parseInPieces(input, cuts = [], maxRecordBytes) {
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    const out = [];
    const parser = new csvParser_1.CsvParser((r) => out.push({ fields: r.texts(), line: r.line }), maxRecordBytes);
    let at = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
        parser.push(bytes.subarray(at, cut));
        at = cut;
    }
    parser.push(bytes.subarray(at));
    parser.end();
    return out;
}
const fields = (input, cuts) => parseInPieces(input, cuts).map((r) => r.fields);
describe('CsvParser', () => {
    it('splits plain records on LF, CRLF and a lone CR, with or without a final line break', () => {
        expect(fields('a,b\n1,2\n')).toEqual([
            ['a', 'b'],
            ['1', '2'],
        ]);
        expect(fields('a,b\r\n1,2\r\n3,4')).toEqual([
            ['a', 'b'],
            ['1', '2'],
            ['3', '4'],
        ]);
        expect(fields('a,b\r1,2\r')).toEqual([
            ['a', 'b'],
            ['1', '2'],
        ]);
    });
    it('keeps empty fields, including a trailing one', () => {
        expect(fields('a,b,c\n,,\n1,,3\n4,5,\n')).toEqual([
            ['a', 'b', 'c'],
            ['', '', ''],
            ['1', '', '3'],
            ['4', '5', ''],
        ]);
    });
    it('reads quoted fields with commas, doubled quotes and embedded LF/CRLF', () => {
        const input = 'name,note\n"Smith, J.","said ""hi"""\n"x","line1\nline2\r\nline3"\n';
        expect(fields(input)).toEqual([
            ['name', 'note'],
            ['Smith, J.', 'said "hi"'],
            ['x', 'line1\nline2\r\nline3'],
        ]);
    });
    it('reports the line each record starts on, counting line breaks inside quotes', () => {
        const parsed = parseInPieces('h\n"a\nb\nc"\nd\r\n\r\ne\n');
        expect(parsed.map((r) => [r.fields[0], r.line])).toEqual([
            ['h', 1],
            ['a\nb\nc', 2],
            ['d', 5],
            ['e', 7],
        ]);
    });
    it('skips blank lines but keeps a quoted empty single field', () => {
        expect(fields('a\n\n1\n\r\n""\n2\n')).toEqual([['a'], ['1'], [''], ['2']]);
    });
    it('strips a UTF-8 byte order mark, even split across chunks, and decodes UTF-8', () => {
        const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('città,ü\n€,"日本"\n')]);
        expect(parseInPieces(input, [1, 2, 5]).map((r) => r.fields)).toEqual([
            ['città', 'ü'],
            ['€', '日本'],
        ]);
    });
    it('reads records wider than its initial field buffer', () => {
        const wide = Array.from({ length: 300 }, (_, i) => `f${i}`);
        expect(fields(`${wide.join(',')}\n${wide.map((_, i) => i).join(',')}\n`)).toEqual([
            wide,
            wide.map((_, i) => String(i)),
        ]);
    });
    it('keeps a quote inside an unquoted field literally', () => {
        expect(fields(`h\n5'11"\n`)).toEqual([['h'], [`5'11"`]]);
    });
    it('gives the same records whatever the chunk boundaries (CR|LF, quote|quote, inside fields)', () => {
        const input = 'a,"b""c"\r\n"d\r\ne",f\r\n';
        const expected = [
            ['a', 'b"c'],
            ['d\r\ne', 'f'],
        ];
        for (let cut = 0; cut <= input.length; cut++)
            expect(fields(input, [cut])).toEqual(expected);
    });
    it('rejects a character after a closing quote, naming line and field', () => {
        expect(() => fields('a,b\n1,"x"y\n')).toThrow(new csvRecord_1.CsvSyntaxError(`unexpected character 'y' after a closing quote`, 2, 2));
    });
    it('rejects a quoted field left open at the end of the input, naming where the record starts', () => {
        expect(() => fields('a,b\n1,2\n3,"open\n4,5\n')).toThrow(new csvRecord_1.CsvSyntaxError('quoted field is not closed before the end of the file', 3, 2));
    });
    it('rejects a record longer than the limit instead of buffering the whole file', () => {
        const input = 'h\n"' + 'x'.repeat(200) + '\n';
        expect(() => parseInPieces(input, [50, 100, 150], 64)).toThrow(/record is longer than 64 bytes/);
    });
    it('agrees with csv-parse on random RFC 4180 input split at random points', () => {
        const field = fast_check_1.default.string({
            unit: fast_check_1.default.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é'),
            maxLength: 6,
        });
        const table = fast_check_1.default.array(fast_check_1.default.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
        fast_check_1.default.assert(fast_check_1.default.property(table, fast_check_1.default.boolean(), fast_check_1.default.array(fast_check_1.default.nat(), { maxLength: 6 }), (rows, crlf, rawCuts) => {
            const quote = (v, row) => /[",\r\n]/.test(v) || (v === '' && row.length === 1) ? `"${v.replace(/"/g, '""')}"` : v;
            const text = rows.map((row) => row.map((v) => quote(v, row)).join(',')).join(crlf ? '\r\n' : '\n');
            const bytes = Buffer.from(text, 'utf8');
            const cuts = rawCuts.map((c) => c % (bytes.length + 1));
            const ours = parseInPieces(bytes, cuts).map((r) => r.fields);
            expect(ours).toEqual(rows);
            const oracle = (0, sync_1.parse)(bytes, {
                relax_column_count: true,
                skip_empty_lines: false,
            });
            expect(ours).toEqual(oracle);
        }), { numRuns: 300 });
    });
});
//# sourceMappingURL=csvParser.test.js.map