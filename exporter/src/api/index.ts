/**
 * Express routers for the what-if and dependency-risk API, built from a live-state reader so the
 * server app mounts them (`app.use(router)`) without this folder knowing the engine.
 */
export { createScenarioRouter, bodyErrors } from './scenarioRouter';
export { createDependencyRouter } from './dependencyRouter';
export { liveStateOf } from './live';
export { createCalibrateRouter, parseCalibrateRequest, type CalibrateSource } from './calibrateRouter';
export { proposeCalibration, NothingToCalibrate, type Proposal } from './calibrateProposal';
export { ReferenceRowsKeeper, columnsOfReferenceRows, type RowsOutcome } from './calibrateReferences';
export type { LiveState, GetLive, LiveInputsSource, RouterOptions, ApiError } from './live';
