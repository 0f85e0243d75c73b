/**
 * The HTTP side: `createApp(deps)` builds the app without listening (tests run it in-process), every
 * route lives in `server/routes/`, the write routes hand raw bodies to the `IngestPort`, and one error
 * shape answers every refusal (`errors.ts`). `createExporterApp` assembles the app from the running
 * parts for the composition root; `exporterParts.ts` holds the shapes of a built and a running exporter.
 * May import: dataset, spec, shards, cascade, whatif, dependencies, sources, annotations, ingest, store, engine,
 * metrics, demo, security.
 */
export { createApp, ENDPOINTS } from './app';
export type { AppDeps, CascadeReader, MetricsRenderer } from './deps';
export { createExporterApp, type EngineView, type ExporterAppParts } from './exporterApp';
export { HttpError, httpErrorOf, errorHandler, type ErrorBody } from './errors';
export { listen, type Listening } from './listen';
export { listenApp } from './listenHttps';
export type { BuildOptions, BuiltExporter, RunningExporter } from './exporterParts';
