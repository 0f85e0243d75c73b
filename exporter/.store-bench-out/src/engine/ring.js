"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Ring = void 0;
/**
 * A bounded ring of the most recent items (past cascade snapshots for `/api/v1/nodes/{id}` history and
 * the panel preview). Memory is `capacity` items, whatever the uptime.
 */
class Ring {
    capacity;
    items = [];
    head = 0;
    constructor(capacity) {
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1) {
            throw new Error(`Ring: capacity ${capacity} must be a positive integer`);
        }
    }
    /** Adds an item, dropping the oldest when full. O(1). */
    push(item) {
        if (this.items.length < this.capacity) {
            this.items.push(item);
            return;
        }
        this.items[this.head] = item;
        this.head = (this.head + 1) % this.capacity;
    }
    /** The items, oldest first. O(n). */
    toArray() {
        return [...this.items.slice(this.head), ...this.items.slice(0, this.head)];
    }
    /** The newest item, or undefined when empty. */
    latest() {
        if (this.items.length === 0)
            return undefined;
        return this.items[(this.head + this.items.length - 1) % this.items.length];
    }
    get size() {
        return this.items.length;
    }
}
exports.Ring = Ring;
//# sourceMappingURL=ring.js.map