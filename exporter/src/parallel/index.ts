/**
 * Work spread over worker threads: the drift tests of many columns, and data files read side by side.
 * Bounded (a fixed pool, sized from the machine's parallelism and capped by the caller), never hanging
 * (a failing thread fails the run with an error naming the column or file), and equal to the
 * sequential path, which runs the same functions on the calling thread. Not used on the exporter's
 * scrape path: scrapes copy a computed snapshot.
 * May import: stats, dataset.
 */
export { runDriftTask, type DriftTask, type DriftOutcome } from './driftTask';
export { runDriftTasks } from './runDriftTasks';
export { readDatasets, type DataFile } from './readDatasets';
export { WorkerPool, workerCount, type PoolOptions, type PoolJob } from './workerPool';
