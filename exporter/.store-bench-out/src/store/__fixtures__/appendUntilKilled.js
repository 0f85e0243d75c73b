"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The child of the kill -9 test: opens the store in argv[2], resumes after the highest batch already in
 * it, and appends batches (with labels every 7th and a checkpoint every 10th), printing `ack <batch>
 * <seq>` on stdout right after each commit. Pipes are synchronous on Linux, so a printed ack was
 * committed first. Stops by itself after argv[3] seconds (a bounded loop if nobody kills it).
 */
const events_1 = require("./events");
const __1 = require("..");
const store = (0, __1.openStore)(process.argv[2]);
const deadline = Date.now() + Number(process.argv[3] ?? '20') * 1000;
const checkpoint = store.readCheckpoint('fraud');
const progress = checkpoint?.state ?? { batch: 0, events: 0 };
for (const entry of store.readLogSince('fraud', checkpoint?.seq ?? 0)) {
    if (entry.kind !== 'events')
        continue;
    progress.batch = Number(entry.events[0].id?.split('-')[0].slice(1));
    progress.events += entry.events.length;
}
process.stdout.write(`resume ${progress.batch}\n`);
while (Date.now() < deadline) {
    const i = progress.batch + 1;
    const events = (0, events_1.batchOf)(i);
    const seq = store.appendIngestBatch('fraud', events, 1_700_000_000 + i);
    progress.batch = i;
    progress.events += events.length;
    process.stdout.write(`ack ${i} ${seq}\n`);
    if (i % 7 === 0)
        store.appendLabels('fraud', [{ id: `b${i}-0`, label: '1' }], 1_700_000_000 + i);
    if (i % 10 === 0)
        store.checkpoint('fraud', progress, seq, 1_700_000_000 + i);
}
store.close();
//# sourceMappingURL=appendUntilKilled.js.map