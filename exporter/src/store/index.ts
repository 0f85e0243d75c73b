/**
 * The durable store (embedded SQLite, WAL): the ingest log and checkpoints that make a 2xx mean "on
 * disk", reference profiles, spec history, the last cascade and annotations. docs/durability.md.
 * May import: spec, cascade, signals, annotations, ingest.
 */
export { openStore, openMemoryStore, Store, MAX_AUTOMATIC_ANNOTATIONS } from './store';
export { GroupCommit } from './groupCommit';
export {
  Checkpointer,
  checkpointDue,
  DEFAULT_CHECKPOINT_POLICY,
  type CheckpointPolicy,
} from './checkpointer';
export { replayModel, applyLogEntry, type ReplayTarget, type ReplayResult } from './replay';
export { STORE_FILE, LOCK_FILE, type OpenOptions, type SyncMode } from './openDatabase';
export { DurableState, type DurableStateOptions } from './durableState';
export { StoreError, type StoreProblem } from './storeError';
export { SCHEMA_VERSION, APPLICATION_ID } from './schema';
export { encodeEventBatch, decodeEventBatch } from './batchCodec';
export type { SpecVersion } from './specHistory';
export * from './types';
