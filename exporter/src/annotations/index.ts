/**
 * Annotations: narrative events from people (`POST /api/v1/annotations`) and status changes from the
 * exporter, stored durably and optionally pushed to Grafana. docs/annotations.md.
 * May import: spec, cascade.
 */
export * from './types';
export { parseAnnotationBody, MAX_TEXT_LENGTH, MAX_TAGS, MAX_TAG_LENGTH, MAX_NODES } from './validate';
export { parseAnnotationQuery, DEFAULT_LIMIT, MAX_LIMIT } from './query';
export { parseTime } from './times';
export { statusChangeAnnotations } from './statusChanges';
export { StatusChangeRecorder, type RecorderOptions, type RecorderStore } from './recorder';
export { escapeHtml } from './escapeHtml';
export { grafanaAnnotationBody, grafanaAnnotationRow, type GrafanaAnnotationBody } from './grafanaFormat';
export {
  grafanaTargetFrom,
  GRAFANA_TOKEN_ENV,
  type GrafanaTarget,
  type GrafanaSettings,
} from './grafanaTarget';
export {
  grafanaPusherFor,
  GrafanaPusher,
  backoffDelay,
  DEFAULT_PUSHER_OPTIONS,
  type PushQueue,
  type PusherOptions,
} from './grafanaPusher';
