"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const readDataset_1 = require("./readDataset");
let dir;
beforeAll(() => {
    dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-dataset-'));
});
afterAll(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
function file(name, content) {
    const path = (0, node_path_1.join)(dir, name);
    (0, node_fs_1.writeFileSync)(path, content);
    return path;
}
const numeric = (column) => column?.kind === 'numeric' ? [...column.values] : column;
const counts = (column) => column?.kind === 'categorical' ? Object.fromEntries([...column.counts].sort()) : column;
describe('readDataset (CSV)', () => {
    it('keeps numbers as floats and counts empty, NaN and ±Inf cells as missing', async () => {
        const path = file('num.csv', 'x,y\n1.5,a\n,b\nNaN,a\n-inf,\n"2",Inf\n1e999,c\n');
        const data = await (0, readDataset_1.readDataset)(path, 'reference num.csv');
        expect(data.rows).toBe(6);
        expect(data.columns).toEqual(['x', 'y']);
        expect(numeric(data.data.get('x'))).toEqual([1.5, 2]);
        expect(data.data.get('x')?.missing).toBe(4);
        expect(counts(data.data.get('y'))).toEqual({ a: 2, b: 1, c: 1 });
        expect(data.data.get('y')?.missing).toBe(2);
    });
    it('turns a column categorical at its first text value, keeping earlier numbers as categories', async () => {
        const path = file('mixed.csv', 'code\n1.0\n1\n7\nN/A\n');
        const data = await (0, readDataset_1.readDataset)(path, 'reference mixed.csv');
        expect(counts(data.data.get('code'))).toEqual({ '1': 2, '7': 1, 'N/A': 1 });
    });
    it('reads numbers after the switch by the same rule: 1.00 is category 1, NaN stays missing, quotes do not matter', async () => {
        const path = file('after.csv', 'code\n1.0\nN/A\n1\n1.00\nNaN\n"7"\n7\n"N/A"\n');
        const data = await (0, readDataset_1.readDataset)(path, 'reference after.csv');
        expect(counts(data.data.get('code'))).toEqual({ '1': 3, '7': 2, 'N/A': 2 });
        expect(data.data.get('code')?.missing).toBe(1);
    });
    it('keeps the text of a column forced categorical', async () => {
        const path = file('zip.csv', 'zip\n00501\n501\n"00501"\nnan\n \n');
        const data = await (0, readDataset_1.readDataset)(path, 'reference zip.csv', { types: new Map([['zip', 'categorical']]) });
        expect(counts(data.data.get('zip'))).toEqual({ '00501': 2, '501': 1 });
        expect(data.data.get('zip')?.missing).toBe(2);
    });
    it('reads only the selected columns', async () => {
        const path = file('sel.csv', 'a,b,c\n1,x,3\n2,y,4\n');
        const data = await (0, readDataset_1.readDataset)(path, 'reference sel.csv', { columns: ['c'] });
        expect([...data.data.keys()]).toEqual(['c']);
        expect(data.columns).toEqual(['a', 'b', 'c']);
    });
    it.each([
        [
            'ragged.csv',
            'a,b,c\n1,2,3\n4,5\n',
            "reference ragged.csv, line 3 (row 2), column 'c': the row has 2 fields but the header has 3",
        ],
        [
            'wide.csv',
            'a,b\n1,2\n\n3,4,5\n',
            'reference wide.csv, line 4 (row 2), column 3: the row has 3 fields but the header has 2',
        ],
        [
            'quote.csv',
            'a,b\n1,"x"y\n',
            "reference quote.csv, line 2, column 'b': unexpected character 'y' after a closing quote",
        ],
        [
            'open.csv',
            'a,b\n1,"x\n2,3\n',
            "reference open.csv, line 2, column 'b': quoted field is not closed before the end of the file",
        ],
        [
            'dup.csv',
            'a,b,a\n1,2,3\n',
            "reference dup.csv, line 1, column 'a': the header repeats this column name",
        ],
        [
            'index.csv',
            ',a\n0,1\n',
            'reference index.csv, line 1, column 1: the header has an empty column name (an unnamed index column? write the file with index=False)',
        ],
        ['header.csv', 'a,b\n', 'reference header.csv, line 2: the file has a header but no data rows'],
        ['blank.csv', '\n\r\n', 'reference blank.csv: the file has no header row (it is empty)'],
        ['empty.csv', '', 'reference empty.csv: the file is empty'],
        ['data.txt', 'a\n1\n', "reference data.txt: unknown file type '.txt': expected .csv, .jsonl or .ndjson"],
    ])('rejects %s with a one-line message naming where', async (name, content, message) => {
        await expect((0, readDataset_1.readDataset)(file(name, content), `reference ${name}`)).rejects.toThrow(message);
    });
    it('rejects a text value in a column forced numeric, naming line, row and column', async () => {
        const path = file('forced.csv', 'a,b\n1,2\n3,"x,y"\n');
        await expect((0, readDataset_1.readDataset)(path, 'current forced.csv', { types: new Map([['b', 'numeric']]) })).rejects.toThrow("current forced.csv, line 3 (row 2), column 'b': 'x,y' is not a number (the column is typed numeric)");
    });
    it('rejects --columns or --types naming a column the file lacks, listing what it has', async () => {
        const path = file('cols.csv', 'a,b\n1,2\n');
        await expect((0, readDataset_1.readDataset)(path, 'reference cols.csv', { columns: ['a', 'zz'] })).rejects.toThrow("reference cols.csv, line 1: no column 'zz' (columns: a, b)");
    });
    it('names a missing file and a directory', async () => {
        await expect((0, readDataset_1.readDataset)((0, node_path_1.join)(dir, 'nope.csv'), 'current nope.csv')).rejects.toThrow('current nope.csv: the file does not exist');
        (0, node_fs_1.mkdirSync)((0, node_path_1.join)(dir, 'folder.csv'));
        await expect((0, readDataset_1.readDataset)((0, node_path_1.join)(dir, 'folder.csv'), 'current folder.csv')).rejects.toThrow('is a directory');
    });
});
describe('readDataset (JSON Lines)', () => {
    it('unions keys in order of appearance, counting absent keys and nulls as missing', async () => {
        const path = file('rows.jsonl', '{"a":1,"b":"x"}\n\n{"a":null,"c":true}\r\n{"a":"2.5","b":"NaN","c":false}\n');
        const data = await (0, readDataset_1.readDataset)(path, 'current rows.jsonl');
        expect(data.rows).toBe(3);
        expect(data.columns).toEqual(['a', 'b', 'c']);
        expect(numeric(data.data.get('a'))).toEqual([1, 2.5]);
        expect(data.data.get('a')?.missing).toBe(1);
        expect(counts(data.data.get('b'))).toEqual({ x: 1 });
        expect(data.data.get('b')?.missing).toBe(2);
        expect(counts(data.data.get('c'))).toEqual({ false: 1, true: 1 });
        expect(data.data.get('c')?.missing).toBe(1);
    });
    it.each([
        ['bad.ndjson', '{"a":1}\n{"a":\n', 'current bad.ndjson, line 2 (row 2): invalid JSON'],
        [
            'array.jsonl',
            '[1,2]\n',
            'current array.jsonl, line 1 (row 1): expected a JSON object per line, found an array',
        ],
        [
            'nested.jsonl',
            '{"a":{"b":1}}\n',
            "current nested.jsonl, line 1 (row 1), column 'a': nested objects are not supported",
        ],
        ['blank.jsonl', '\n  \n', 'current blank.jsonl: the file has no rows (it is empty)'],
        ['cols.jsonl', '{"a":1}\n', "current cols.jsonl: no column 'b' (columns: a)"],
    ])('rejects %s naming where', async (name, content, message) => {
        await expect((0, readDataset_1.readDataset)(file(name, content), `current ${name}`, name === 'cols.jsonl' ? { columns: ['b'] } : {})).rejects.toThrow(message);
    });
});
//# sourceMappingURL=readDataset.test.js.map