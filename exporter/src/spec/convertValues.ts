/**
 * Durations and timestamps as the loader converts them, reporting values it cannot read instead of
 * throwing, so one pass collects every problem.
 */
import { parseDuration } from './duration';
import type { PathSegment } from './issues';
import type { RawDuration, RawTimestamp } from './raw';
import { parseTimestamp } from './timestamp';

/** Collects conversion issues; converters call it with the path of the value that failed. */
export type IssueSink = (path: PathSegment[], message: string, code?: string) => void;

/** Seconds of a raw duration, reporting (and returning 0 for) text `parseDuration` rejects. */
export function seconds(raw: RawDuration, path: PathSegment[], sink: IssueSink): number {
  if (typeof raw === 'number') return raw;
  try {
    return parseDuration(raw);
  } catch (err) {
    sink(path, (err as Error).message.replace(/^parseDuration: /, ''));
    return 0;
  }
}

/** Unix seconds of a raw timestamp, reporting (and returning 0 for) values `parseTimestamp` rejects. */
export function unixSeconds(raw: RawTimestamp, path: PathSegment[], sink: IssueSink): number {
  try {
    return parseTimestamp(raw);
  } catch (err) {
    sink(path, (err as Error).message.replace(/^parseTimestamp: /, ''));
    return 0;
  }
}
