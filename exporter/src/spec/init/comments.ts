/**
 * The comments `mlhealth init` writes above each block of the spec, so that the file explains itself:
 * where every number came from, what each signal needs from the events, and what is left to decide.
 */
import { formatDuration } from '../duration';
import { PLACEHOLDER_MARKER } from '../semantic/placeholders';
import type { InferredFeature } from './columns';
import { calibrationChunks, type InitInput } from './input';

/** Comment width: the text after `#`. */
const WIDTH = 100;

const tier = (name: string): string => ` ── ${name} ${'─'.repeat(WIDTH - name.length - 5)}`;

const percent = (part: number, whole: number): string =>
  `${whole === 0 ? 0 : Number(((100 * part) / whole).toPrecision(2))} %`;

/**
 * Paragraphs wrapped at word boundaries into lines of at most `WIDTH` characters, each starting with a
 * space (yaml writes `#` before every line of a comment); paragraphs are kept apart.
 * @example wrapComment('a b') // ' a b'
 */
export function wrapComment(...paragraphs: string[]): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (line !== '' && line.length + 1 + word.length > WIDTH - 1) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
  }
  return lines.map((l) => ` ${l}`).join('\n');
}

/** The opening comment: where the spec came from, the placeholders, the columns left out. */
export function headerComment(input: InitInput): string {
  const intro = wrapComment(
    `Monitoring spec for the model '${input.model}', written by \`mlhealth init\` from ${input.referenceSource} (${input.rows} rows). Everything below was inferred from that file; edit it freely (docs/spec.md explains every key).`,
    `Placeholders start with ${PLACEHOLDER_MARKER} (and the exposure is 0): \`mlhealth validate\` lists them as warnings until they are filled in.`,
  );
  const skipped = input.skipped.map((s) => `   - ${s.name}: ${s.reason}`);
  return [intro, ...(skipped.length > 0 ? [' Columns left out:', ...skipped] : [])].join('\n');
}

/** Above the model: how features, ranges, categories and the window were chosen. */
export function modelComment(input: InitInput): string {
  return wrapComment(
    'The model and its features as the reference shows them: numeric features keep the range seen there and categorical ones their most frequent categories; a value outside counts as a schema violation.',
    `The window holds as many events as each of the ${calibrationChunks(input.rows)} calibration chunks holds rows, so live statistics are judged on the footing their thresholds were derived on.`,
  );
}

/** A note on a feature whose rarer categories are not listed, or undefined. */
export function featureComment(f: InferredFeature): string | undefined {
  if (f.unlisted === undefined) return undefined;
  return wrapComment(
    `${f.name}: ${f.unlisted.categories} rarer categories (${percent(f.unlisted.values, f.values)} of its values) are not listed; they count as unseen categories, as they did in calibration.`,
  );
}

/** Above the first drift node: the tier's heading, the statistics and how their thresholds were derived. */
export function driftComment(input: InitInput): string {
  return [
    tier('Base tier'),
    wrapComment(
      `Drift: each feature's distance between the window and the reference (PSI for numbers, Jensen-Shannon for categories). Thresholds derived from ${calibrationChunks(input.rows)} chunks of the reference: warning at mean + 3σ, critical at mean + 5σ of the distance of each chunk to the whole reference (\`mlhealth calibrate\` derives them again when the reference changes).`,
    ),
  ].join('\n');
}

/** Above the first missing-value node. */
export const MISSING_COMMENT = wrapComment(
  'Data quality: the share of missing values per feature, and of values outside the declared ranges and categories, calibrated likewise (a feature never missing in the reference alarms at the first few missing values: loosen it by hand if that is too strict).',
);

/** Above the first prediction-quality node: the signals present and the event fields they need. */
export function predictionComment(input: InitInput): string {
  const parts = [
    ...(input.confidence ? ['the mean confidence (events carry `confidence`)'] : []),
    ...(input.prediction ? ['the drift of the predictions (events carry `prediction`)'] : []),
  ];
  return wrapComment(`Prediction quality: ${parts.join(' and ')}, calibrated on the reference.`);
}

/** Above the serving nodes: starting values, the event fields they need, unknown propagation. */
export function servingComment(staleAfter: number): string {
  return wrapComment(
    "Serving: nothing a reference file shows, so these numbers are starting values. p99 latency needs `latency_seconds` in the events: set your objective, or let the exporter derive it from its own history (POST /api/v1/calibrate). The error ratio counts events with `error` (the kind's defaults). Freshness turns critical after " +
      `${formatDuration(staleAfter)} without events, when every other signal goes unknown.`,
    'A signal without fresh data is unknown, and so is every parent above it: remove a signal your events cannot feed.',
  );
}

/** Above the governance nodes: the ages monitored, and how to add model age without a training time. */
export function governanceComment(input: InitInput): string {
  const model =
    input.trainedAt !== undefined
      ? ' and of the model (trained_at)'
      : '. Model age is not monitored: rerun init with --trained-at, or set models[].trained_at and add a model_age node';
  return wrapComment(
    `Governance: the age of the reference (its file time)${model}. Thresholds: a quarterly retraining policy, to start with.`,
  );
}

/** Above the first group of features, when there are groups. */
export const GROUPS_COMMENT = [
  tier('Component tier'),
  wrapComment(
    'Groups of features keep every parent within defaults.max_children children, so each level of the cascade stays readable.',
  ),
].join('\n');

/** Above the first component (with the tier's heading when no group came before). */
export function componentsComment(grouped: boolean): string {
  const text = wrapComment(
    'Each component is as healthy as its worst signal (worst_of); a parent with an unknown child is unknown too (missing data is never green).',
  );
  return grouped ? text : [tier('Component tier'), text].join('\n');
}

/** Above the business outcome: the placeholders to fill in and the loss model. */
export function businessComment(currency: string): string {
  return [
    tier('Business tier'),
    wrapComment(
      `Fill in the placeholders: the owner, and the exposure this outcome puts at stake in ${currency} per hour (a constant, or \`{source, query}\` on a Prometheus in \`sources\`). The loss is linear: at score 0 everything exposed is at risk (max_loss 1); lower it to what a failure really costs, and weigh the components that cost the most.`,
    ),
  ].join('\n');
}

/**
 * On a node calibration failed on.
 * @example uncalibratedComment('x') // " Not calibrated (x): the kind's default numbers until `mlhealth calibrate` succeeds."
 */
export function uncalibratedComment(reason: string): string {
  return wrapComment(
    `Not calibrated (${reason}): the kind's default numbers until \`mlhealth calibrate\` succeeds.`,
  );
}
