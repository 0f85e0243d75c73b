"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const events_1 = require("./__fixtures__/events");
const tempDir_1 = require("./__fixtures__/tempDir");
const groupCommit_1 = require("./groupCommit");
const store_1 = require("./store");
let store;
beforeEach(() => {
    store = (0, store_1.openStore)((0, tempDir_1.tempDir)());
});
afterEach(() => {
    store.close();
    (0, tempDir_1.removeTempDirs)();
});
describe('group commit', () => {
    it('logs the operations of one event-loop turn in one commit, applies them in order, then resolves', async () => {
        const group = new groupCommit_1.GroupCommit(store);
        const applied = [];
        const answers = await Promise.all([1, 2, 3].map((i) => group.submit('fraud', { kind: 'events', events: (0, events_1.batchOf)(i) }, i, (seq) => {
            // Applied only once on disk: the row is readable by then.
            expect([...store.readLogSince('fraud', seq - 1)][0].seq).toBe(seq);
            applied.push([`batch ${i}`, seq]);
            return seq * 10;
        })));
        expect(applied).toEqual([
            ['batch 1', 1],
            ['batch 2', 2],
            ['batch 3', 3],
        ]);
        expect(answers).toEqual([10, 20, 30]);
        expect(group.stats()).toEqual({ commits: 1, operations: 3 });
        await group.submit('fraud', { kind: 'violations', count: 1 }, 4, () => undefined);
        expect(group.stats()).toEqual({ commits: 2, operations: 4 });
    });
    it('rejects every operation of a group whose commit fails, and applies none of them', async () => {
        const group = new groupCommit_1.GroupCommit(store);
        const applied = [];
        const first = group.submit('fraud', { kind: 'events', events: (0, events_1.batchOf)(1) }, 1, (seq) => applied.push(seq));
        const second = group.submit('fraud', { kind: 'events', events: (0, events_1.batchOf)(2) }, 2, (seq) => applied.push(seq));
        store.close(); // the commit will fail: the connection is gone
        await expect(first).rejects.toThrow('The database connection is not open');
        await expect(second).rejects.toThrow('The database connection is not open');
        expect(applied).toEqual([]);
    });
    it("rejects with apply's error and keeps the operation logged for replay", async () => {
        const group = new groupCommit_1.GroupCommit(store);
        const failing = group.submit('fraud', { kind: 'labels', labels: [{ id: 'a', label: 1 }] }, 1, () => {
            throw new Error('monitor refused');
        });
        const fine = group.submit('fraud', { kind: 'violations', count: 2 }, 1, (seq) => seq);
        await expect(failing).rejects.toThrow('monitor refused');
        await expect(fine).resolves.toBe(2);
        expect([...store.readLogSince('fraud', 0)].map((e) => e.kind)).toEqual(['labels', 'violations']);
    });
});
//# sourceMappingURL=groupCommit.test.js.map