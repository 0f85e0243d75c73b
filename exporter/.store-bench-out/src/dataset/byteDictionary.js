"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ByteDictionary = exports.NOT_FOUND = void 0;
/**
 * A hash table from byte strings to small integers, looked up straight from a buffer range, so a
 * categorical cell seen before costs a hash and a compare instead of a UTF-8 decode, a string and a Map
 * lookup. Open addressing with linear probing over a power-of-two table, FNV-1a hashes, load ≤ 1/2.
 */
exports.NOT_FOUND = -2147483648;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
class ByteDictionary {
    /** Slot → entry index + 1 (0 = empty). */
    slots = new Int32Array(64);
    hashes = [];
    keys = [];
    values = [];
    /** Number of entries. */
    get size() {
        return this.keys.length;
    }
    /** The value stored for `bytes[start, end)`, or NOT_FOUND. O(end − start) expected. */
    get(bytes, start, end) {
        const hash = hashBytes(bytes, start, end);
        const mask = this.slots.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const entry = this.slots[slot] - 1;
            if (entry < 0)
                return exports.NOT_FOUND;
            if (this.hashes[entry] === hash && sameBytes(this.keys[entry], bytes, start, end))
                return this.values[entry];
        }
    }
    /** Stores `value` for `bytes[start, end)`, which must not be present yet (a copy of the bytes is kept). */
    set(bytes, start, end, value) {
        if ((this.keys.length + 1) * 2 > this.slots.length)
            this.rehash(this.slots.length * 2);
        const hash = hashBytes(bytes, start, end);
        this.keys.push(Buffer.from(bytes.subarray(start, end)));
        this.hashes.push(hash);
        this.values.push(value);
        this.place(hash, this.keys.length);
    }
    place(hash, entryPlusOne) {
        const mask = this.slots.length - 1;
        let slot = hash & mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = entryPlusOne;
    }
    rehash(size) {
        this.slots = new Int32Array(size);
        this.hashes.forEach((hash, entry) => this.place(hash, entry + 1));
    }
}
exports.ByteDictionary = ByteDictionary;
function hashBytes(bytes, start, end) {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
    return hash >>> 0;
}
function sameBytes(key, bytes, start, end) {
    if (key.length !== end - start)
        return false;
    for (let i = 0; i < key.length; i++)
        if (key[i] !== bytes[start + i])
            return false;
    return true;
}
//# sourceMappingURL=byteDictionary.js.map