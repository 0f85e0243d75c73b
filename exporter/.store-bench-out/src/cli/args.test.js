"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const args_1 = require("./args");
const io_1 = require("./io");
const options = { format: { type: 'string' }, quiet: { type: 'boolean' } };
describe('parseCommandArgs', () => {
    it('returns typed values', () => {
        expect((0, args_1.parseCommandArgs)({ args: ['--format', 'json', '--quiet'], options }).values).toEqual({
            format: 'json',
            quiet: true,
        });
    });
    it.each([
        [['--verbose'], "unknown option '--verbose' (see --help)"],
        [['--format'], "Option '--format <value>' argument missing"],
        [['extra'], "Unexpected argument 'extra'. This command does not take positional arguments"],
        [['--quiet=yes'], "Option '--quiet' does not take an argument"],
    ])('turns %j into a one-line UsageError', (args, message) => {
        let error;
        try {
            (0, args_1.parseCommandArgs)({ args, options });
        }
        catch (err) {
            error = err;
        }
        expect(error).toBeInstanceOf(io_1.UsageError);
        expect(error.message).toBe(message);
    });
});
describe('option readers', () => {
    it('read numbers in range and name the option otherwise', () => {
        expect((0, args_1.numberOption)('bins', '12', { min: 2, integer: true })).toBe(12);
        expect(() => (0, args_1.numberOption)('bins', '2.5', { min: 2, integer: true })).toThrow("--bins '2.5' is not an integer ≥ 2");
        expect(() => (0, args_1.numberOption)('share', '', { min: 0, max: 1 })).toThrow("--share '' is not a number ≥ 0 and ≤ 1");
        expect(() => (0, args_1.numberOption)('threshold', '0', { min: 0, exclusiveMin: true })).toThrow("--threshold '0' is not a number > 0");
    });
    it('read choices and lists', () => {
        expect((0, args_1.choiceOption)('format', 'json', ['table', 'json'])).toBe('json');
        expect(() => (0, args_1.choiceOption)('format', 'xml', ['table', 'json'])).toThrow("--format 'xml' is not one of table, json");
        expect((0, args_1.listOption)('columns', ' a, b ,c')).toEqual(['a', 'b', 'c']);
        expect(() => (0, args_1.listOption)('columns', 'a,,b')).toThrow("--columns 'a,,b' has an empty item");
    });
});
//# sourceMappingURL=args.test.js.map