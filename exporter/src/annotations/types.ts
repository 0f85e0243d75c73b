/**
 * Annotations: narrative events on the timeline (deploys, incidents, complaints, retrains) written by
 * people, and status changes written by the exporter. Times are Unix seconds, as everywhere in the
 * exporter; the wire form (snake_case) and Grafana's form (milliseconds) are made at the edges.
 */

/** Who wrote it: a person through the API, or the exporter on a status change. */
export type AnnotationSource = 'user' | 'auto';

export interface AnnotationDraft {
  /** Unix seconds. */
  time: number;
  /** Unix seconds, ≥ time, for a region; absent for a point in time. */
  timeEnd?: number;
  /** Plain text (never HTML): escaped wherever it is handed to something that renders HTML. */
  text: string;
  tags: string[];
  /** Node ids of the spec the annotation is about. */
  nodes: string[];
  source: AnnotationSource;
}

export interface Annotation extends AnnotationDraft {
  id: number;
  /** Unix seconds when it was stored. */
  createdAt: number;
}

/** A search: annotations overlapping [from, to], about `node`, carrying every tag in `tags`; newest first. */
export interface AnnotationQuery {
  from?: number;
  to?: number;
  node?: string;
  tags?: string[];
  source?: AnnotationSource;
  limit: number;
}

/** An annotation waiting to be pushed to Grafana, with the attempts made so far. */
export interface PendingPush {
  annotation: Annotation;
  attempts: number;
}

/** The wire form of an annotation (`GET/POST /api/v1/annotations`). */
export interface AnnotationJson {
  id: number;
  time: number;
  time_end?: number;
  text: string;
  tags: string[];
  nodes: string[];
  source: AnnotationSource;
  created_at: number;
}

/** The wire form. */
export function annotationJson(a: Annotation): AnnotationJson {
  return {
    id: a.id,
    time: a.time,
    ...(a.timeEnd !== undefined ? { time_end: a.timeEnd } : {}),
    text: a.text,
    tags: a.tags,
    nodes: a.nodes,
    source: a.source,
    created_at: a.createdAt,
  };
}
