"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The durability promise at the store level: a child appends batches and prints each acknowledged one
 * right after its commit; the test SIGKILLs it at a random moment, reopens the store and finds every
 * acknowledged batch (from the checkpoint plus the log), with its contents, in order, without gaps.
 * Three rounds on the same directory, so recovery after a kill is itself killed and recovered.
 */
const node_child_process_1 = require("node:child_process");
const node_path_1 = require("node:path");
const events_1 = require("./__fixtures__/events");
const tempDir_1 = require("./__fixtures__/tempDir");
const store_1 = require("./store");
afterAll(tempDir_1.removeTempDirs);
/** Runs the child until `killAfterMs` after its 12th ack, then SIGKILLs it. */
function runAndKill(dir, killAfterMs) {
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.spawn)(process.execPath, [
            '--require',
            require.resolve('tsx/cjs'),
            (0, node_path_1.join)(__dirname, '__fixtures__', 'appendUntilKilled.ts'),
            dir,
            '30',
        ], {
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const round = { resumedFrom: -1, acked: [] };
        let buffered = '';
        let stderr = '';
        let timer;
        child.stderr.on('data', (d) => (stderr += d.toString()));
        child.stdout.on('data', (d) => {
            buffered += d.toString();
            const lines = buffered.split('\n');
            buffered = lines.pop() ?? '';
            for (const line of lines) {
                const [word, n] = line.split(' ');
                if (word === 'resume')
                    round.resumedFrom = Number(n);
                if (word === 'ack')
                    round.acked.push(Number(n));
            }
            // Armed after a dozen acks, so every round has checkpointed (every 10th batch) before the kill.
            if (timer === undefined && round.acked.length >= 12)
                timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        });
        child.on('error', reject);
        child.on('exit', (_code, signal) => {
            if (signal !== 'SIGKILL')
                reject(new Error(`child exited without being killed (${signal}): ${stderr}`));
            else
                resolve(round);
        });
    });
}
/** Every batch in the store, from the checkpoint's progress and the log since, checked for contents. */
function storedBatches(dir) {
    const store = (0, store_1.openStore)(dir);
    try {
        const cp = store.readCheckpoint('fraud');
        const state = cp?.state ?? { batch: 0, events: 0 };
        let highest = state.batch;
        let events = state.events;
        for (const entry of store.readLogSince('fraud', cp?.seq ?? 0)) {
            if (entry.kind !== 'events')
                continue;
            const i = Number(entry.events[0].id?.split('-')[0].slice(1));
            expect(i).toBe(highest + 1);
            expect(entry.events).toEqual((0, events_1.batchOf)(i));
            highest = i;
            events += entry.events.length;
        }
        expect(store.counters().get('fraud')?.get('events')).toBe(events);
        return { highest, events, checkpointed: state.batch };
    }
    finally {
        store.close();
    }
}
describe('kill -9 in the middle of a stream of acknowledged batches', () => {
    it('loses no acknowledged batch, over three kill-and-restart rounds', async () => {
        const dir = (0, tempDir_1.tempDir)();
        let expectedEvents = 0;
        let previousHighest = 0;
        for (let round = 0; round < 3; round++) {
            const { resumedFrom, acked } = await runAndKill(dir, Math.floor(Math.random() * 300));
            expect(resumedFrom).toBe(previousHighest);
            expect(acked.length).toBeGreaterThanOrEqual(12);
            expect(acked).toEqual(acked.map((_, k) => resumedFrom + k + 1));
            const { highest, events, checkpointed } = storedBatches(dir);
            // Every ack is stored; at most the one batch committed after its ack was printed is extra.
            expect(highest).toBeGreaterThanOrEqual(acked[acked.length - 1]);
            expect(highest).toBeLessThanOrEqual(acked[acked.length - 1] + 1);
            for (let i = previousHighest + 1; i <= highest; i++)
                expectedEvents += (0, events_1.batchOf)(i).length;
            expect(events).toBe(expectedEvents);
            // The checkpoint covers part of this round and the log the rest: both paths were read back.
            expect(checkpointed).toBeGreaterThan(resumedFrom);
            previousHighest = highest;
        }
    }, 120_000);
});
//# sourceMappingURL=killNine.test.js.map