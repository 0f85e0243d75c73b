/**
 * The built-in demo (`mlhealth serve` without `--spec`): two simulated models with seeded traffic and a
 * repeating incident timetable, written through the same in-process ingest path as real clients
 * (`DemoSink`, which `IngestService` satisfies), and the reference CSVs of the demo spec.
 * May import: nothing today (the demo is self-contained; any room below is allowed).
 */
export { createDemoRun, type DemoRun } from './demoRun';
export {
  runDemo,
  setUpDemoModels,
  stepDemo,
  DEMO_MODEL_AGE_DAYS,
  DEMO_REFERENCE_AGE_DAYS,
  type DemoSink,
  type RunningDemo,
} from './simulator';
export { DEMO_INCIDENTS, DEMO_CYCLE_SECONDS, describeTimetable } from './incidents';
export { DEMO_MODELS } from './models';
