"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const byteDictionary_1 = require("./byteDictionary");
describe('ByteDictionary', () => {
    it('finds values by byte range, anywhere in a buffer, and misses unknown or longer/shorter keys', () => {
        const dict = new byteDictionary_1.ByteDictionary();
        const buf = Buffer.from('xx,Paris,Lyon,Par');
        dict.set(buf, 3, 8, 7); // Paris
        expect(dict.get(Buffer.from('Paris'), 0, 5)).toBe(7);
        expect(dict.get(buf, 3, 8)).toBe(7);
        expect(dict.get(buf, 9, 13)).toBe(byteDictionary_1.NOT_FOUND); // Lyon
        expect(dict.get(buf, 14, 17)).toBe(byteDictionary_1.NOT_FOUND); // Par
        expect(dict.get(Buffer.from('Parisx'), 0, 6)).toBe(byteDictionary_1.NOT_FOUND);
    });
    it('behaves like a Map of strings through growth', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(fast_check_1.default.string({ maxLength: 8 }), { maxLength: 300 }), (words) => {
            const dict = new byteDictionary_1.ByteDictionary();
            const map = new Map();
            for (const word of words) {
                const bytes = Buffer.from(word);
                const found = dict.get(bytes, 0, bytes.length);
                expect(found).toBe(map.get(word) ?? byteDictionary_1.NOT_FOUND);
                if (found === byteDictionary_1.NOT_FOUND) {
                    dict.set(bytes, 0, bytes.length, map.size);
                    map.set(word, map.size);
                }
            }
            expect(dict.size).toBe(map.size);
        }));
    });
});
//# sourceMappingURL=byteDictionary.test.js.map